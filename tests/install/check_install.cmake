# Installs coprod into a temporary prefix and checks the layout: the binary
# runs, the man page and the templates folder are where they belong.
# Run with -DSOURCE_DIR=… -DBUILD_DIR=… -DPREFIX=… -DMAN_PAGE=ON|OFF.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()

set(expected "${PREFIX}/bin/coprod")
file(GLOB templates "${SOURCE_DIR}/templates/*")
list(FILTER templates EXCLUDE REGEX "/\\.gitkeep$")
foreach(template IN LISTS templates)
  get_filename_component(name "${template}" NAME)
  list(APPEND expected "${PREFIX}/share/coprod/templates/${name}")
endforeach()
if(MAN_PAGE)
  list(APPEND expected "${PREFIX}/share/man/man1/coprod.1")
endif()
foreach(path IN LISTS expected)
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "not installed: ${path}")
  endif()
endforeach()

execute_process(COMMAND "${PREFIX}/bin/coprod" --version
                OUTPUT_VARIABLE version RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT version MATCHES "^coprod [0-9]+\\.[0-9]+\\.[0-9]+")
  message(FATAL_ERROR "the installed coprod did not run: ${status} ${version}")
endif()
if(MAN_PAGE)
  file(READ "${PREFIX}/share/man/man1/coprod.1" page)
  if(NOT page MATCHES "coprod check" OR NOT page MATCHES "--fail-on")
    message(FATAL_ERROR "the man page does not describe `coprod check`")
  endif()
endif()
file(REMOVE_RECURSE "${PREFIX}")
