# lane messages (zh-CN): town
