#!/usr/bin/env bash
# Renders the public board (lane board --as html) of the bundled sample village in
# data/ and looks at it in a real browser: headless Chromium takes a screenshot of
# one A4 page at 150 dpi, 1240x1754 (board.png) and prints the page to PDF (board.pdf),
# which shows the print layout. Writes to target/board/ (or the folder given).
#
# Needs Chromium and a CJK font: apt-get install chromium fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/board}"
mkdir -p "$out"
LANE_NOW="${LANE_NOW:-2026-11-20T10:00}" cargo run --quiet -- --data data board --as html >"$out/board.html"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "error: no Chromium found; install it with: apt-get install chromium fonts-noto-cjk" >&2
    exit 1
fi
url="file://$(realpath "$out/board.html")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars)
# The page is 210 mm wide, 794 CSS pixels; at 150/96 device pixels per CSS pixel
# the 1240x1754 screenshot is exactly one A4 page at 150 dpi.
"$browser" "${flags[@]}" --force-device-scale-factor=1.5625 --window-size=794,1123 \
    --screenshot="$out/board.png" "$url" 2>/dev/null
"$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$out/board.pdf" "$url" 2>/dev/null
echo "$out/board.html"
echo "$out/board.png"
echo "$out/board.pdf"
