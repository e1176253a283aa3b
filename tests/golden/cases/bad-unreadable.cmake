# A file without read permission. Root can read it anyway, so the case is
# skipped when the tests run as root (as in CI); tests/cli/hostile.sh covers
# the same case there by running coprod as the user nobody.
execute_process(COMMAND id -u OUTPUT_VARIABLE uid OUTPUT_STRIP_TRAILING_WHITESPACE)
if(uid STREQUAL "0")
  set(SKIP "running as root, which can read a file whatever its permissions")
endif()
file(WRITE "${WORK}/unreadable.yaml" "coprod: 1\n")
file(CHMOD "${WORK}/unreadable.yaml" PERMISSIONS OWNER_WRITE)
set(ARGS check ${WORK}/unreadable.yaml)
