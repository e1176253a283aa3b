# Fails when a committed rule catalogue is not what `coprod rules --format
# markdown --framework ID` prints now, so the catalogue cannot drift from the
# rules: docs/rules.md is board-assurance's, docs/rules-ID.md each other's.
# Run as: cmake -DCOPROD=<binary> -DFRAMEWORK=<id> -DDOCS=<docs/rules.md> -P docs_rules.cmake
execute_process(COMMAND "${COPROD}" rules --format markdown --framework "${FRAMEWORK}"
  OUTPUT_VARIABLE generated RESULT_VARIABLE status)
get_filename_component(name "${DOCS}" NAME)
set(regenerate "${COPROD} rules --format markdown --framework ${FRAMEWORK} > docs/${name}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "`coprod rules --format markdown --framework ${FRAMEWORK}` exited with status ${status}")
endif()
if(NOT EXISTS "${DOCS}")
  message(FATAL_ERROR "${DOCS} is missing. Generate it from the repository folder with:\n"
    "  ${regenerate}")
endif()
file(READ "${DOCS}" committed)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "docs/${name} is out of date with the rules. Regenerate it from the "
    "repository folder with:\n  ${regenerate}\n"
    "then review and commit the difference.")
endif()
