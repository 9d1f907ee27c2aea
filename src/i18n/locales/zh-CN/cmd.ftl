# lane messages (zh-CN): cmd

## src/cmd/mod.rs

cmd-reindexed = 已为{$n}个案件文件重建索引，用时{$seconds}秒

## src/cmd/words.rs

cmd-visit-satisfied = 满意
cmd-visit-basic = 基本满意
cmd-visit-unsatisfied = 不满意
cmd-close-fixed = 问题已解决
cmd-close-duplicate = 重复案件
cmd-close-not-responsible = 不属职责范围
cmd-close-unable = 无法解决
cmd-close-referred = 已转交其他部门
cmd-source-inspection = 巡查发现
cmd-source-visit = 入户走访
cmd-source-household = 群众反映
cmd-source-hotline = 热线电话
cmd-status-open = 办理中
cmd-status-resolved = 已处置
cmd-status-closed = 已关闭
cmd-kind-inspection = 定点巡查
cmd-kind-visit = 入户走访
cmd-kind-feedback = 社情民意反馈
# A level, category or criterion in a table cell: English shows the key, Chinese the name.
cmd-cell-keyed = {$name}
# A choice in a list at the terminal.
cmd-choice = {$name}（{$key}）
cmd-ev-open = 登记
cmd-ev-note = 记录
cmd-ev-escalate = 上报至{$level}
cmd-ev-escalate-dept = 上报至{$level}，请{$dept}协助
cmd-ev-resolve = 处置
cmd-ev-resolve-on-spot = 当场处置
cmd-ev-visit = 回访：{$result}
cmd-ev-close = 关闭：{$reason}
cmd-ev-close-of = 关闭：{$reason}，原案 {$of}
cmd-ev-reopen = 重新打开
cmd-ev-reason-and-note = {$reason}；{$note}
cmd-ev-with-detail = {$event}（{$detail}）
cmd-state-open = 由{$name}办理，办理时限{$due}
cmd-state-resolved = 已由{$name}处置，待回访
cmd-state-closed = 已关闭（{$reason}）
# A flag's error (`--at: ...`), a file's place and its problem.
cmd-labelled = {$label}：{$text}
cmd-list-separator = ；

## src/cmd/columns.rs

cmd-col-id = 编号
cmd-col-name = 名称
cmd-col-group = 村民小组
cmd-col-leader = 街巷长
cmd-col-leader_name = 街巷长姓名
cmd-col-phone = 电话
cmd-col-households = 户数
cmd-col-residents = 人口
cmd-col-note = 备注
cmd-col-head = 户主
cmd-col-alley = 街巷
cmd-col-alley_name = 街巷名称
cmd-col-address = 地址
cmd-col-members = 家庭人口
cmd-col-tags = 标签
cmd-col-registered = 登记日期
cmd-col-background = 身份
cmd-col-selected_by = 产生方式
cmd-col-since = 任职起
cmd-col-until = 任职止
cmd-col-serving = 在任
cmd-col-status = 状态
cmd-col-level = 层级
cmd-col-category = 类别
cmd-col-household = 住户
cmd-col-title = 问题
cmd-col-source = 来源
cmd-col-opened = 登记时间
cmd-col-deadline = 办理时限
cmd-col-overdue = 超期
cmd-col-overdue_days = 超期天数
cmd-col-at = 时间
cmd-col-by = 经办人
cmd-col-event = 环节
cmd-col-field = 项目
cmd-col-value = 内容
cmd-col-date = 日期
cmd-col-kind = 类型
cmd-col-ticket = 案件
cmd-col-round = 评星轮次
cmd-col-stars = 星数
cmd-col-awarded = 授牌日期
cmd-col-rated = 已评
cmd-col-five_star_pct = 五星户占比(%)
cmd-col-measure = 项目
cmd-col-previous = 上一轮
cmd-col-current = 本轮
cmd-col-change = 变化

## src/prompt.rs

