#!/bin/sh
# Writes coprod.1 from the built binary's own --help, so the man page cannot
# drift from the command line: help2man for the main page, and each
# subcommand's --help as a section of its own.
# Usage: man-page.sh COPROD_BINARY OUTPUT
set -eu
coprod=$1
output=$2
include=$output.include
{
  echo "[COMMANDS]"
  for command in $("$coprod" --help | sed -n '/^Subcommands:/,$p' | awk 'NR > 1 && NF { print $1 }'); do
    echo ".SS \"coprod $command\""
    echo ".nf"
    "$coprod" "$command" --help | sed 's/\\/\\e/g; s/^\./\\\&./'
    echo ".fi"
  done
  echo "[SEE ALSO]"
  echo "docs/ci.md in the coprod sources: use in CI, SARIF, JUnit, GitHub annotations and .coprod.yaml."
} > "$include"
help2man --no-info --no-discard-stderr --name "check the co-production evidence behind health and care proposals" \
  --include "$include" --output "$output" "$coprod"
rm -f "$include"
