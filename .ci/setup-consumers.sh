#!/usr/bin/env bash
# Install what the calendar-consumer and view tests need beyond Python packages:
# headless Chromium (Debian's), Node (the machine's, else Debian's) and ical.js from the npm registry.
# Run as root on a fresh Debian machine; safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

apt_packages=()
command -v chromium >/dev/null 2>&1 || apt_packages+=(chromium fonts-dejavu-core)
command -v node >/dev/null 2>&1 || apt_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || apt_packages+=(npm)
if [ "${#apt_packages[@]}" -gt 0 ]; then
    $SUDO apt-get update
    $SUDO apt-get install -y --no-install-recommends "${apt_packages[@]}"
fi

echo "chromium: $(chromium --version 2>/dev/null || echo missing)"
echo "node: $(node --version)"

cd tests/js
if [ -f package-lock.json ]; then
    npm ci --no-audit --no-fund
else
    npm install --no-audit --no-fund
fi
node -e 'import("ical.js").then((m) => console.log("ical.js: ok", typeof m.default.parse))'
