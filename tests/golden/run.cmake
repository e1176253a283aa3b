# Runs one golden case: the real coprod binary (from the repository root unless
# the case says otherwise), with
# the arguments in cases/<NAME>.cmake, and compares its exit status, standard
# output and standard error (and any file it writes) with cases/<NAME>.expected.
#
#   cmake -DCOPROD=path/to/coprod -DSOURCE_DIR=repo -DWORK=scratch -DNAME=case -P run.cmake
#
# A case from a matrix (the same command over many inputs) gives -DMATRIX=m
# and the variables matrix/<m>.cmake uses (INPUT, FORMAT, TEMPLATE) instead of
# a case file; its expected file is still cases/<NAME>.expected.
#
# With COPROD_UPDATE_GOLDEN=1 in the environment it rewrites an expected file
# that differs instead, and fails, so that a rewrite is never silent: review
# the diff (git diff), commit it, and run again. It refuses to when CI is set:
# a CI run compares, never rewrites.
#
# A case file sets:
#   ARGS         the arguments after `coprod` (may use ${WORK}, a scratch folder)
#   WORKDIR      optional: the folder to run in, relative to the repository root
#                (to find a .coprod.yaml there); outputs name files relative to it
#   STDIN        optional: a file, relative to the repository root, fed to standard input
#   OUTPUT_FILE  optional: a file the command writes (under ${WORK}), shown in the expected file
#   TERMINAL     optional: run under a pseudo-terminal (`script`), as a user would see it
#   ENV          optional: NAME=value pairs added to the environment
#   SKIP         optional: a reason to skip the case on this machine
#   OMIT_FROM, OMIT_TO  optional: two whole lines of standard output; the lines
#                from the first OMIT_FROM to the next OMIT_TO are shown as one line
#                `[N lines left out]` (SARIF's rule descriptors, the same whatever
#                the command checked, compared whole by other cases)
#   CHECK        optional: CMake code run after the command, for an assertion the
#                expected file alone would not keep (a property that must hold
#                even when the expected files are rewritten). It sees `status`,
#                `out`, `err` (the scratch folder shown as <work>) and `WORK`,
#                and fails with message(FATAL_ERROR).
# and may create its inputs under ${WORK} (so large inputs are not committed).

cmake_minimum_required(VERSION 3.20)
foreach(var COPROD SOURCE_DIR WORK NAME)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "run.cmake needs -D${var}=…")
  endif()
endforeach()

# CASES: another folder of cases, for the test of this script itself.
if(DEFINED CASES)
  set(case_dir "${CASES}")
else()
  set(case_dir "${CMAKE_CURRENT_LIST_DIR}/cases")
