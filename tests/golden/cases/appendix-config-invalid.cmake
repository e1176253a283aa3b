# A configuration that is not valid stops the appendix, as it stops `coprod check`.
set(ARGS appendix --config tests/inputs/bad-config/version.coprod.yaml examples/life-rooms.yaml)
