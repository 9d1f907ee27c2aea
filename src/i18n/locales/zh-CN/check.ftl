# lane messages (zh-CN): check
