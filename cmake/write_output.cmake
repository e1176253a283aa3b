# Runs a program and writes its standard output to a file, failing the build
# when the program fails: cmake -DPROGRAM=… "-DARGS=a b" -DOUTPUT=… -P write_output.cmake
separate_arguments(ARGS UNIX_COMMAND "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${ARGS} OUTPUT_FILE "${OUTPUT}.tmp" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  file(REMOVE "${OUTPUT}.tmp")
  message(FATAL_ERROR "${PROGRAM} ${ARGS} failed: ${status}")
endif()
file(RENAME "${OUTPUT}.tmp" "${OUTPUT}")
