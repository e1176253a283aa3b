# `coprod appendix` with the gripp2-sf template as HTML; a proposal that is not valid gets its errors and no appendix.
set(ARGS appendix examples/invalid-proposal.yaml --today 2026-01-01 --template gripp2-sf --format html)
set(CHECK [[if((status EQUAL 2) AND NOT out STREQUAL "")
  message(FATAL_ERROR "an appendix was written for a proposal that is not valid")
endif()]])
