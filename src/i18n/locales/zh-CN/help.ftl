# lane messages (zh-CN): help
