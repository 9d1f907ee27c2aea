# lane messages (zh-CN): store

## src/store/mod.rs

store-not-a-folder = {$path} 不是 lane 数据文件夹（其中没有 lane.toml）
store-not-a-folder-hint = 用 `lane init 文件夹` 新建一个，或用 --data 文件夹 或环境变量 $LANE_DATA 指向已有的数据文件夹
store-lane-now = LANE_NOW：{$error}
store-interrupted-write-waits = 一次中断的写入尚未完成：{$problems}
store-separator = ；
store-local-station-hint = 请删除 local.toml，再用 `lane local --station 代码` 设置站点代码

## src/store/ioerr.rs

store-io-read = 无法读取 {$path}：{$error}
store-io-write = 无法写入 {$path}：{$error}
store-io-write-in = 无法在 {$path} 中写入：{$error}
store-io-create = 无法创建 {$path}：{$error}
store-io-create-folder = 无法创建文件夹 {$path}：{$error}
store-io-create-folder-in = 无法在 {$path} 中创建文件夹：{$error}
store-io-replace = 无法替换 {$path}：{$error}
store-io-keep = 无法保留 {$path}：{$error}
store-io-keep-temp = 无法保留 {$path} 的临时文件：{$error}
store-io-lock = 无法锁定 {$path}：{$error}
store-io-open-lock = 无法打开锁文件 {$path}：{$error}
store-io-put-folder = 无法将新建的文件夹放到 {$path}：{$error}
store-io-finish-write = 无法完成对 {$path} 的中断写入：{$error}

## src/store/atomic.rs

store-replace-hint = 下一条 lane 命令会完成这次写入；届时请运行 `lane check`
store-disk-full-hint = 磁盘已满：请腾出空间后重做；未作任何更改
store-nothing-changed = 未作任何更改
store-outside-folder = {$path} 在数据文件夹 {$root} 之外；lane 只在数据文件夹内读写
store-symlink = {$path} 是符号链接；lane 只读写数据文件夹内的文件
store-symlink-hint = 请用文件或文件夹本身替换此链接，然后运行 `lane check`
store-journal-not-ours = {$path} 不是 lane 写的日志；已将其删除，未作任何更改
store-file-separator = 、
store-unapplied = {$named ->
    [yes] 中断的修改“{$change}”
   *[no] 一次中断的修改
}未能写入 {$target}：该文件在修改开始后又有变动（`git pull` 或其他编辑），lane 没有覆盖它{$others ->
    [yes] （该修改的其他文件已写入：{$written}）
   *[no] {""}
}；该修改原本要写入的内容保存在 {$aside}。请用 `git diff --no-index {$target} {$aside}` 比较两者，把缺少的内容手工补入 {$target} 或重新做一次该修改，然后删除 {$aside} 并运行 `lane check`

## src/store/folder.rs

store-half-made = {$path} 是旧版 lane 的 `lane init` 中断后留下的未建完的数据文件夹
store-half-made-hint = 如果其中没有您自己的文件，请将其删除（`rm -r {$path}`）后重新运行 `lane init`
store-not-empty = {$path} 不是空文件夹
store-not-empty-hint = 请指定一个新的或空的文件夹；lane 从不写入已有内容的文件夹
store-not-a-folder-name = {$path} 不是文件夹名
store-put-folder-hint = 未创建任何文件；请指定一个新的或空的文件夹

## src/store/lock.rs

store-lock-dir-link = {$path} 是符号链接；lane 的锁和索引须放在数据文件夹内
store-lock-dir-link-hint = 请删除该链接（`rm {$path}`），lane 会重新建立该文件夹
store-needs-write-access = lane 需要数据文件夹的写权限
store-needs-write-access-unchanged = lane 需要数据文件夹的写权限；未作任何更改

## src/store/pending.rs

store-pending-not-committed = 一次中断的修改（“{$change}”）已保存，但未提交到 git（{$why}）；请用 `git add -A -- {$paths}` 和 `git commit` 提交

## src/store/git.rs

