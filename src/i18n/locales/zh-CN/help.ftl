# --help：每个命令的说明和每个参数的帮助（src/cli/localize.rs）。

## 帮助的框架和 clap 自带的文字

help-flag-help = 显示帮助
help-flag-help-long = 显示帮助（用 -h 查看摘要）
help-flag-version = 显示版本
help-usage = 用法：
help-heading-commands = 命令
help-heading-arguments = 参数
help-heading-options = 选项
help-heading-global = 全局选项
help-value-command = 命令
help-after-root = 界面语言：在 lane.toml 的 [village] 中设 language = "zh-CN" 或 "en"；单次命令可用 LANE_LANG=en。
help-subcommand-help = 显示本帮助或指定子命令的帮助
help-default = 默认：
help-possible-values = 可选值：
help-err-unknown-arg = 无法识别的参数 '{$arg}'
help-err-unknown-command = 无法识别的命令 '{$command}'
help-err-missing = 缺少必需的参数：{$args}
help-err-missing-command = 缺少命令
help-err-conflict = 参数 '{$arg}' 不能与 '{$other}' 同时使用
help-err-bad-value = 参数 '{$arg}' 的值 '{$value}' 无效
help-err-bad-value-why = 参数 '{$arg}' 的值 '{$value}' 无效：{$why}
help-err-visit-result = 请填 满意、基本满意 或 不满意（satisfied、basic、unsatisfied）
help-err-valid = 可选值：{$values}
help-err-did-you-mean = 提示：是否要用 '{$what}'？
help-err-more = 更多信息请运行 '--help'。

## 命令和参数

help-lane = 村级自治街巷长制案件管理
help-lane-long =
    村级自治街巷长制案件管理。

    街巷长每天巡查所负责的街巷，发现问题即登记为案件，并按五步法（巡查、反馈、协调、处置、回访）跟进到底。lane 把全部记录保存在一个由 TOML 和 CSV 文件组成、用 git 管理版本的数据文件夹中。
