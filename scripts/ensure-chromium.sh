#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Playwright's own browser download cannot work here).
# Installs it with apt when it is missing; needs root, as on the project's machines and CI.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium_path" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $chromium_path. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's chromium for the end-to-end tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
"$chromium_path" --version
