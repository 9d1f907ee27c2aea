#!/usr/bin/env bash
# The monthly report for the town: writes reports/YYYY-MM.md (to send),
# reports/YYYY-MM.csv (for the town's spreadsheet), reports/YYYY-MM.xlsx (the
# workbook to open in Excel/WPS) and reports/YYYY-MM.html (one page with charts, to
# print on A4 and sign) for the previous month into the data folder, and commits them.
#
# Put it in the clerk's crontab to run early on the first of every month:
#
#   0 7 1 * *  cd /home/clerk/nanjie && mkdir -p reports && /home/clerk/bin/monthly-report.sh >> reports/cron.log 2>&1
#
# (`mkdir -p reports` first: the shell opens the log before the script runs.)
#
# Usage: monthly-report.sh [YYYY-MM]     (default: the previous month)
# Environment: LANE_DATA (default: the current folder), LANE (default: lane on PATH).
set -euo pipefail

data="${LANE_DATA:-$PWD}"
lane="${LANE:-lane}"

if [ $# -ge 1 ]; then
    month="$1"
else
    year=$(date +%Y)
    mon=$((10#$(date +%m) - 1))
    if [ "$mon" -eq 0 ]; then
        mon=12
        year=$((year - 1))
    fi
    month=$(printf '%04d-%02d' "$year" "$mon")
fi

formats=(md csv xlsx html)
mkdir -p "$data/reports"
# The reports go to temp files first; only when all are complete are they moved
# into place, so a failed run never leaves half a report. lane exits 1 when the
# report is incomplete (case files it could not read are left out; the report says
# so itself): then nothing is written or committed, and the script exits 1.
for format in "${formats[@]}"; do
    out="$data/reports/$month.$format"
    status=0
    "$lane" --data "$data" --format "$format" report --month "$month" > "$out.tmp" || status=$?
    if [ "$status" -ne 0 ]; then
        for f in "${formats[@]}"; do rm -f "$data/reports/$month.$f.tmp"; done
        echo "error: the report for $month is incomplete or failed (lane exited $status); nothing was written or committed. Fix what lane said above (\`lane check\` lists unreadable case files) and run this again." >&2
        exit 1
    fi
done
files=()
for format in "${formats[@]}"; do
    mv "$data/reports/$month.$format.tmp" "$data/reports/$month.$format"
    files+=("reports/$month.$format")
done

if [ -d "$data/.git" ]; then
    git -C "$data" add "${files[@]}"
    if ! git -C "$data" diff --cached --quiet -- "${files[@]}"; then
        git -C "$data" commit -q -m "report: $month" -- "${files[@]}"
    fi
fi
echo "wrote ${files[*]}"
