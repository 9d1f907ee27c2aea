# --help: the about of every command and the help of every argument (src/cli/localize.rs).
# The English texts are the doc comments of src/cli; a test keeps them equal.

## The frame of the help and clap's own words

help-flag-help = Print help
help-flag-help-long = Print help (see a summary with '-h')
help-flag-version = Print version
help-usage = Usage:
help-heading-commands = Commands
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-global = Global options
help-value-command = COMMAND
help-after-root = Language: set language = "zh-CN" or "en" under [village] in lane.toml; LANE_LANG=en for one command.
help-subcommand-help = Print this message or the help of the given subcommand(s)
help-default = default:{" "}
help-possible-values = possible values:{" "}
help-err-unknown-arg = unexpected argument '{$arg}' found
help-err-unknown-command = unrecognized subcommand '{$command}'
help-err-missing = the following required arguments were not provided: {$args}
help-err-missing-command = a subcommand is required
help-err-conflict = the argument '{$arg}' cannot be used with '{$other}'
help-err-bad-value = invalid value '{$value}' for '{$arg}'
help-err-bad-value-why = invalid value '{$value}' for '{$arg}': {$why}
help-err-visit-result = give satisfied, basic or unsatisfied (满意, 基本满意, 不满意)
help-err-valid = possible values: {$values}
help-err-did-you-mean = tip: a similar one exists: '{$what}'
help-err-more = For more information, try '--help'.

## Commands and arguments

help-lane = Case management for the lane-leader system of village self-governance
help-lane-long =
    Case management for the lane-leader system of village self-governance.

    Lane leaders patrol their alleys, open a case for every problem they find and follow it through inspection, feedback, coordination, disposal and return visit. lane keeps it all in a folder of TOML and CSV files, versioned with git.
