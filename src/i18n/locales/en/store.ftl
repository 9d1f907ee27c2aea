# lane messages (en): store

## src/store/mod.rs

store-not-a-folder = {$path} is not a lane data folder (no lane.toml)
store-not-a-folder-hint = create one with `lane init DIR`, or point to one with --data DIR or $LANE_DATA
store-lane-now = LANE_NOW: {$error}
store-interrupted-write-waits = an interrupted write is not finished yet: {$problems}
store-separator = {"; "}
store-local-station-hint = delete local.toml, then set the code with `lane local --station CODE`

## src/store/ioerr.rs

store-io-read = cannot read {$path}: {$error}
store-io-write = cannot write {$path}: {$error}
store-io-write-in = cannot write in {$path}: {$error}
store-io-create = cannot create {$path}: {$error}
store-io-create-folder = cannot create the folder {$path}: {$error}
store-io-create-folder-in = cannot create a folder in {$path}: {$error}
store-io-replace = cannot replace {$path}: {$error}
store-io-keep = cannot keep {$path}: {$error}
store-io-keep-temp = cannot keep the temp file for {$path}: {$error}
store-io-lock = cannot lock {$path}: {$error}
store-io-open-lock = cannot open the lock file {$path}: {$error}
store-io-put-folder = cannot put the new folder at {$path}: {$error}
store-io-finish-write = cannot finish the interrupted write of {$path}: {$error}

## src/store/atomic.rs

store-replace-hint = the next lane command finishes this write; run `lane check` then
store-disk-full-hint = the disk is full: make room, then do it again; nothing was changed
store-nothing-changed = nothing was changed
store-outside-folder = {$path} is outside the data folder {$root}; lane reads and writes only inside it
store-symlink = {$path} is a symbolic link; lane reads and writes only files inside the data folder
store-symlink-hint = replace the link with the file or folder itself, then run `lane check`
store-journal-not-ours = {$path} is not a journal lane wrote; it is removed and nothing is changed
store-file-separator = {", "}
store-unapplied = {$named ->
    [yes] the interrupted change "{$change}"
   *[no] an interrupted change
} was not finished for {$target}: the file changed after the change began (a `git pull` or another edit), so lane did not write over it{$others ->
    [yes] {" "}(its other files were written: {$written})
   *[no] {""}
}; what the change meant it to be is kept in {$aside}. Compare them with `git diff --no-index {$target} {$aside}`, add what is missing to {$target} by hand or do the change again, then delete {$aside} and run `lane check`

## src/store/folder.rs

store-half-made = {$path} is a data folder that an interrupted `lane init` of an older lane left half-made
store-half-made-hint = if nothing of yours is in it, delete it (`rm -r {$path}`) and run `lane init` again
store-not-empty = {$path} is not empty
store-not-empty-hint = give a new or empty folder; lane never writes into an existing one
store-not-a-folder-name = {$path} does not name a folder
store-put-folder-hint = nothing was created; give a new or empty folder

## src/store/lock.rs

store-lock-dir-link = {$path} is a symbolic link; lane keeps its lock and index inside the data folder
store-lock-dir-link-hint = delete the link (`rm {$path}`): lane makes the folder again
store-needs-write-access = lane needs write access to the data folder
store-needs-write-access-unchanged = lane needs write access to the data folder; nothing was changed

## src/store/pending.rs

store-pending-not-committed = an interrupted change ("{$change}") is saved but not committed to git ({$why}); commit it with `git add -A -- {$paths}` and `git commit`

## src/store/git.rs

store-git-failed = git failed
store-git-cannot-run = cannot run git: {$error}
store-git-in-progress = the repository is in the middle of {$op ->
    [merge] a merge
    [rebase] a rebase
    [cherry-pick] a cherry-pick
    [revert] a revert
   *[bisect] a bisect
}; finish or abort it, then commit the change with `git add` and `git commit`
store-git-detached = HEAD is detached (no branch is checked out), where a commit is easily lost; check out a branch, then commit the change with `git add` and `git commit`
store-git-not-committed-blocked = the change is saved but was not committed to git: {$why}
store-git-not-committed-identity = the change is saved but was not committed to git ({$why}); tell git who you are with `git config user.name "NAME"` and `git config user.email EMAIL`, then commit it with `git commit`
store-git-not-committed-lock = the change is saved but was not committed to git ({$why}); if no other git is running, remove that lock file, then commit it with `git commit`
store-git-not-committed = the change is saved but was not committed to git ({$why}); commit it yourself with `git commit`

## src/store/casefile.rs

