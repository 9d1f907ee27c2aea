# lane messages (zh-CN): check

## src/cmd/check.rs

check-summary = 已检查街巷{$alleys}条、街巷长{$leaders}名、住户{$households}户、案件{$cases}件：错误{$errors}个，警告{$warnings}个
check-problems-found = 发现{$n}个问题
check-link = 符号链接；lane 只读写数据文件夹内的文件，已跳过此链接；请用文件或文件夹本身替换此链接
check-temp = 写入中断留下的临时文件（其中的更改未保存）；该文件夹下次更改时会将其删除，也可直接删除
check-uncommitted-untracked = 新文件，尚未提交到 git，克隆副本和镇里都没有此文件；请用 `git add -A -- {$path}` 和 `git commit -m "{$path}"` 提交
check-uncommitted-staged = 已暂存，尚未提交到 git，克隆副本和镇里都没有此更改；请用 `git add -A -- {$path}` 和 `git commit -m "{$path}"` 提交
check-uncommitted-modified = 已修改，尚未提交到 git，克隆副本和镇里都没有此更改；请用 `git add -A -- {$path}` 和 `git commit -m "{$path}"` 提交
check-uncommitted = {$what}，尚未提交到 git，克隆副本和镇里都没有此更改；请用 `git add -A -- {$path}` 和 `git commit -m "{$path}"` 提交
check-unapplied = 中断的更改原本要写成的文件内容，因该文件此后已被改动而未写入；请手工补上缺少的内容或重做该更改，然后删除 {$aside}
check-hint-add-open = 请添加 `open` 事件
check-hint-level = 请在 `to` 中填写 lane.toml 中的层级之一（{$levels}），或在 lane.toml 中添加该层级
check-hint-time = 请更正该事件的 `at`，或将该事件移到按时间应在的位置
check-hint-allowed = 此时允许：{$allowed}；请更正或删除该事件
check-alley-missing = {$file} 中没有街巷 `{$id}`
check-leader-missing = {$file} 中没有街巷长 `{$id}`
check-household-missing = {$file} 中没有住户 `{$id}`
check-alley-no-leader = 街巷 {$alley} 没有现任街巷长
check-leader-two-alleys = 街巷长 {$leader} 同时被指派到两条街巷（第{$line}行的 {$other} 和 {$alley}）
check-leader-serves-other = 按 {$at}，街巷长 {$leader} 负责街巷 {$serves}，而不是 {$alley}
check-leader-serves-none = 按 {$at}，街巷长 {$leader} 不负责任何街巷，而不是 {$alley}
check-alley-leader-not-current = 街巷 {$alley} 没有现任街巷长（{$leader} 不在任期内，见 {$at}）
check-alley-two-leaders = 街巷 {$alley} 有两名现任街巷长：{$first}（第{$line}行）和 {$second}
check-leader-unrecorded-other = 街巷长 {$leader} 负责街巷 {$alley}，但 {$at} 登记的街巷长是 {$named}；请用 `lane alley edit {$alley} --leader {$leader}` 更正
check-leader-unrecorded-none = 街巷长 {$leader} 负责街巷 {$alley}，但 {$at} 未登记街巷长；请用 `lane alley edit {$alley} --leader {$leader}` 登记
check-case-opened-differs = `opened` 与 open 事件的时间不一致
check-case-misplaced = 案件 {$id} 应放在 {$path}
check-case-code = 案件编号中的代码 `{$code}` 不是本村代码 `{$village}`
check-case-category = 类别 `{$category}` 不在 lane.toml 中（{$categories}）
check-event-refused = 第{$n}个事件（{$action}）不允许：{$why}；{$hint}
check-case-missing = 案件 {$id} 不存在

## src/cmd/check_more.rs

check-event-future = 第{$n}个事件（{$action}）的时间 {$time} 晚于现在（{$now}），之后的每个事件都会因早于它而被拒绝：请更正其 `at`（年份是否写错？）
check-opened-year = `opened` 在{$opened}年，但案件按{$numbered}年编号（见其编号和年份文件夹）；请更正 `opened` 和 open 事件的年份
check-of-not-duplicate = `of = "{$of}"` 只能与 `as = "duplicate"` 同用（此次关闭为 {$reason}）；请删除 `of` 行或更正 `as`
check-duplicate-of-itself = 案件以自身的重复件关闭，问题无人跟进：请在 `of` 中填写所重复的案件，或重新打开本案件
check-duplicate-of-nothing = 以 `{$of}` 的重复件关闭，但该案件不存在；请在 `of` 中填写已有的案件，或重新打开本案件
check-duplicate-circle = 重复件关系首尾相连（{$chain}），问题无人跟进：请重新打开其中一件
check-awarded-future = `awarded` {$date} 晚于今天（{$today}）；请更正日期
check-awarded-before-round = `awarded` {$date} 早于评星轮次 {$round} 本身；请更正日期
check-formula = `{$column}` 列的内容像电子表格公式；lane 输出时已作无害化处理，但用电子表格直接打开 {$file} 前请先查看

# papercuts

check-resolved-no-visit = 案件已处置，但“{$category}”类别不需回访，本应已办结（是在 lane 自动办结此类案件之前处置的）；请用 `lane close {$id}` 办结

# ids
check-two-cases = 这个文件里混进了 {$n} 件不同的案件，却共用一个编号 {$id}（有 {$n} 条 `open` 事件）：两个副本用了同一个站点代码，合并时又保留了双方的事件。请把它拆开：给其中一个副本换个自己的代码（`lane local --station U`）；在那个副本上，取出合并前它那件案件的文件（`git show HEAD^2:{$path}` 或 `HEAD^1:`），按新站点的下一个空闲编号另存，文件名和 `id = ` 那一行都改成新编号，再从 {$path} 删掉那件案件的事件，然后提交

# attach
check-attach-missing = 附件 {$path} 不在数据文件夹中（请从 git 或它来自的副本恢复）
check-attach-pointer = {$path} 是 git LFS 指针文件，不是文件本身：本副本克隆时没有 git LFS，照片无法显示也无法核验（请安装 git LFS 并运行 `git lfs pull`）
check-attach-size = 事件记录的大小是 {$recorded} 字节，但 {$path} 实际为 {$size} 字节
check-attach-bad-name = 这不是 lane 保存的文件：附件按其内容的 SHA-256 命名为 attachments/XX/哈希.扩展名（请用 `lane attach` 附上该文件，再删掉这个）
check-attach-differs = 文件内容的哈希是 {$got}，与文件名不符：保存后被改动或替换过（请从 git 恢复：`git log -- 路径`，`git checkout 提交 -- 路径`）
check-attach-unreadable = 无法读取该文件
check-attach-unreferenced = 没有任何案件引用这个文件（请用 `lane attach` 把它附到所属案件，或删掉它）