cmd-prompt-missing = 缺少 {$flag}
cmd-prompt-missing-hint = 请以“{$flag} 值”的形式给出（只有在终端上且未加 --no-input 时，lane 才会询问）
cmd-prompt-cannot-read = 无法读取回答：{$error}

## src/suggest.rs

cmd-did-you-mean = 是否指 `{$word}`？

## src/render/mod.rs

cmd-cannot-write-output = 无法写出结果：{$error}

## src/cmd/case.rs

cmd-ask-by = 经办人
cmd-by-bad = --by：请给出经办人姓名或街巷长编号，不能含控制字符
cmd-at-before-1900 = --at：{$at} 早于1900年；请写全四位年份
cmd-at-future = --at：{$at} 晚于当前时间（现在是{$now}）
cmd-ask-category = 类别
cmd-not-a-category = --category：`{$key}` 不是类别（可选：{$names}）
cmd-ask-no-household = （不涉及住户：选择街巷）
cmd-household-choice = {$head} {$id}（{$alley}）
cmd-ask-household = 住户（输入户主姓名的一部分，或其拼音、拼音首字母，如 zgl、zhang gui）
cmd-alley-not-households = --alley {$alley} 与住户 {$household} 不符：该户属于街巷 {$its}
cmd-alley-not-households-hint = 不必给出 --alley：--household 已确定所在街巷
cmd-no-station = 本数据文件夹副本没有站点代码，无法为新案件编号
cmd-no-station-hint = 请为每个副本设定各自的站点代码：`lane local --station T`（村里自己的副本用 `--station ""`）
cmd-ask-title = 反映的问题
cmd-empty = {$flag} 为空
# The case opened and its state: "opened NJ-2026-0042: open at alley (lane leader), due ...".
cmd-opened = 已登记 {$id}：{$state}
cmd-visit-not-logged = 本次走访未记入巡查台账：街巷 {$alley} 没有街巷长，--by 也不是街巷长
cmd-case-impossible = {$file}:{$line}：案件文件的事件前后矛盾（{$why}）；修正之前不能更改
cmd-case-impossible-hint = 请手工修正该文件（`lane check` 会列出问题）；其他案件不受影响
# What was done to a case, and its state now: "NJ-2026-0042: escalate to village (...); open at village (...), due ...".
cmd-acted = {$id}：已{$events}；{$state}
cmd-event-in-future = {$file}:{$line} 的第{$n}个事件（{$action}）时间为 {$at}，晚于当前时间（现在是{$now}）；请在文件中更正其 `at`（年份写错了？），再运行 `lane check`
cmd-note-empty = 记录内容为空
cmd-ask-escalate = 本级无法解决的原因
cmd-ask-resolve = 处置情况
cmd-resolve-empty = --note 为空：请说明处置情况
cmd-ask-visit = 回访结果
cmd-of-needs-duplicate = --of 须与 --as duplicate 同用
cmd-of-no-case = --of：没有案件 {$id}，不能作为原案
cmd-of-itself = --of：{$id} 就是本案件；案件不能与自身重复
cmd-of-itself-hint = 请给出仍在跟踪该问题的案件
cmd-of-no-case-hint = `lane list` 列出各案件；请给出跟踪该问题的那一件
cmd-of-cycle = --of：{$of} 本身已作为重复案件关闭，且重复关系绕回本案件（{$chain}）；这样将没有案件跟踪该问题
cmd-of-cycle-hint = 请把 {$id} 作为仍在办理或问题已解决的案件的重复案件关闭，或先重新打开 {$of}
cmd-ask-reopen = 重新打开的原因

## src/cmd/query.rs

cmd-cases-left-out = 有{$n}个案件文件无法读取，未列入；`lane check` 会列出这些文件
cmd-not-a-level = --level：`{$key}` 不是层级（可选：{$names}）
cmd-show-impossible-hint = 请手工修正该案件文件；`lane check` 会列出问题
cmd-show-alley = {$id} {$name}（街巷长 {$leader} {$leader_name}，{$phone}）
cmd-show-overdue = 超过办理时限{$days}天

## src/cmd/registry.rs