help-lane--data = The data folder [default: $LANE_DATA unless empty, else the nearest folder upward with lane.toml, else ./data]
help-lane--format = Output format of listings
help-lane--no-input = Never prompt; a missing value is an error that names its flag
help-lane--no-commit = Do not commit the change to git
help-init = Create a new data folder
help-init--dir = The folder to create (must be empty or missing)
help-init--name = The village's name, as reports print it [default: Nanjie Village, or 南街村 with --lang zh-CN]
help-init--code = The prefix of case IDs
help-init--no-git = Do not create a git repository
help-init--sample = Fill the folder with a realistic sample village of Nanjie's size
help-init--lang = The folder's language: its lane.toml names, reports and board
help-alley = Alleys (lanes) of the village
help-alley-add = Add an alley
help-alley-add--id = The ID (A01); the next free one if left out
help-alley-add--group = The villager group
help-alley-add--leader = The current lane leader's ID
help-alley-list = List alleys
help-alley-list--search = Only records whose text contains this
help-alley-show = Show one alley with its leader and households
help-alley-edit = Change fields of an alley
help-alley-edit--group = The villager group
help-alley-edit--leader = The current lane leader's ID
help-alley-remove = Remove an alley that nothing refers to
help-leader = Lane leaders
help-leader-add = Add a lane leader
help-leader-add--id = The ID (L01); the next free one if left out
help-leader-add--alley = The alley this leader serves
help-leader-add--background = How the leader came to the post
help-leader-add--selected-by = Who chose the leader
help-leader-add--since = First day in the post (YYYY-MM-DD)
help-leader-add--until = Last day in the post (YYYY-MM-DD); empty to clear
help-leader-list = List lane leaders
help-leader-list--search = Only records whose text contains this
help-leader-list--alley = Only the leader(s) of this alley
help-leader-list--all = Include leaders whose post has ended
help-leader-show = Show one lane leader
help-leader-edit = Change fields of a lane leader
help-leader-edit--alley = The alley this leader serves
help-leader-edit--background = How the leader came to the post
help-leader-edit--selected-by = Who chose the leader
help-leader-edit--since = First day in the post (YYYY-MM-DD)
help-leader-edit--until = Last day in the post (YYYY-MM-DD); empty to clear
help-leader-remove = Remove a lane leader that nothing refers to
help-household = Households
help-household-add = Add a household
help-household-add--id = The ID (H0001); the next free one if left out
help-household-add--head = The head of the household
help-household-add--members = Number of members (1-99)
help-household-add--tags = `;`-separated tags, e.g. elderly;low-income
help-household-list = List households
help-household-list--search = Only records whose text contains this
help-household-list--alley = Only households of this alley
help-household-show = Show one household
help-household-edit = Change fields of a household
help-household-edit--head = The head of the household
help-household-edit--members = Number of members (1-99)
help-household-edit--tags = `;`-separated tags, e.g. elderly;low-income
help-household-remove = Remove a household that nothing refers to
help-household-import = Add households from a spreadsheet (xlsx, xls, ods, or CSV in UTF-8 or GBK; columns by name)
help-open = Inspection: open a case for a problem found
help-open--title = What the problem is
help-open--category = The category key from lane.toml (sanitation, hazard, dispute, service, feedback)
help-open--alley = The alley where the problem is
help-open--household = The household concerned (implies its alley)
help-open--source = How the problem came to light
help-open--note = A first note
help-open--solved = Solved on the spot: records the disposal at once (and closes the case when its category needs no return visit)
help-open--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-open--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-note = Feedback: add a progress note to a case
help-note--text = The note
help-note--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-note--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-escalate = Coordination: pass a case up to the next level (or to --to LEVEL)
help-escalate--to = The level to go to [default: the next one up]
help-escalate--reason = Why the level below cannot solve it
help-escalate--dept = The department asked to help
help-escalate--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-escalate--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-resolve = Disposal: the problem is dealt with; the case waits for its return visit (or closes, if its category needs none)
help-resolve--note = What was done
help-resolve--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-resolve--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-visit = Return visit: satisfied or basic closes the case, unsatisfied reopens it
help-visit--result = What the household said: satisfied, basic or unsatisfied (or 满意, 基本满意, 不满意)
help-visit--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-visit--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-close = Close a case: a resolved one, or one closed without a fix for a reason
help-close--reason = Why: fixed, or closed without a fix
help-close--of = With --as duplicate: the case this one duplicates
help-close--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-close--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-reopen = Reopen a resolved or closed case at its level
help-reopen--reason = Why the case is open again
help-reopen--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-reopen--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-show = Show a case: facts, state, level, deadline and its timeline
help-show--id = The case ID, in full (NJ-2026-0042) or short (42)
help-list = List cases
help-list--overdue = Only open cases past their deadline
help-list--leader = Only cases in the alley of this lane leader
help-list--level = Only cases now at this level
help-list--since = Opened on or after this day (2026-11-03, 2026/11/3, yesterday, 昨天)
help-list--until = Opened on or before this day (2026-11-03, 2026/11/3, today, 今天)
help-list--search = Text in the title or any note
help-overdue = Open cases past their deadline, oldest first
help-patrol = Log a patrol (inspection, household visit, social-conditions feedback), or list them
help-patrol--leader = The lane leader who patrolled
help-patrol--alley = The alley [default: the leader's]
help-patrol--household = The household visited
help-patrol--case = A case the patrol was about
help-patrol--at = The day (2026-11-03, 2026/11/3, 2026年11月3日, yesterday, 昨天, or a time) [default: today]
help-patrol--force = Log it all the same: a visit to a household of another alley, or the same patrol again the same day
help-patrol-list = List patrol rows
help-patrol-list--month = Only this month: 2026-11, last or this (上月, 本月)
help-patrol-list--since = On or after this day (2026-11-03, 2026/11/3, yesterday, 昨天)
help-patrol-list--until = On or before this day (2026-11-03, 2026/11/3, today, 今天)
help-patrol-edit = Correct a patrol row, by its ID (see `lane patrol list`)
help-patrol-edit--id = The row's ID, e.g. 2026-11-0042
help-patrol-edit--household = The household visited ("" for none)
help-patrol-edit--case = A case the patrol was about ("" for none)
help-patrol-edit--at = The day, within the row's month (YYYY-MM-DD)
help-patrol-remove = Remove a patrol row logged by mistake, by its ID
help-patrol-remove--id = The row's ID, e.g. 2026-11-0042
help-report = The periodic report for the town [default: the last complete month]. Exits 1, the report still printed with its warning, when case files could not be read
help-report--month = A month: 2026-11, last or this (上月, 本月)
help-report--quarter = A quarter: 2026Q4, Q4 (this year's), last or this (上季度, 本季度)
help-report--year = A whole year: 2026, last or this (去年, 今年)
help-report--from = First day of the period (with --to): 2026-11-01, 2026/11/1, yesterday, 昨天
help-report--to = Last day of the period, included (with --from): 2026-11-15, today, 今天
help-report--alley = Only this alley
help-report--redact = Leave out the names of household heads and lane leaders (a report to post)
help-local = Show or set this clone's settings (station code, default --by)
help-local--station = This clone's station code: "" for the village's own clone, 1-3 capital letters for any other (the town office, a second laptop), so IDs never collide
help-local--by = Who acts when --by is not given
help-local--index-check = How the derived index is checked: `files` stats every case file (the default); `folders` trusts unchanged year folders (faster for huge archives, but an in-place edit of a case file is seen only after `lane reindex`)
help-check = Validate the whole data folder; prints each problem as path:line: message
help-migrate = Upgrade a data folder of an older format to this lane's, in one commit
help-migrate--dry-run = Say what would change, write nothing
help-reindex = Rebuild the derived index (.lane/index) from the case files, on all cores
help-stars = Five-star civilized households: assessment rounds
help-stars-new = Start a round: stars/ROUND.csv with one unrated row per household
help-stars-new--round = The round's ID, e.g. 2026
help-stars-new--date = The day of the assessment (YYYY-MM-DD) [default: today]
help-stars-rate = Rate a household; at a terminal, without --met, a checklist per unrated household
help-stars-rate--household = The household; at a terminal, leave it out to go through every unrated one
help-stars-rate--round = The round [default: the latest]
help-stars-rate--met = The criteria met, by key: helpful,clean,... or all or none
help-stars-rate--note = A note on the rating (replaces the row's note)
help-stars-award = Mark every five-star household of the round as awarded (one commit)
help-stars-award--round = The round [default: the latest]
help-stars-award--date = The day the plaques are awarded (YYYY-MM-DD) [default: today]
help-stars-list = List the households of a round with their stars
help-stars-list--round = The round [default: the latest]
help-stars-list--min = Only households with at least this many stars
help-stars-list--alley = Only households of this alley
help-stars-report = Households by number of stars per alley, and the change from the previous round
help-stars-report--round = The round [default: the latest]
help-stars-history = A household's stars over all rounds
help-board = The public notice of alleys, lane leaders, phones and duties (挂牌公示)
help-board--style = The board as plain text, Markdown or one self-contained HTML page for A4; the older spelling of --format table|md|html
help-town = The town: many villages' data folders in one view, git as the network
help-town-init = Create a town folder with an empty town.toml (a git repository of its own)
help-town-init--dir = The folder to create (must be empty or missing)
help-town-init--name = The town's name, as reports print it
help-town-init--no-git = Do not create a git repository
help-town-add = Add a village: a clone of its repository (--clone) or a data folder (--path)
help-town-add--name = What the town office calls the village; a clone goes to villages/<name>
help-town-add--path = An existing data folder (inside the town folder or anywhere)
help-town-add--clone = The village's git repository, cloned into villages/
help-town-list = List the villages of the town
help-town-pull = Fetch and fast-forward every village clone; reports each that could not
help-town-push = Push every village clone's own new commits back to its remote
help-town-report = The town's report: a row per village and the town total [default: the last complete month]. Exits 1, the report still printed with its warning, when a village has case files that could not be read
help-town-report--month = A month: 2026-11, last or this (上月, 本月)
help-town-report--quarter = A quarter: 2026Q4, Q4 (this year's), last or this (上季度, 本季度)
help-town-report--year = A whole year: 2026, last or this (去年, 今年)
help-town-report--from = First day of the period (with --to): 2026-11-01, 2026/11/1, yesterday, 昨天
help-town-report--to = Last day of the period, included (with --from): 2026-11-15, today, 今天
help-town-inbox = Open cases at level town or above in every village, oldest overdue first
help-town-inbox--overdue = Only cases past their deadline
help-town-check = Check town.toml (village codes unique) and every village's data folder
help-merge-driver = Let git merge a case file changed in two clones by keeping both sides' events
help-merge-driver--install = Register the driver in this clone (its git config and .git/info/attributes)
help-merge-driver--base = The common ancestor's version (git's %O)
help-merge-driver--ours = This side's version, replaced by the merge (git's %A)
help-merge-driver--theirs = The other side's version (git's %B)
help-merge-driver--path = The file's path in the work tree (git's %P): patrol logs merge by row ID
help-completions = Print shell completions
help-man = Print the man page (roff)

