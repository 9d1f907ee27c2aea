# lane messages (en): town

## src/cmd/town.rs

town-init-no-name = --name is empty
town-created = created the town folder {$path} for {$name}; add villages with `lane town add NAME --clone URL`
town-has-code = the town already has a village with code {$code} ({$name}, at {$path}); village codes must be unique within a town
town-has-code-hint = two villages with one code would give their cases the same IDs: change the code in one village's lane.toml before it opens cases
town-has-name = the town already has a village named `{$name}`
town-has-name-hint = `lane town list` shows the villages; give another name
town-add-no-name = NAME: give the village a name
town-add-not-data = --path: {$path} is not a lane data folder (no {$file})
town-add-how = give --path DIR or --clone URL
town-added = added {$code} ({$name}) at {$path}
town-folder-ok = ok
town-folder-missing = missing
town-col-code = code
town-col-name = name
town-col-path = path
town-col-remote = remote
town-col-folder = folder
town-col-result = result
town-col-detail = detail
town-sync-town-toml = (town.toml)
town-pull-failed = could not pull {$n} of {$of}: {$list}
town-push-failed = could not push {$n} of {$of}: {$list}
town-sync-failed-hint = the table above says why for each; the others are done
town-check-summary = checked { $villages ->
        [one] {$villages} village
       *[other] {$villages} villages
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
town-check-code-differs = village {$code} ({$path}): its lane.toml has the code {$own}; make town.toml and lane.toml agree
town-check-code-taken = village {$code} ({$path}): its lane.toml has the code {$own}, the code of another village of the town; make town.toml and lane.toml agree
town-check-unreadable = village {$code}: {$why}

## src/cmd/town_report.rs

town-note = note: {$note}
town-inbox-unreadable = village {$code}: { $n ->
        [one] {$n} case file could not be read and is left out
       *[other] {$n} case files could not be read and are left out
    }; `lane town check` lists them
town-inbox-summary = {$cases ->
    [one] {$cases} open case
   *[other] {$cases} open cases
} at level town or above in {$villages ->
    [one] {$villages} village
   *[other] {$villages} villages
}, {$overdue} overdue
town-col-id = id
town-col-level = level
town-col-category = category
town-col-alley = alley
town-col-alley-name = alley_name
town-col-title = title
town-col-dept = dept
town-col-opened = opened
town-col-age = age_days
town-col-deadline = deadline
town-col-overdue = overdue_days

## src/store/town.rs

town-not-a-folder = {$path} is not a town folder (no {$file})
town-not-a-folder-hint = create one with `lane town init DIR`, or point to one with --town DIR or $LANE_TOWN
town-invalid-hint = fix town.toml by hand; `lane town check` lists every problem
town-cannot-clone = cannot clone {$url}: {$why}
town-clone-not-data = {$url} is not a lane data folder (no {$file} at its top)
town-clone-exists = {$path} already exists in the town folder
town-clone-exists-hint = give the village another name, or add the folder that is there with --path
town-init-not-committed = the town folder is created but not committed to git ({$why})
town-cannot-read = cannot read {$path}: {$error}
town-cannot-create = cannot create {$path}: {$error}
town-cannot-write-in = cannot write in {$path}: {$error}
town-cannot-move-clone = cannot move the clone to {$path}: {$error}
town-sync-updated = updated
town-sync-cloned = cloned
town-sync-up-to-date = up-to-date
town-sync-pushed = pushed
town-sync-nothing-to-push = nothing-to-push
town-sync-skipped = skipped
town-sync-failed = failed
town-sync-detail-updated = {$n ->
    [one] {$n} commit
   *[other] {$n} commits
} fast-forwarded
town-sync-detail-cloned = the folder was missing: cloned from the remote in town.toml
town-sync-detail-ahead = {$n ->
    [one] {$n} commit
   *[other] {$n} commits
} to push
town-sync-detail-pushed = {$n ->
    [one] {$n} commit
   *[other] {$n} commits
} pushed
town-sync-detail-pushed-note = {$n ->
    [one] {$n} commit
   *[other] {$n} commits
} pushed; {$note}
town-sync-not-data = {$path} is not a lane data folder (no {$file})
town-sync-not-repo = not a git repository
town-sync-detached = HEAD is detached: check out the village's branch
town-sync-no-remote = no git remote
town-sync-no-upstream = branch {$branch} tracks no remote branch: set it with `git -C {$path} branch -u origin/{$branch}`
town-sync-diverged = the clone has {$ahead} commit(s) the remote has not and the remote {$behind} the clone has not: merge by hand with `git -C {$path} pull --no-rebase`, then `lane --data {$path} check`
town-sync-cannot-clone = the folder is missing and cannot be cloned: {$why}
town-sync-uncommitted = { $n ->
        [one] {$n} changed file is not committed
       *[other] {$n} changed files are not committed
    }, so not pushed (`git -C {$path} status`)
town-open-village-hint = `lane town pull` fetches missing clones' updates; fix the path in town.toml by hand
town-village-problem = village {$code} ({$path}): {$problem}

## src/model/town.rs

town-name-missing = the town's `name` is empty
town-village-bad = village `{$name}`: {$why}
town-village-no-name = village {$code}: the name is empty
town-village-no-path = village {$code}: the path is empty
town-code-twice = the village code {$code} is used twice ({$first} and {$second}); codes must be unique within a town
town-name-twice = the village name `{$name}` is used twice
town-path-twice = the path `{$path}` is used twice
town-code-invalid = code: {$why}
town-code-digits = code `{$code}` must not contain digits: it starts every case ID

# town-items (issue 19)
town-path-outside = village {$code}: the path `{$path}` leads outside the town folder; relative paths must stay inside it (use an absolute path for a folder elsewhere)
town-sync-remote-mismatch = the clone's remote `{$remote}` is {$actual}, but town.toml names {$wanted}: run `git -C {$path} remote set-url {$remote} {$wanted}` (or correct town.toml), then pull again
town-check-remote-mismatch = village {$code} ({$path}): the clone's remote `{$remote}` is {$actual}, but town.toml names {$wanted}; run `git -C {$path} remote set-url {$remote} {$wanted}` or correct town.toml
town-left-out = village {$code} is left out: {$why}
town-left-out-same-folder = village {$code} ({$path}) is the same folder as village {$first}'s
town-left-out-hint = `lane town check` lists every problem; fix them and run the command again
town-sync-interrupted = an interrupted pull left {$path} half-way, and {$files} changed there is not from it but the pull changes it too: look at `git -C {$path} diff`, put the change aside with `git -C {$path} stash`, run `lane town pull` again and take it back with `git -C {$path} stash pop`
town-sync-recovered = an interrupted pull was undone first
town-incomplete = the output is incomplete: { $n ->
        [one] {$n} of {$of} villages is left out
       *[other] {$n} of {$of} villages are left out
    } ({$list})