cmd-record-exists = {$what} {$id} 已存在（{$file}:{$line}）
cmd-record-changed = 已修改{$what} {$id}
cmd-record-unchanged = {$what} {$id} 无需修改
cmd-record-removed = 已删除{$what} {$id}（{$label}）
cmd-referred = {$what} {$id} 仍被以下位置引用：{$places}
cmd-referred-more = {$what} {$id} 仍被以下位置引用：{$places}，另有{$more}处
cmd-referred-hint = 请先修改或删除这些引用；未删除任何内容
cmd-ask-alley = 街巷

## src/cmd/alley.rs

cmd-alley = 街巷
cmd-ask-alley-name = 街巷名称
cmd-alley-added = 已添加街巷 {$id}（{$name}）
cmd-leader-serves-other = 据 {$file}:{$line}，街巷长 {$leader}（{$name}）分管的是街巷 {$other}，不是街巷 {$alley}
cmd-leader-serves-none = 据 {$file}:{$line}，街巷长 {$leader}（{$name}）未分管任何街巷，不是街巷 {$alley} 的街巷长
cmd-leader-not-in-post = 据 {$file}:{$line}，街巷长 {$leader}（{$name}）目前不在任，不是街巷 {$alley} 的街巷长
cmd-leader-assign-hint = 请用 `lane leader edit {$leader} --alley {$alley}`（可加 --since/--until 指定任期）安排街巷长，两个文件会一并更新
cmd-alley-has-leader = 据 {$file}:{$line}，街巷 {$alley} 现任街巷长为 {$leader}（{$name}）
cmd-end-post-hint = 请先用 `lane leader edit {$leader} --until YYYY-MM-DD` 结束其任期

## src/cmd/household.rs

cmd-household = 住户
cmd-ask-head = 户主
cmd-household-added = 已添加住户 {$id}（{$head}）

## src/cmd/leader.rs

cmd-lane-leader = 街巷长
cmd-leader = 街巷长
cmd-col-leader-name = 姓名
cmd-ask-leader-name = 街巷长姓名
cmd-ask-background = 身份
cmd-ask-selected-by = 产生方式
cmd-leader-added = 已添加街巷长 {$id}（{$name}）
cmd-leader-added-alley = 已添加街巷长 {$id}（{$name}），分管街巷 {$alley}
cmd-yes = 是
cmd-no = 否
cmd-background-party-member = 老党员
cmd-background-cadre = 老干部
cmd-background-respected = 德高望重的村民
cmd-selected-party-members-and-masses = 党员群众推选
cmd-selected-household-recommendation = 农户推荐
cmd-selected-two-committees = 村“两委”选派
cmd-alley-taken = 街巷 {$alley} 已有街巷长 {$leader}（{$name}）
cmd-alley-taken-hint = 请先结束其任期：lane leader edit {$leader} --until YYYY-MM-DD

## src/cmd/patrol.rs

cmd-at-future-day = --at：{$day} 是将来的日期
cmd-leader-no-alley = 街巷长 {$leader} 没有分管街巷；请给出 --alley
cmd-visit-needs-household = --household：入户走访须给出走访的住户
cmd-ask-leader = 街巷长
cmd-ask-kind = 巡查类型
cmd-patrol-logged-household = 已记录 {$leader} {$date} 对住户 {$household} 的{$kind}，编号 {$id}
cmd-patrol-logged-alley = 已记录 {$leader} {$date} 在街巷 {$alley} 的{$kind}，编号 {$id}
cmd-patrol-id-hint = `lane patrol list` 列出每条记录的编号
cmd-patrol-row-hint = 请手工修正该行，再运行 `lane check`
cmd-patrol-other-month = --at：{$date} 不在该记录所属的月份（{$month}）；记录不能在月度文件之间移动
cmd-patrol-other-month-hint = 请删除该记录（`lane patrol remove 编号`），再按实际日期重新登记
cmd-patrol-corrected = 已更正巡查记录 {$id}
cmd-patrol-unchanged = 巡查记录 {$id} 已是如此，未作更改
cmd-patrol-removed = 已删除巡查记录 {$id}（{$leader} {$date} {$kind}）
cmd-patrol-leader-dates-hint = 请用 --at 给出巡查日期，或更正 {$file} 中该街巷长的任职日期
cmd-patrol-other-alley-hint = 请给出 --alley {$its}（该户所在街巷），或加 --force 仍记在街巷 {$alley}