store-git-failed = git 执行失败
store-git-cannot-run = 无法运行 git：{$error}
store-git-in-progress = 仓库正在进行{$op ->
    [merge] 合并（merge）
    [rebase] 变基（rebase）
    [cherry-pick] 拣选（cherry-pick）
    [revert] 撤销提交（revert）
   *[bisect] 二分查找（bisect）
}；请先完成或中止，再用 `git add` 和 `git commit` 提交此次更改
store-git-detached = HEAD 处于游离状态（未检出任何分支），此时的提交容易丢失；请检出一个分支，再用 `git add` 和 `git commit` 提交此次更改
store-git-not-committed-blocked = 更改已保存，但未提交到 git：{$why}
store-git-not-committed-identity = 更改已保存，但未提交到 git（{$why}）；请用 `git config user.name "姓名"` 和 `git config user.email 邮箱` 设置 git 用户身份，再用 `git commit` 提交
store-git-not-committed-lock = 更改已保存，但未提交到 git（{$why}）；如果没有其他 git 正在运行，请删除该锁文件，再用 `git commit` 提交
store-git-not-committed = 更改已保存，但未提交到 git（{$why}）；请自行用 `git commit` 提交

## src/store/casefile.rs

store-case-not-a-time = `{$value}` 不是带时区偏移的时间；请写成如 2026-11-03T09:15:00+08:00
store-case-bare-time = `{$key}` 的时间没有加引号；案件文件中的时间应写成字符串：{$key} = "{$value}"
store-case-conflict-marker = 文件中留有 git 合并冲突标记：请按时间顺序保留双方的事件，每个事件各有一行 [[events]]，并删除冲突标记行
store-case-key = `{$key}`：{$message}
store-event-key = 事件的 `{$key}`：{$message}
store-event-needs = `{$action}` 事件须有 `{$key}`
store-event-unknown-action = 未知的事件类型 `{$action}`；事件类型有 open、note、escalate、resolve、visit、close、reopen
store-event-has-no = `{$action}` 事件没有 `{$key}` 这一项；请删除该行（或更正事件类型）
store-event-by-empty = 事件的 `by` 为空
store-event-no-deadline = `{$action}` 事件没有 `deadline` 这一项（只有 open、escalate、reopen 和不满意的回访才设定办理时限）
store-event-deadline-before = 事件的办理时限 `deadline` {$deadline} 早于事件时间 {$at}

## src/store/csvfile.rs

store-csv-not-text = 该文件既不是 UTF-8 文本，也不是 GBK/GB18030 文本
store-csv-save-as-utf8 = 请在电子表格软件中另存为“CSV UTF-8”格式
store-csv-gbk = 该文件是 GBK/GB18030 文本，不是 UTF-8
store-csv-gbk-hint = 请用 `iconv -f GB18030 -t UTF-8 {$file} > converted.csv` 转换，再用 converted.csv 替换原文件
store-csv-lone-cr = 有一行仅以回车符结尾（旧式 Mac 换行），lane 无法读取；请将文件另存为“CSV UTF-8”格式（以 LF 或 CRLF 换行）
store-csv-unclosed = 有一个带引号的字段没有结束（缺少 `"`）
store-csv-empty = 文件为空；须有表头行
store-csv-row-width = 该行有{$fields}个字段，而表头有{$header}个
store-csv-conflict-marker = 文件中留有 git 合并冲突标记；请保留双方的行，并删除冲突标记行
store-import-source-hint = 请给出电子表格（.xlsx、.xls、.ods）或由它导出的 CSV 文件的路径
store-import-no-file = 无法读取 {$file}：没有这个文件
store-import-not-a-file = 无法读取 {$file}：这是文件夹或设备，不是文件
store-csv-unknown-column = 未知的列 `{$column}`
store-csv-header-is = 表头为 `{$header}`
store-csv-header-must-be = 表头必须正好是 `{$header}`

## src/store/registry.rs

store-no-such-record = {$file} 中没有{$what ->
    [alley] 街巷
    [leader] 街巷长
   *[household] 住户
} `{$id}`
store-did-you-mean = 是否指 `{$id}`？
store-list-shows-them = `lane {$what} list` 可列出全部{$what ->
    [alley] 街巷
    [leader] 街巷长
   *[household] 住户
}
store-registry-missing = {$file}：文件不存在
store-registry-missing-hint = 请新建该文件，表头行为 `{$header}`
store-fix-the-file = 请修正该文件，然后运行 `lane check`
store-duplicate-id = {$what ->
    [alley] 街巷
    [leader] 街巷长
   *[household] 住户
}编号 `{$id}` 重复（首次出现在第{$first}行）

## src/store/cases.rs

