#!/usr/bin/env bash
# Looks at lane in Chinese as a person does: makes the Chinese sample village
# (lane init --sample --lang zh-CN), renders its public board (lane board --as
# html) and its monthly report (the table a clerk sees at a 120-column terminal,
# and the Markdown), and takes screenshots of both pages in headless Chromium.
# Then it lists any run of Latin letters left on the pages that is not a code,
# ID, file name or command, so English left in a Chinese folder shows.
# Writes to target/zh/ (or the folder given).
#
# Needs Chromium and a CJK font: apt-get install -y chromium fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-target/zh}")"
mkdir -p "$out"
cargo build --quiet --release
lane="$PWD/target/release/lane"
export LANE_NOW="${LANE_NOW:-2026-12-02T10:00}"
rm -rf "$out/village"
"$lane" init "$out/village" --sample --lang zh-CN --no-git >/dev/null 2>&1
cd "$out/village"
"$lane" board --as html >"$out/board.html"
COLUMNS=120 "$lane" report --month 2026-11 >"$out/report.txt"
"$lane" report --month 2026-11 --format md >"$out/report.md"
# The Markdown report as the page a clerk prints or sends (python-markdown).
python3 -c 'import markdown' 2>/dev/null || pip install --quiet markdown
python3 - "$out" <<'PY'
import sys, markdown
out = sys.argv[1]
body = markdown.markdown(open(f"{out}/report.md", encoding="utf-8").read(), extensions=["tables"])
style = ("body{margin:32px;font-family:'Noto Sans CJK SC',sans-serif;font-size:13px}"
         "table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #999;padding:2px 6px}"
         "td{text-align:right}td:first-child,td:nth-child(2){text-align:left}")
open(f"{out}/report.html", "w", encoding="utf-8").write(
    f'<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>报告</title><style>{style}</style>{body}</html>')
PY
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "error: no Chromium found; install it with: apt-get install -y chromium fonts-noto-cjk" >&2
    exit 1
fi
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars)
"$browser" "${flags[@]}" --force-device-scale-factor=1.5625 --window-size=794,1123 \
    --screenshot="$out/board.png" "file://$out/board.html" 2>/dev/null
"$browser" "${flags[@]}" --window-size=1100,1800 \
    --screenshot="$out/report.png" "file://$out/report.html" 2>/dev/null
# English words left on the pages: runs of 3+ Latin letters in the text a
# person reads (styles and tags removed), minus what is code by nature.
python3 - "$out" >"$out/latin.txt" <<'PY'
import re, sys, collections
out = sys.argv[1]
code = {"lane", "NJ", "toml", "csv", "md", "html"}
for name in ["board.html", "report.txt", "report.md"]:
    text = open(f"{out}/{name}", encoding="utf-8").read()
    text = re.sub(r"(?s)<style.*?</style>", "", text)
    text = re.sub(r"<[^>]*>", " ", text)
    words = collections.Counter(w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in code)
    for w, n in sorted(words.items()):
        print(f"{name}: {w} x{n}")
PY
echo "$out/board.png"
echo "$out/report.png"
echo "$out/latin.txt ($(wc -l <"$out/latin.txt") Latin words left)"