## src/cmd/import.rs

cmd-import-empty = {$file} 没有数据行，未导入任何住户
cmd-imported = 已导入{$n}户
cmd-import-columns = 各列应为 {$columns}（顺序不限）
cmd-import-column-twice = 有两列都是 `{$column}`
cmd-import-column-unknown = 未知的列 `{$column}`
cmd-import-column-missing = 缺少列 `{$column}`
cmd-import-no-alley = 列 `alley`：{$file} 中没有街巷 `{$alley}`
cmd-import-duplicate-id = 编号 `{$id}` 重复（首次出现在第{$first}行）
cmd-import-advice = {$advice}；未导入任何住户
cmd-import-problems = 未导入任何住户（共{$n}处问题）；请修正文件后重新导入

## src/cmd/init.rs

cmd-init-created = 已为{$name}创建数据文件夹 {$dir}
cmd-init-commit-failed = 数据文件夹已创建，但首次提交失败（{$why}）；请自行用 `git commit` 提交
cmd-init-no-git = 数据文件夹已创建，但未启用 git（{$why}）

## src/cmd/local.rs

cmd-local-station = 站点代码  {$value}
cmd-local-by = 经办人    {$value}
cmd-local-index = 索引检查  {$value}
cmd-local-no-station = （未设置：本副本不能登记案件）
cmd-local-village-station = ""（村里自己的副本）
cmd-local-index-folders = folders（未改动的年份文件夹不再逐一检查）
cmd-local-index-files = files（逐一检查每个案件文件）
cmd-local-not-set = （未设置）
cmd-local-saved = 已保存 {$file}

## src/cmd/merge.rs

cmd-merge-no-binary = 找不到 lane 程序：{$error}
cmd-merge-cannot-install = 无法注册合并驱动：{$why}
cmd-merge-cannot-install-hint = 本副本仍可使用；只是同一案件的并行修改会产生冲突，需要手工合并
cmd-merge-installed = 今后 git 合并 {$dir} 的案件文件时，将保留双方的事件
cmd-merge-usage = 请给出 BASE OURS THEIRS [PATH]（git 会以 %O %A %B %P 传入），或使用 --install
cmd-merge-failed = 合并驱动出错：{$why}
cmd-merge-failed-hint = 文件中留有冲突标记：请保留正确的内容，删除标记行，再运行 `lane check`
cmd-merge-conflict-hint = 文件中留有冲突标记：请保留正确的内容，删除标记行，运行 `lane check`，然后提交

## src/cmd/meta.rs

cmd-man-failed = 无法生成 man 手册页：{$error}

## src/cmd/migrate.rs

cmd-migrate-nothing = 本数据文件夹已是格式 {$format}，无需迁移
cmd-migrate-dry-run = 将迁移：{$summary}（试运行，未写入任何内容）
cmd-migrated = 已迁移：{$summary}

## src/cmd/report.rs

cmd-report-note = 说明：{$note}
cmd-report-incomplete = 报告不完整：有{$n}个案件文件未计入（{$what}）
cmd-report-incomplete-hint = 上面的报告在各种格式中均已注明；请修正 `lane check` 列出的文件，再重新生成报告

## src/cmd/board.rs

cmd-board-not-a-listing = 公示牌是告示，不是列表：只能输出为 table（纯文本）、md 或 html，不能输出为 {$format}
cmd-board-not-a-listing-hint = 请用 --format table|md|html 选择格式；其数据可用 `lane alley list --format csv` 导出

## src/cmd/stars.rs

