# lane messages (zh-CN): store

## Opening the data folder

store-not-a-folder = {$path} 不是 lane 数据文件夹（其中没有 lane.toml）
store-not-a-folder-hint = 用 `lane init 文件夹` 新建一个，或用 --data 文件夹 或环境变量 $LANE_DATA 指向已有的数据文件夹
