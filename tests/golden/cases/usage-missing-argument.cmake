# A command without its argument says what to give, in coprod's words.
set(ARGS check)