store-case-not-a-time = `{$value}` is not a time with offset, e.g. 2026-11-03T09:15:00+08:00
store-case-bare-time = `{$key}` is a time without quotes; a case file writes times as strings: {$key} = "{$value}"
store-case-conflict-marker = a git merge conflict marker is left in the file: keep both sides' events in time order, each under its own [[events]] line, and delete the marker lines
store-case-key = `{$key}`: {$message}
store-event-key = event `{$key}`: {$message}
store-event-needs = a `{$action}` event needs `{$key}`
store-event-unknown-action = unknown action `{$action}`; actions are open, note, escalate, resolve, visit, close, reopen
store-event-has-no = a `{$action}` event has no `{$key}`; delete the line (or correct the action)
store-event-by-empty = the event's `by` is empty
store-event-no-deadline = a `{$action}` event has no `deadline` (only open, escalate, reopen and an unsatisfied visit set one)
store-event-deadline-before = event `deadline` {$deadline} is before the event's time {$at}

## src/store/csvfile.rs

store-csv-not-text = the file is neither UTF-8 nor GBK/GB18030 text
store-csv-save-as-utf8 = save it from the spreadsheet as "CSV UTF-8"
store-csv-gbk = the file is GBK/GB18030 text, not UTF-8
store-csv-gbk-hint = convert it with `iconv -f GB18030 -t UTF-8 {$file} > converted.csv`, then put converted.csv in its place
store-csv-lone-cr = a line ends in a carriage return alone (the old Mac line end), which lane does not read; save the file as "CSV UTF-8" (lines end in LF or CRLF)
store-csv-unclosed = a quoted field is never closed (a missing `"`)
store-csv-empty = the file is empty; it needs a header row
store-csv-row-width = the row has {$fields} fields but the header has {$header}
store-csv-conflict-marker = a git merge conflict marker is left in the file; keep the rows of both sides and delete the marker lines
store-import-source-hint = give the path of a spreadsheet (.xlsx, .xls, .ods) or of a CSV file exported from one
store-import-no-file = cannot read {$file}: there is no such file
store-import-not-a-file = cannot read {$file}: it is a folder or a device, not a file
store-csv-unknown-column = unknown column `{$column}`
store-csv-header-is = the header is `{$header}`
store-csv-header-must-be = the header must be exactly `{$header}`

## src/store/registry.rs

store-no-such-record = there is no {$what} `{$id}` in {$file}
store-did-you-mean = did you mean `{$id}`?
store-list-shows-them = `lane {$what} list` shows them
store-registry-missing = {$file}: the file is missing
store-registry-missing-hint = create it with the header line `{$header}`
store-fix-the-file = fix the file, then run `lane check`
store-duplicate-id = duplicate {$what} ID `{$id}` (first at line {$first})

## src/store/cases.rs

store-case-cannot-read = cannot read: {$error}
store-case-not-utf8 = the file is not UTF-8 text
store-no-case = there is no case {$id} ({$file} does not exist)
store-list-shows-cases = `lane list` shows the cases
store-fix-case-file = fix the case file by hand (`lane check` lists its problems); other cases keep working
store-not-a-case-id = `{$input}` is not a case ID; write it in full (NJ-2026-0042) or short (42, 2026-42)
store-no-case-matching = there is no case matching `{$input}`
store-case-id-ambiguous = `{$input}` matches {$ids}; type the full ID

## src/store/change.rs

