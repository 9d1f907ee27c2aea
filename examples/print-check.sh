#!/usr/bin/env bash
# Renders every printed page of lane with headless Chromium, to look at them: the
# html report of an English and a Chinese sample village, the town report of a town
# of both, and every ledger (case register, case file, patrol ledger, patrol slip)
# in both languages. Each page goes to target/print/ (or the folder given) as
# NAME.html, NAME.png (the first screen, 1240x1754) and NAME.pdf (A4, as printed);
# with pdftoppm (poppler-utils) every PDF page also becomes NAME-N.png. Prints the
# page count of each PDF.
#
# Needs Chromium and a CJK font: apt-get install chromium fonts-noto-cjk poppler-utils
# Then look at the PNGs: Chinese renders (no boxes), the charts carry the numbers
# of the tables, no table is clipped at the page's edge.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/print}"
rm -rf "$out"
mkdir -p "$out"
out="$(realpath "$out")"
cargo build --quiet
lane="$PWD/target/debug/lane"
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "error: no Chromium found; install it with: apt-get install chromium fonts-noto-cjk" >&2
    exit 1
fi
export LANE_NOW="${LANE_NOW:-2026-11-20T10:00}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$lane" init "$work/en" --sample --no-git 2>/dev/null
"$lane" init "$work/zh" --sample --no-git --lang zh-CN --code BJ 2>/dev/null
"$lane" town init "$work/town" --no-git 2>/dev/null
"$lane" town --town "$work/town" add nanjie --path "$work/en" 2>/dev/null
"$lane" town --town "$work/town" add beijie --path "$work/zh" 2>/dev/null

page() { # NAME lane-args...
    local name="$1"
    shift
    "$lane" "$@" --format html >"$out/$name.html"
}
page town-report town --town "$work/town" report --month 2026-10
for v in en zh; do
    d=(--data "$work/$v")
    page "report-$v" "${d[@]}" report --month 2026-10
    page "ledger-cases-$v" "${d[@]}" ledger cases --month 2026-10
    # The case file of a case that went up a level, for a long timeline.
    id="$("$lane" "${d[@]}" --format csv list --since 2026-10-01 --level town | sed -n 2p | cut -d, -f1)"
    page "ledger-case-$v" "${d[@]}" ledger case "$id"
    page "ledger-patrols-$v" "${d[@]}" ledger patrols --leader L01 --month 2026-10
    page "ledger-slip-$v" "${d[@]}" ledger slip --leader L01
done

flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars)
for html in "$out"/*.html; do
    name="${html%.html}"
    url="file://$html"
    "$browser" "${flags[@]}" --window-size=1240,1754 --screenshot="$name.png" "$url" 2>/dev/null
    "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$name.pdf" "$url" 2>/dev/null
    pages="?"
    if command -v pdfinfo >/dev/null; then
        pages="$(pdfinfo "$name.pdf" | awk '/^Pages:/ {print $2}')"
    fi
    if command -v pdftoppm >/dev/null; then
        pdftoppm -r 80 -png "$name.pdf" "$name"
    fi
    echo "$(basename "$name"): $pages A4 pages"
done
echo "wrote $out"
