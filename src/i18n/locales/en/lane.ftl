# lane's messages in English. Ids are the same in every language (the catalogue
# test in src/i18n/tests.rs checks it); keep a message's meaning when translating.

## The public board (lane board)

board-title = Lane leaders of {$village}
board-kicker = Public notice · 挂牌公示
board-as-of = as of {$date}
board-col-alley = Alley
board-col-name = Name
board-col-group = Villager group
board-col-leader = Lane leader
board-col-phone = Phone
board-col-households = Households
board-vacant = (vacant)
board-alleys = {$alleys ->
    [one] {$alleys} alley
   *[other] {$alleys} alleys
}
board-totals = {$alleys ->
    [one] {$alleys} alley
   *[other] {$alleys} alleys
}, {$households ->
    [one] {$households} household
   *[other] {$households} households
}.
board-total = Total: {$alleys}
board-duties = Duties of a lane leader
board-closing = Any problem in your alley? Call its lane leader.

## The village report (lane report)

report-title = {$village}: lane-leader report, {$period} ({$from} to {$to})
# How a report names a year or a range of days (a month is lane.toml's month_format).
period-month-short = {$year}-{$mm}
period-year = {$year}
period-range = the period {$from} to {$to}
# A report that left cases out says so after its title (the message is still English).
report-incomplete = warning: INCOMPLETE: {$message}
report-incomplete-md = **Warning: incomplete.** {$message}
report-village = Village
report-by-alley = By alley
report-by-category = By category
report-by-level = By level
report-col-metric = metric
report-col-value = value
report-col-alley = alley
report-col-name = name
report-col-leader = leader
report-col-category = category
report-col-level = level
report-col-count = count
report-col-households = households
report-household = {$head} ({$id})
report-list-separator = {", "}
report-last-person = The last person: { $n ->
        [one] {$n} household
       *[other] {$n} households
    } with no visit and no case
report-last-person-heading = The last person
report-last-person-md = { $n ->
        [one] {$n} household
       *[other] {$n} households
    } with no visit and no case in the period.
report-last-person-item = **{$alley} {$name}** ({$n}): {$households}
report-footnote = Columns: {$legend}. Rates are percentages. {$meanings}.

## The town report (lane town report)

town-title = {$town}: lane-leader report of {$villages ->
    [one] {$villages} village
   *[other] {$villages} villages
}, {$period} ({$from} to {$to})
town-town = Town
town-by-village = By village
town-col-village = village
town-total = total
town-inbox = Town inbox: {$inbox} cases open at level town or above at the period's end, {$overdue} of them overdue; `lane town inbox` lists those open now.
town-footnote = Columns: {$legend}. The definitions are those of each village's report; the town's rates are computed from the summed counts of all villages, not averaged.

## The metrics: short is a wide table's header, name the row of a scope's own
## table, meaning the footnote's line. Keys stay English in CSV and JSON.

metric-short-opened = opened
metric-name-opened = opened
metric-meaning-opened = cases opened in the period

metric-short-solved_on_spot = on_spot
metric-name-solved_on_spot = solved_on_spot
metric-meaning-solved_on_spot = of those, solved on the spot (`lane open --solved`)

metric-short-resolved = resolved
metric-name-resolved = resolved
metric-meaning-resolved = cases with a disposal in the period

metric-short-closed = closed
metric-name-closed = closed
metric-meaning-closed = cases closed in the period (a satisfied or basic return visit, or `lane close`)

metric-short-escalated = escal
metric-name-escalated = escalated
metric-meaning-escalated = cases escalated in the period; by level, cases escalated into that level

metric-short-overdue = overdue
metric-name-overdue = overdue
metric-meaning-overdue = open at the period's end (or now, if earlier) past their deadline

metric-short-open_at_end = open
metric-name-open_at_end = open_at_end
metric-meaning-open_at_end = open (not resolved, not closed) at the period's end

metric-short-on_time_rate = on_time%
metric-name-on_time_rate = on_time_rate
metric-meaning-on_time_rate = of the cases resolved in the period, the share whose every disposal met the deadline in force when it was made

metric-short-resolution_rate = resolved%
metric-name-resolution_rate = resolution_rate
metric-meaning-resolution_rate = of the cases opened in the period, the share resolved or closed by its end

metric-short-satisfaction_rate = satisfied%
metric-name-satisfaction_rate = satisfaction_rate
metric-meaning-satisfaction_rate = of the return visits in the period, the share satisfied or basic

metric-short-inspections = insp
metric-name-inspections = inspections
metric-meaning-inspections = inspection rows of the patrol log in the period

metric-short-visits = visits
metric-name-visits = visits
metric-meaning-visits = household visit rows of the patrol log in the period

metric-short-feedbacks = feedb
metric-name-feedbacks = feedbacks
metric-meaning-feedbacks = feedback rows of the patrol log in the period

metric-short-households_served = served
metric-name-households_served = households_served
metric-meaning-households_served = distinct households with a case opened or a visit in the period

metric-short-town_inbox = inbox
metric-name-town_inbox = town_inbox
metric-meaning-town_inbox = open at level town or above at the period's end

metric-short-town_inbox_overdue = inbox_over
metric-name-town_inbox_overdue = town_inbox_overdue
metric-meaning-town_inbox_overdue = of those, past their deadline

metric-short-last_person = last
metric-name-last_person = last_person
metric-meaning-last_person = households with no visit and no case

## The prefixes of stderr lines (src/error.rs)

prefix-error = error:{" "}
prefix-hint = hint:{" "}
prefix-warning = warning:{" "}

# screens
table-columns-hidden =
    { $n ->
        [one] 1 column hidden to fit the terminal ({$names}): --wide shows all
       *[other] {$n} columns hidden to fit the terminal ({$names}): --wide shows all
    }
table-columns-separator = ,{" "}

# dates
# How a report names a quarter, and a range of days in a notice.
period-quarter = {$year}Q{$quarter}
period-span = {$from} to {$to}
# A report of a period that has not begun or is not over (stderr and the header).
period-not-begun = the period {$period} has not begun: nothing to count yet
period-not-over = {$period} is not over: counts up to {$day}
report-period-note = note: {$notice}
report-period-note-md = **Note:** {$notice}

# xlsx: the report's workbook

xlsx-sheet-open-cases = Open cases
xlsx-col-household = household
xlsx-col-head = head

# papercuts

# The headline of a report of one alley (`lane report --alley A03`); the items are lane.toml's.
report-headline-alley = In {$period} the lane leader of {$alley} {$items}.
report-headline-alley-name = {$name} ({$id})
# The title of a report whose period names its own days (--from/--to).
report-title-range = {$village}: lane-leader report, {$period}

# html: the printed pages (src/render/html.rs, report_html.rs)
html-listing-title = lane
html-prepared-by = Prepared by:
html-checked-by = Checked by:
html-date = Date:
html-rate-on_time_rate = On-time rate
html-rate-resolution_rate = Resolution rate
html-rate-satisfaction_rate = Satisfaction rate
html-chart-trend = The three rates in the last 12 months (%)
html-chart-alleys = Cases opened in the period, by alley
html-chart-villages = Cases opened in the period, by village
html-cases = Overdue and town-level cases (now)
html-cases-none = None.
