# lane messages (en): cmd

## src/cmd/mod.rs

cmd-reindexed = indexed { $n ->
        [one] {$n} case file
       *[other] {$n} case files
    } in {$seconds} s

## src/cmd/words.rs

cmd-visit-satisfied = satisfied
cmd-visit-basic = basic
cmd-visit-unsatisfied = unsatisfied
cmd-close-fixed = fixed
cmd-close-duplicate = duplicate
cmd-close-not-responsible = not-responsible
cmd-close-unable = unable
cmd-close-referred = referred
cmd-source-inspection = inspection
cmd-source-visit = visit
cmd-source-household = household
cmd-source-hotline = hotline
cmd-status-open = open
cmd-status-resolved = resolved
cmd-status-closed = closed
cmd-kind-inspection = inspection
cmd-kind-visit = visit
cmd-kind-feedback = feedback
# A level, category or criterion in a table cell: English shows the key, Chinese the name.
cmd-cell-keyed = {$key}
# A choice in a list at the terminal.
cmd-choice = {$key} ({$name})
cmd-ev-open = open
cmd-ev-note = note
cmd-ev-escalate = escalate to {$to}
cmd-ev-escalate-dept = escalate to {$to}, {$dept}
cmd-ev-resolve = resolve
cmd-ev-resolve-on-spot = resolve on the spot
cmd-ev-visit = return visit: {$result}
cmd-ev-close = close as {$reason}
cmd-ev-close-of = close as {$reason} of {$of}
cmd-ev-reopen = reopen
cmd-ev-reason-and-note = {$reason}; {$note}
cmd-ev-with-detail = {$event} ({$detail})
cmd-state-open = open at {$key} ({$name}), due {$due}
cmd-state-resolved = resolved at {$key}, waiting for the return visit
cmd-state-closed = closed as {$reason}
# A flag's error (`--at: ...`), a file's place and its problem.
cmd-labelled = {$label}: {$text}
cmd-list-separator = {"; "}

## src/cmd/columns.rs

cmd-col-id = id
cmd-col-name = name
cmd-col-group = group
cmd-col-leader = leader
cmd-col-leader_name = leader_name
cmd-col-phone = phone
cmd-col-households = households
cmd-col-residents = residents
cmd-col-note = note
cmd-col-head = head
cmd-col-alley = alley
cmd-col-alley_name = alley_name
cmd-col-address = address
cmd-col-members = members
cmd-col-tags = tags
cmd-col-registered = registered
cmd-col-background = background
cmd-col-selected_by = selected_by
cmd-col-since = since
cmd-col-until = until
cmd-col-serving = serving
cmd-col-status = status
cmd-col-level = level
cmd-col-category = category
cmd-col-household = household
cmd-col-title = title
cmd-col-source = source
cmd-col-opened = opened
cmd-col-deadline = deadline
cmd-col-overdue = overdue
cmd-col-overdue_days = overdue_days
cmd-col-at = at
cmd-col-by = by
cmd-col-event = event
cmd-col-field = field
cmd-col-value = value
cmd-col-date = date
cmd-col-kind = kind
cmd-col-ticket = ticket
cmd-col-round = round
cmd-col-stars = stars
cmd-col-awarded = awarded
cmd-col-rated = rated
cmd-col-five_star_pct = five_star_pct
cmd-col-measure = measure
cmd-col-previous = previous
cmd-col-current = current
cmd-col-change = change

## src/prompt.rs

cmd-prompt-missing = missing {$flag}
cmd-prompt-missing-hint = give it as {$flag} VALUE (lane asks for it only at a terminal without --no-input)
cmd-prompt-cannot-read = cannot read the answer: {$error}

## src/suggest.rs

cmd-did-you-mean = did you mean `{$word}`?

## src/render/mod.rs

cmd-cannot-write-output = cannot write the output: {$error}

## src/cmd/case.rs