help-lane--data = 数据文件夹 [默认：$LANE_DATA（非空时），否则向上查找最近的含 lane.toml 的文件夹，否则 ./data]
help-lane--format = 列表的输出格式
help-lane--no-input = 不提问；缺少的值作为错误报告，并指出对应的参数
help-lane--no-commit = 不把本次修改提交到 git
help-init = 新建数据文件夹
help-init--dir = 要新建的文件夹（须为空或不存在）
help-init--name = 村名，即报告中显示的名称 [默认：Nanjie Village；与 --lang zh-CN 同用时为 南街村]
help-init--code = 案件编号的前缀
help-init--no-git = 不创建 git 仓库
help-init--sample = 填入一个规模与南街村相当的示例村
help-init--lang = 文件夹的语言：lane.toml 中的名称、报告和公示牌所用的语言
help-alley = 村里的街巷
help-alley-add = 添加街巷
help-alley-add--id = 编号（A01）；不填则取下一个空闲编号
help-alley-add--group = 所属村民小组
help-alley-add--leader = 现任街巷长的编号
help-alley-list = 列出街巷
help-alley-list--search = 只列出包含此文字的记录
help-alley-show = 查看一条街巷及其街巷长和住户
help-alley-edit = 修改街巷的信息
help-alley-edit--group = 所属村民小组
help-alley-edit--leader = 现任街巷长的编号
help-alley-remove = 删除一条没有被任何记录引用的街巷
help-leader = 街巷长
help-leader-add = 添加街巷长
help-leader-add--id = 编号（L01）；不填则取下一个空闲编号
help-leader-add--alley = 该街巷长负责的街巷
help-leader-add--background = 街巷长的身份来源
help-leader-add--selected-by = 由谁选定
help-leader-add--since = 任职第一天（YYYY-MM-DD）
help-leader-add--until = 任职最后一天（YYYY-MM-DD）；留空则清除
help-leader-list = 列出街巷长
help-leader-list--search = 只列出包含此文字的记录
help-leader-list--alley = 只列出该街巷的街巷长
help-leader-list--all = 包括已离任的街巷长
help-leader-show = 查看一位街巷长
help-leader-edit = 修改街巷长的信息
help-leader-edit--alley = 该街巷长负责的街巷
help-leader-edit--background = 街巷长的身份来源
help-leader-edit--selected-by = 由谁选定
help-leader-edit--since = 任职第一天（YYYY-MM-DD）
help-leader-edit--until = 任职最后一天（YYYY-MM-DD）；留空则清除
help-leader-remove = 删除一位没有被任何记录引用的街巷长
help-household = 住户
help-household-add = 添加住户
help-household-add--id = 编号（H0001）；不填则取下一个空闲编号
help-household-add--head = 户主
help-household-add--members = 家庭人口（1-99）
help-household-add--tags = 以 `;` 分隔的标签，如 elderly;low-income
help-household-list = 列出住户
help-household-list--search = 只列出包含此文字的记录
help-household-list--alley = 只列出该街巷的住户
help-household-show = 查看一户住户
help-household-edit = 修改住户的信息
help-household-edit--head = 户主
help-household-edit--members = 家庭人口（1-99）
help-household-edit--tags = 以 `;` 分隔的标签，如 elderly;low-income
help-household-remove = 删除一户没有被任何记录引用的住户
help-household-import = 从电子表格批量添加住户（xlsx、xls、ods，或 UTF-8、GBK 编码的 CSV；按列名对应）
help-open = 巡查：为发现的问题登记案件
help-open--title = 问题是什么
help-open--category = lane.toml 中的类别键或类别名称（sanitation 环境卫生、hazard 安全隐患、dispute 矛盾纠纷、service 便民服务、feedback 社情民意）
help-open--alley = 问题所在的街巷
help-open--household = 涉及的住户（同时确定所在街巷）
help-open--source = 问题的来源
help-open--note = 第一条记录
help-open--solved = 当场解决：立即记录处置（类别无需回访时同时关闭案件）
help-open--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-open--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-note = 反馈：为案件添加进展记录
help-note--text = 记录内容
help-note--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-note--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-escalate = 协调：把案件上报至上一层级（或用 --to 指定层级）
help-escalate--to = 上报至的层级 [默认：上一层级]
help-escalate--reason = 下一层级无法解决的原因
help-escalate--dept = 请求协助的部门
help-escalate--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-escalate--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-resolve = 处置：问题已处理，案件等待回访（不需回访的类别直接办结）
help-resolve--note = 处置情况
help-resolve--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-resolve--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-visit = 回访：满意或基本满意则关闭案件，不满意则重新打开
help-visit--result = 住户的评价：满意、基本满意或不满意（或 satisfied、basic、unsatisfied）
help-visit--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-visit--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-close = 关闭案件：已处置的案件，或因故未经处置关闭的案件
help-close--reason = 原因：已解决，或未经处置关闭的理由
help-close--of = 与 --as duplicate 同用：与本案重复的案件
help-close--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-close--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-reopen = 在原层级重新打开已处置或已关闭的案件
help-reopen--reason = 重新打开的原因
help-reopen--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-reopen--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-show = 查看案件：基本情况、状态、层级、办理时限和办理经过
help-show--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-list = 列出案件
help-list--overdue = 只列出已超期的未办结案件
help-list--leader = 只列出该街巷长所负责街巷的案件
help-list--level = 只列出当前处于该层级的案件
help-list--since = 登记日期不早于此日（2026-11-03、2026/11/3、昨天、yesterday）
help-list--until = 登记日期不晚于此日（2026-11-03、2026/11/3、今天、today）
help-list--search = 标题或任一记录中的文字
help-overdue = 已超期的未办结案件，最早的在前
help-patrol = 登记巡查（巡查、入户走访、社情民意反馈），或列出巡查记录
help-patrol--leader = 巡查的街巷长
help-patrol--alley = 街巷 [默认：该街巷长负责的街巷]
help-patrol--household = 走访的住户
help-patrol--case = 此次巡查涉及的案件
help-patrol--at = 日期（2026-11-03、2026/11/3、2026年11月3日、昨天、yesterday，或具体时间）[默认：今天]
help-patrol--force = 仍然登记：走访其他街巷的住户，或同一天再次登记同一条巡查
help-patrol-list = 列出巡查记录
help-patrol-list--month = 只列出该月：2026-11、上月或本月（last、this）
help-patrol-list--since = 不早于此日（2026-11-03、2026/11/3、昨天、yesterday）
help-patrol-list--until = 不晚于此日（2026-11-03、2026/11/3、今天、today）
help-patrol-edit = 按编号更正一条巡查记录（见 `lane patrol list`）
help-patrol-edit--id = 记录编号，如 2026-11-0042
help-patrol-edit--household = 走访的住户（"" 表示无）
help-patrol-edit--case = 此次巡查涉及的案件（"" 表示无）
help-patrol-edit--at = 日期，须在该记录所在月份内（YYYY-MM-DD）
help-patrol-remove = 按编号删除一条误登的巡查记录
help-patrol-remove--id = 记录编号，如 2026-11-0042
help-report = 报送镇里的定期报告 [默认：上一个完整月份]。有案件文件无法读取时，仍输出报告并附警告，退出码为 1
help-report--month = 某月：2026-11、上月或本月（last、this）
help-report--quarter = 某季度：2026Q4、Q4（今年的）、上季度或本季度（last、this）
help-report--year = 全年：2026、去年或今年（last、this）
help-report--from = 起始日（与 --to 同用）：2026-11-01、2026/11/1、昨天、yesterday
help-report--to = 截止日，含当日（与 --from 同用）：2026-11-15、今天、today
help-report--alley = 只统计该街巷
help-report--redact = 隐去户主和街巷长姓名（用于张贴公示的报告）
help-local = 查看或设置本副本的设置（站点代码、默认 --by）
help-local--station = 本副本的站点代码：村里自己的副本为 ""，其他副本（镇办公室、另一台电脑）为 1-3 个大写字母，使编号永不重复
help-local--by = 未给出 --by 时的经办人
help-local--index-check = 如何检查派生索引：`files` 逐一检查每个案件文件（默认）；`folders` 信任未变化的年度文件夹（超大档案时更快，但对旧年度案件的原地修改要等 `lane reindex` 后才会显示）
help-check = 检查整个数据文件夹；每个问题按 路径:行号: 说明 输出
help-migrate = 把旧格式的数据文件夹升级为当前格式，一次提交完成
help-migrate--dry-run = 只说明将要做的修改，不写入
help-reindex = 用全部 CPU 核心从案件文件重建派生索引（.lane/index）
help-stars = 五星级文明户：评星轮次
help-stars-new = 开始一轮评星：stars/ROUND.csv，每户一行，尚未评定
help-stars-new--round = 轮次编号，如 2026
help-stars-new--date = 评定日期（YYYY-MM-DD）[默认：今天]
help-stars-rate = 评定一户；在终端中不带 --met 时，逐户显示未评定住户的评星标准清单
help-stars-rate--household = 住户；在终端中不填则逐一评定所有未评定的住户
help-stars-rate--round = 轮次 [默认：最近一轮]
help-stars-rate--met = 达到的评星标准，用键或名称：helpful,clean,…，或 all、none
help-stars-rate--note = 评定备注（替换该行原有备注）
help-stars-award = 把本轮所有五星户标记为已挂牌（一次提交）
help-stars-award--round = 轮次 [默认：最近一轮]
help-stars-award--date = 挂牌日期（YYYY-MM-DD）[默认：今天]
help-stars-list = 列出本轮各户及其星级
help-stars-list--round = 轮次 [默认：最近一轮]
help-stars-list--min = 只列出星数不少于此数的住户
help-stars-list--alley = 只列出该街巷的住户
help-stars-report = 各街巷按星数统计的户数，及与上一轮相比的变化
help-stars-report--round = 轮次 [默认：最近一轮]
help-stars-history = 一户历年各轮的星级
help-board = 街巷、街巷长、电话和职责的挂牌公示
help-board--style = 公示牌的样式：纯文本、Markdown 或一页可打印 A4 的独立 HTML；即 --format table|md|html 的旧写法
help-town = 镇：在一处查看多个村的数据文件夹，以 git 互通
help-town-init = 新建镇文件夹，含空的 town.toml（独立的 git 仓库）
help-town-init--dir = 要新建的文件夹（须为空或不存在）
help-town-init--name = 镇名，即报告中显示的名称
help-town-init--no-git = 不创建 git 仓库
help-town-add = 添加一个村：其仓库的克隆（--clone）或一个数据文件夹（--path）
help-town-add--name = 镇办公室对该村的称呼；克隆放在 villages/<name>
help-town-add--path = 已有的数据文件夹（在镇文件夹内或任意位置）
help-town-add--clone = 该村的 git 仓库，克隆到 villages/ 下
help-town-list = 列出本镇各村
help-town-pull = 获取并快进每个村的克隆；报告无法更新的村
help-town-push = 把每个村克隆中本镇新增的提交推送回其远程仓库
help-town-report = 全镇报告：每村一行及全镇合计 [默认：上一个完整月份]。有村的案件文件无法读取时，仍输出报告并附警告，退出码为 1
help-town-report--month = 某月：2026-11、上月或本月（last、this）
help-town-report--quarter = 某季度：2026Q4、Q4（今年的）、上季度或本季度（last、this）
help-town-report--year = 全年：2026、去年或今年（last、this）
help-town-report--from = 起始日（与 --to 同用）：2026-11-01、2026/11/1、昨天、yesterday
help-town-report--to = 截止日，含当日（与 --from 同用）：2026-11-15、今天、today
help-town-inbox = 各村处于镇党委及以上层级的未办结案件，超期最久的在前
help-town-inbox--overdue = 只列出已超期的案件
help-town-check = 检查 town.toml（村代码不重复）和每个村的数据文件夹
help-merge-driver = 让 git 合并在两个副本中都有修改的案件文件，保留双方的记录
help-merge-driver--install = 在本副本中注册合并驱动（git 配置和 .git/info/attributes）
help-merge-driver--base = 共同祖先版本（git 的 %O）
help-merge-driver--ours = 本方版本，合并结果写回此处（git 的 %A）
help-merge-driver--theirs = 对方版本（git 的 %B）
help-merge-driver--path = 文件在工作区中的路径（git 的 %P）：巡查台账按记录编号合并
help-completions = 输出 shell 自动补全脚本
help-man = 输出 man 手册页（roff）