store-patrol-no-station = this clone of the data folder has no station code, so it cannot number new patrol rows
store-patrol-no-station-hint = give each clone its own: `lane local --station T` (the village's own clone uses `--station ""`)

## src/store/migrate.rs

store-migrate-patrol-ids = { $n ->
        [one] {$n} patrol row
       *[other] {$n} patrol rows
    } given an ID
store-migrate-deadlines = { $n ->
        [one] {$n} case event
       *[other] {$n} case events
    } given the deadline in force
store-migrate-registered = { $n ->
        [one] {$n} household
       *[other] {$n} households
    } given a registered column
store-migrate-config = {$file}: format = {$to}
store-migrate-summary = format {$from} → {$to} ({$parts})
store-format-not-a-version = format = {$value} is not a format version
store-format-not-a-version-hint = write `format = {$version}` (a whole number; FORMAT.md, "Versions")
store-format-newer = this folder is format {$format}; this lane reads format {$version} and older
store-format-newer-hint = install a newer lane (one that reads format {$format}); this one leaves the folder alone
store-format-cannot-set = cannot set `format = {$to}` in the text as it is
store-format-cannot-set-hint = write `format = {$to}` as the first key of lane.toml yourself, then run `lane migrate` again
store-format-older = this folder is format {$format}; run `lane migrate` to upgrade it (one commit)
store-format-older-hint = this lane writes format {$version}; every reading command (list, show, report, check) works on the folder as it is

## src/store/patrols.rs

store-fix-patrol-log = fix the patrol log, then run `lane check`
store-patrol-id-twice = the patrol ID {$id} is also on line {$first}; every row needs its own ID (a merge and `lane patrol edit` find rows by it)
store-patrol-wrong-file = the row of {$date} belongs in {$file}
store-no-patrol-row = there is no patrol row {$id} in {$file}
store-no-patrol-row-hint = `lane patrol list --month {$month}` shows the month's rows with their IDs
store-patrol-id-rows = the ID {$id} is on {$n} rows
store-patrol-id-rows-hint = give each row its own ID by hand, then run `lane check`
store-patrol-file-name = a patrol log's name must be a month, YYYY-MM.csv

## src/store/casemerge.rs

store-not-a-repo-top = {$path} is not the top of a git repository
store-driver-old = git config {$key}: warning: the merge driver registered is an older lane's, whose fallback can commit a merge lane refused; run `lane merge-driver --install` in this clone
store-driver-missing = git config {$key}: warning: the merge driver's program `{$program}` cannot be run (moved or deleted?), so git merges case files and patrol logs only as text, with conflicts; run `lane merge-driver --install` in this clone

## src/store/patrolmerge.rs

store-merge-case-refused = {$file}: both sides changed this case file in a way that is not just new events, or their events together are not a possible history
store-merge-case-refused-unnamed = the case file: both sides changed this case file in a way that is not just new events, or their events together are not a possible history
store-merge-patrol-conflict = { $n ->
        [one] {$n} patrol row changed
       *[other] {$n} patrol rows changed
    } on both sides differently, or changed on one side and removed on the other
store-merge-patrol-not-a-log = a side is not a patrol log with one distinct ID per row

## src/store/scan.rs

store-round-file-name = the file name is not a round ID: {$error}

## src/store/stars.rs

store-round-header-must-be = the header must be exactly `{$header}` (the criteria are lane.toml's, in its order)
store-csv-unknown-column-near = unknown column `{$column}` (did you mean `{$near}`?)
store-no-criteria = lane.toml has no [[criteria]] to rate households on
store-no-criteria-hint = add the five criteria to lane.toml as [[criteria]] key = ... name = ...
store-no-round-yet = there is no star round yet
store-no-round-yet-hint = start one with `lane stars new ROUND`, e.g. `lane stars new 2026`
store-flag-round = --round: {$error}
store-no-round = there is no round `{$round}` ({$file})
store-start-a-round = start one with `lane stars new ROUND`
store-the-rounds-are = the rounds are: {$rounds}
store-round-household-twice = household {$household} appears twice (first at line {$first})

## src/store/index/refresh.rs

store-index-cannot-write = cannot write {$path}
store-index-cannot-write-hint = lane needs write access to the data folder's .lane/

## src/model/ids.rs

store-id-empty = the ID is empty
store-id-too-long = the ID is longer than {$max} characters
store-id-bad-char = ID `{$id}` has the character {$char}; IDs may use only A-Z, a-z, 0-9, - and _
store-not-a-case-id-form = `{$input}` is not a case ID; case IDs look like NJ-2026-0042 (code-year-number)
store-bad-station = station code `{$code}` must be empty or one to three capital letters A-Z

## src/model/registry.rs

store-column = column `{$column}`: {$problem}
store-control-char = contains the control character {$char}
store-required = is empty but required
store-not-a-phone = `{$value}` is not a phone number (digits, +, -, spaces)
store-not-one-of = `{$value}` is not one of: {$choices}
store-until-before-since = {$until} is before `since` {$since}
store-not-members = `{$value}` is not a number of members (1 to 99)

## src/model/config.rs

store-config-key = {$key}: {$problem}
store-config-month-format = `{$format}` is not a date format; write e.g. "%B %Y" or "%Y年%-m月" (chrono's strftime codes for a date)
store-config-language = `{$language}` is not a language lane speaks; write "zh-CN" or "en"
store-config-code-digits = village.code `{$code}` must not contain digits: it starts every case ID
store-config-no-levels = at least one [[levels]] entry is needed
store-config-no-categories = at least one [[categories]] entry is needed
store-config-deadline-days = level `{$level}` has deadline_days = {$days}; a deadline is at most {$max} days
store-config-key-twice = the key `{$key}` appears twice

## src/model/time.rs

store-not-a-date = `{$value}` is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03
store-not-an-offset = `{$value}` is not a UTC offset; write it as +08:00
store-not-a-time = `{$value}` is not a time; write it as YYYY-MM-DDTHH:MM, e.g. 2026-11-03T09:15

## src/model/period.rs

store-not-a-year = --year: `{$value}` is not a year; write it as YYYY (2026), or last, this, 去年, 今年
store-flag = {$flag}: {$error}
store-to-before-from = --to {$to} is before --from {$from}
store-not-a-month = --month: `{$value}` is not a month; write it as YYYY-MM (2026-11), or last, this, 上月, 本月
store-period-latest-with-records = no records in {$empty}; reporting {$chosen}, the latest complete month with records (choose another with --month YYYY-MM)
store-period-no-records = there are no records yet; the report is empty

## src/model/lifecycle.rs

store-not-a-status = `{$value}` is not a status (open, resolved, closed)
store-status = {$status}
store-refusal-allowed = {$why}; allowed now: {$allowed}
store-allowed-close-not-fixed = close --as (not fixed)
store-event-earlier = {$at} is earlier than the case's last event ({$last}); events are kept in time order
store-first-event-open = the first event must be `open`, not `{$action}`
store-opened-already = the case was opened already (it is {$status}); a case is opened once
store-cannot-act = cannot {$action ->
    [visit] record a return visit for
   *[other] {$action}
} a case that is {$status}
store-not-a-level = `{$level}` is not a level ({$levels})
store-at-top-level = the case is already at the top level ({$level})
store-only-up = the case is already at level {$level}; it can only go up, to {$above}
store-or = {" or "}
store-close-open-fixed = an open case is not fixed yet: resolve it first, or close it as duplicate, not-responsible, unable or referred
store-close-needs-visit = this category needs a return visit before the case closes: record it with `lane visit`
store-close-duplicate-of = closing as duplicate needs the case it duplicates (--of ID)
store-no-events = the case has no events

## src/model/patrol.rs

store-not-a-patrol-id = `{$value}` is not a patrol ID; patrol IDs look like 2026-11-0042 or 2026-11-T0042 (year-month-number)
store-patrol-id-other-month = {$id} is an ID of {$file}, not of the row's date {$date}
store-visit-needs-household = a visit needs the household visited

## src/model/stars.rs

store-stars-bad-cell = `{$value}` is not 1 (met), 0 (not met) or empty (not rated)
store-stars-unrated = is {$stars} but no criterion is filled in; an unrated row leaves the criteria and `stars` empty
store-stars-partly-rated = the row is partly rated: {$keys} {$n ->
    [one] is
   *[other] are
} empty; write 1 or 0 under every criterion, or leave them all empty
store-stars-empty-but = is empty but {$count ->
    [0] no criterion is met
    [one] 1 criterion is met ({$which})
   *[other] {$count} criteria are met ({$which})
}; write {$count}
store-stars-is-but = is {$stars} but {$count ->
    [0] no criterion is met
    [one] 1 criterion is met ({$which})
   *[other] {$count} criteria are met ({$which})
}
store-stars-not-a-number = `{$value}` is not a number of stars
store-award-unrated = the household is not rated; only a household with every star is awarded
store-award-not-full = the household has {$stars} of {$full} stars; only a household with every star is awarded

## src/model/fit.rs

store-leader-not-serving = leader {$leader} ({$name}) held the post from {$since} to {$until}, so cannot have patrolled on {$day}
store-household-other-alley = household {$household} ({$head}) is in alley {$its}, not in alley {$alley} of this patrol

## src/model/cell.rs

store-cell-line-break = {$flag}: the text has a line break; a row of the file is one line: write it on one line (use `;` between parts)
store-cell-control = {$flag}: the text has the control character {$code}; write it without

## src/model/report.rs

store-report-left-out = { $n ->
        [one] {$n} case file could not be read and is left out
       *[other] {$n} case files could not be read and are left out
    } of these numbers{$which}; `{$check}` lists them
store-report-left-out-files = {" "}({$files})

## src/store/configfile.rs: the comments of lane.toml, in the folder's language

store-toml-format = The version of this folder's format (FORMAT.md); `lane migrate` upgrades an older one.
store-toml-profile = The village profile for lane. Names are what reports print: write them in the
store-toml-profile-2 = village's language. Keys (levels, categories, criteria) are what commands take.
store-toml-duties = The lane leader's list of responsibilities, printed on the public board.
store-toml-language = The language of lane's messages, reports and board: "zh-CN" or "en".
store-toml-code = The prefix of case IDs (NJ-2026-0042).
store-toml-offset = Times without an offset are in this one.
store-toml-headline = The report's headline sentence: {"{"}period{"}"}, {"{"}village{"}"}, {"{"}items{"}"} and {"{"}n{"}"} are filled in.
store-toml-month-format = How {"{"}period{"}"} names a month (chrono format; "%Y年%-m月" gives 2026年11月).
store-toml-levels = The escalation chain, lowest first; a case at a level is overdue after its days.
store-toml-categories = Case categories. return_visit = false: a resolved case closes without a return
store-toml-categories-2 = visit. headline: the report's phrase for cases of this category fixed ({"{"}one|other{"}"}: the words for 1 and more).
store-toml-criteria = The five-star civilized household criteria: one star for each one met.

# undo
store-undo-no-commit = `lane undo` makes a commit, so it cannot run with --no-commit
store-undo-no-git = {$path} is not a git repository, so there is no lane commit to undo
store-undo-no-git-hint = a folder without git keeps no history; correct the record with the command that changes it (`lane note`, `lane reopen`, `lane household edit`, ...)
store-undo-blocked = cannot undo now: {$why}
store-undo-dirty = cannot undo: the data folder has changes git does not have ({$paths})
store-undo-dirty-hint = commit them (`git add -A` and `git commit`) or put them back (`git checkout -- .`), then undo
store-undo-not-lane = cannot undo: the last commit, {$commit} "{$subject}", was not made by lane
store-undo-merge = cannot undo: the last commit, {$commit} "{$subject}", is a merge
store-undo-by-hand-hint = lane undoes only its own changes; take this one back with git itself (`git revert`)
store-undo-nothing = there is nothing to undo: since the folder was made no change was committed, or every one is undone already
store-undo-git = could not undo, nothing was changed: {$why}

# dates
store-not-a-day = `{$value}` is not a date; write it as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or as today, yesterday, 今天, 昨天 or 前天
store-not-a-when = `{$value}` is not a date or a time; write a time as 2026-11-03T09:15 or 2026-11-03 09:15, a day as 2026-11-03, 2026/11/3, 2026.11.3 or 2026年11月3日, or a word: today, yesterday, 今天, 昨天, 前天 (a time may follow: yesterday 15:00)
store-not-a-quarter = --quarter: `{$value}` is not a quarter; write it as 2026Q4 (or 2026-Q4, Q4 for this year's), or last, this, 上季度, 本季度

# ids
store-station-conflict = two clones took this station code (a git merge conflict in its file)
store-station-no-clone = the file names no clone (`clone = "..."`)
store-station-taken = station code {$code} is taken by another clone ({$file}), so this clone cannot number with it
store-station-taken-hint = pick a code no other clone has, e.g. `lane local --station U` (`ls stations/` lists the taken ones)
store-station-broken-hint = keep one clone's `clone = "..."` line (the clone that numbered with {$code} first), commit, and give the other clone a new code with `lane local --station U`
store-case-conflict-two-cases = a git merge conflict marker is left in the file, and the two sides' facts differ: these are two different cases that two clones numbered with one station code, so do not join their events. Undo the merge (`git merge --abort`), give this clone a station code of its own (`lane local --station U`), move this clone's case to the next free ID of the new station (its file name, its `id = ` line and the `ticket` cells of its patrol rows), commit, and pull again

# stale git locks (issue 19)
store-git-stale-lock-removed = removed {$files}, which a killed git left behind (no git is running in this repository)
# attach
store-attach-config-range = max_mb must be at least 1, max_side between 64 and 10000, quality between 1 and 100
store-attach-empty = {$name} is empty
store-attach-too-big = {$name} is {$size}, over the limit of {$max} MB ([attachments] max_mb in lane.toml)
store-attach-bad-photo = {$name} looks like a photo but cannot be read: {$why}
store-attach-not-a-photo = {$name} is not a photo lane can read (JPEG, PNG or WebP), so it cannot be attached as {$kind}
store-attach-not-a-hash = `hash` must be 64 lowercase hex digits (a SHA-256), not `{$hash}`
store-attach-file-not-hash = `file` must be the hash's own path, attachments/XX/HASH.EXT (XX: the first two digits), not `{$file}`
store-attach-name-empty = `name` is empty
store-attach-stored-pointer = {$path} is a git LFS pointer, not the file: this clone was made without git LFS
store-attach-pointer-hint = install git LFS and run `git lfs pull`, then attach again
store-attach-stored-differs = {$path} is already there but its bytes hash to {$got}, not to its name: lane never replaces a stored file
store-attach-differs-hint = run `lane check`; restore the file from git (`git checkout -- PATH`) or from the clone it came from
