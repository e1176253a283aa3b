# The configuration applies to the portfolio report as to `coprod check`: its
# severity override, its waiver, its fail_on and its notices on standard error.
set(WORKDIR tests/inputs/configured)
set(ARGS report --today 2026-06-30 --format json papers)
