#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Playwright's own browser download cannot work here) and
# rasterize printed PDFs with poppler's pdftoppm/pdftotext (tests/e2e/classroom.e2e.ts).
# Installs what is missing with apt; needs root, as on the project's machines and CI.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
packages=()
[ -x "$chromium_path" ] || packages+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || packages+=(poppler-utils)
[ ${#packages[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing for the e2e tests: ${packages[*]}. Install (Debian: sudo apt-get install -y ${packages[*]}) or set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Installing Debian's ${packages[*]} for the end-to-end tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}" >/dev/null
"$chromium_path" --version