store-case-cannot-read = 无法读取：{$error}
store-case-not-utf8 = 该文件不是 UTF-8 文本
store-no-case = 没有案件 {$id}（{$file} 不存在）
store-list-shows-cases = `lane list` 可列出各案件
store-fix-case-file = 请手工修正该案件文件（`lane check` 会列出问题）；其他案件不受影响
store-not-a-case-id = `{$input}` 不是案件编号；请写完整编号（NJ-2026-0042）或简写（42、2026-42）
store-no-case-matching = 没有与 `{$input}` 相符的案件
store-case-id-ambiguous = `{$input}` 与 {$ids} 都相符；请输入完整编号

## src/store/change.rs

store-patrol-no-station = 本数据文件夹副本没有站点代码，无法为新巡查记录编号
store-patrol-no-station-hint = 请为每个副本设定各自的站点代码：`lane local --station T`（村里自己的副本用 `--station ""`）

## src/store/migrate.rs

store-migrate-patrol-ids = {$n}条巡查记录补上编号
store-migrate-deadlines = {$n}个案件事件记入当时的办理时限
store-migrate-registered = {$n}户住户记录增加登记日期（registered）列
store-migrate-config = {$file} 设为 format = {$to}
store-migrate-summary = 格式 {$from} → {$to}（{$parts}）
store-format-not-a-version = format = {$value} 不是格式版本号
store-format-not-a-version-hint = 请写成 `format = {$version}`（整数；见 FORMAT.md 的“Versions”一节）
store-format-newer = 本数据文件夹是格式 {$format}；这个版本的 lane 只能读取格式 {$version} 及更早的格式
store-format-newer-hint = 请安装能读取格式 {$format} 的新版 lane；当前版本不会改动该文件夹
store-format-cannot-set = 无法在现有文本中设置 `format = {$to}`
store-format-cannot-set-hint = 请自行把 `format = {$to}` 写为 lane.toml 的第一个键，然后再次运行 `lane migrate`
store-format-older = 本数据文件夹是格式 {$format}；请运行 `lane migrate` 升级（一次提交）
store-format-older-hint = 这个版本的 lane 写入格式 {$version}；所有只读命令（list、show、report、check）均可直接用于该文件夹

## src/store/patrols.rs

store-fix-patrol-log = 请修正巡查台账，然后运行 `lane check`
store-patrol-id-twice = 巡查记录编号 {$id} 在第{$first}行也出现过；每行须有自己的编号（合并和 `lane patrol edit` 都按编号查找记录）
store-patrol-wrong-file = {$date} 的记录应放在 {$file} 中
store-no-patrol-row = {$file} 中没有巡查记录 {$id}
store-no-patrol-row-hint = `lane patrol list --month {$month}` 可列出该月各条记录及其编号
store-patrol-id-rows = 编号 {$id} 出现在{$n}行中
store-patrol-id-rows-hint = 请手工为每行设定各自的编号，然后运行 `lane check`
store-patrol-file-name = 巡查台账的文件名须为月份，即 YYYY-MM.csv

## src/store/casemerge.rs

store-not-a-repo-top = {$path} 不是 git 仓库的顶层文件夹
store-driver-old = git config {$key}: 警告：已注册的合并驱动是旧版 lane 的，其后备方式可能提交 lane 拒绝的合并；请在本副本中运行 `lane merge-driver --install`
store-driver-missing = git config {$key}: 警告：合并驱动的程序 `{$program}` 无法运行（已移动或删除？），git 只能按文本合并案件文件和巡查台账，会产生冲突；请在本副本中运行 `lane merge-driver --install`

## src/store/patrolmerge.rs

store-merge-case-refused = {$file}：双方对该案件文件的修改不只是新增事件，或双方的事件合在一起不构成可能的办理经过
store-merge-case-refused-unnamed = 案件文件：双方对该案件文件的修改不只是新增事件，或双方的事件合在一起不构成可能的办理经过
store-merge-patrol-conflict = {$n}条巡查记录双方改得不同，或一方修改、另一方删除
store-merge-patrol-not-a-log = 有一方不是每行编号各不相同的巡查台账

## src/store/scan.rs

store-round-file-name = 文件名不是评星轮次编号：{$error}

## src/store/stars.rs

