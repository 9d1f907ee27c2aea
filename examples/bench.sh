#!/usr/bin/env bash
# Reproduces every number in BENCHMARKS.md: generates villages of 100, 10k, 100k and
# 1M cases with examples/gen.rs, then times lane against the physical floor (cat of
# the case files), git, and taskwarrior 2.6.
#
#   examples/bench.sh                 # everything (1M needs ~5 GB of disk, a few minutes)
#   BENCH_1M=0 examples/bench.sh      # without the 1M village
#
# Needs hyperfine and GNU time (apt-get install hyperfine time); taskwarrior for the
# side-by-side (apt-get install taskwarrior); root for the cold-cache runs
# (/proc/sys/vm/drop_caches). Medians of RUNS (default 7) warm runs after one warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."

W=${BENCH_DIR:-/tmp/lane-bench}
RUNS=${RUNS:-7}
BENCH_1M=${BENCH_1M:-1}
mkdir -p "$W"
cargo build --release --quiet --bin lane --example gen
LANE=$PWD/target/release/lane
GEN=$PWD/target/release/examples/gen
export LANE_NOW=2026-11-20T10:00 LANE_BY=L01
export GIT_AUTHOR_NAME=bench GIT_AUTHOR_EMAIL=bench@example.invalid
export GIT_COMMITTER_NAME=bench GIT_COMMITTER_EMAIL=bench@example.invalid

# median_ms NAME [hyperfine options...] -- COMMAND : the median in ms, also kept in $W/NAME.json
median_ms() {
    local name=$1; shift
    hyperfine --style none --runs "$RUNS" --export-json "$W/$name.json" "$@" >/dev/null 2>&1
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.1f" % (r["median"]*1000))' "$W/$name.json"
}
ratio() { python3 -c "print('%.2f' % ($1 / $2))"; }

village() { # village NAME CASES [YEARS]
    local dir=$W/$1
    if [ ! -f "$dir/lane.toml" ]; then
        rm -rf "$dir"
        "$GEN" --cases "$2" ${3:+--years $3} "$dir" >/dev/null
    fi
    "$LANE" --data "$dir" list --status open >/dev/null   # build the index
    echo "$dir"
}

V100=$(village v100 100 1)
V10K=$(village v10k 10000)
V100K=$(village v100k 100000)

echo "## Mutating commands (--no-commit), median ms"
declare -A OPEN ESC RES
for v in v100 v10k v100k; do
    d=$W/$v
    OPEN[$v]=$(median_ms "open-$v" --warmup 1 \
        "$LANE --data $d --no-commit open --title t --category hazard --alley A01")
    ESC[$v]=$(median_ms "escalate-$v" --warmup 1 \
        --prepare "$LANE --data $d --no-commit open --title t --category hazard --alley A01 > $W/id" \
        "$LANE --data $d --no-commit escalate \$(cat $W/id) --reason r")
    RES[$v]=$(median_ms "resolve-$v" --warmup 1 \
        --prepare "$LANE --data $d --no-commit open --title t --category hazard --alley A01 > $W/id" \
        "$LANE --data $d --no-commit resolve \$(cat $W/id) --note n")
done
echo "| command | 100 cases | 10k | 100k | 10k / 100 | 100k / 100 |"
echo "|---|---:|---:|---:|---:|---:|"
for c in open escalate resolve; do
    case $c in open) declare -n M=OPEN;; escalate) declare -n M=ESC;; resolve) declare -n M=RES;; esac
    echo "| $c | ${M[v100]} | ${M[v10k]} | ${M[v100k]} | $(ratio "${M[v10k]}" "${M[v100]}") | $(ratio "${M[v100k]}" "${M[v100]}") |"
    unset -n M
done

echo
echo "## With the git commit, 10k cases, median ms"
G=$W/v10k-git
if [ ! -d "$G/.git" ]; then
    rm -rf "$G"; cp -r "$V10K" "$G"; rm -rf "$G/.lane"
    git -C "$G" init -q && git -C "$G" add -A && git -C "$G" -c gc.auto=0 commit -qm seed && git -C "$G" gc -q
    echo start > "$G/notes.txt" && git -C "$G" add notes.txt && git -C "$G" commit -qm notes
    "$LANE" --data "$G" list >/dev/null
fi
GOPEN=$(median_ms git-open --warmup 1 "$LANE --data $G open --title t --category hazard --alley A01")
GESC=$(median_ms git-escalate --warmup 1 \
    --prepare "$LANE --data $G open --title t --category hazard --alley A01 > $W/id" \
    "$LANE --data $G escalate \$(cat $W/id) --reason r")
