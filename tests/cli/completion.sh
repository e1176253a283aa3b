#!/usr/bin/env bash
# The bash completion, as bash runs it: commands, options, the values of an
# option (also as --option=value), rule ids and shells. The zsh and fish
# scripts are parsed by their shells when those are installed; all three are
# golden files too (golden/completion-*).
# Usage: completion.sh COPROD
set -euo pipefail
coprod=$1
failed=0
script=$(mktemp)
trap 'rm -f "$script"' EXIT
"$coprod" completion bash >"$script"
# shellcheck disable=SC1090
source "$script"
expect() {  # expect "WORDS…" "COMPLETIONS": the cursor is on the last word
  local want=$2
  read -r -a COMP_WORDS <<<"$1"
  [[ $1 == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMPREPLY=()
  _coprod
  if [ "${COMPREPLY[*]}" != "$want" ]; then
    echo "completing \`$1\`: got \`${COMPREPLY[*]}\`, expected \`$want\`" >&2
    failed=1
  fi
}
expect "coprod ch" "check"
expect "coprod check --fa" "--fail-on"
expect "coprod check --format " "text markdown json sarif junit github"
expect "coprod check --color = al" "always"
expect "coprod appendix x.yaml --template gr" ""
expect "coprod explain who-p" "who-paid"
expect "coprod completion " "bash zsh fish"
expect "coprod help rep" "report"
expect "coprod -" "-h --help -V --version"
for shell in zsh fish; do
  if command -v "$shell" >/dev/null; then
    "$coprod" completion "$shell" | "$shell" -n || { echo "the $shell completion does not parse" >&2; failed=1; }
  fi
done
# fish completes as it would on a command line: the first word of each line.
if command -v fish >/dev/null; then
  "$coprod" completion fish >"$script"
  fish_expect() {
    local got
    got=$(fish -c "source '$script'; complete -C '$1'" | cut -f1 | tr '\n' ' ')
    if [ "$got" != "$2" ]; then
      echo "fish completing \`$1\`: got \`$got\`, expected \`$2\`" >&2
      failed=1
    fi
  }
  fish_expect "coprod che" "check "
  fish_expect "coprod check --format " "github json junit markdown sarif text "
  fish_expect "coprod check --fa" "--fail-on "
  fish_expect "coprod explain who-p" "who-paid "
fi
exit "$failed"