cmd-date-future = --date：{$day} 是将来的日期（今天是{$today}）
cmd-date-future-hint = 请给出实际日期；评星轮次在当天或之后登记
cmd-round-exists = 评星轮次 {$round} 已存在（{$file}）
cmd-round-exists-hint = 请用 `lane stars rate --round {$round}` 评定；每轮只开始一次
cmd-round-no-households = 没有可评定的住户
cmd-round-no-households-hint = 请先用 `lane household add` 或 `lane household import` 添加住户
cmd-round-started = 已开始{$date}的评星轮次 {$round}：{$file} 中有{$n}户待评定
cmd-met-nearest = 是否指 `{$nearest}`？评星标准有：{$names}（或 all、none）
cmd-met-keys = 评星标准有：{$names}（或 all、none）
cmd-met-unknown = --met：`{$key}` 不是评星标准
cmd-rate-note-alone = --note 须指明所说的住户
cmd-rate-note-alone-hint = 例如 `lane stars rate H0001 --met all --note ...`
cmd-rate-missing-met-hint = 请用 --met 给出达到的评星标准（{$keys}；或 all、none）；只有在终端上且未加 --no-input 时，lane 才显示勾选清单
cmd-rate-missing-household = 缺少住户（HOUSEHOLD）
cmd-rate-missing-household-hint = 请给出要评定的住户，例如 `lane stars rate H0001 --met all`；只有在终端上且未加 --no-input 时，才会逐户显示未评定住户的勾选清单
cmd-rate-unchanged = {$household} {$head} 在评星轮次 {$round} 中已评为{$stars}星（满{$full}星），无需修改
cmd-rated = 已评定 {$household} {$head}（评星轮次 {$round}）：{$stars}星（满{$full}星）
cmd-rated-added = 已评定 {$household} {$head}（评星轮次 {$round}）：{$stars}星（满{$full}星）；该户原不在 {$file} 中，已补入
cmd-rate-contradicts-award = 住户 {$household} 已于{$day}获评星轮次 {$round} 的五星级文明户挂牌；评为{$stars}星与此矛盾
cmd-rate-contradicts-award-hint = 如需撤销授牌，请清空 {$file} 中该户的 `awarded` 单元格，再重新评定
cmd-checklist-all-rated = 评星轮次 {$round} 的住户均已评定；如需重评某户，请用 `lane stars rate 户号 --round {$round}`
cmd-checklist-start = 评星轮次 {$round}：{$n}户待评定，按街巷逐户进行。空格勾选标准，回车保存，q 停止；每户结果立即保存。
cmd-checklist-stopped = 已停止：本次评定{$rated}户，尚余{$left}户；`lane stars rate --round {$round}` 可从停下处继续
cmd-checklist-done = 完成：本次在评星轮次 {$round} 中评定{$rated}户
cmd-unrated-gone = 评星轮次 {$round} 中有{$n}行未评定的记录，其住户已不在 households.csv 中
cmd-unrated-gone-hint = `lane check` 会列出这些记录；请从该轮中删除这些行，或把这些住户重新加回
cmd-criterion-choice = {$name}（{$key}）
cmd-award-before-round = --date：{$day} 早于评星轮次 {$round}（{$year}年）；授牌须在评星之后
cmd-award-before-round-hint = 请给出颁发牌匾的日期
cmd-award-all-done = 评星轮次 {$round}：{$n}户五星级文明户均已授牌，无需操作
cmd-award-none = 评星轮次 {$round} 没有五星级文明户，无可授牌
cmd-awarded = 已于{$day}为评星轮次 {$round} 的{$n}户五星级文明户授牌
cmd-award-unrated = 评星轮次 {$round} 还有{$n}户未评定；评定后请再次授牌
cmd-min-too-high = --min：{$min} 超过了一户最多可得的{$full}星
cmd-history-none = 住户 {$household} 尚未参加任何评星轮次
cmd-history-gone = 住户 {$household} 已不在 households.csv 中

## src/cmd/stars_report.rs