# undo
help-undo = 撤销本克隆中 lane 最近提交的一次改动（另做一次提交把它撤回）

# screens
help-lane--no-pager = 直接输出，不经过分页程序，内容再长也一样
help-list--wide = 显示全部列，不管终端多窄
help-overdue--wide = 显示全部列，不管终端多窄
help-alley-list--wide = 显示全部列，不管终端多窄
help-leader-list--wide = 显示全部列，不管终端多窄
help-household-list--wide = 显示全部列，不管终端多窄

# xlsx

help-lane--output = 把结果写入文件 FILE 而不是标准输出（命令完成后整个写入）
help-household-import--sheet = 要读取的工作表 [默认：第一张]
help-household-import--update = 按文件更新与登记内容不一致的住户

# papercuts

help-init--by = 本机的经办人，作为默认的 --by 记在 local.toml 中（在终端上会询问）

# ledger
help-ledger = 打印台账：案件登记簿、一事一档、巷长巡查台账、空白巡查记录单；输出为 md 或 html
help-ledger-cases = 案件登记簿：本期受理的每件案件一行，列出各环节日期 [默认：上一个完整月份]
help-ledger-cases--month = 某月：2026-11、上月或本月（last、this）
help-ledger-cases--quarter = 某季度：2026Q4、Q4（今年的）、上季度或本季度（last、this）
help-ledger-cases--year = 全年：2026、去年或今年（last、this）
help-ledger-cases--from = 起始日（与 --to 同用）：2026-11-01、2026/11/1、昨天、yesterday
help-ledger-cases--to = 截止日，含当日（与 --from 同用）：2026-11-15、今天、today
help-ledger-case = 一事一档：一件案件的基本情况、完整办理经过和签字栏
help-ledger-case--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-ledger-patrols = 某位街巷长一个月的巡查台账
help-ledger-patrols--leader = 街巷长，编号或姓名
help-ledger-patrols--month = 月份：2026-11、上月或本月（last、this）[默认：本月]
help-ledger-slip = 给不用电脑的街巷长打印的空白巡查记录单：本巷住户，最久未走访的排在前面
help-ledger-slip--leader = 街巷长，编号或姓名

