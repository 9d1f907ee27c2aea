# lane messages (en): check