store-round-header-must-be = 表头必须正好是 `{$header}`（评星标准取自 lane.toml，顺序与之相同）
store-csv-unknown-column-near = 未知的列 `{$column}`（是否指 `{$near}`？）
store-no-criteria = lane.toml 中没有评定住户所用的评星标准 [[criteria]]
store-no-criteria-hint = 请在 lane.toml 中以 [[criteria]] key = ... name = ... 的形式添加五项评星标准
store-no-round-yet = 还没有评星轮次
store-no-round-yet-hint = 请用 `lane stars new 轮次` 开始一轮，例如 `lane stars new 2026`
store-flag-round = --round：{$error}
store-no-round = 没有评星轮次 `{$round}`（{$file}）
store-start-a-round = 请用 `lane stars new 轮次` 开始一轮
store-the-rounds-are = 现有评星轮次：{$rounds}
store-round-household-twice = 住户 {$household} 出现了两次（首次在第{$first}行）

## src/store/index/refresh.rs

store-index-cannot-write = 无法写入 {$path}
store-index-cannot-write-hint = lane 需要数据文件夹中 .lane/ 的写权限

## src/model/ids.rs

store-id-empty = 编号为空
store-id-too-long = 编号超过{$max}个字符
store-id-bad-char = 编号 `{$id}` 含有字符 {$char}；编号只能使用 A-Z、a-z、0-9、- 和 _
store-not-a-case-id-form = `{$input}` 不是案件编号；案件编号形如 NJ-2026-0042（代码-年份-序号）
store-bad-station = 站点代码 `{$code}` 须为空，或为一至三个大写字母 A-Z

## src/model/registry.rs

store-column = 列 `{$column}`：{$problem}
store-control-char = 含有控制字符 {$char}
store-required = 为空，但此项必填
store-not-a-phone = `{$value}` 不是电话号码（只能含数字、+、-、空格）
store-not-one-of = `{$value}` 不在可选值之内：{$choices}
store-until-before-since = {$until} 早于 `since` {$since}
store-not-members = `{$value}` 不是家庭人口数（1至99）

## src/model/config.rs

store-config-key = {$key}：{$problem}
store-config-month-format = `{$format}` 不是日期格式；请写成如 "%B %Y" 或 "%Y年%-m月"（chrono 的 strftime 日期格式代码）
store-config-language = `{$language}` 不是 lane 支持的语言；请写 "zh-CN" 或 "en"
store-config-code-digits = village.code `{$code}` 不得含有数字：它是每个案件编号的开头
store-config-no-levels = 至少需要一个 [[levels]] 层级
store-config-no-categories = 至少需要一个 [[categories]] 类别
store-config-deadline-days = 层级 `{$level}` 的 deadline_days = {$days}；办理时限最多{$max}天
store-config-key-twice = 键 `{$key}` 出现了两次

## src/model/time.rs

store-not-a-date = `{$value}` 不是日期；请写成 YYYY-MM-DD，如 2026-11-03
store-not-an-offset = `{$value}` 不是 UTC 时区偏移；请写成 +08:00
store-not-a-time = `{$value}` 不是时间；请写成 YYYY-MM-DDTHH:MM，如 2026-11-03T09:15

## src/model/period.rs

store-not-a-year = --year：`{$value}` 不是年份；请写成 YYYY（如 2026），也可以写去年、今年（last、this）
store-flag = {$flag}：{$error}
store-to-before-from = --to {$to} 早于 --from {$from}
store-not-a-month = --month：`{$value}` 不是月份；请写成 YYYY-MM（如 2026-11），也可以写上月、本月（last、this）
store-period-latest-with-records = {$empty} 没有记录；改为报告有记录的最近一个完整月份 {$chosen}（可用 --month YYYY-MM 另选月份）
store-period-no-records = 尚无任何记录；报告为空

## src/model/lifecycle.rs

store-not-a-status = `{$value}` 不是案件状态（open、resolved、closed）
store-status = {$status ->
    [open] 办理中
    [resolved] 已处置
   *[closed] 已关闭
}
store-refusal-allowed = {$why}；当前可进行：{$allowed}
store-allowed-close-not-fixed = close --as（fixed 以外的原因）
store-event-earlier = {$at} 早于该案件的上一个事件（{$last}）；事件须按时间顺序记录
store-first-event-open = 第一个事件必须是 `open`，而不是 `{$action}`
store-opened-already = 该案件已经登记过（现为{$status}）；案件只能登记一次
store-cannot-act = {$action ->
    [escalate] 无法上报{$status}的案件
    [resolve] 无法处置{$status}的案件
    [visit] 无法为{$status}的案件登记回访
    [close] 无法关闭{$status}的案件
    [reopen] 无法重新打开{$status}的案件
   *[other] {$status}的案件不能进行 {$action}
}
store-not-a-level = `{$level}` 不是层级（{$levels}）
store-at-top-level = 该案件已在最高层级（{$level}）
store-only-up = 该案件已在层级 {$level}；只能上报至更高层级：{$above}
store-or = 或
store-close-open-fixed = 办理中的案件尚未解决：请先处置，或以 duplicate、not-responsible、unable 或 referred 为由关闭
store-close-needs-visit = 该类别的案件须先回访才能关闭：请用 `lane visit` 登记回访
store-close-duplicate-of = 作为重复案件关闭时，须给出原案（--of 编号）
store-no-events = 该案件没有任何事件

