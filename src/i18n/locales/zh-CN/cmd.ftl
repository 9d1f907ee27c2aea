# lane messages (zh-CN): cmd