endif()
set(expected_file "${case_dir}/${NAME}.expected")
set(WORK "${WORK}/${NAME}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

unset(ARGS)
unset(WORKDIR)
unset(STDIN)
unset(OUTPUT_FILE)
unset(TERMINAL)
unset(ENV)
unset(SKIP)
unset(CHECK)
unset(OMIT_FROM)
unset(OMIT_TO)
if(DEFINED MATRIX)
  include("${CMAKE_CURRENT_LIST_DIR}/matrix/${MATRIX}.cmake")
else()
  include("${case_dir}/${NAME}.cmake")
endif()

if(SKIP)
  message("coprod-golden: skipped: ${SKIP}")
  return()
endif()

if(WORKDIR)
  set(run_dir "${SOURCE_DIR}/${WORKDIR}")
else()
  set(run_dir "${SOURCE_DIR}")
endif()

# A template folder or colour setting in the developer's environment must not
# change the outputs.
set(env_command "${CMAKE_COMMAND}" -E env --unset=COPROD_TEMPLATE_DIR --unset=NO_COLOR
                --unset=FORCE_COLOR)
foreach(pair IN LISTS ENV)
  list(APPEND env_command "${pair}")
endforeach()

if(TERMINAL)
  find_program(SCRIPT_PROGRAM script)
  if(NOT SCRIPT_PROGRAM)
    message("coprod-golden: skipped: `script` (bsdutils) is not installed to make a terminal")
    return()
  endif()
  # script(1) runs a shell command line: quote every argument for sh.
  set(line "")
  foreach(arg IN LISTS env_command ITEMS "${COPROD}" ${ARGS})
    string(REPLACE "'" "'\\''" arg "${arg}")
    string(APPEND line " '${arg}'")
  endforeach()
  execute_process(
    COMMAND "${SCRIPT_PROGRAM}" -qec "${line}" /dev/null
    WORKING_DIRECTORY "${run_dir}"
    INPUT_FILE /dev/null
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  # A terminal ends lines with CR LF and shows escapes; make both visible in text.
  string(REPLACE "\r\n" "\n" out "${out}")
  set(shown_args "${ARGS}")
  set(prefix "(on a terminal) ")
else()
  if(STDIN)
    set(input "${SOURCE_DIR}/${STDIN}")
  else()
    set(input /dev/null)
  endif()
  execute_process(
    COMMAND ${env_command} "${COPROD}" ${ARGS}
    WORKING_DIRECTORY "${run_dir}"
    INPUT_FILE "${input}"
    RESULT_VARIABLE status
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
  set(prefix "")
endif()

# Paths under the scratch folder differ between machines; escapes (colour)
# are shown in text.
string(ASCII 27 esc)
foreach(stream out err)
  string(REPLACE "${WORK}" "<work>" ${stream} "${${stream}}")
  string(REPLACE "${esc}" "<ESC>" ${stream} "${${stream}}")
endforeach()

function(section title text result)
  set(block "--- ${title}\n${text}")
  if(NOT text STREQUAL "" AND NOT text MATCHES "\n$")
    string(APPEND block "\n[no newline at end]\n")
  endif()
  set(${result} "${block}" PARENT_SCOPE)
endfunction()

if(DEFINED OMIT_FROM)
  string(FIND "${out}" "\n${OMIT_FROM}\n" from)
  if(from GREATER -1)
    math(EXPR from "${from} + 1")
    string(SUBSTRING "${out}" ${from} -1 rest)
    string(FIND "${rest}" "\n${OMIT_TO}\n" to)
    if(to GREATER -1)
      string(LENGTH "${OMIT_TO}" end_length)
      math(EXPR to "${to} + 2 + ${end_length}")
      string(SUBSTRING "${rest}" 0 ${to} omitted)
      string(SUBSTRING "${rest}" ${to} -1 rest)
      string(REGEX MATCHALL "\n" lines "${omitted}")
      list(LENGTH lines count)
      string(SUBSTRING "${out}" 0 ${from} kept)
      set(out "${kept}[${count} lines left out]\n${rest}")
    endif()
  endif()
endif()

string(REPLACE ";" " " shown "${ARGS}")
string(REPLACE "${WORK}" "<work>" shown "${shown}")
set(command "coprod ${shown}")
foreach(pair IN LISTS ENV)
  string(PREPEND command "${pair} ")
endforeach()
if(WORKDIR)
  string(PREPEND command "cd ${WORKDIR} && ")
endif()
string(REPLACE "${WORK}" "<work>" command "${command}")
set(actual "${prefix}$ ${command}")
if(STDIN)
  string(APPEND actual " < ${STDIN}")
endif()
string(APPEND actual "\n--- exit status: ${status}\n")
section("stdout" "${out}" block)
string(APPEND actual "${block}")
section("stderr" "${err}" block)
string(APPEND actual "${block}")
if(OUTPUT_FILE)
  if(EXISTS "${WORK}/${OUTPUT_FILE}")
    file(READ "${WORK}/${OUTPUT_FILE}" written)
    section("file <work>/${OUTPUT_FILE}" "${written}" block)
  else()
    set(block "--- file <work>/${OUTPUT_FILE}: not written\n")
  endif()
  string(APPEND actual "${block}")
endif()

if(CHECK)
  cmake_language(EVAL CODE "${CHECK}")
endif()

if("$ENV{COPROD_UPDATE_GOLDEN}" STREQUAL "1")
  if(NOT "$ENV{CI}" STREQUAL "")
    message(FATAL_ERROR "COPROD_UPDATE_GOLDEN=1 rewrites expected files, and CI is set: a CI run "
                        "compares outputs, it never rewrites them. Unset COPROD_UPDATE_GOLDEN.")
  endif()
  set(old "")
  if(EXISTS "${expected_file}")
    file(READ "${expected_file}" old)
  endif()
  if(NOT old STREQUAL actual)
    file(WRITE "${expected_file}" "${actual}")
    message(FATAL_ERROR "coprod-golden: rewrote ${expected_file}. Review the diff (git diff), "
                        "commit it, and run the tests again without COPROD_UPDATE_GOLDEN.")
  endif()
  return()
endif()

if(NOT EXISTS "${expected_file}")
  file(WRITE "${WORK}/actual" "${actual}")
  message(FATAL_ERROR "No expected output ${expected_file}. The output is in ${WORK}/actual;\n"
                      "run with COPROD_UPDATE_GOLDEN=1 to write it, then review it.")
endif()
file(READ "${expected_file}" expected)
if(NOT expected STREQUAL actual)
  file(WRITE "${WORK}/actual" "${actual}")
  # The diff goes straight to the test log, unwrapped.
  execute_process(COMMAND diff -u "${expected_file}" "${WORK}/actual")
  message(FATAL_ERROR "coprod ${shown}: the output differs from ${expected_file} (diff above).\n"
                      "If the change is intended: COPROD_UPDATE_GOLDEN=1 ctest -R golden, "
                      "then review and commit the expected files.")
endif()
