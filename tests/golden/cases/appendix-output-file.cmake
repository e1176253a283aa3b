# --output writes the same appendix, whole, and nothing to standard output.
set(ARGS appendix examples/life-rooms.yaml --today 2026-06-30 -o ${WORK}/appendix.md)
set(OUTPUT_FILE appendix.md)
# The same environment as the case itself (env_command: no COPROD_TEMPLATE_DIR).
set(CHECK [[
execute_process(COMMAND ${env_command} "${COPROD}" appendix examples/life-rooms.yaml --today 2026-06-30
  WORKING_DIRECTORY "${run_dir}" RESULT_VARIABLE stdout_status OUTPUT_VARIABLE stdout_text)
file(READ "${WORK}/appendix.md" written)
if(NOT written STREQUAL stdout_text OR NOT stdout_status EQUAL status)
  message(FATAL_ERROR "the file written with --output differs from the appendix on standard output")
endif()
]])
