// Command vault builds the stock HashiCorp Vault CLI (server, agent and client)
// from the pinned module in go.mod, so tests run against a real Vault.
package main

import (
	"os"

	"github.com/hashicorp/vault/command"
)

func main() {
	os.Exit(command.Run(os.Args[1:]))
}
