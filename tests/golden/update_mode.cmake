# The golden update mode itself: with COPROD_UPDATE_GOLDEN=1 a case whose
# output changed is rewritten and fails (a rewrite is never silent), then
# passes; an unchanged case passes; and with CI set the mode refuses to run.
# cmake -DCOPROD=… -DSOURCE_DIR=… -DWORK=… -P update_mode.cmake
set(cases "${WORK}/cases")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${cases}")
file(WRITE "${cases}/version.cmake" "set(ARGS --version)\n")
file(WRITE "${cases}/version.expected" "stale\n")

function(run_case result)  # further arguments: environment settings
  execute_process(
    COMMAND "${CMAKE_COMMAND}" -E env --unset=CI ${ARGN} "${CMAKE_COMMAND}" -DCOPROD=${COPROD}
            -DSOURCE_DIR=${SOURCE_DIR} -DWORK=${WORK}/work -DNAME=version -DCASES=${cases}
            -P "${CMAKE_CURRENT_LIST_DIR}/run.cmake"
    RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
  set(${result} "${status}: ${out}${err}" PARENT_SCOPE)
endfunction()

run_case(refused COPROD_UPDATE_GOLDEN=1 CI=true)
file(READ "${cases}/version.expected" kept)
if(refused MATCHES "^0:" OR NOT refused MATCHES "CI is set" OR NOT kept STREQUAL "stale\n")
  message(FATAL_ERROR "with CI set, the update mode did not refuse to run: ${refused}")
endif()

run_case(rewritten COPROD_UPDATE_GOLDEN=1)
file(READ "${cases}/version.expected" written)
if(rewritten MATCHES "^0:" OR NOT rewritten MATCHES "rewrote" OR NOT written MATCHES "coprod [0-9]")
  message(FATAL_ERROR "the update mode did not rewrite the stale case and fail: ${rewritten}")
endif()

run_case(unchanged COPROD_UPDATE_GOLDEN=1)
run_case(compared)
if(NOT unchanged MATCHES "^0:" OR NOT compared MATCHES "^0:")
  message(FATAL_ERROR "a case the update mode wrote did not pass: ${unchanged} / ${compared}")
endif()
file(REMOVE_RECURSE "${WORK}")
