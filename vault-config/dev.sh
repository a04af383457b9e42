#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Runs a throw-away Vault dev server with tokenbridge registered and mounted:
#
#   vault-config/dev.sh
#
# Builds what is missing (the plugin file with Maven, Vault with install-vault.sh), copies the
# plugin file into a fresh plugin directory, starts `vault server -dev`, registers the plugin by
# SHA-256 and enables it. Stays in the foreground; Ctrl-C stops Vault (and with it the plugin)
# and removes the temporary directory.
#
# Environment:
#   VAULT_DEV_ADDR     listen address           (default 127.0.0.1:8200)
#   TOKENBRIDGE_MOUNT  mount path of the engine (default tokens)
#   JAVA_HOME          if set, registered with the plugin so the launcher finds java without PATH
#   VAULT_BIN          use this vault binary instead of building the pinned one
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
repo="$(dirname "$here")"
addr="${VAULT_DEV_ADDR:-127.0.0.1:8200}"
mount="${TOKENBRIDGE_MOUNT:-tokens}"
plugin_name="tokenbridge"
plugin_file="$repo/plugin/engine/target/$plugin_name"
root_token="root"
start_timeout=60

log() { printf 'dev.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

command -v curl >/dev/null 2>&1 || die "curl is needed to poll Vault's health endpoint"

# The plugin reports its own version and Vault refuses a registration whose -version differs,
# so both come from the project version in the root pom.
project_version="$(sed -n '/<artifactId>tokenbridge-parent<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q;}' "$repo/pom.xml")"
[[ -n "$project_version" ]] || die "cannot read the project version from $repo/pom.xml"
plugin_version="v$project_version"

host="${addr%:*}"
port="${addr##*:}"
[[ "$port" =~ ^[0-9]+$ && "$host" != "$addr" ]] || die "VAULT_DEV_ADDR must look like host:port, got '$addr'"
if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
  die "something is already listening on $addr (another Vault?); stop it or run with VAULT_DEV_ADDR=127.0.0.1:8300"
fi

# --- build what is missing ---------------------------------------------------------------------
stale_source() {
  find "$repo/pom.xml" "$repo/proto" "$repo/plugin" -type f -newer "$plugin_file" \
    -not -path '*/target/*' -print -quit 2>/dev/null
}
if [[ ! -f "$plugin_file" || -n "$(stale_source)" ]]; then
  log "building the plugin file (mvn package)"
  mvn_cmd=(mvn)
  [[ -x "$repo/mvnw" ]] && mvn_cmd=("$repo/mvnw")
  (cd "$repo" && "${mvn_cmd[@]}" -B -q -DskipTests package -pl plugin/engine -am) >&2
  [[ -f "$plugin_file" ]] || die "Maven finished but $plugin_file is missing"
fi

vault="$("$here/install-vault.sh")"

# --- temporary plugin directory and config -----------------------------------------------------
# pwd -P: Vault compares the plugin's real parent directory with plugin_directory, so neither may
# go through a symlink (as /tmp does on macOS).
work="$(mktemp -d "${TMPDIR:-/tmp}/tokenbridge-dev.XXXXXX")"
work="$(cd "$work" && pwd -P)"
vault_pid=""

cleanup() {
  trap - EXIT INT TERM
  if [[ -n "$vault_pid" ]] && kill -0 "$vault_pid" 2>/dev/null; then
    log "stopping Vault (pid $vault_pid)"
    kill -TERM "$vault_pid" 2>/dev/null || true
    local deadline=$((SECONDS + 20))
    while kill -0 "$vault_pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.2; done
    if kill -0 "$vault_pid" 2>/dev/null; then
      log "Vault did not stop within 20s; killing it"
      kill -KILL "$vault_pid" 2>/dev/null || true
    fi
    wait "$vault_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir "$work/plugins"
cp "$plugin_file" "$work/plugins/$plugin_name"
chmod 0755 "$work/plugins/$plugin_name"
sha256="$(sha256sum "$work/plugins/$plugin_name" | cut -d' ' -f1)"
printf 'plugin_directory = "%s"\n' "$work/plugins" >"$work/plugins.hcl"

# --- start Vault and wait until it serves requests ---------------------------------------------
export VAULT_ADDR="http://$addr"
export VAULT_TOKEN="$root_token"

log "starting $("$vault" version) on $addr"
"$vault" server -dev \
  -dev-root-token-id="$root_token" \
  -dev-listen-address="$addr" \
  -dev-no-store-token \
  -config="$here/dev.hcl" \
  -config="$work/plugins.hcl" &
vault_pid=$!

deadline=$((SECONDS + start_timeout))
until curl -fsS -o /dev/null "$VAULT_ADDR/v1/sys/health" 2>/dev/null; do
  kill -0 "$vault_pid" 2>/dev/null || die "Vault exited during start-up (see its output above)"
  ((SECONDS < deadline)) || die "Vault did not become healthy at $VAULT_ADDR within ${start_timeout}s"
  sleep 0.2
done

# --- register and enable the plugin ------------------------------------------------------------
register_args=(-sha256="$sha256" -version="$plugin_version")
[[ -n "${JAVA_HOME:-}" ]] && register_args+=(-env="JAVA_HOME=$JAVA_HOME")
"$vault" plugin register "${register_args[@]}" secret "$plugin_name" >&2
"$vault" secrets enable -path="$mount" "$plugin_name" >&2

cat >&2 <<EOF

tokenbridge $plugin_version is mounted at $mount/ on $VAULT_ADDR ($("$vault" version)).

In another shell:

  export VAULT_ADDR='$VAULT_ADDR'
  export VAULT_TOKEN='$VAULT_TOKEN'
  export PATH='$(dirname "$vault")':"\$PATH"

  vault write $mount/config issuer=https://example.test
  vault read $mount/config
  vault path-help $mount/config

Press Ctrl-C to stop Vault (and the plugin); $work is removed then.

EOF

wait "$vault_pid"
