#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
#
# Builds the pinned HashiCorp Vault from the Go module proxy and prints the binary's absolute path.
#
#   vault="$(vault-config/install-vault.sh)"
#
# The version comes from vault-build/go.mod (the only place it is pinned). The binary is cached
# outside the repository, keyed by version, so the second run returns at once:
#   ${TOKENBRIDGE_CACHE:-$HOME/.cache/tokenbridge}/vault/<version>/vault
# If VAULT_BIN names an executable, it is used as is and nothing is built.
# Only the path goes to stdout; progress and errors go to stderr.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
build_dir="$here/vault-build"

log() { printf 'install-vault: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

if [[ -n "${VAULT_BIN:-}" ]]; then
  [[ -x "$VAULT_BIN" ]] || die "VAULT_BIN=$VAULT_BIN is not an executable file"
  printf '%s\n' "$(cd "$(dirname "$VAULT_BIN")" && pwd -P)/$(basename "$VAULT_BIN")"
  exit 0
fi

# Matches both `require github.com/hashicorp/vault vX` and the same line inside a require block,
# but not the api/sdk submodules.
version="$(sed -nE 's#^[[:space:]]*(require[[:space:]]+)?github\.com/hashicorp/vault[[:space:]]+(v[^[:space:]]+).*#\2#p' \
  "$build_dir/go.mod" | head -n 1)"
[[ -n "$version" ]] || die "no 'github.com/hashicorp/vault vX.Y.Z' requirement in $build_dir/go.mod"

cache_root="${TOKENBRIDGE_CACHE:-${HOME:?HOME is not set}/.cache/tokenbridge}"
target_dir="$cache_root/vault/$version"
target="$target_dir/vault"

usable() { [[ -x "$target" ]] && "$target" version >/dev/null 2>&1; }

if usable; then
  printf '%s\n' "$target"
  exit 0
fi

command -v go >/dev/null 2>&1 || die "Go is needed to build Vault $version (https://go.dev/dl/); or set VAULT_BIN"
mkdir -p "$target_dir"
target_dir="$(cd "$target_dir" && pwd -P)"
target="$target_dir/vault"

# Concurrent callers (parallel test runs) wait for one build instead of starting a second.
if command -v flock >/dev/null 2>&1; then
  exec 9>"$target_dir/.lock"
  flock 9
  if usable; then
    printf '%s\n' "$target"
    exit 0
  fi
fi

# Build from a copy of vault-build/ at a fixed path next to the binary: nothing is written into the
# repository, and the fixed path keeps Go's build cache valid for the patched sdk if a build is
# interrupted and run again.
src="$target_dir/src"
rm -rf "$src"
mkdir -p "$src"
cp "$build_dir/go.mod" "$build_dir/go.sum" "$build_dir/main.go" "$src/"

# go.mod may point the sdk at ./sdk: the published sdk patched to match Vault's in-tree copy
# (see vault-build/sdk.patch for why).
if grep -Eq '^[[:space:]]*replace[[:space:]]+github\.com/hashicorp/vault/sdk[[:space:]]+=>[[:space:]]+\./sdk[[:space:]]*$' "$src/go.mod"; then
  sdk_version="$(sed -nE 's#^[[:space:]]*(require[[:space:]]+)?github\.com/hashicorp/vault/sdk[[:space:]]+(v[^[:space:]]+).*#\2#p' \
    "$src/go.mod" | head -n 1)"
  [[ -n "$sdk_version" ]] || die "go.mod replaces the sdk with ./sdk but requires no sdk version to patch"
  command -v patch >/dev/null 2>&1 || die "'patch' is needed to prepare the sdk for Vault $version"
  log "preparing github.com/hashicorp/vault/sdk $sdk_version with vault-build/sdk.patch"
  sdk_download="$(cd "$target_dir" && GOWORK=off go mod download -json "github.com/hashicorp/vault/sdk@$sdk_version")" \
    || die "cannot download github.com/hashicorp/vault/sdk@$sdk_version"
  sdk_dir="$(printf '%s\n' "$sdk_download" | sed -nE 's/^[[:space:]]*"Dir": "(.*)",?$/\1/p')"
  [[ -d "$sdk_dir" ]] || die "go mod download did not report a directory for the sdk"
  cp -R "$sdk_dir" "$src/sdk"
  chmod -R u+w "$src/sdk"
  patch -d "$src/sdk" -p1 --forward --batch --quiet <"$build_dir/sdk.patch" >&2 \
    || die "vault-build/sdk.patch does not apply to sdk $sdk_version"
fi

# Build under a temporary name and rename at the end, so an interrupted build never leaves a
# half-written binary where the check above would find it.
partial="$(mktemp "$target_dir/vault.partial.XXXXXX")"
trap 'rm -f "$partial"' EXIT

log "building Vault $version into $target (a cold build downloads about 650 MB of modules and compiles for about 10 minutes on 2 cores)"
started=$SECONDS
# -buildvcs=false: the build directory is not a checkout of Vault.
( cd "$src" && CGO_ENABLED=0 go build -buildvcs=false -o "$partial" . ) >&2 \
  || die "go build failed for Vault $version (sources in $src)"
chmod 0755 "$partial"
"$partial" version >/dev/null 2>&1 || die "the freshly built binary does not run: $partial"
mv -f "$partial" "$target"
trap - EXIT
rm -rf "$src"
log "built $("$target" version) in $((SECONDS - started))s"

printf '%s\n' "$target"
