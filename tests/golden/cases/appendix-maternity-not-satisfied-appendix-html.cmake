# `coprod appendix` with the appendix template as HTML; a proposal that is not valid gets its errors and no appendix.
set(ARGS appendix examples/maternity-not-satisfied.yaml --today 2026-01-01 --template appendix --format html)
set(CHECK [[if((status EQUAL 2) AND NOT out STREQUAL "")
  message(FATAL_ERROR "an appendix was written for a proposal that is not valid")
endif()]])