# help-examples
# 每个 --help 末尾的示例（src/cli/localize.rs）。

help-heading-examples = 示例：
help-lane-examples =
    lane list --status open
    lane open --title "下水道堵塞" --category sanitation --alley A03
    lane report --month 2026-10
help-init-examples =
    lane init nanjie --lang zh-CN --name 南街村 --code NJ
    lane init demo --sample --no-git
help-alley-examples =
    lane alley list
    lane alley show A03
    lane alley add --name 西井巷 --group 二组
help-alley-add-examples =
    lane alley add --name 西井巷 --group 二组
    lane alley add --id A20 --name 新建巷 --note "2026年新修"
help-alley-list-examples =
    lane alley list
    lane alley list --search 二组 --format csv
help-alley-show-examples =
    lane alley show A03
help-alley-edit-examples =
    lane alley edit A03 --name 井巷 --group 三组
    lane alley edit A03 --note "修路至明年五月"
help-alley-remove-examples =
    lane alley remove A20
help-leader-examples =
    lane leader list
    lane leader show L03
help-leader-add-examples =
    lane leader add --name 王芳 --background cadre --selected-by two-committees
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
    lane household add --head 李明 --alley A03 --address 一组12号 --members 4
    lane household add --head 赵兰 --alley A05 --tags "elderly;low-income"
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
    lane household import 住户花名册.csv
