# lane messages (en): town