cmd-stars-title = 五星级文明户评定情况（评星轮次 {$round}）
cmd-stars-title-compared = 五星级文明户评定情况（评星轮次 {$round}，与评星轮次 {$previous} 比较）
cmd-stars-no-earlier = 没有更早的评星轮次可供比较。
cmd-stars-change-from = 与评星轮次 {$previous} 相比的变化
cmd-stars-movers-since = 自评星轮次 {$previous} 以来星数有增减的住户
cmd-stars-change = 与上一轮相比的变化
cmd-stars-movers = 星数有增减的住户
cmd-stars-by-alley = 各街巷住户星级分布
cmd-stars-no-movers = 没有住户的星数发生变化。
cmd-col-stars-n = {$n}星
cmd-stars-gone = （住户或街巷已不存在）
cmd-stars-all = 合计
cmd-stars-households = 户数
cmd-stars-rated = 已评定
cmd-stars-n = {$n}星
cmd-stars-share = 五星户占比（%）
cmd-stars-average = 平均星数

## src/cmd/flags.rs

# One of several things of a name, with what tells it apart: "H0003 (槐树巷)".
cmd-candidate = {$id}（{$place}）
cmd-candidate-separator = 、
cmd-ambiguous-household = {$n ->
    [2] 两
   *[other] {$n}
}户户主名为“{$name}”：{$list}
cmd-ambiguous-alley = {$n ->
    [2] 两
   *[other] {$n}
}条街巷名为“{$name}”：{$list}
cmd-ambiguous-leader = {$n ->
    [2] 两
   *[other] {$n}
}位街巷长名为“{$name}”：{$list}
cmd-ambiguous-category = {$n ->
    [2] 两
   *[other] {$n}
}个类别名为“{$name}”：{$list}
cmd-ambiguous-level = {$n ->
    [2] 两
   *[other] {$n}
}个层级名为“{$name}”：{$list}
cmd-ambiguous-criterion = {$n ->
    [2] 两
   *[other] {$n}
}项评星标准名为“{$name}”：{$list}
cmd-ambiguous-id-flag-hint = 请改用编号，例如 {$flag} {$id}
cmd-ambiguous-id-hint = 请改用编号，例如 {$id}
cmd-ambiguous-key-flag-hint = 请改用键名，例如 {$flag} {$key}
cmd-ambiguous-key-hint = 请改用键名，例如 {$key}

## src/cmd/meta.rs: the section headings of the man page

cmd-man-name = 名称
cmd-man-synopsis = 用法
cmd-man-description = 说明
cmd-man-options = 选项
cmd-man-subcommands = 子命令
cmd-man-extra = 附注
cmd-man-version = 版本

## src/cmd/flags.rs: a name that names no alley

cmd-no-alley-named = {$flag}：没有名为“{$name}”的街巷
cmd-no-alley-named-hint = 请填写 alleys.csv 中的街巷编号（如 A01）或名称；`lane alley list` 可列出各街巷

# undo
cmd-undid = 已撤销：{$subject}（提交 {$commit}）

# xlsx: workbooks, -o FILE, CSV for Excel

cmd-xlsx-to-terminal = xlsx 工作簿是二进制文件，不能直接输出到终端
cmd-xlsx-to-terminal-hint = 请用 -o 文件名 存成文件（如 -o 报表.xlsx），或用管道交给其他程序
cmd-xlsx-cannot-write = 无法生成 xlsx 工作簿：{$error}
cmd-xlsx-no-workbook = 这个命令输出的是文字而不是表格，未写入 {$file}
cmd-output-in-data = -o {$file}：这个位置在数据文件夹 {$data} 里面
cmd-output-in-data-hint = 数据文件夹只存放 lane 自己的文件，请把结果存到别处
cmd-output-cannot-write = 无法写入 {$file}：{$error}
xlsx-sheet-listing = 列表
xlsx-sheet-timeline = 办理过程
cmd-sheet-empty = 工作表是空的，第一行应是列名
cmd-sheet-not-a-spreadsheet = --sheet {$sheet}：CSV 文件没有工作表；只有 xlsx、xls、ods 文件才用 --sheet
cmd-sheet-unreadable = 无法把 {$file} 当作电子表格读取：{$error}
cmd-sheet-unreadable-hint = 请在 Excel 或 WPS 中另存为 .xlsx（或“CSV UTF-8”）后再导入
cmd-sheet-no-such-sheet = {$file} 中没有名为“{$sheet}”的工作表；现有工作表：{$sheets}
cmd-import-skip-blank = {$n}个空行
cmd-import-skip-empty = {$n}个空列
cmd-import-skip-serial = “{$column}”列
cmd-import-skipped = 已跳过：{$what}
cmd-import-summary = {$file}：新增{$new}户，更新{$updated}户，未变{$unchanged}户{$differs ->
    [0] {""}
   *[other] ，{$differs}户与登记不一致（未改动）
}
cmd-import-differs = 住户 {$id} 与 {$file} 第{$line}行的登记不一致（{$columns}）；要更新请加 --update 重新导入