help-open-examples =
    lane open --title "下水道堵塞" --category sanitation --alley A03
    lane open --title "代办养老保险" --category service --household H0011
    lane open --title 井边垃圾 --category sanitation --alley A05 --solved 已清扫
help-note-examples =
    lane note NJ-2026-0645 "已电话联系，住户周五在家"
    lane note 645 "材料已买齐" --by L12
help-escalate-examples =
    lane escalate NJ-2026-0646 --reason "需要村里补助"
    lane escalate 646 --to town --dept 民政办 --reason "超出村里能力"
help-resolve-examples =
    lane resolve NJ-2026-0646 --note "已为孩子找到辅导老师"
    lane resolve 646 --note "已办结" --by L12
help-visit-examples =
    lane visit NJ-2026-0645 --result 满意
    lane visit 641 --result 不满意 --note "申请还没递交"
help-close-examples =
    lane close NJ-2026-0641 --as referred --note "已转县医院处理"
    lane close 645 --as duplicate --of 644
help-reopen-examples =
    lane reopen NJ-2025-0001 --reason "又有异味了"
help-show-examples =
    lane show NJ-2026-0645
    lane show 629 --format json
help-list-examples =
    lane list --status open
    lane list --alley A03 --category dispute --since 2026-11-01
    lane list --overdue --format csv > 超期案件.csv
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
    lane report --year 2025 --redact --format md > 2025年报表.md
help-local-examples =
    lane local
    lane local --by 王芳
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
    lane board --format html -o 公示牌.html
help-town-examples =
    lane town init taiping --name 太平镇
    lane town report --month 2026-10
help-town-init-examples =
    lane town init taiping --name 太平镇
help-town-add-examples =
    lane town add 南街村 --path ../nanjie
    lane town add 北街村 --clone ../beijie.git
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
    lane ledger slip --leader L03 --format html -o 巡查单.html
help-ledger-cases-examples =
    lane ledger cases --month 2026-10
    lane ledger cases --year 2026 --format html -o 2026年案件台账.html
help-ledger-case-examples =
    lane ledger case NJ-2026-0645
    lane ledger case 645 --format html -o 一事一档-0645.html
help-ledger-patrols-examples =
    lane ledger patrols --leader L03
    lane ledger patrols --leader L03 --month 2026-10 --format html -o 巡查台账.html
help-ledger-slip-examples =
    lane ledger slip --leader L03
    lane ledger slip --leader L03 --format html -o 巡查单-L03.html
help-merge-driver-examples =
    lane merge-driver --install
help-completions-examples =
    lane completions bash > ~/.local/share/bash-completion/completions/lane
    lane completions zsh > ~/.zfunc/_lane
help-man-examples =
    lane man > lane.1
    lane man --dir ~/.local/share/man/man1

# help-meanings
help-alley-add--name = 街巷名称（公示牌上的写法）
help-alley-add--note = 街巷备注
help-alley-show--id = 街巷编号，如 A03
help-alley-edit--id = 街巷编号，如 A03
help-alley-edit--name = 街巷名称（公示牌上的写法）
help-alley-edit--note = 街巷备注
help-alley-remove--id = 街巷编号，如 A03
help-leader-add--name = 街巷长姓名
help-leader-add--phone = 公示牌上公布的电话
help-leader-add--note = 街巷长备注
help-leader-show--id = 街巷长编号，如 L03
help-leader-edit--id = 街巷长编号，如 L03
help-leader-edit--name = 街巷长姓名
help-leader-edit--phone = 公示牌上公布的电话
help-leader-edit--note = 街巷长备注
help-leader-remove--id = 街巷长编号，如 L03
help-household-add--alley = 住户所在的街巷
help-household-add--address = 住址
help-household-add--phone = 住户的联系电话
help-household-add--note = 住户备注
help-household-show--id = 住户编号，如 H0011
help-household-edit--id = 住户编号，如 H0011
help-household-edit--alley = 住户所在的街巷
help-household-edit--address = 住址
help-household-edit--phone = 住户的联系电话
help-household-edit--note = 住户备注
help-household-remove--id = 住户编号，如 H0011
help-household-import--file = 要导入的文件：xlsx、xls、ods 或 CSV
help-note--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-escalate--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-escalate--note = 上报说明
help-resolve--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-visit--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-visit--note = 住户的其他意见
help-close--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-close--note = 结案说明
help-reopen--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-list--status = 只列出该状态的案件：open 办理中、resolved 已处置、closed 已结案
help-list--alley = 只列出该街巷的案件
help-list--category = 只列出该类别的案件（lane.toml 中的类别键）
help-list--household = 只列出该住户的案件
help-overdue--alley = 只列出该街巷的案件
help-overdue--level = 只列出当前处于该层级的案件
help-patrol--kind = 巡查类型
help-patrol--note = 看到了什么、做了什么
help-patrol-list--leader = 只列出该街巷长的巡查
help-patrol-list--alley = 只列出该街巷的巡查
help-patrol-list--kind = 只列出该类型的巡查
help-patrol-list--household = 只列出走访该住户的记录
help-patrol-edit--leader = 巡查的街巷长
help-patrol-edit--kind = 巡查类型
help-patrol-edit--alley = 巡查的街巷
help-patrol-edit--note = 该行的备注（"" 表示清空）
help-stars-history--household = 住户编号，如 H0011
help-completions--shell = 要生成补全脚本的 shell

