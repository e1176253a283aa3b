# A mistyped --option=value is named without its value.
set(ARGS report --formt=html examples/life-rooms.yaml)
