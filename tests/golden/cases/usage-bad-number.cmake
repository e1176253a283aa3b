# A number out of range says which are allowed.
set(ARGS check --jobs 0 examples/life-rooms.yaml)