# help-globals
help-err-global-here = {$flag} 对 `{$command}` 不起作用：{$why}
help-err-global-data = 该命令不读取数据文件夹
help-err-global-format = 该命令不输出列表或报表
help-err-global-no-commit = 该命令不向 git 提交任何内容
help-err-global-hint = 去掉该参数即可；`{$command} --help` 列出了该命令可用的参数
help-town--town = 镇文件夹 [默认：$LANE_TOWN，否则向上查找最近的含 town.toml 的文件夹]
help-man--dir = 改为把每个命令的手册页（lane.1、lane-open.1 等）写入此文件夹

# sheets
help-alley-import = 从电子表格批量添加街巷（xlsx、xls、ods，或 UTF-8、GBK 编码的 CSV；按列名对应）
help-alley-import--file = 要导入的文件：xlsx、xls、ods 或 CSV
help-alley-import--sheet = 要读取的工作表 [默认：第一张]
help-alley-import--update = 按文件更新与登记内容不一致的街巷
help-alley-import-examples =
    lane alley import 街巷表.xlsx
    lane alley import 街巷表.csv --update
help-leader-import = 从电子表格批量添加街巷长（xlsx、xls、ods，或 UTF-8、GBK 编码的 CSV；按列名对应）
help-leader-import--file = 要导入的文件：xlsx、xls、ods 或 CSV
help-leader-import--sheet = 要读取的工作表 [默认：第一张]
help-leader-import--update = 按文件更新与登记内容不一致的街巷长
help-leader-import-examples =
    lane leader import 街巷长名单.xlsx
    lane leader import 街巷长名单.csv --update
help-household-import--dry-run = 逐行列出导入将做什么，不写入任何内容
help-alley-import--dry-run = 逐行列出导入将做什么，不写入任何内容
help-leader-import--dry-run = 逐行列出导入将做什么，不写入任何内容

# review
help-patrol-list--wide = 显示全部列，不管终端多窄
help-stars-list--wide = 显示全部列，不管终端多窄

# export
help-export = 把全部记录导出为数据仓库可直接读取的整齐表格：--format parquet（默认）或 csv，-o 文件夹
help-town-export = 把各村的全部记录导出为带 village 列的整齐表格：--format parquet（默认）或 csv，-o 文件夹
help-export-examples =
    lane export -o export
    lane export --format csv -o export-csv
help-town-export-examples =
    lane town export -o town-export
    lane town export --format csv -o town-export-csv
# attach
help-attach = 为案件附上照片（整改前、整改后）或文件，按内容哈希只保存一份
help-attach--id = 案件编号，完整（NJ-2026-0042）或简写（42）
help-attach--file = 要附上的照片（JPEG、PNG、WebP）或文件
help-attach--kind = 附件类型 [默认：照片在案件办理中时为整改前（before），处置后为整改后（after）；其他文件为 document]
help-attach--note = 附件说明
help-attach--by = 经办人 [默认：$LANE_BY，否则 local.toml 中的 `by`]
help-attach--at = 时间：具体时间、日期（2026/11/3、昨天、yesterday）或日期加时间（昨天 15:00）[默认：现在]
help-attach-examples =
    lane attach NJ-2026-0645 整改前.jpg --as before
    lane attach 645 整改后.jpg --as after --note "已疏通排水沟"
    lane attach 645 调解协议.pdf --as agreement