# papercuts

cmd-init-ask-by = 本机由谁登记（您的姓名或街巷长编号）
cmd-init-by = 今后默认以“{$by}”登记（记在 local.toml 中）；如需更改：`lane --data {$dir} local --by 姓名`
cmd-init-no-by = 还没有设置默认经办人：请用 `lane --data {$dir} local --by 姓名` 设置，或在每条命令后加 --by
cmd-prompt-nothing-to-pick = { $what ->
    [alley] 还没有登记任何街巷，无从选择
    [leader] 还没有登记任何街巷长，无从选择
    [household] 还没有登记任何住户，无从选择
   *[other] {$flag}：没有可选的项
}
cmd-prompt-nothing-to-pick-hint = { $what ->
    [alley] 请先用 `lane alley add --name 巷名` 登记街巷
    [leader] 请先用 `lane leader add --name 姓名 --alley 街巷` 登记街巷长
    [household] 请先用 `lane household add --head 户主 --alley 街巷` 登记住户
   *[other] 请以“{$flag} 值”的形式给出
}
cmd-patrol-at-household = 住户 {$household}
cmd-patrol-in-alley = 街巷 {$alley}
cmd-patrol-logged-already = 已有 {$leader} {$date} 的这条{$kind}记录（{$place}，编号 {$id}）
cmd-patrol-logged-already-hint = 如确是同一天再次巡查走访，请加 --force 再登记一次，或用 --note 注明两次的区别
cmd-show-cases = 案件
cmd-show-no-cases = 暂无案件。
cmd-show-visits = 走访记录
cmd-show-no-visits = 暂无走访记录。
cmd-show-open-cases = 所管街巷未办结的案件
cmd-show-no-open-cases = 所管街巷暂无未办结的案件。

# ledger (src/cmd/ledger.rs)
cmd-ledger-not-a-document = 台账是打印用的文件：只能输出为 md 或 html，不能输出为 {$format}
cmd-ledger-not-a-document-hint = 请用 --format md|html 选择格式；案件数据可用 `lane list --format csv` 导出
cmd-ledger-no-alley = {$leader} 没有负责的街巷，记录单上没有可列的住户
cmd-ledger-no-alley-hint = 用 `lane alley list` 查看各街巷的街巷长
ledger-cases-title = 案件登记台账
ledger-cases-byline = {$village} · {$period}（{$from}至{$to}）· 共{$n}件
ledger-cases-none = 本期没有受理案件。
ledger-col-fed-back = 反馈
ledger-col-escalated = 上报
ledger-col-resolved = 办结
ledger-col-visited = 回访
ledger-col-closed = 关闭
ledger-case-title = 一事一档：{$id}
ledger-case-facts = 基本情况
ledger-case-timeline = 办理经过
ledger-attachments = 附件（照片）
ledger-attachments-none = 暂无。
ledger-sign-handler = 经办人：
ledger-sign-leader = 巷长签字：
ledger-patrols-title = {$leader}巡查台账
ledger-patrols-byline = {$village} · {$alleys} · {$month} · 共{$n}条
ledger-patrols-none = 本月没有巡查记录。
ledger-slip-title = {$leader}巡查记录单
ledger-slip-byline = {$village} · {$alleys} · {$date}打印；最久未走访的排在前面
ledger-slip-none = 本巷没有登记住户。
ledger-slip-never = 从未走访
ledger-col-last-visit = 上次走访
ledger-col-tick = 勾选
ledger-tick = □ 已走访  □ 有问题
ledger-slip-note = 填好后交村文书录入：lane patrol --leader {$leader} --kind visit --household 户号 --at 日期（有问题的加 --note 写明）。

