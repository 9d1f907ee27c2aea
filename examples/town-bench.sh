#!/usr/bin/env bash
# Benchmarks `lane town report --month` over a town of sample villages.
#
#   examples/town-bench.sh [WORKDIR]
#
# Generates VILLAGES (40) villages of TICKETS (740, Nanjie's year) cases each with
# the sample generator, writes a town.toml over them with `lane town add --path`,
# runs `lane town report --month MONTH` once to warm the page cache and then RUNS
# (5) times under /usr/bin/time -v, and prints the median wall time and the peak
# resident memory. WORKDIR (default: a new temp folder) is left in place when given,
# removed otherwise. Needs GNU time: `apt-get install -y time`.
set -euo pipefail

VILLAGES=${VILLAGES:-40}
TICKETS=${TICKETS:-740}
RUNS=${RUNS:-5}
MONTH=${MONTH:-2026-10}
TARGET=${CARGO_TARGET_DIR:-target}

if [ ! -x /usr/bin/time ]; then
    echo "error: /usr/bin/time is missing; install GNU time (apt-get install -y time)" >&2
    exit 1
fi

if [ $# -ge 1 ]; then
    WORK=$1
    mkdir -p "$WORK"
else
    WORK=$(mktemp -d)
    trap 'rm -rf "$WORK"' EXIT
fi

cargo build --quiet --release --bin lane --example gen
LANE=$TARGET/release/lane
TOWN=$WORK/town

if [ ! -f "$TOWN/town.toml" ]; then
    "$LANE" town init "$TOWN" --name "Bench Town" --no-git 2>/dev/null
    "$TARGET/release/examples/gen" --cases "$TICKETS" --villages "$VILLAGES" "$TOWN/villages"
    for dir in "$TOWN"/villages/*/; do
        code=$(basename "$dir")
        "$LANE" town --town "$TOWN" add "Village $code" --path "$dir" 2>/dev/null
    done
fi

cases=$(find "$TOWN/villages" -path '*/tickets/*' -name '*.toml' | wc -l)
echo "town: $VILLAGES villages, $cases case files, in $TOWN"
"$LANE" town --town "$TOWN" --format csv report --month "$MONTH" >/dev/null

times=()
peak=0
for _ in $(seq "$RUNS"); do
    /usr/bin/time -v -o "$WORK/time.txt" \
        "$LANE" town --town "$TOWN" --format csv report --month "$MONTH" >/dev/null
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.3f", s }' "$WORK/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$WORK/time.txt")
    times+=("$wall")
    [ "$rss" -gt "$peak" ] && peak=$rss
done

median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END {
    if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "lane town report --month $MONTH: runs ${times[*]} s"
echo "median wall time: ${median} s; peak RSS: $((peak / 1024)) MiB ($peak KiB)"
