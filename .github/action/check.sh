#!/usr/bin/env bash
# For action.yml: runs coprod check with the action's inputs. The first format
# goes to the log as coprod writes it, the others (coprod writes only one to
# standard output) to files that are then shown in the log too; workflow
# commands (--format github) become annotations wherever they are printed.
# The SARIF report goes to its file. Never fails itself, so that the SARIF is
# still uploaded; coprod's exit status is the output `exit-status`.
# Environment: PATHS, FORMATS, FAIL_ON, CONFIG, SARIF_FILE (from action.yml).
set -uo pipefail
set -f  # the paths go to coprod as given, never expanded by this shell
args=(check)
shown=()
# shellcheck disable=SC2206
formats=(${FORMATS:-text})
for i in "${!formats[@]}"; do
  if [ "$i" -eq 0 ]; then
    args+=(--format "${formats[$i]}" --output -)
  else
    file=$RUNNER_TEMP/coprod-report-$i.${formats[$i]}
    args+=(--format "${formats[$i]}" --output "$file")
    shown+=("$file")
  fi
done
if [ -n "${SARIF_FILE:-}" ]; then args+=(--format sarif --output "$SARIF_FILE"); fi
if [ -n "${FAIL_ON:-}" ]; then args+=(--fail-on "$FAIL_ON"); fi
if [ -n "${CONFIG:-}" ]; then args+=(--config "$CONFIG"); fi
# shellcheck disable=SC2206
paths=(${PATHS:-.})
args+=("${paths[@]}")
echo "$ coprod ${args[*]}"
status=0
coprod "${args[@]}" || status=$?
for file in "${shown[@]}"; do
  [ -f "$file" ] && cat "$file"
done
echo "exit-status=$status" >>"$GITHUB_OUTPUT"
exit 0
