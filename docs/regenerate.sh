#!/usr/bin/env bash
# Regenerate the seeds' picture for README: the HTML view of seeds/, screenshotted by headless Chromium.
# Usage: bash docs/regenerate.sh   (needs Debian's chromium: bash .ci/setup-consumers.sh installs it)
set -euo pipefail
cd "$(dirname "$0")/.."
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
.venv/bin/itinerary export seeds --format html -o "$profile/seeds.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1 \
    --user-data-dir="$profile" --window-size=1240,1000 --screenshot=docs/seeds.png \
    "file://$profile/seeds.html" 2>/dev/null
echo "wrote docs/seeds.png"
