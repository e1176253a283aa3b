# Installs coprod into a temporary prefix and checks the layout: the binary
# runs, the man page and the templates folder are where they belong, and the
# installed binary finds its templates from anywhere.
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
# The installed binary, run from a folder outside the source tree, uses the
# installed templates (not the source tree's): mark the installed one and look
# for the mark in the appendix.
set(outside "${PREFIX}/outside")
file(MAKE_DIRECTORY "${outside}")
file(COPY_FILE "${SOURCE_DIR}/examples/life-rooms.yaml" "${outside}/proposal.yaml")
file(APPEND "${PREFIX}/share/coprod/templates/appendix.md.mustache" "installed-template-mark\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=COPROD_TEMPLATE_DIR
                        "${PREFIX}/bin/coprod" appendix proposal.yaml --today 2026-01-01
                WORKING_DIRECTORY "${outside}"
                OUTPUT_VARIABLE appendix ERROR_VARIABLE appendix_errors RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT appendix MATCHES "installed-template-mark")
  message(FATAL_ERROR "the installed coprod did not write an appendix from its installed "
                      "templates (status ${status}):\n${appendix_errors}${appendix}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