cmd-ask-by = Who is acting
cmd-by-bad = --by: give a name or leader ID without control characters
cmd-at-before-1900 = --at: {$at} is before 1900; write the year in full
cmd-at-future = --at: {$at} is in the future (now is {$now})
cmd-ask-category = Category
cmd-not-a-category = --category: `{$key}` is not a category ({$keys})
cmd-ask-no-household = (no household: pick an alley)
cmd-household-choice = {$head} {$id} ({$alley})
cmd-ask-household = Household (type part of the head's name, or its pinyin: zgl, zhang gui)
cmd-alley-not-households = --alley {$alley} does not match household {$household}, which is in alley {$its}
cmd-alley-not-households-hint = leave --alley out: --household implies it
cmd-no-station = this clone of the data folder has no station code, so it cannot number new cases
cmd-no-station-hint = give each clone its own: `lane local --station T` (the village's own clone uses `--station ""`)
cmd-ask-title = What is the problem
cmd-empty = {$flag} is empty
# The case opened and its state: "opened NJ-2026-0042: open at alley (lane leader), due ...".
cmd-opened = opened {$id}: {$state}
cmd-visit-not-logged = the visit is not logged: alley {$alley} has no lane leader and --by is not one
cmd-case-impossible = {$file}:{$line}: the case file is in an impossible state ({$why}); it cannot be changed until it is fixed
cmd-case-impossible-hint = fix the file by hand (`lane check` lists its problems); other cases keep working
# What was done to a case, and its state now: "NJ-2026-0042: escalate to village (...); open at village (...), due ...".
cmd-acted = {$id}: {$events}; {$state}
cmd-event-in-future = event {$n} ({$action}) at {$file}:{$line} is at {$at}, in the future (now is {$now}); correct its `at` in the file (a typo of the year?), then run `lane check`
cmd-note-empty = the note is empty
cmd-ask-escalate = Why can this level not solve it
cmd-ask-resolve = What was done
cmd-resolve-empty = --note is empty: say what was done
cmd-ask-visit = Result of the return visit
cmd-of-needs-duplicate = --of goes with --as duplicate
cmd-of-no-case = --of: there is no case {$id} to be a duplicate of
cmd-of-itself = --of: {$id} is this case; a case cannot duplicate itself
cmd-of-itself-hint = give the case that still tracks the problem
cmd-of-no-case-hint = `lane list` shows the cases; give the one that tracks the problem
cmd-of-cycle = --of: {$of} is closed as a duplicate itself, and the chain comes back round ({$chain}); nothing would track the problem
cmd-of-cycle-hint = close {$id} as a duplicate of a case that is still open or fixed, or reopen {$of} first
cmd-ask-reopen = Why is it open again

## src/cmd/query.rs

cmd-cases-left-out = { $n ->
        [one] {$n} case file could not be read and is left out
       *[other] {$n} case files could not be read and are left out
    }; `lane check` lists them
cmd-not-a-level = --level: `{$key}` is not a level ({$keys})
cmd-show-impossible-hint = fix the case file by hand; `lane check` lists its problems
cmd-show-alley = {$id} {$name} (lane leader {$leader} {$leader_name}, {$phone})
cmd-show-overdue = { $days ->
        [one] {$days} day
       *[other] {$days} days
    } past the deadline

## src/cmd/registry.rs

cmd-record-exists = {$what} {$id} already exists ({$file}:{$line})
cmd-record-changed = changed {$what} {$id}
cmd-record-unchanged = {$what} {$id}: nothing to change
cmd-record-removed = removed {$what} {$id} ({$label})
cmd-referred = {$what} {$id} is still referred to by {$places}
cmd-referred-more = {$what} {$id} is still referred to by {$places} and {$more} more
cmd-referred-hint = change or remove those first; nothing was removed
cmd-ask-alley = Alley

## src/cmd/alley.rs

cmd-alley = alley
cmd-ask-alley-name = Alley name
cmd-alley-added = added alley {$id} ({$name})
cmd-leader-serves-other = leader {$leader} ({$name}) serves alley {$other} according to {$file}:{$line}, not alley {$alley}
cmd-leader-serves-none = leader {$leader} ({$name}) serves no alley according to {$file}:{$line}, not alley {$alley}
cmd-leader-not-in-post = leader {$leader} ({$name}) does not hold the post now according to {$file}:{$line}, not alley {$alley}
cmd-leader-assign-hint = assign the leader with `lane leader edit {$leader} --alley {$alley}` (with --since/--until for the post), which updates both files
cmd-alley-has-leader = alley {$alley} has the current lane leader {$leader} ({$name}) according to {$file}:{$line}
cmd-end-post-hint = end that post with `lane leader edit {$leader} --until YYYY-MM-DD`

## src/cmd/household.rs

cmd-household = household
cmd-ask-head = Head of household
cmd-household-added = added household {$id} ({$head})

## src/cmd/leader.rs

cmd-lane-leader = lane leader
cmd-leader = leader
cmd-col-leader-name = name
cmd-ask-leader-name = Leader's name
cmd-ask-background = Background
cmd-ask-selected-by = Selected by
cmd-leader-added = added lane leader {$id} ({$name})
cmd-leader-added-alley = added lane leader {$id} ({$name}) ({$alley})
cmd-yes = yes
cmd-no = no
cmd-background-party-member = party-member
cmd-background-cadre = cadre
cmd-background-respected = respected
cmd-selected-party-members-and-masses = party-members-and-masses
cmd-selected-household-recommendation = household-recommendation
cmd-selected-two-committees = two-committees
cmd-alley-taken = alley {$alley} already has the lane leader {$leader} ({$name})
cmd-alley-taken-hint = end that post first: lane leader edit {$leader} --until YYYY-MM-DD

## src/cmd/patrol.rs

cmd-at-future-day = --at: {$day} is in the future
cmd-leader-no-alley = leader {$leader} has no alley; give --alley
cmd-visit-needs-household = --household: a visit needs the household visited
cmd-ask-leader = Lane leader
cmd-ask-kind = Kind
cmd-patrol-logged-household = logged {$kind} {$household} by {$leader} on {$date} as {$id}
cmd-patrol-logged-alley = logged {$kind} in {$alley} by {$leader} on {$date} as {$id}
cmd-patrol-id-hint = `lane patrol list` shows each row's ID
cmd-patrol-row-hint = fix the row by hand, then run `lane check`
cmd-patrol-other-month = --at: {$date} is not in the row's month ({$month}); a row does not move between monthly files
cmd-patrol-other-month-hint = remove the row (`lane patrol remove ID`) and log it again on its day
cmd-patrol-corrected = corrected patrol row {$id}
cmd-patrol-unchanged = patrol row {$id} already says that; nothing changed
cmd-patrol-removed = removed patrol row {$id} ({$leader} {$kind} on {$date})
cmd-patrol-leader-dates-hint = give the day of the patrol with --at, or correct the leader's dates in {$file}
cmd-patrol-other-alley-hint = give --alley {$its} (the household's), or --force to log it in alley {$alley} all the same

## src/cmd/import.rs

cmd-import-empty = {$file} has no rows; nothing to import
cmd-imported = imported {$n ->
    [one] {$n} household
   *[other] {$n} households
}
cmd-import-columns = the columns are {$columns} (in any order)
cmd-import-column-twice = two columns are `{$column}`
cmd-import-column-unknown = unknown column `{$column}`
cmd-import-column-missing = the column `{$column}` is missing
cmd-import-no-alley = column `alley`: there is no alley `{$alley}` in {$file}
cmd-import-duplicate-id = duplicate ID `{$id}` (first at line {$first})
cmd-import-advice = {$advice}; nothing was imported
cmd-import-problems = nothing was imported ({$n ->
    [one] {$n} problem
   *[other] {$n} problems
}); fix the file and import it again

## src/cmd/init.rs

cmd-init-created = created {$dir} for {$name}
cmd-init-commit-failed = the folder is created but the first commit failed ({$why}); commit it yourself with `git commit`
cmd-init-no-git = the folder is created without git ({$why})

## src/cmd/local.rs

cmd-local-station = station  {$value}
cmd-local-by = by       {$value}
cmd-local-index = index    {$value}
cmd-local-no-station = (not set: this clone cannot open cases)
cmd-local-village-station = "" (the village's own clone)
cmd-local-index-folders = folders (unchanged year folders are trusted)
cmd-local-index-files = files (every case file is checked)
cmd-local-not-set = (not set)
cmd-local-saved = saved {$file}

## src/cmd/merge.rs

cmd-merge-no-binary = cannot find the lane binary: {$error}
cmd-merge-cannot-install = cannot register the merge driver: {$why}
cmd-merge-cannot-install-hint = the clone still works; concurrent changes of one case then conflict and are merged by hand
cmd-merge-installed = git now merges the case files of {$dir} by keeping both sides' events
cmd-merge-usage = give BASE OURS THEIRS [PATH] (git does, as %O %A %B %P), or --install
cmd-merge-failed = the merge driver failed: {$why}
cmd-merge-failed-hint = the file is left with conflict markers: keep what is right, delete the marker lines, run `lane check`
cmd-merge-conflict-hint = the file is left with conflict markers: keep what is right, delete the marker lines, run `lane check`, then commit

## src/cmd/meta.rs

cmd-man-failed = cannot render the man page: {$error}

## src/cmd/migrate.rs

cmd-migrate-nothing = this folder is format {$format} already: nothing to migrate
cmd-migrate-dry-run = would migrate: {$summary} (dry run: nothing written)
cmd-migrated = migrated: {$summary}

## src/cmd/report.rs

cmd-report-note = note: {$note}
cmd-report-incomplete = the report is incomplete: { $n ->
        [one] {$n} case file is left out
       *[other] {$n} case files are left out
    } ({$what})
cmd-report-incomplete-hint = the report above says so in every format; fix the files `lane check` lists, then run the report again

## src/cmd/board.rs

cmd-board-not-a-listing = the board is a notice, not a listing: it prints as table (plain text), md or html, not {$format}
cmd-board-not-a-listing-hint = choose with --format table|md|html; `lane alley list --format csv` gives its data

## src/cmd/stars.rs

cmd-date-future = --date: {$day} is in the future (today is {$today})
cmd-date-future-hint = give the day it happened; a star round is recorded on or after the day
cmd-round-exists = round {$round} already exists ({$file})
cmd-round-exists-hint = rate it with `lane stars rate --round {$round}`; a round is started once
cmd-round-no-households = there are no households to rate
cmd-round-no-households-hint = add them first with `lane household add` or `lane household import`
cmd-round-started = started round {$round} of {$date}: { $n ->
        [one] {$n} household
       *[other] {$n} households
    } to rate in {$file}
cmd-met-nearest = did you mean `{$nearest}`? the criteria are: {$keys} (or all, none)
cmd-met-keys = the criteria are: {$keys} (or all, none)
cmd-met-unknown = --met: `{$key}` is not a criterion
cmd-rate-note-alone = --note needs the household it is about
cmd-rate-note-alone-hint = `lane stars rate H0001 --met all --note ...`
cmd-rate-missing-met-hint = give the criteria met as --met KEYS ({$keys}; or all, none); lane shows a checklist only at a terminal without --no-input
cmd-rate-missing-household = missing HOUSEHOLD
cmd-rate-missing-household-hint = give the household to rate, e.g. `lane stars rate H0001 --met all`; the checklist of unrated households runs only at a terminal without --no-input
cmd-rate-unchanged = {$household} {$head}: already rated {$stars} of {$full} stars in round {$round}; nothing to change
cmd-rated = rated {$household} {$head} in round {$round}: {$stars} of {$full} stars
cmd-rated-added = rated {$household} {$head} in round {$round}: {$stars} of {$full} stars (added to {$file}, which it was not in)
cmd-rate-contradicts-award = household {$household} was awarded its plaque of round {$round} on {$day}; a rating of {$stars ->
    [one] {$stars} star
   *[other] {$stars} stars
} would contradict it
cmd-rate-contradicts-award-hint = to withdraw the award, empty its `awarded` cell in {$file}, then rate again
cmd-checklist-all-rated = every household of round {$round} is rated; rate one again with `lane stars rate H --round {$round}`
cmd-checklist-start = round {$round}: {$n ->
    [one] {$n} household
   *[other] {$n} households
} to rate, alley by alley. Space ticks a criterion, enter saves, q stops; each answer is saved at once.
cmd-checklist-stopped = stopped: {$rated} rated now, {$left} left; `lane stars rate --round {$round}` goes on where you stopped
cmd-checklist-done = done: {$rated} rated now in round {$round}
cmd-unrated-gone = {$n ->
    [one] {$n} unrated row of round {$round} belongs
   *[other] {$n} unrated rows of round {$round} belong
} to households no longer in households.csv
cmd-unrated-gone-hint = `lane check` lists them; remove those rows from the round or add the households back
cmd-criterion-choice = {$name} ({$key})
cmd-award-before-round = --date: {$day} is before round {$round} (of {$year}); a household is awarded after its round
cmd-award-before-round-hint = give the day the plaques were handed out
cmd-award-all-done = round {$round}: { $n ->
        [one] the one five-star household is already awarded
       *[other] all {$n} five-star households are already awarded
    }; nothing to do
cmd-award-none = round {$round} has no five-star household; nothing to award
cmd-awarded = awarded {$n ->
    [one] {$n} five-star household
   *[other] {$n} five-star households
} of round {$round} on {$day}
cmd-award-unrated = {$n ->
    [one] {$n} household of round {$round} is not rated yet; award again once it is
   *[other] {$n} households of round {$round} are not rated yet; award again once they are
}
cmd-min-too-high = --min: {$min} is more than the {$full} stars a household can earn
cmd-history-none = household {$household} is in no round yet
cmd-history-gone = household {$household} is no longer in households.csv

## src/cmd/stars_report.rs

cmd-stars-title = Five-star households, round {$round}
cmd-stars-title-compared = Five-star households, round {$round} (compared with round {$previous})
cmd-stars-no-earlier = There is no earlier round to compare with.
cmd-stars-change-from = Change from round {$previous}
cmd-stars-movers-since = Households that gained or lost stars since round {$previous}
cmd-stars-change = Change from the previous round
cmd-stars-movers = Households that gained or lost stars
cmd-stars-by-alley = Households by stars, per alley
cmd-stars-no-movers = No household's stars changed.
cmd-col-stars-n = stars_{$n}
cmd-stars-gone = (household or alley gone)
cmd-stars-all = all
cmd-stars-households = households
cmd-stars-rated = rated
cmd-stars-n = {$n ->
    [one] {$n} star
   *[other] {$n} stars
}
cmd-stars-share = five-star share (%)
cmd-stars-average = average stars

## src/cmd/flags.rs

# One of several things of a name, with what tells it apart: "H0003 (槐树巷)".
cmd-candidate = {$id} ({$place})
cmd-candidate-separator = {", "}
cmd-ambiguous-household = {$n} households have the head `{$name}`: {$list}
cmd-ambiguous-alley = {$n} alleys are named `{$name}`: {$list}
cmd-ambiguous-leader = {$n} lane leaders are named `{$name}`: {$list}
cmd-ambiguous-category = {$n} categories are named `{$name}`: {$list}
cmd-ambiguous-level = {$n} levels are named `{$name}`: {$list}
cmd-ambiguous-criterion = {$n} criteria are named `{$name}`: {$list}
cmd-ambiguous-id-flag-hint = give the ID instead, e.g. {$flag} {$id}
cmd-ambiguous-id-hint = give the ID instead, e.g. {$id}
cmd-ambiguous-key-flag-hint = give the key instead, e.g. {$flag} {$key}
cmd-ambiguous-key-hint = give the key instead, e.g. {$key}

## src/cmd/meta.rs: the section headings of the man page

cmd-man-name = NAME
cmd-man-synopsis = SYNOPSIS
cmd-man-description = DESCRIPTION
cmd-man-options = OPTIONS
cmd-man-subcommands = SUBCOMMANDS
cmd-man-extra = EXTRA
cmd-man-version = VERSION

## src/cmd/flags.rs: a name that names no alley

cmd-no-alley-named = {$flag}: there is no alley named `{$name}`
cmd-no-alley-named-hint = give the alley's ID (A01) or its name as alleys.csv has it; `lane alley list` lists them

# undo
cmd-undid = undid: {$subject} (commit {$commit})

# xlsx: workbooks, -o FILE, CSV for Excel

cmd-xlsx-to-terminal = an xlsx workbook is a binary file and is not written to a terminal
cmd-xlsx-to-terminal-hint = write it to a file with -o FILE (e.g. -o report.xlsx), or pipe it on
cmd-xlsx-cannot-write = cannot make the xlsx workbook: {$error}
cmd-xlsx-no-workbook = this command prints text, not a table: {$file} was not written
cmd-output-in-data = -o {$file}: that is inside the data folder {$data}
cmd-output-in-data-hint = the data folder holds only lane's own files; write the output elsewhere
cmd-output-cannot-write = cannot write {$file}: {$error}
xlsx-sheet-listing = List
xlsx-sheet-timeline = Timeline
cmd-sheet-empty = the sheet is empty; it needs a header row
cmd-sheet-not-a-spreadsheet = --sheet {$sheet}: a CSV file has no sheets; give --sheet only with an xlsx, xls or ods file
cmd-sheet-unreadable = cannot read {$file} as a spreadsheet: {$error}
cmd-sheet-unreadable-hint = save it from Excel or WPS as .xlsx (or as CSV UTF-8) and import that
cmd-sheet-no-such-sheet = {$file} has no sheet `{$sheet}`; its sheets are: {$sheets}
cmd-import-skip-blank = {$n ->
    [one] {$n} blank row
   *[other] {$n} blank rows
}
cmd-import-skip-empty = {$n ->
    [one] {$n} empty column
   *[other] {$n} empty columns
}
cmd-import-skip-serial = the column {$column}
cmd-import-skipped = skipped {$what}
cmd-import-summary = {$file}: {$new} new, {$updated} updated, {$unchanged} unchanged{$differs ->
    [0] {""}
   *[other] , {$differs} differ (not changed)
}
cmd-import-differs = household {$id} differs from {$file}:{$line} in {$columns}; import with --update to change it

# papercuts

cmd-init-ask-by = Who records actions in this clone (your name or leader ID)
cmd-init-by = actions are recorded as {$by} unless --by says otherwise (local.toml); change it with `lane --data {$dir} local --by NAME`
cmd-init-no-by = no default --by yet: set who records actions with `lane --data {$dir} local --by NAME`, or give --by to each command
cmd-prompt-nothing-to-pick = { $what ->
    [alley] no alley is registered yet, so there is none to choose
    [leader] no lane leader is registered yet, so there is none to choose
    [household] no household is registered yet, so there is none to choose
   *[other] {$flag}: there is nothing to choose from
}
cmd-prompt-nothing-to-pick-hint = { $what ->
    [alley] add one first with `lane alley add --name NAME`
    [leader] add one first with `lane leader add --name NAME --alley ALLEY`
    [household] add one first with `lane household add --head NAME --alley ALLEY`
   *[other] give it as {$flag} VALUE
}
cmd-patrol-at-household = {$household}
cmd-patrol-in-alley = in {$alley}
cmd-patrol-logged-already = {$leader} has logged {$kind} {$place} on {$date} already ({$id})
cmd-patrol-logged-already-hint = give --force to log it again (a second patrol the same day), or a --note that tells the two apart
cmd-show-cases = Cases
cmd-show-no-cases = No cases.
cmd-show-visits = Patrol visits
cmd-show-no-visits = No patrol visits.
cmd-show-open-cases = Cases not closed in the leader's alleys
cmd-show-no-open-cases = No case is waiting in the leader's alleys.

# ledger (src/cmd/ledger.rs)
cmd-ledger-not-a-document = a ledger is a document to print: it prints as md or html, not {$format}
cmd-ledger-not-a-document-hint = choose with --format md|html; `lane list --format csv` gives the cases' data
cmd-ledger-no-alley = {$leader} looks after no alley: there is no household to put on a slip
cmd-ledger-no-alley-hint = `lane alley list` shows the lane leader of each alley
ledger-cases-title = Case register
ledger-cases-byline = {$village} · {$period} ({$from} to {$to}) · {$n ->
    [one] 1 case
   *[other] {$n} cases
}
ledger-cases-none = No case was opened in the period.
ledger-col-fed-back = fed back
ledger-col-escalated = escalated to
ledger-col-resolved = resolved
ledger-col-visited = return visit
ledger-col-closed = closed
ledger-case-title = Case file {$id}
ledger-case-facts = The case
ledger-case-timeline = Who did what, when
ledger-attachments = Attachments (photos)
ledger-attachments-none = None yet.
ledger-sign-handler = Handled by:
ledger-sign-leader = Lane leader:
ledger-patrols-title = Patrol ledger of {$leader}
ledger-patrols-byline = {$village} · {$alleys} · {$month} · {$n ->
    [one] 1 row
   *[other] {$n} rows
}
ledger-patrols-none = No patrol in the month.
ledger-slip-title = Patrol slip of {$leader}
ledger-slip-byline = {$village} · {$alleys} · printed {$date}; the longest unvisited first
ledger-slip-none = No household in the alley.
ledger-slip-never = never
ledger-col-last-visit = last visit
ledger-col-tick = tick
ledger-tick = □ visited  □ problem
ledger-slip-note = The clerk types each ticked row in afterwards: lane patrol --leader {$leader} --kind visit --household ID --at DATE (with --note for a problem).

# help-man
cmd-man-written = wrote {$n} man pages to {$dir}

# sheets
cmd-import-read-as = column `{$column}`: `{$raw}` read as {$value}
cmd-import-lines-joined = column `{$column}`: {$n} lines joined with `{$sep}`
cmd-import-rows = imported {$n ->
    [one] {$n} row
   *[other] {$n} rows
} from {$file}
cmd-import-summary-rows = {$file}: {$new} new, {$updated} updated, {$unchanged} unchanged{$differs ->
    [0] {""}
   *[other] , {$differs} differ (not changed)
}
cmd-import-row-differs = {$id} differs from {$file}:{$line} in {$columns}; import with --update to change it
cmd-import-no-leader = column `leader`: there is no lane leader `{$leader}` in {$file}
cmd-import-would-add = new {$id}
cmd-import-would-update = {$id}: would update {$columns}
cmd-import-would-keep = {$id}: unchanged
cmd-import-dry-run = dry run: nothing was written
cmd-import-merged = merged cells: {$n ->
    [one] {$n} cell
   *[other] {$n} cells
} filled with the value of their merged region

# export
cmd-export-cannot-write = cannot write { $file }: { $error }
cmd-export-impossible = { $file }: its events are in an impossible state; its row in the cases table has no derived status, level or deadline
cmd-export-done = wrote { $tables } tables of { $villages ->
    [one] { $villages } village
   *[other] { $villages } villages
} as { $format } to { $dir }: { $counts }
cmd-export-incomplete = the export is incomplete: { $n ->
    [one] { $n } problem
   *[other] { $n } problems
} with the files read (each warned of above)
cmd-export-incomplete-hint = `lane check` says what is wrong with each file; the tables hold everything else
cmd-parquet-only-export = --format parquet is for `lane export` and `lane town export`
cmd-parquet-only-export-hint = a listing prints table, csv, json, md, html, xlsx or csv-excel
cmd-export-format = lane export writes parquet or csv tables, not { $format }
cmd-export-format-hint = --format parquet (the default) or --format csv
cmd-export-no-dir = lane export needs a folder to write the tables into
cmd-export-no-dir-hint = name a new folder, or an earlier export's, with -o DIR: lane export -o export
cmd-export-not-a-folder = { $dir } is a file, not a folder
cmd-export-in-data = { $dir } is inside the data folder { $data }: its files would be taken for records
# attach
cmd-ev-attach = attach {$kind}: {$name}
cmd-attach-kind = {$kind ->
    [before] before photo
    [after] after photo
    [agreement] agreement
   *[document] document
}
cmd-attach-hint = photos are kept as JPEG (JPEG, PNG or WebP in), other files as they are, each up to {$max} MB
cmd-attach-cannot-read = cannot read {$file}: {$why}
cmd-attach-not-a-file = {$file} is not a file
cmd-attach-same = the same file is stored already: {$path} (the event refers to it)
cmd-attach-stored-photo = stored {$path} ({$size}, {$to} px; was {$from})
cmd-attach-stored = stored {$path} ({$size})
cmd-attach-col-name = file name
cmd-attach-col-size = size
cmd-attach-col-file = stored as
cmd-attach-sheet = attachments
cmd-attach-photo-missing = the photo is not in this folder: {$path} (see `lane check`)
cmd-attach-photos-title = Photos before and after