## src/model/patrol.rs

store-not-a-patrol-id = `{$value}` 不是巡查记录编号；巡查记录编号形如 2026-11-0042 或 2026-11-T0042（年-月-序号）
store-patrol-id-other-month = {$id} 是 {$file} 的编号，与该行的日期 {$date} 不符
store-visit-needs-household = 入户走访须填写所走访的住户

## src/model/stars.rs

store-stars-bad-cell = `{$value}` 不是 1（达到）、0（未达到）或空（未评定）
store-stars-unrated = 为{$stars}，但没有填写任何评星标准；未评定的行，各项评星标准和 `stars` 都应留空
store-stars-partly-rated = 该行只评定了一部分：{$keys}为空；请在每项评星标准下填写 1 或 0，或全部留空
store-stars-empty-but = 为空，但{$count ->
    [0] 未达到任何评星标准
   *[other] 达到{$count}项评星标准（{$which}）
}；请填写{$count}
store-stars-is-but = 为{$stars}，但{$count ->
    [0] 未达到任何评星标准
   *[other] 达到{$count}项评星标准（{$which}）
}
store-stars-not-a-number = `{$value}` 不是星数
store-award-unrated = 该户尚未评定；只有每项评星标准都达到的住户才能授牌
store-award-not-full = 该户为{$stars}星（满{$full}星）；只有每项评星标准都达到的住户才能授牌

## src/model/fit.rs

store-leader-not-serving = 街巷长 {$leader}（{$name}）的任期为 {$since} 至 {$until}，不可能在 {$day} 巡查
store-household-other-alley = 住户 {$household}（{$head}）属于街巷 {$its}，不属于本次巡查的街巷 {$alley}

## src/model/cell.rs

store-cell-line-break = {$flag}：内容中有换行；文件中每条记录占一行：请写在一行内（各部分之间用 `;` 分隔）
store-cell-control = {$flag}：内容中有控制字符 {$code}；请去掉后再写

## src/model/report.rs

store-report-left-out = {$n}个案件文件无法读取，未计入本报告{$which}；`{$check}` 可列出这些文件
store-report-left-out-files = （{$files}）

## src/store/configfile.rs: the comments of lane.toml, in the folder's language

store-toml-format = 本文件夹的格式版本（见 FORMAT.md）；旧格式可用 `lane migrate` 升级。
store-toml-profile = 本村在 lane 中的基本设置。名称（name）是报告中显示的文字，请用本村的语言填写；
store-toml-profile-2 = 键（key：层级、类别、评星标准）是命令中使用的标识，请勿改动。
store-toml-duties = 街巷长职责清单，显示在挂牌公示上。
store-toml-language = lane 的提示、报告和公示牌所用语言："zh-CN" 或 "en"。
store-toml-code = 案件编号的前缀（如 NJ-2026-0042）。
store-toml-offset = 未注明时区的时间按此时区计。
store-toml-headline = 报告开头的总述句：自动填入 {"{"}period{"}"}（期间）、{"{"}village{"}"}（村名）、{"{"}items{"}"}（各项成绩）和 {"{"}n{"}"}（户数）。
store-toml-month-format = {"{"}period{"}"} 中月份的写法（chrono 格式；"%Y年%-m月" 即 2026年11月）。
store-toml-levels = 逐级上报的层级，由低到高；案件在某一层级超过其天数即为超期。
store-toml-categories = 案件类别。return_visit = false：处置后不需回访即关闭；
store-toml-categories-2 = headline：报告总述句中该类别办结情况的说法。
store-toml-criteria = 五星级文明户评星标准：每达到一项得一星。

