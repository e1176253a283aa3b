# Every output of tests/inputs/frameworks/every-framework.yaml, whose findings
# fall in every framework, with SELECTION (framework ids' first words, joined
# by `-`, in the order given: each framework alone, and all three in each
# order) as OUTPUT (a `coprod check` format, `appendix-markdown`,
# `appendix-html` or `report-markdown`) (tests/CMakeLists.txt). What they
# show: each framework's own verdict words and sections, whatever else is
# selected, and each finding once.
set(INPUT tests/inputs/frameworks/every-framework.yaml)
set(frameworks)
string(REPLACE "-" ";" words "${SELECTION}")
foreach(word IN LISTS words)
  if(word STREQUAL "board")
    list(APPEND frameworks --framework board-assurance)
  elseif(word STREQUAL "legal")
    list(APPEND frameworks --framework legal-duties)
  elseif(word STREQUAL "nhse")
    list(APPEND frameworks --framework nhse-principles)
  else()
    message(FATAL_ERROR "frameworks.cmake: no framework `${word}` in SELECTION ${SELECTION}")
  endif()
endforeach()
if(OUTPUT MATCHES "^appendix-(.*)$")
  set(ARGS appendix ${INPUT} --today 2026-06-30 ${frameworks} --format ${CMAKE_MATCH_1})
elseif(OUTPUT MATCHES "^report-(.*)$")
  set(ARGS report ${INPUT} --today 2026-06-30 ${frameworks} --format ${CMAKE_MATCH_1})
else()
  set(ARGS check --today 2026-06-30 ${frameworks} --format ${OUTPUT} ${INPUT})
endif()
if(OUTPUT STREQUAL "sarif")
  set(OMIT_FROM [[          "rules": []])
  set(OMIT_TO "          ]")
endif()
