# An option without its value says what it takes.
set(ARGS appendix examples/life-rooms.yaml --format)
