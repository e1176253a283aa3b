# Fails when docs/format.md's reference tables (between its BEGIN and END
# lines) are not what `coprod schema --format markdown` prints now, so the
# page cannot drift from the loader. COPROD_UPDATE_GOLDEN=1 writes them in
# (and fails, so that the change is seen); never with CI set.
# Run as: cmake -DCOPROD=<binary> -DDOCS=<docs/format.md> -P docs_format.cmake
execute_process(COMMAND "${COPROD}" schema --format markdown
  OUTPUT_VARIABLE generated RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "`coprod schema --format markdown` exited with status ${status}")
endif()
set(begin "<!-- BEGIN: coprod schema --format markdown -->\n")
set(end "<!-- END: coprod schema --format markdown -->")
file(READ "${DOCS}" page)
string(FIND "${page}" "${begin}" first)
string(FIND "${page}" "${end}" last)
if(first EQUAL -1 OR last EQUAL -1 OR last LESS first)
  message(FATAL_ERROR "${DOCS} has no `${begin}` … `${end}` block for the reference tables")
endif()
string(LENGTH "${begin}" begin_length)
math(EXPR inside "${first} + ${begin_length}")
math(EXPR length "${last} - ${inside}")
string(SUBSTRING "${page}" ${inside} ${length} committed)
if(generated STREQUAL committed)
  return()
endif()
if(DEFINED ENV{COPROD_UPDATE_GOLDEN} AND NOT DEFINED ENV{CI})
  string(SUBSTRING "${page}" 0 ${inside} head)
  string(SUBSTRING "${page}" ${last} -1 tail)
  file(WRITE "${DOCS}" "${head}${generated}${tail}")
  message(FATAL_ERROR "docs/format.md's reference tables were rewritten: review and commit them.")
endif()
message(FATAL_ERROR "docs/format.md's reference tables are out of date with the format. Rewrite "
  "them with `COPROD_UPDATE_GOLDEN=1 ctest -R docs-format`, then review and commit the difference.")
