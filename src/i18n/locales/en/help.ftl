# lane messages (en): help
