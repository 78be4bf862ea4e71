#!/usr/bin/env bash
# Installs Debian's nix-bin and configures it for offline, single-user root use (no daemon, no nixbld group,
# no substituters, empty flake registry). Idempotent: running it again changes nothing that is already right.
# Facts behind each setting: ../shared/NIX-HERE.md. Used by .ci/run and by the README's test command.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
  echo "install-nix.sh: run as root (sudo ./scripts/install-nix.sh): it installs a Debian package and writes /etc/nix" >&2
  exit 2
fi

if ! command -v nix >/dev/null 2>&1 || ! command -v git >/dev/null 2>&1; then
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-nix.sh: no nix and no apt-get; install Nix (>= 2.8) with flakes enabled by other means" >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nix-bin git ca-certificates >/dev/null
fi

mkdir -p /etc/nix
registry=/etc/nix/flake-registry-empty.json
[ -f "$registry" ] || echo '{"flakes":[],"version":2}' >"$registry"

conf=/etc/nix/nix.conf
want=$(cat <<CONF
experimental-features = nix-command flakes
substituters =
build-users-group =
sandbox = false
flake-registry = $registry
CONF
)
if [ ! -f "$conf" ] || [ "$(cat "$conf")" != "$want" ]; then
  tmp=$(mktemp "$conf.XXXXXX")
  printf '%s\n' "$want" >"$tmp"
  mv "$tmp" "$conf"
fi

nix --version