# undo
help-undo = Take back the last change lane committed in this clone, as a new commit that reverts it

# screens
help-lane--no-pager = Print directly, never through a pager, however long the output
help-list--wide = Show every column, however narrow the terminal
help-overdue--wide = Show every column, however narrow the terminal
help-alley-list--wide = Show every column, however narrow the terminal
help-leader-list--wide = Show every column, however narrow the terminal
help-household-list--wide = Show every column, however narrow the terminal

# xlsx

help-lane--output = Write the output to FILE instead of stdout (whole, when the command is done)
help-household-import--sheet = The sheet to read [default: the first]
help-household-import--update = Change the registered households whose row in the file differs

# papercuts

help-init--by = Who records actions in this clone, stored in local.toml as the default --by (asked for at a terminal)

# ledger
help-ledger = The printed ledgers (台账): the case register, a case's file, a leader's patrols, a blank patrol slip; md or html
help-ledger-cases = The case register: one row per case opened in the period, with the dates of its steps [default: the last complete month]
help-ledger-cases--month = A month: 2026-11, last or this (上月, 本月)
help-ledger-cases--quarter = A quarter: 2026Q4, Q4 (this year's), last or this (上季度, 本季度)
help-ledger-cases--year = A whole year: 2026, last or this (去年, 今年)
help-ledger-cases--from = First day of the period (with --to): 2026-11-01, 2026/11/1, yesterday, 昨天
help-ledger-cases--to = Last day of the period, included (with --from): 2026-11-15, today, 今天
help-ledger-case = One case's file (一事一档): its facts, its whole timeline and lines to sign
help-ledger-case--id = The case ID, in full (NJ-2026-0042) or short (42)
help-ledger-patrols = A lane leader's patrol ledger for a month
help-ledger-patrols--leader = The lane leader, by ID or name
help-ledger-patrols--month = The month: 2026-11, last or this (上月, 本月) [default: this month]
help-ledger-slip = A blank patrol slip for a lane leader to fill in by hand: the alley's households, the longest unvisited first
help-ledger-slip--leader = The lane leader, by ID or name

# help-examples
# The examples at the end of every --help (src/cli/localize.rs); a test runs each
# English line against the sample village (tests/lane/help.rs).

help-heading-examples = Examples:
help-lane-examples =
    lane list --status open
    lane open --title "Blocked drain" --category sanitation --alley A03
    lane report --month 2026-10
help-init-examples =
    lane init nanjie --name "Nanjie Village" --code NJ
    lane init demo --sample --no-git
    lane init beijie --lang zh-CN --name 北街村 --code BJ
help-alley-examples =
    lane alley list
    lane alley show A03
    lane alley add --name "West Well Lane" --group "Group 2"
help-alley-add-examples =
    lane alley add --name "West Well Lane" --group "Group 2"
    lane alley add --id A20 --name "New Lane" --note "Built in 2026"
help-alley-list-examples =
    lane alley list
    lane alley list --search Group --format csv
help-alley-show-examples =
    lane alley show A03
help-alley-edit-examples =
    lane alley edit A03 --name "Well Lane" --group "Group 3"
    lane alley edit A03 --note "Road works until May"
help-alley-remove-examples =
    lane alley remove A20
help-leader-examples =
    lane leader list
    lane leader show L03
help-leader-add-examples =
    lane leader add --name Wang --background cadre --selected-by two-committees
help-leader-list-examples =
    lane leader list
    lane leader list --alley A03 --all
help-leader-show-examples =
    lane leader show L03
help-leader-edit-examples =
    lane leader edit L03 --phone 13900000000
    lane leader edit L03 --until 2026-12-31
help-leader-remove-examples =
    lane leader remove L14
help-household-examples =
    lane household list --alley A03
    lane household show H0011
help-household-add-examples =
    lane household add --head "Li Ming" --alley A03 --address "No. 12"
    lane household add --head "Zhao Lan" --alley A05 --tags "elderly;low-income"
help-household-list-examples =
    lane household list --alley A03
    lane household list --search elderly --format csv
help-household-show-examples =
    lane household show H0011
help-household-edit-examples =
    lane household edit H0011 --phone 13700000000 --members 5
help-household-remove-examples =
    lane household remove H0566
help-household-import-examples =
    lane household import households.csv
help-open-examples =
    lane open --title "Blocked drain" --category sanitation --alley A03
    lane open --title "Pension form" --category service --household H0011
    lane open --title Litter --category sanitation --alley A05 --solved "Swept up"
help-note-examples =
    lane note NJ-2026-0645 "Called the household; they will be in on Friday"
    lane note 645 "Materials bought" --by L12
help-escalate-examples =
    lane escalate NJ-2026-0646 --reason "Needs a village subsidy"
    lane escalate 646 --to town --dept "civil affairs" --reason "Too costly"
help-resolve-examples =
    lane resolve NJ-2026-0646 --note "Tutor found for the children"
    lane resolve 646 --note "Done" --by L12
help-visit-examples =
    lane visit NJ-2026-0645 --result satisfied
    lane visit 641 --result unsatisfied --note "Form not filed yet"
help-close-examples =
    lane close NJ-2026-0641 --as referred --note "Handed to the county hospital"
    lane close 645 --as duplicate --of 644
help-reopen-examples =
    lane reopen NJ-2025-0001 --reason "The smell is back"
help-show-examples =
    lane show NJ-2026-0645
    lane show 629 --format json
help-list-examples =
    lane list --status open
    lane list --alley A03 --category dispute --since 2026-11-01
    lane list --overdue --format csv > overdue.csv
help-overdue-examples =
    lane overdue
    lane overdue --alley A12 --level alley
help-patrol-examples =
    lane patrol --leader L03 --kind inspection
    lane patrol --leader L12 --kind visit --household H0483 --case NJ-2026-0645
    lane patrol list --month 2026-11
help-patrol-list-examples =
    lane patrol list --month 2026-11
    lane patrol list --leader L03 --since 2026-11-01 --format csv
help-patrol-edit-examples =
    lane patrol edit 2026-11-0327 --household H0487
    lane patrol edit 2026-11-0327 --at 2026-11-18
help-patrol-remove-examples =
    lane patrol remove 2026-11-0329
help-report-examples =
    lane report
    lane report --month 2026-10 --alley A03
    lane report --year 2025 --redact --format md > report-2025.md
help-local-examples =
    lane local
    lane local --by "Wang Fang"
    lane local --station T
help-check-examples =
    lane check
help-migrate-examples =
    lane migrate --dry-run
    lane migrate
help-reindex-examples =
    lane reindex
help-stars-examples =
    lane stars new 2026
    lane stars list --min 5
help-stars-new-examples =
    lane stars new 2026 --date 2026-11-15
help-stars-rate-examples =
    lane stars rate H0001 --met helpful,clean,harmony
    lane stars rate H0002 --round 2025 --met all
help-stars-award-examples =
    lane stars award --round 2025 --date 2026-01-10
help-stars-list-examples =
    lane stars list --min 5
    lane stars list --round 2024 --alley A03
help-stars-report-examples =
    lane stars report
    lane stars report --round 2024
help-stars-history-examples =
    lane stars history H0001
help-board-examples =
    lane board
    lane board --format html -o board.html
help-town-examples =
    lane town init taiping --name "Taiping Town"
    lane town report --month 2026-10
help-town-init-examples =
    lane town init taiping --name "Taiping Town"
help-town-add-examples =
    lane town add nanjie --path ../nanjie
    lane town add beijie --clone ../beijie.git
help-town-list-examples =
    lane town list
help-town-pull-examples =
    lane town pull
help-town-push-examples =
    lane town push
help-town-report-examples =
    lane town report
    lane town report --month 2026-10 --format csv
help-town-inbox-examples =
    lane town inbox --overdue
help-town-check-examples =
    lane town check
help-undo-examples =
    lane undo
    lane undo --data ~/nanjie
help-ledger-examples =
    lane ledger cases --month last --format html -o 案件台账.html
    lane ledger case NJ-2026-0645
    lane ledger slip --leader L03 --format html -o slip.html
help-ledger-cases-examples =
    lane ledger cases --month 2026-10
    lane ledger cases --year 2026 --format html -o register-2026.html
help-ledger-case-examples =
    lane ledger case NJ-2026-0645
    lane ledger case 645 --format html -o case-0645.html
help-ledger-patrols-examples =
    lane ledger patrols --leader L03
    lane ledger patrols --leader L03 --month 2026-10 --format html -o patrols.html
help-ledger-slip-examples =
    lane ledger slip --leader L03
    lane ledger slip --leader L03 --format html -o slip-L03.html
help-merge-driver-examples =
    lane merge-driver --install
help-completions-examples =
    lane completions bash > ~/.local/share/bash-completion/completions/lane
    lane completions zsh > ~/.zfunc/_lane
help-man-examples =
    lane man > lane.1
    lane man --dir ~/.local/share/man/man1

# help-meanings
help-alley-add--name = The alley's name, as the board prints it
help-alley-add--note = A note on the alley
help-alley-show--id = The alley's ID, e.g. A03
help-alley-edit--id = The alley's ID, e.g. A03
help-alley-edit--name = The alley's name, as the board prints it
help-alley-edit--note = A note on the alley
help-alley-remove--id = The alley's ID, e.g. A03
help-leader-add--name = The lane leader's full name
help-leader-add--phone = The phone number the board prints
help-leader-add--note = A note on the lane leader
help-leader-show--id = The lane leader's ID, e.g. L03
help-leader-edit--id = The lane leader's ID, e.g. L03
help-leader-edit--name = The lane leader's full name
help-leader-edit--phone = The phone number the board prints
help-leader-edit--note = A note on the lane leader
help-leader-remove--id = The lane leader's ID, e.g. L03
help-household-add--alley = The alley the household lives in
help-household-add--address = The household's address
help-household-add--phone = A phone number of the household
help-household-add--note = A note on the household
help-household-show--id = The household's ID, e.g. H0011
help-household-edit--id = The household's ID, e.g. H0011
help-household-edit--alley = The alley the household lives in
help-household-edit--address = The household's address
help-household-edit--phone = A phone number of the household
help-household-edit--note = A note on the household
help-household-remove--id = The household's ID, e.g. H0011
help-household-import--file = The file to read: xlsx, xls, ods or CSV
help-note--id = The case ID, in full (NJ-2026-0042) or short (42)
help-escalate--id = The case ID, in full (NJ-2026-0042) or short (42)
help-escalate--note = A note on the escalation
help-resolve--id = The case ID, in full (NJ-2026-0042) or short (42)
help-visit--id = The case ID, in full (NJ-2026-0042) or short (42)
help-visit--note = What else the household said
help-close--id = The case ID, in full (NJ-2026-0042) or short (42)
help-close--note = A note on the closing
help-reopen--id = The case ID, in full (NJ-2026-0042) or short (42)
help-list--status = Only cases in this state: open, resolved or closed
help-list--alley = Only cases in this alley
help-list--category = Only cases of this category (its key in lane.toml)
help-list--household = Only cases of this household
help-overdue--alley = Only cases in this alley
help-overdue--level = Only cases now at this level
help-patrol--kind = What kind of patrol it was
help-patrol--note = What was seen or done
help-patrol-list--leader = Only this lane leader's patrols
help-patrol-list--alley = Only patrols in this alley
help-patrol-list--kind = Only patrols of this kind
help-patrol-list--household = Only visits to this household
help-patrol-edit--leader = The lane leader who patrolled
help-patrol-edit--kind = What kind of patrol it was
help-patrol-edit--alley = The alley patrolled
help-patrol-edit--note = The row's note ("" for none)
help-stars-history--household = The household's ID, e.g. H0011
help-completions--shell = The shell to print them for

# help-globals
help-err-global-here = {$flag} means nothing to `{$command}`: {$why}
help-err-global-data = it reads no data folder
help-err-global-format = it prints no listing or report
help-err-global-no-commit = it commits nothing to git
help-err-global-hint = leave it out; `{$command} --help` lists the options it takes
help-town--town = The town folder [default: $LANE_TOWN, else the nearest folder upward with town.toml]
help-man--dir = Write a page per command (lane.1, lane-open.1, ...) into this folder instead

# sheets
help-alley-import = Add alleys from a spreadsheet (xlsx, xls, ods, or CSV in UTF-8 or GBK; columns by name)
help-alley-import--file = The file to read: xlsx, xls, ods or CSV
help-alley-import--sheet = The sheet to read [default: the first]
help-alley-import--update = Change the registered alleys whose row in the file differs
help-alley-import-examples =
    lane alley import alleys.xlsx
    lane alley import alleys.csv --update
help-leader-import = Add lane leaders from a spreadsheet (xlsx, xls, ods, or CSV in UTF-8 or GBK; columns by name)
help-leader-import--file = The file to read: xlsx, xls, ods or CSV
help-leader-import--sheet = The sheet to read [default: the first]
help-leader-import--update = Change the registered lane leaders whose row in the file differs
help-leader-import-examples =
    lane leader import leaders.xlsx
    lane leader import leaders.csv --update
help-household-import--dry-run = Say row by row what the import would do, and write nothing
help-alley-import--dry-run = Say row by row what the import would do, and write nothing
help-leader-import--dry-run = Say row by row what the import would do, and write nothing

# review
help-patrol-list--wide = Show every column, however narrow the terminal
help-stars-list--wide = Show every column, however narrow the terminal

# export
help-export = Every record as tidy tables for a data warehouse: --format parquet (the default) or csv, -o DIR
help-town-export = Every village's records as tidy tables, with a village column: --format parquet (the default) or csv, -o DIR
help-export-examples =
    lane export -o export
    lane export --format csv -o export-csv
help-town-export-examples =
    lane town export -o town-export
    lane town export --format csv -o town-export-csv
# attach
help-attach = Keep a photo (before, after) or a document with a case, stored once by its content hash
help-attach--id = The case ID, in full (NJ-2026-0042) or short (42)
help-attach--file = The photo (JPEG, PNG, WebP) or document to keep with the case
help-attach--kind = What it is [default: a photo is before while the case is open, after once it is resolved; anything else a document]
help-attach--note = A note on the file
help-attach--by = Who acted [default: $LANE_BY, else `by` in local.toml]
help-attach--at = When: a time, a day (2026/11/3, yesterday, 昨天) or both (昨天 15:00) [default: now]
help-attach-examples =
    lane attach NJ-2026-0645 before.jpg --as before
    lane attach 645 after.jpg --as after --note "Drain cleared"
    lane attach 645 agreement.pdf --as agreement
