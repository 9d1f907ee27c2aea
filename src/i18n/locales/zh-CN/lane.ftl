# lane 的中文消息。消息编号与英文相同（src/i18n/tests.rs 的测试会检查）。

## 街巷长公示牌（lane board）

board-title = {$village}街巷长公示牌
board-kicker = 挂牌公示
board-as-of = 截至{$date}
board-col-alley = 编号
board-col-name = 街巷
board-col-group = 村民小组
board-col-leader = 街巷长
board-col-phone = 电话
board-col-households = 户数
board-vacant = （空缺）
board-alleys = {$alleys}条街巷
board-totals = 共{$alleys}条街巷，{$households}户。
board-total = 合计：{$alleys}
board-duties = 街巷长职责
board-closing = 巷内有事，请找街巷长。

## 村工作报告（lane report）

report-title = {$village}街巷长工作报告（{$period}，{$from}至{$to}）
# 报告如何称呼一年或一段日期（月份按 lane.toml 的 month_format）。
period-month-short = {$year}年{$month}月
period-year = {$year}年
period-range = {$from}至{$to}
# 报告漏算了案件时，标题后说明。
report-incomplete = 警告：报告不完整：{$message}
report-incomplete-md = **警告：报告不完整。**{$message}
report-village = 全村
report-by-alley = 各街巷
report-by-category = 各类别
report-by-level = 各层级
report-col-metric = 指标
report-col-value = 数值
report-col-alley = 编号
report-col-name = 名称
report-col-leader = 街巷长
report-col-category = 类别
report-col-level = 层级
report-col-count = 户数
report-col-households = 住户
report-household = {$head}（{$id}）
report-list-separator = 、
report-last-person = 最后一人：{$n}户本期既无走访也无案件
report-last-person-heading = 最后一人
report-last-person-md = 本期有{$n}户既无走访也无案件。
report-last-person-item = **{$alley} {$name}**（{$n}户）：{$households}
report-footnote = 注：比率均为百分比。{$meanings}。

## 镇工作报告（lane town report）

town-title = {$town}街巷长工作报告（{$villages}个村，{$period}，{$from}至{$to}）
town-town = 全镇
town-by-village = 各村
town-col-village = 村
town-total = 合计
town-inbox = 镇待办：期末处于镇党委及以上层级的未办结案件{$inbox}件，其中超期{$overdue}件；`lane town inbox` 列出当前未办结的案件。
town-footnote = 注：各项指标的口径与各村报告相同；全镇的比率由各村计数加总后计算，不取平均。{$meanings}。

## 指标：short 为宽表表头，name 为单一范围表的行名，meaning 为脚注说明。
## CSV 与 JSON 中的键名仍为英文。

metric-short-opened = 新增案件
metric-name-opened = 新增案件
metric-meaning-opened = 本期新登记的案件

metric-short-solved_on_spot = 当场解决
metric-name-solved_on_spot = 当场解决
metric-meaning-solved_on_spot = 其中当场解决的（`lane open --solved`）

metric-short-resolved = 已办结
metric-name-resolved = 已办结
metric-meaning-resolved = 本期有处置记录的案件

metric-short-closed = 已关闭
metric-name-closed = 已关闭
metric-meaning-closed = 本期关闭的案件（回访满意、基本满意，或 `lane close`）

metric-short-escalated = 上报
metric-name-escalated = 上报
metric-meaning-escalated = 本期上报的案件；按层级统计时为上报至该层级的案件

metric-short-overdue = 超期
metric-name-overdue = 超期
metric-meaning-overdue = 期末（或早于期末的当前）仍未办结且已超过办理时限的案件

metric-short-open_at_end = 期末未办结
metric-name-open_at_end = 期末未办结
metric-meaning-open_at_end = 期末尚未办结、未关闭的案件

metric-short-on_time_rate = 按时办结率
metric-name-on_time_rate = 按时办结率
metric-meaning-on_time_rate = 本期办结的案件中，每次处置均在当时办理时限内完成的比例

metric-short-resolution_rate = 办结率
metric-name-resolution_rate = 办结率
metric-meaning-resolution_rate = 本期新增的案件中，期末前已办结或已关闭的比例

metric-short-satisfaction_rate = 满意率
metric-name-satisfaction_rate = 满意率
metric-meaning-satisfaction_rate = 本期回访中，满意或基本满意的比例

metric-short-inspections = 巡查
metric-name-inspections = 巡查
metric-meaning-inspections = 本期巡查台账中的巡查记录数

metric-short-visits = 入户走访
metric-name-visits = 入户走访
metric-meaning-visits = 本期巡查台账中的入户走访记录数

metric-short-feedbacks = 社情民意反馈
metric-name-feedbacks = 社情民意反馈
metric-meaning-feedbacks = 本期巡查台账中的社情民意反馈记录数

metric-short-households_served = 服务户数
metric-name-households_served = 服务户数
metric-meaning-households_served = 本期有案件登记或入户走访的不同户数

metric-short-town_inbox = 镇待办
metric-name-town_inbox = 镇待办
metric-meaning-town_inbox = 期末处于镇党委及以上层级、尚未办结的案件

metric-short-town_inbox_overdue = 镇待办超期
metric-name-town_inbox_overdue = 镇待办超期
metric-meaning-town_inbox_overdue = 其中已超过办理时限的

metric-short-last_person = 最后一人
metric-name-last_person = 最后一人
metric-meaning-last_person = 既无走访也无案件的户数

## The prefixes of stderr lines (src/error.rs)

prefix-error = 错误：
prefix-hint = 提示：
prefix-warning = 警告：

# screens
table-columns-hidden = 终端太窄，隐藏了 {$n} 列（{$names}）；加 --wide 可显示全部
table-columns-separator = 、

# dates
# 报告对季度的称呼，以及提示中对一段日期的称呼。
period-quarter = {$year}年第{$quarter ->
    [1] 一
    [2] 二
    [3] 三
   *[4] 四
}季度
period-span = {$from}至{$to}
# 报告期尚未开始或尚未结束时的提示（标准错误输出和报告开头）。
period-not-begun = {$period}还没有开始，暂无数据可统计
period-not-over = {$period}还没有结束：只统计到 {$day}
report-period-note = 注意：{$notice}
report-period-note-md = **注意：**{$notice}

# xlsx: the report's workbook

xlsx-sheet-open-cases = 在办案件
xlsx-col-household = 户号
xlsx-col-head = 户主

# papercuts

# 单条街巷报告（`lane report --alley A03`）的总述句；各项成绩用 lane.toml 的写法。
report-headline-alley = {$period}，{$alley}街巷长{$items}。
report-headline-alley-name = {$name}（{$id}）
# 期间本身已写明起止日期（--from/--to）时的标题。
report-title-range = {$village}街巷长工作报告（{$period}）

# html: the printed pages (src/render/html.rs, report_html.rs)
html-listing-title = lane
html-prepared-by = 制表人：
html-checked-by = 审核人：
html-date = 日期：
html-rate-on_time_rate = 按时办结率
html-rate-resolution_rate = 办结率
html-rate-satisfaction_rate = 满意率
html-chart-trend = 近12个月三项比率走势（%）
html-chart-alleys = 本期各街巷新增案件数
html-chart-villages = 本期各村新增案件数
html-cases = 超期及已上报镇级的案件（截至目前）
html-cases-none = 无。
