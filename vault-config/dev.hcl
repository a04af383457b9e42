# SPDX-License-Identifier: Apache-2.0
#
# Settings merged into `vault server -dev` by dev.sh and by the integration tests (VaultServer).
# The dev flags already give an unsealed in-memory server, a plain-HTTP listener and a root token;
# each -config file is merged on top of that, later files winning.
#
# plugin_directory is not set here: every run copies the plugin file into a fresh directory and
# passes a second -config file that holds only
#   plugin_directory = "/that/directory"

# A dev server is a single node. Without this, Vault also binds a cluster port (API port + 1).
disable_clustering = true

# Mounts use these unless tuned; they bound the lease of every issued token.
default_lease_ttl = "1h"
max_lease_ttl     = "24h"