# undo
store-undo-no-commit = `lane undo` 本身要做一次提交，不能与 --no-commit 一起用
store-undo-no-git = {$path} 不是 git 仓库，没有可撤销的 lane 提交
store-undo-no-git-hint = 不用 git 的文件夹不保存历史记录；请用相应的命令更正记录（`lane note`、`lane reopen`、`lane household edit` 等）
store-undo-blocked = 现在不能撤销：{$why}
store-undo-dirty = 不能撤销：数据文件夹里有尚未提交到 git 的改动（{$paths}）
store-undo-dirty-hint = 请先提交这些改动（`git add -A` 后 `git commit`）或还原（`git checkout -- .`），再撤销
store-undo-not-lane = 不能撤销：最近一次提交 {$commit}“{$subject}”不是 lane 做的
store-undo-merge = 不能撤销：最近一次提交 {$commit}“{$subject}”是一次合并
store-undo-by-hand-hint = lane 只撤销它自己做的改动；这一次请直接用 git 撤回（`git revert`）
store-undo-nothing = 没有可撤销的操作：文件夹建立以来还没有提交过改动，或改动都已撤销
store-undo-git = 撤销失败，未做任何改动：{$why}

# dates
store-not-a-day = `{$value}` 不是日期；请写成 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日，也可以写今天、昨天、前天（today、yesterday）
store-not-a-when = `{$value}` 不是日期或时间；时间请写成 2026-11-03T09:15 或 2026-11-03 09:15，日期请写成 2026-11-03、2026/11/3、2026.11.3 或 2026年11月3日，也可以写今天、昨天、前天（today、yesterday），后面可以跟时间，如“昨天 15:00”
store-not-a-quarter = --quarter：`{$value}` 不是季度；请写成 2026Q4（或 2026-Q4，今年的可写 Q4），也可以写上季度、本季度（last、this）

# ids
store-station-conflict = 有两个副本用了同一个站点代码（该文件里留有 git 合并冲突）
store-station-no-clone = 文件里没有写明是哪个副本（`clone = "..."`）
store-station-taken = 站点代码 {$code} 已被另一个副本占用（{$file}），本副本不能用它编号
store-station-taken-hint = 请换一个别的副本没用过的代码，例如 `lane local --station U`（`ls stations/` 可查看已占用的代码）
store-station-broken-hint = 只保留一个副本的 `clone = "..."` 那一行（先用 {$code} 编号的那个副本），提交后，给另一个副本换个新代码：`lane local --station U`
store-case-conflict-two-cases = 文件中留有 git 合并冲突标记，而且双方的案件信息不一样：这是两个副本用同一个站点代码编出的两件不同的案件，不要把它们的事件合在一起。请先撤销这次合并（`git merge --abort`），给本副本换个自己的站点代码（`lane local --station U`），把本副本的这件案件改用新站点的下一个空闲编号（文件名、`id = ` 那一行以及巡查记录里的 `ticket` 单元格都要改），提交后再重新拉取

# stale git locks (issue 19)
store-git-stale-lock-removed = 已删除 {$files}：这是被中断的 git 留下的锁文件（本仓库里现在没有 git 在运行）
# attach
store-attach-config-range = max_mb 至少为 1，max_side 须在 64 到 10000 之间，quality 须在 1 到 100 之间
store-attach-empty = {$name} 是空文件
store-attach-too-big = {$name} 大小为 {$size}，超过了 {$max} MB 的上限（lane.toml 中 [attachments] 的 max_mb）
store-attach-bad-photo = {$name} 看起来是照片，但无法读取：{$why}
store-attach-not-a-photo = {$name} 不是 lane 能读取的照片（JPEG、PNG 或 WebP），不能作为 {$kind} 附上
store-attach-not-a-hash = `hash` 须为 64 位小写十六进制数字（SHA-256），而不是 `{$hash}`
store-attach-file-not-hash = `file` 须为该哈希自己的路径 attachments/XX/哈希.扩展名（XX 为哈希的前两位），而不是 `{$file}`
store-attach-name-empty = `name` 为空
store-attach-stored-pointer = {$path} 是 git LFS 指针文件，不是文件本身：本副本克隆时没有 git LFS
store-attach-pointer-hint = 请安装 git LFS 并运行 `git lfs pull`，再重新附上
store-attach-stored-differs = {$path} 已存在，但其内容的哈希是 {$got}，与文件名不符：lane 从不替换已保存的文件
store-attach-differs-hint = 请运行 `lane check`；从 git 恢复该文件（`git checkout -- 路径`），或从它来自的副本复制回来
