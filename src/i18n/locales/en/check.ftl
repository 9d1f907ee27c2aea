# lane messages (en): check

## src/cmd/check.rs

check-summary = checked { $alleys ->
        [one] {$alleys} alley
       *[other] {$alleys} alleys
    }, { $leaders ->
        [one] {$leaders} leader
       *[other] {$leaders} leaders
    }, { $households ->
        [one] {$households} household
       *[other] {$households} households
    }, { $cases ->
        [one] {$cases} case
       *[other] {$cases} cases
    }: { $errors ->
        [one] {$errors} error
       *[other] {$errors} errors
    }, { $warnings ->
        [one] {$warnings} warning
       *[other] {$warnings} warnings
    }
check-problems-found = {$n ->
    [one] {$n} problem found
   *[other] {$n} problems found
}
check-link = a symbolic link; lane reads and writes only files inside the data folder and skips it; replace the link with the file or folder itself
check-temp = a temp file left by an interrupted write (the change it held was not saved); the next change in that folder removes it, or delete it
check-uncommitted-untracked = untracked, not committed to git, so clones and the town do not have it; commit it with `git add -A -- {$path}` and `git commit -m "{$path}"`
check-uncommitted-staged = staged but not committed, not committed to git, so clones and the town do not have it; commit it with `git add -A -- {$path}` and `git commit -m "{$path}"`
check-uncommitted-modified = modified, not committed to git, so clones and the town do not have it; commit it with `git add -A -- {$path}` and `git commit -m "{$path}"`
check-uncommitted = {$what}, not committed to git, so clones and the town do not have it; commit it with `git add -A -- {$path}` and `git commit -m "{$path}"`
check-unapplied = what an interrupted change meant this file to be, not written because the file had changed since; add what is missing by hand or do the change again, then delete {$aside}
check-hint-add-open = add the `open` event
check-hint-level = write one of lane.toml's levels ({$levels}) in `to`, or add the level to lane.toml
check-hint-time = correct the event's `at`, or move the event to its place in time
check-hint-allowed = allowed at that point: {$allowed}; correct or remove the event
check-alley-missing = alley `{$id}` is not in {$file}
check-leader-missing = leader `{$id}` is not in {$file}
check-household-missing = household `{$id}` is not in {$file}
check-alley-no-leader = alley {$alley} has no current lane leader
check-leader-two-alleys = leader {$leader} is assigned to two alleys at once ({$other} at line {$line} and {$alley})
check-leader-serves-other = leader {$leader} serves alley {$serves} according to {$at}, not {$alley}
check-leader-serves-none = leader {$leader} serves alley (none) according to {$at}, not {$alley}
check-alley-leader-not-current = alley {$alley} has no current lane leader ({$leader}'s post is not current, {$at})
check-alley-two-leaders = alley {$alley} has two current lane leaders: {$first} (line {$line}) and {$second}
check-leader-unrecorded-other = leader {$leader} serves alley {$alley}, but {$at} gives the leader {$named}; record it with `lane alley edit {$alley} --leader {$leader}`
check-leader-unrecorded-none = leader {$leader} serves alley {$alley}, but {$at} gives no leader; record it with `lane alley edit {$alley} --leader {$leader}`
check-case-opened-differs = `opened` differs from the time of the open event
check-case-misplaced = the case {$id} belongs in {$path}
check-case-code = the ID's code `{$code}` is not the village code `{$village}`
check-case-category = category `{$category}` is not in lane.toml ({$categories})
check-event-refused = event {$n} ({$action}) is not allowed: {$why}; {$hint}
check-case-missing = case {$id} does not exist

## src/cmd/check_more.rs

check-event-future = event {$n} ({$action}) is at {$time}, in the future (now is {$now}); every later event would be refused as earlier: correct its `at` (a typo of the year?)
check-opened-year = `opened` is in {$opened}, but the case is numbered in {$numbered} (its ID and year folder); correct the year of `opened` and of the open event
check-of-not-duplicate = `of = "{$of}"` goes only with `as = "duplicate"` (this close is as {$reason}); delete the `of` line or correct `as`
check-duplicate-of-itself = the case is closed as a duplicate of itself; nothing tracks the problem: give the case it duplicates in `of`, or reopen it
check-duplicate-of-nothing = closed as a duplicate of `{$of}`, which does not exist; give an existing case in `of`, or reopen this one
check-duplicate-circle = closed as a duplicate in a circle ({$chain}); nothing tracks the problem: reopen one of them
check-awarded-future = `awarded` {$date} is in the future (today is {$today}); correct the date
check-awarded-before-round = `awarded` {$date} is before the round {$round} itself; correct the date
check-formula = column `{$column}` starts like a spreadsheet formula; lane prints it neutralised, but look at it before opening {$file} itself in a spreadsheet

# papercuts

check-resolved-no-visit = the case is resolved, but its category `{$category}` needs no return visit, so it should be closed (resolved before lane closed such cases itself); close it with `lane close {$id}`

# ids
check-two-cases = the file holds {$n} different cases under one ID {$id} ({$n} `open` events): two clones numbered with one station code and a merge kept both sides' events. Split it: give one of the clones its own code (`lane local --station U`); there, write its case's file from before the merge (`git show HEAD^2:{$path}` or `HEAD^1:`) under the next free ID of the new station, with that ID in its `id = ` line and its file name, delete that case's events from {$path}, and commit

# attach
check-attach-missing = the attached file {$path} is not in the folder (restore it from git or the clone it came from)
check-attach-pointer = {$path} is a git LFS pointer, not the file: this clone was made without git LFS, so the photo cannot be shown or checked (install git LFS and run `git lfs pull`)
check-attach-size = the event records {$recorded} bytes, but {$path} has {$size}
check-attach-bad-name = a file lane did not store: attachments are named attachments/XX/HASH.EXT by the SHA-256 of their bytes (attach the file with `lane attach`, then remove this one)
check-attach-differs = the file's bytes hash to {$got}, not to its name: it was changed or replaced after it was stored (restore it from git: `git log -- PATH`, `git checkout COMMIT -- PATH`)
check-attach-unreadable = the file cannot be read
check-attach-unreferenced = no case refers to this file (attach it to its case with `lane attach`, or remove it)
