# lane messages (en): cmd
