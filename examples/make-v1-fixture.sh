#!/bin/sh
# Re-creates a format fixture (tests/fixtures/v1/, tests/fixtures/v2/) with a lane binary:
#   examples/make-v1-fixture.sh /path/to/lane [OUT]
# The binary must write the fixture's format (for v1, lane before `format = 2`; for v2,
# lane before `format = 3`, e.g. the last release
# of that format). Every time is fixed (LANE_NOW, --at), so the same binary makes the
# same bytes. The folder is written without git (--no-git): a test that needs git
# copies it and runs `git init` and one commit itself.
set -eu
LANE=${1:?usage: make-v1-fixture.sh LANE-BINARY [OUT]}
OUT=${2:-tests/fixtures/v1}
mkdir -p "$(dirname "$OUT")"
OUT="$(cd "$(dirname "$OUT")" && pwd)/$(basename "$OUT")"
rm -rf "$OUT"
unset LANE_DATA LANE_BY
export LANE_NOW=2026-11-20T10:00
l() { "$LANE" --data "$OUT" --no-input "$@" >/dev/null 2>&1 || { echo "failed: lane $*" >&2; "$LANE" --data "$OUT" --no-input "$@"; exit 1; }; }

"$LANE" init "$OUT" --no-git --name "Nanjie Village" --code NJ >/dev/null 2>&1
l alley add --id A01 --name "East Lane" --group 一组
l alley add --id A02 --name "Well Lane" --group 二组
l leader add --id L01 --name 王建国 --phone 13800000001 --alley A01 \
  --background party-member --selected-by party-members-and-masses --since 2026-01-01
l leader add --id L02 --name 李秀英 --phone 13800000002 --alley A02 \
  --background respected --selected-by household-recommendation --since 2026-01-01
l household add --id H0001 --head 张大山 --alley A01 --address "东巷 1 号" --members 4
l household add --id H0002 --head 赵桂兰 --alley A01 --address "东巷 2 号" --members 2 --tags elderly
l household add --id H0003 --head 孙长林 --alley A02 --address "井巷 1 号" --members 5
l household add --id H0004 --head 周小红 --alley A02 --address "井巷 2 号" --members 3 --phone 13900000004

# 1: sanitation, solved on the spot (closes at once: no return visit)
l open --title "Rubbish at the east corner" --category sanitation --alley A01 \
  --solved "Cleared with the neighbours" --by L01 --at 2026-10-02T08:30
# 2: hazard, note, escalate twice, resolve, visit satisfied
l open --title "Loose wires on the pole" --category hazard --household H0001 --by L01 --at 2026-10-05T09:00
l note 2 "Power company called" --by L01 --at 2026-10-05T15:00
l escalate 2 --reason "Needs the power company" --by L01 --at 2026-10-06T09:00
l escalate 2 --to town --reason "Town coordinates the company" --dept "Power supply" --by 村支部 --at 2026-10-08T09:00
l resolve 2 --note "Wires replaced" --by 镇党委 --at 2026-10-12T16:00
l visit 2 --result satisfied --note "Household thanks the town" --by L01 --at 2026-10-14T10:00
# 3: dispute, resolve, visit unsatisfied (reopens), resolve, visit basic
l open --title "Wall between two yards" --category dispute --household H0003 --source household --by L02 --at 2026-10-10T10:00
l resolve 3 --note "Mediated an agreement" --by L02 --at 2026-10-11T10:00
l visit 3 --result unsatisfied --note "The wall is still there" --by L02 --at 2026-10-15T10:00
l resolve 3 --note "Wall moved" --by L02 --at 2026-10-20T10:00
l visit 3 --result basic --by L02 --at 2026-10-22T10:00
# 4: service, resolve, closed without a visit reason (referred)
l open --title "Help with a pension form" --category service --household H0002 --source visit --by L01 --at 2026-11-02T09:00
l resolve 4 --note "Form filled in" --by L01 --at 2026-11-03T09:00
l close 4 --as referred --note "Sent to the civil affairs office" --by L01 --at 2026-11-04T09:00
# 5: feedback, closed as not our business
l open --title "Street light out" --category feedback --alley A02 --source hotline --by L02 --at 2026-11-05T19:00
l close 5 --as not-responsible --note "County road office" --by L02 --at 2026-11-06T09:00
# 6 and 7: 7 duplicates 6
l open --title "Drain blocked" --category sanitation --alley A02 --by L02 --at 2026-11-07T08:00
l open --title "Drain blocked again" --category sanitation --household H0004 --by L02 --at 2026-11-07T09:00
l close 7 --as duplicate --of 6 --by L02 --at 2026-11-07T10:00
# 8: hazard, resolve, visited, reopened, still open (overdue)
l open --title "Cracked step at the well" --category hazard --alley A02 --by L02 --at 2026-11-08T09:00
l resolve 8 --note "Step patched" --by L02 --at 2026-11-09T09:00
l visit 8 --result satisfied --by L02 --at 2026-11-10T09:00
l reopen 8 --reason "The patch broke" --by L02 --at 2026-11-12T09:00
# 6 stays open; 9: unable
l open --title "Noise from the workshop" --category dispute --household H0001 --by L01 --at 2026-11-13T09:00
l close 9 --as unable --note "Workshop has moved away" --by L01 --at 2026-11-14T09:00

# Patrols in two months
l patrol --leader L01 --kind inspection --at 2026-10-02 --note "Morning round"
l patrol --leader L01 --kind visit --household H0002 --at 2026-10-03
l patrol --leader L02 --kind feedback --at 2026-10-09 --note "Asked about the drain"
l patrol --leader L02 --kind inspection --ticket NJ-2026-0006 --at 2026-11-07
l patrol --leader L01 --kind visit --household H0001 --ticket NJ-2026-0002 --at 2026-11-15
l patrol --leader L02 --kind visit --household H0004 --at 2026-11-16 --note "All well"

# A star round, rated and awarded
l stars new 2026 --date 2026-11-01
l stars rate H0001 --round 2026 --met all
l stars rate H0002 --round 2026 --met helpful,honest,clean
l stars rate H0003 --round 2026 --met all --note "Wall moved without a quarrel"
l stars rate H0004 --round 2026 --met none
l stars award --round 2026 --date 2026-11-18

# Not part of the format: this clone's settings and the derived index.
rm -rf "$OUT/.lane" "$OUT/local.toml"
