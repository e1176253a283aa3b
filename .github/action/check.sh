#!/usr/bin/env bash
# For action.yml: runs coprod check with the action's inputs. The first format
# goes to the log as coprod writes it, the others (coprod writes only one to
# standard output) to files that are then shown in the log too; workflow
# commands (--format github) become annotations wherever they are printed.
# The SARIF report goes to its file. Never fails itself, so that the SARIF is
# still uploaded; coprod's exit status is the output `exit-status`.
# Environment: PATHS, FORMATS, FAIL_ON, CONFIG, SARIF_FILE (from action.yml).
# Outputs: exit-status, and sarif-written=true when the SARIF file was written.
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
# The SARIF path is usually in the checked-out repository, which a pull
# request may change: a link committed there (coprod.sarif ->
# /home/runner/.bashrc), or a folder on the way that is one, would have
# coprod replace the file it points to. A link at the path itself is removed
# and a new file written in its place; a path in the workspace that leads out
# of it through a folder link is refused. A path the workflow gives outside
# the workspace is its own choice.
sarif_refused=""
if [ -n "${SARIF_FILE:-}" ]; then
  workspace=$(realpath -m "${GITHUB_WORKSPACE:-$PWD}")
  [ -L "$SARIF_FILE" ] && rm -f -- "$SARIF_FILE"
  as_given=$(realpath -m -s -- "$SARIF_FILE")
  resolved=$(realpath -m -- "$SARIF_FILE")
  if [[ $as_given == "$workspace"/* && $resolved != "$workspace"/* ]]; then
    # On one line: a link's target must not start a workflow command of its own.
    sarif_refused=$(printf 'the SARIF file %s leads to %s, outside the workspace: it was not written' \
      "$SARIF_FILE" "$resolved" | tr '\r\n' '  ')
  else
    args+=(--format sarif --output "$resolved")
  fi
fi
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
if [ -n "$sarif_refused" ]; then
  echo "::error title=coprod::$sarif_refused"
  [ "$status" -ge 2 ] || status=2
fi
echo "exit-status=$status" >>"$GITHUB_OUTPUT"
if [ -n "${SARIF_FILE:-}" ] && [ -z "$sarif_refused" ] && [ -f "$resolved" ] && [ ! -L "$SARIF_FILE" ]; then
  echo "sarif-written=true" >>"$GITHUB_OUTPUT"
fi
exit 0
