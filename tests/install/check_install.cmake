# Installs coprod into a temporary prefix and checks the layout: the binary
# runs, the man page, the completions and the templates are where they
# belong, the installed binary prefers its installed templates, and a lone
# copy of the binary renders every appendix and report from the templates
# built into it.
# Run with -DSOURCE_DIR=… -DBUILD_DIR=… -DPREFIX=….
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed: ${status}")
endif()

set(expected
  "${PREFIX}/bin/coprod"
  "${PREFIX}/share/man/man1/coprod.1"
  "${PREFIX}/share/bash-completion/completions/coprod"
  "${PREFIX}/share/zsh/vendor-completions/_coprod"
  "${PREFIX}/share/fish/vendor_completions.d/coprod.fish")
file(GLOB_RECURSE templates RELATIVE "${SOURCE_DIR}/templates" "${SOURCE_DIR}/templates/*.mustache")
foreach(template IN LISTS templates)
  list(APPEND expected "${PREFIX}/share/coprod/templates/${template}")
endforeach()
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
file(READ "${PREFIX}/share/man/man1/coprod.1" page)
foreach(section NAME SYNOPSIS DESCRIPTION COMMANDS OPTIONS "\"EXIT STATUS\"" ENVIRONMENT FILES EXAMPLES)
  if(NOT page MATCHES "\n\\.SH ${section}\n")
    message(FATAL_ERROR "the man page has no ${section} section")
  endif()
endforeach()
if(NOT page MATCHES "coprod check" OR NOT page MATCHES "fail\\\\-on")
  message(FATAL_ERROR "the man page does not describe `coprod check`")
endif()

# The installed binary, run from a folder outside the source tree, uses the
# installed templates before its built-in ones: mark the installed one and
# look for the mark in the appendix.
set(outside "${PREFIX}/outside")
file(MAKE_DIRECTORY "${outside}")
file(COPY_FILE "${SOURCE_DIR}/examples/life-rooms.yaml" "${outside}/proposal.yaml")
file(APPEND "${PREFIX}/share/coprod/templates/appendix.md.mustache" "installed-template-mark\n")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=COPROD_TEMPLATE_DIR
                        "${PREFIX}/bin/coprod" appendix proposal.yaml --today 2026-06-30
                WORKING_DIRECTORY "${outside}"
                OUTPUT_VARIABLE appendix ERROR_VARIABLE appendix_errors RESULT_VARIABLE status)
if(NOT status EQUAL 0 OR NOT appendix MATCHES "installed-template-mark")
  message(FATAL_ERROR "the installed coprod did not write an appendix from its installed "
                      "templates (status ${status}):\n${appendix_errors}${appendix}")
endif()

# A lone copy of the binary, with no templates anywhere near it, runs every
# command that renders one.
set(lone "${PREFIX}/lone/bin")  # no share/ beside it
file(MAKE_DIRECTORY "${lone}")
file(COPY_FILE "${PREFIX}/bin/coprod" "${lone}/coprod")
file(CHMOD "${lone}/coprod" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
foreach(args
    "appendix;proposal.yaml"
    "appendix;proposal.yaml;--format;html"
    "appendix;proposal.yaml;--template;gripp2-sf"
    "appendix;proposal.yaml;--template;gripp2-sf;--format;html"
    "report;proposal.yaml"
    "report;proposal.yaml;--format;html")
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=COPROD_TEMPLATE_DIR "${lone}/coprod" ${args} --today 2026-06-30
                  WORKING_DIRECTORY "${outside}"
                  OUTPUT_VARIABLE out ERROR_VARIABLE errors RESULT_VARIABLE status)
  if(NOT status EQUAL 0 OR out STREQUAL "" OR out MATCHES "installed-template-mark")
    message(FATAL_ERROR "a lone coprod could not run `coprod ${args}` from its built-in templates "
                        "(status ${status}):\n${errors}")
  endif()
endforeach()
file(REMOVE_RECURSE "${PREFIX}")
