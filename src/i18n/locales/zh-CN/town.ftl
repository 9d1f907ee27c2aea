# lane messages (zh-CN): town

## src/cmd/town.rs

town-init-no-name = --name 为空
town-created = 已为{$name}创建镇文件夹 {$path}；请用 `lane town add NAME --clone URL` 添加村
town-has-code = 镇里已有代码为 {$code} 的村（{$name}，位于 {$path}）；同一镇内村代码不得重复
town-has-code-hint = 两个村使用同一代码，其案件编号会重复：请在其中一个村登记案件之前，修改该村 lane.toml 中的代码
town-has-name = 镇里已有名为 `{$name}` 的村
town-has-name-hint = `lane town list` 列出各村；请另取名称
town-add-no-name = NAME：请填写村名
town-add-not-data = --path：{$path} 不是 lane 数据文件夹（没有 {$file}）
town-add-how = 请给出 --path DIR 或 --clone URL
town-added = 已添加 {$code}（{$name}），位于 {$path}
town-folder-ok = 正常
town-folder-missing = 缺失
town-col-code = 代码
town-col-name = 名称
town-col-path = 路径
town-col-remote = 远程仓库
town-col-folder = 文件夹
town-col-result = 结果
town-col-detail = 详情
town-sync-town-toml = （town.toml）
town-pull-failed = {$of}个中有{$n}个拉取失败：{$list}
town-push-failed = {$of}个中有{$n}个推送失败：{$list}
town-sync-failed-hint = 失败原因见上表；其余的已完成
town-check-summary = 已检查村{$villages}个、案件{$cases}件：错误{$errors}个，警告{$warnings}个
town-check-code-differs = 村 {$code}（{$path}）：其 lane.toml 中的代码为 {$own}；请使 town.toml 与 lane.toml 一致
town-check-code-taken = 村 {$code}（{$path}）：其 lane.toml 中的代码为 {$own}，与本镇另一个村的代码相同；请使 town.toml 与 lane.toml 一致
town-check-unreadable = 村 {$code}：{$why}

## src/cmd/town_report.rs

town-note = 说明：{$note}
town-inbox-unreadable = 村 {$code}：{$n}个案件文件无法读取，未列入；`lane town check` 会列出这些文件
town-inbox-summary = {$villages}个村中处于镇党委及以上层级的未办结案件共{$cases}件，其中超期{$overdue}件
town-col-id = 案件编号
town-col-level = 层级
town-col-category = 类别
town-col-alley = 街巷
town-col-alley-name = 街巷名称
town-col-title = 标题
town-col-dept = 协办部门
town-col-opened = 登记时间
town-col-age = 已历天数
town-col-deadline = 办理时限
town-col-overdue = 超期天数

## src/store/town.rs

town-not-a-folder = {$path} 不是镇文件夹（没有 {$file}）
town-not-a-folder-hint = 请用 `lane town init DIR` 创建镇文件夹，或用 --town DIR 或 $LANE_TOWN 指定
town-invalid-hint = 请手工修改 town.toml；`lane town check` 列出全部问题
town-cannot-clone = 无法克隆 {$url}：{$why}
town-clone-not-data = {$url} 不是 lane 数据文件夹（顶层没有 {$file}）
town-clone-exists = 镇文件夹中已有 {$path}
town-clone-exists-hint = 请给村另取名称，或用 --path 添加已有的文件夹
town-init-not-committed = 镇文件夹已创建，但未提交到 git（{$why}）
town-cannot-read = 无法读取 {$path}：{$error}
town-cannot-create = 无法创建 {$path}：{$error}
town-cannot-write-in = 无法在 {$path} 中写入：{$error}
town-cannot-move-clone = 无法将克隆移到 {$path}：{$error}
town-sync-updated = 已更新
town-sync-cloned = 已克隆
town-sync-up-to-date = 已是最新
town-sync-pushed = 已推送
town-sync-nothing-to-push = 无需推送
town-sync-skipped = 已跳过
town-sync-failed = 失败
town-sync-detail-updated = 快进{$n}个提交
town-sync-detail-cloned = 文件夹缺失：已从 town.toml 中的远程仓库克隆
town-sync-detail-ahead = {$n}个提交待推送
town-sync-detail-pushed = 已推送{$n}个提交
town-sync-detail-pushed-note = 已推送{$n}个提交；{$note}
town-sync-not-data = {$path} 不是 lane 数据文件夹（没有 {$file}）
town-sync-not-repo = 不是 git 仓库
town-sync-detached = HEAD 处于分离状态：请检出该村的分支
town-sync-no-remote = 没有 git 远程仓库
town-sync-no-upstream = 分支 {$branch} 未跟踪远程分支：请用 `git -C {$path} branch -u origin/{$branch}` 设置
town-sync-diverged = 本地克隆有{$ahead}个提交远程仓库没有，远程仓库有{$behind}个提交本地克隆没有：请用 `git -C {$path} pull --no-rebase` 手工合并，再运行 `lane --data {$path} check`
town-sync-cannot-clone = 文件夹缺失且无法克隆：{$why}
town-sync-uncommitted = 有{$n}个已更改的文件未提交，因此未推送（`git -C {$path} status`）
town-open-village-hint = `lane town pull` 可取回缺失的克隆；路径有误的，请手工修改 town.toml
town-village-problem = 村 {$code}（{$path}）：{$problem}

## src/model/town.rs

town-name-missing = 镇的 `name` 为空
town-village-bad = 村 `{$name}`：{$why}
town-village-no-name = 村 {$code}：名称为空
town-village-no-path = 村 {$code}：路径为空
town-code-twice = 村代码 {$code} 被使用了两次（{$first}、{$second}）；同一镇内村代码不得重复
town-name-twice = 村名 `{$name}` 被使用了两次
town-path-twice = 路径 `{$path}` 被使用了两次
town-code-invalid = 代码：{$why}
town-code-digits = 代码 `{$code}` 不得含数字：每个案件编号都以它开头

# town-items (issue 19)
town-path-outside = 村 {$code}：路径 `{$path}` 指到了镇文件夹外面；相对路径只能在镇文件夹之内（镇文件夹外的文件夹请写绝对路径）
town-sync-remote-mismatch = 此克隆的远程仓库 `{$remote}` 是 {$actual}，而 town.toml 写的是 {$wanted}：请运行 `git -C {$path} remote set-url {$remote} {$wanted}`（或改正 town.toml），再重新拉取
town-check-remote-mismatch = 村 {$code}（{$path}）：此克隆的远程仓库 `{$remote}` 是 {$actual}，而 town.toml 写的是 {$wanted}；请运行 `git -C {$path} remote set-url {$remote} {$wanted}`，或改正 town.toml
town-left-out = 村 {$code} 未计入：{$why}
town-left-out-same-folder = 村 {$code}（{$path}）与村 {$first} 是同一个文件夹
town-left-out-hint = `lane town check` 会列出全部问题；改正后请重新运行此命令
town-sync-interrupted = 上次中断的拉取把 {$path} 留在了半途，而那里改动过的 {$files} 不是它造成的，这次拉取却也要改它：请先查看 `git -C {$path} diff`，用 `git -C {$path} stash` 把这处改动暂存起来，重新运行 `lane town pull`，然后用 `git -C {$path} stash pop` 取回改动
town-sync-recovered = 已先撤销上次中断的拉取
town-incomplete = 结果不完整：{$of}个村中有{$n}个未计入（{$list}）
