# `coprod appendix` of INPUT with the TEMPLATE template as FORMAT (markdown or
# html), for every appendix input, template and format (tests/CMakeLists.txt).
# A proposal that is not valid gets its errors and no appendix.
set(ARGS appendix ${INPUT} --today 2026-06-30 --template ${TEMPLATE} --format ${FORMAT})
set(CHECK [[if((status EQUAL 2) AND NOT out STREQUAL "")
  message(FATAL_ERROR "an appendix was written for a proposal that is not valid")
endif()]])