# help-man
cmd-man-written = 已将 {$n} 个 man 手册页写入 {$dir}

# sheets
cmd-import-read-as = 列 `{$column}`：`{$raw}` 按 {$value} 读入
cmd-import-lines-joined = 列 `{$column}`：{$n}行文字已用“{$sep}”连成一行
cmd-import-rows = 已从 {$file} 导入{$n}条
cmd-import-summary-rows = {$file}：新增{$new}条，更新{$updated}条，未变{$unchanged}条{$differs ->
    [0] {""}
   *[other] ，{$differs}条与登记不一致（未改动）
}
cmd-import-row-differs = {$id} 与 {$file} 第{$line}行的登记不一致（{$columns}）；要更新请加 --update 重新导入
cmd-import-no-leader = 列 `leader`：{$file} 中没有街巷长 `{$leader}`
cmd-import-would-add = 新增 {$id}
cmd-import-would-update = {$id}：将更新 {$columns}
cmd-import-would-keep = {$id}：未变
cmd-import-dry-run = 试运行：未写入任何内容
cmd-import-merged = 合并单元格：已把合并区域的内容填入其余{$n}格

# export
cmd-export-cannot-write = 无法写入 { $file }：{ $error }
cmd-export-impossible = { $file }：事件处于不可能的状态；它在 cases 表中的行没有推导出的状态、层级和期限
cmd-export-done = 已将 { $villages } 个村的 { $tables } 张表以 { $format } 格式写入 { $dir }：{ $counts }
cmd-export-incomplete = 导出不完整：读取文件时有 { $n } 个问题（已在上方逐条警告）
cmd-export-incomplete-hint = `lane check` 会说明每个文件的问题；其余记录都已写入表中
cmd-parquet-only-export = --format parquet 只用于 `lane export` 和 `lane town export`
cmd-parquet-only-export-hint = 列表可输出 table、csv、json、md、html、xlsx 或 csv-excel
cmd-export-format = lane export 只写 parquet 或 csv 表，不支持 { $format }
cmd-export-format-hint = 用 --format parquet（默认）或 --format csv
cmd-export-no-dir = lane export 需要一个文件夹来写入各表
cmd-export-no-dir-hint = 用 -o DIR 指定一个新文件夹或上次导出的文件夹：lane export -o export
cmd-export-not-a-folder = { $dir } 是文件，不是文件夹
cmd-export-in-data = { $dir } 在数据文件夹 { $data } 之内：其中的文件会被当作记录
# attach
cmd-ev-attach = 附上{$kind}：{$name}
cmd-attach-kind = {$kind ->
    [before] 整改前照片
    [after] 整改后照片
    [agreement] 协议书
   *[document] 文件
}
cmd-attach-hint = 照片一律存为 JPEG（可附 JPEG、PNG 或 WebP），其他文件原样保存，每个不超过 {$max} MB
cmd-attach-cannot-read = 无法读取 {$file}：{$why}
cmd-attach-not-a-file = {$file} 不是文件
cmd-attach-same = 相同的文件已经保存过：{$path}（本次记录引用它）
cmd-attach-stored-photo = 已保存 {$path}（{$size}，{$to} 像素；原为 {$from}）
cmd-attach-stored = 已保存 {$path}（{$size}）
cmd-attach-col-name = 原文件名
cmd-attach-col-size = 大小
cmd-attach-col-file = 保存位置
cmd-attach-sheet = 附件
cmd-attach-photo-missing = 本文件夹中没有这张照片：{$path}（见 `lane check`）
cmd-attach-photos-title = 整改前后照片
