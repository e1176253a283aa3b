# Fails when the committed docs/rules.md is not what `coprod rules --format
# markdown` prints now, so the rule catalogue cannot drift from the rules.
# Run as: cmake -DCOPROD=<binary> -DDOCS=<docs/rules.md> -P docs_rules.cmake
execute_process(COMMAND "${COPROD}" rules --format markdown
  OUTPUT_VARIABLE generated RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "`coprod rules --format markdown` exited with status ${status}")
endif()
if(NOT EXISTS "${DOCS}")
  message(FATAL_ERROR "${DOCS} is missing. Generate it from the repository folder with:\n"
    "  ${COPROD} rules --format markdown > docs/rules.md")
endif()
file(READ "${DOCS}" committed)
if(NOT generated STREQUAL committed)
  message(FATAL_ERROR "docs/rules.md is out of date with the rules. Regenerate it from the "
    "repository folder with:\n  ${COPROD} rules --format markdown > docs/rules.md\n"
    "then review and commit the difference.")
endif()
