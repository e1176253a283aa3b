# `coprod check` of one example proposal (INPUT) in one FORMAT, for every
# example and the formats a person reads (tests/CMakeLists.txt).
set(ARGS check --today 2026-06-30 --format ${FORMAT} ${INPUT})
