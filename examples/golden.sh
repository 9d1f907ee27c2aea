#!/usr/bin/env bash
# Captures what lane prints for a fixed set of read-only commands — report, list, show,
# board, check, town report — on the bundled data/ and on generated villages, one file
# per command (stdout, then stderr and the exit code), so two builds can be compared
# byte for byte:
#
#   examples/golden.sh OUT [LANE]        # LANE defaults to target/release/lane
#   examples/golden.sh /tmp/before /tmp/lane-old && examples/golden.sh /tmp/after
#   diff -r /tmp/before /tmp/after && echo identical
#
# The generated folders come from examples/gen.rs with fixed seeds and are made once
# under $GOLDEN_WORK (default /tmp/lane-golden), so both runs read the same bytes.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:?usage: examples/golden.sh OUT [LANE]}
LANE=${2:-$PWD/target/release/lane}
W=${GOLDEN_WORK:-/tmp/lane-golden}
[ -n "${2:-}" ] || cargo build --release --quiet --bin lane
cargo build --release --quiet --example gen
GEN=$PWD/target/release/examples/gen
export LANE_NOW=2026-11-20T10:00 LANE_BY=L01 NO_COLOR=1 COLUMNS=200
unset LANE_DATA LANE_LANG
mkdir -p "$W" "$OUT"
if [ ! -f "$W/ready" ]; then
    rm -rf "$W"/*
    "$GEN" --cases 2000 --seed 7 "$W/v2k" >/dev/null
    "$GEN" --cases 300 --villages 3 --seed 11 "$W/town-src" >/dev/null
    "$LANE" town init "$W/town" --name "Golden Town" >/dev/null 2>&1
    for v in "$W"/town-src/*/; do
        "$LANE" town --town "$W/town" add "$(basename "$v")" --path "$v" >/dev/null
    done
    cp -r data "$W/data"
    rm -rf "$W/data/.lane" "$W/data/local.toml"
    # a copy with planted problems, for check's messages
    cp -r "$W/data" "$W/broken"
    printf 'H9999,王五,A99,,x,,,\nH0001,重复,A01,,2,,,\n' >>"$W/broken/households.csv"
    f=$W/broken/tickets/2026/NJ-2026-0001.toml
    sed -i '0,/^at = /s/^at = .*/at = "2026-13-45T99:00"/' "$f"
    printf 'A15,新巷,一组,L99\n' >>"$W/broken/alleys.csv"
    touch "$W/ready"
fi
sleep 2 # the folders must not be "racy" for the index

run() { # run NAME LANE-ARGS...
    local name=$1; shift
    local rc=0
    "$LANE" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err" || rc=$?
    echo "exit $rc" >>"$OUT/$name.err"
    # the work folder's own path, so that two work folders compare equal
    sed -i "s|$W|GOLDEN_WORK|g" "$OUT/$name.out" "$OUT/$name.err"
}

for v in data v2k; do
    d=$W/$v
    run "$v-report" --data "$d" report
    for f in csv json md; do run "$v-report-$f" --data "$d" --format $f report --month 2026-10; done
    run "$v-report-year" --data "$d" report --year 2026
    run "$v-report-range" --data "$d" report --from 2026-03-05 --to 2026-06-20
    run "$v-report-alley" --data "$d" report --month 2026-09 --alley A03
    run "$v-report-redact" --data "$d" --format md report --month 2026-08 --redact
    run "$v-list" --data "$d" list
    for f in csv json md; do run "$v-list-$f" --data "$d" --format $f list --status open; done
    run "$v-list-filter" --data "$d" list --category hazard --alley A02
    run "$v-overdue" --data "$d" overdue
    run "$v-overdue-json" --data "$d" --format json overdue
    for id in 2026-1 2026-2 2025-40 2026-100 2026-0300; do
        run "$v-show-$id" --data "$d" show "$id"
        run "$v-show-$id-json" --data "$d" --format json show "$id"
    done
    run "$v-show-missing" --data "$d" show 99999
    run "$v-show-ambiguous" --data "$d" show 1
    for b in txt md html; do run "$v-board-$b" --data "$d" board --as $b; done
    run "$v-check" --data "$d" check
    for r in alley leader household; do
        run "$v-$r-list" --data "$d" $r list
        run "$v-$r-list-csv" --data "$d" --format csv $r list
    done
    run "$v-household-show" --data "$d" household show H0001
    run "$v-leader-show" --data "$d" leader show L01
    run "$v-patrol-list" --data "$d" --format csv patrol list
    run "$v-stars-report" --data "$d" stars report
    run "$v-stars-list" --data "$d" stars list --min 4
done
run broken-check --data "$W/broken" check
run broken-list --data "$W/broken" list --status open
run broken-report --data "$W/broken" report --month 2026-10
T=$W/town
run town-report town --town "$T" report --month 2026-10
for f in csv json md; do run "town-report-$f" --format $f town --town "$T" report --month 2026-09; done
run town-report-year town --town "$T" report --year 2026
run town-inbox town --town "$T" inbox
run town-check town --town "$T" check
run town-list town --town "$T" list
echo "$(ls "$OUT" | wc -l) files in $OUT"
