# `coprod appendix` with the appendix template as HTML; a proposal that is not valid gets its errors and no appendix.
set(ARGS appendix tests/inputs/appendix/hostile.yaml --today 2026-01-01 --template appendix --format html)
set(CHECK [[if((status EQUAL 2) AND NOT out STREQUAL "")
  message(FATAL_ERROR "an appendix was written for a proposal that is not valid")
endif()]])
# Hostile text stays text.
string(APPEND CHECK "\n" [[
foreach(markup "<script" "<img" "<em>workshop")
  string(FIND "${out}" "${markup}" at)
  if(NOT at EQUAL -1)
    message(FATAL_ERROR "hostile markup `${markup}` reached the HTML appendix")
  endif()
endforeach()
string(FIND "${out}" "&lt;script&gt;" at)
if(at EQUAL -1)
  message(FATAL_ERROR "the hostile <script> is not shown as escaped text")
endif()
]])