BARE=$(median_ms git-bare --warmup 1 --prepare "echo x >> $G/notes.txt" \
    "git -C $G commit -q -m x -- notes.txt")
echo "| command | median ms | ratio to a bare git commit ($BARE ms) |"
echo "|---|---:|---:|"
echo "| lane open (commits) | $GOPEN | $(ratio "$GOPEN" "$BARE") |"
echo "| lane escalate (commits) | $GESC | $(ratio "$GESC" "$BARE") |"

echo
echo "## Reading, 100k cases, warm, median ms"
CAT=$(median_ms cat --warmup 1 "find $V100K/tickets -name '*.toml' -print0 | xargs -0 cat > /dev/null")
LIST=$(median_ms list --warmup 1 "$LANE --data $V100K list --status open")
OVER=$(median_ms overdue --warmup 1 "$LANE --data $V100K overdue")
REP=$(median_ms report --warmup 1 "$LANE --data $V100K report --month 2026-10")
echo "| command | median ms | ratio to cat of all case files ($CAT ms) |"
echo "|---|---:|---:|"
echo "| lane list --status open | $LIST | $(ratio "$LIST" "$CAT") |"
echo "| lane overdue | $OVER | $(ratio "$OVER" "$CAT") |"
echo "| lane report --month 2026-10 | $REP | $(ratio "$REP" "$CAT") |"

if [ -w /proc/sys/vm/drop_caches ]; then
    echo
    echo "## Cold index rebuild, 100k cases (caches dropped before each run), median ms"
    DROP="sync; echo 3 > /proc/sys/vm/drop_caches"
    CCAT=$(RUNS=5 median_ms cold-cat --prepare "$DROP" "find $V100K/tickets -name '*.toml' -print0 | xargs -0 cat > /dev/null")
    CIDX=$(RUNS=5 median_ms cold-reindex --prepare "$DROP" "$LANE --data $V100K reindex")
    echo "| command | median ms | ratio to a cold cat ($CCAT ms) |"
    echo "|---|---:|---:|"
    echo "| lane reindex | $CIDX | $(ratio "$CIDX" "$CCAT") |"
fi

if command -v task >/dev/null; then
    echo
    echo "## Side by side with taskwarrior $(task --version), 100k tasks and cases, median ms"
    T=$W/task
    if [ ! -f "$T/done" ]; then
        rm -rf "$T"; mkdir -p "$T/data"
        printf 'data.location=%s\nverbose=nothing\nconfirmation=no\nhooks=off\n' "$T/data" > "$T/taskrc"
        "$LANE" --data "$V100K" --format csv list > "$T/cases.csv"
        python3 - "$T/cases.csv" > "$T/tasks.json" <<'PY'
import csv, json, sys, uuid
for i, r in enumerate(csv.DictReader(open(sys.argv[1], encoding="utf-8"))):
    t = {"uuid": str(uuid.UUID(int=i + 1)), "description": r["title"], "entry": "20250101T000000Z",
         "project": r["alley"], "tags": [r["category"]],
         "status": "pending" if r["status"] == "open" else "completed"}
    if t["status"] == "completed":
        t["end"] = "20250102T000000Z"
    print(json.dumps(t, ensure_ascii=False))
PY
        TASKRC=$T/taskrc task import "$T/tasks.json" >/dev/null 2>&1
        touch "$T/done"
    fi
    TASK=$(median_ms task --warmup 1 "TASKRC=$T/taskrc task status:pending count")
    echo "| command | median ms |"
    echo "|---|---:|"
    echo "| task status:pending count | $TASK |"
    echo "| lane list --status open | $LIST |"
    echo "| ratio (task / lane) | $(ratio "$TASK" "$LIST") |"
fi

if [ "$BENCH_1M" = 1 ]; then
    echo
    echo "## 1M cases (no git), warm"
    V1M=$(village v1m 1000000)
    Y=$(median_ms year-1m --warmup 1 "$LANE --data $V1M report --year 2025")
    PEAK=$( { /usr/bin/time -v "$LANE" --data "$V1M" report --year 2025 >/dev/null; } 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')
    echo "| command | median ms | peak memory |"
    echo "|---|---:|---:|"
    echo "| lane report --year 2025 | $Y | $((PEAK / 1024)) MB |"
fi
