#!/usr/bin/env bash
# The command line under hostile input (docs/reliability.md): exit statuses,
# messages, and that nothing a user had is lost.
#   tests/cli/hostile.sh path/to/coprod
set -uo pipefail
coprod="$1"
here="$(cd "$(dirname "$0")/.." && pwd)"
valid="$here/rules/who-lived-experience/silent.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
# Under the sanitizer build a report must not pass for an ordinary exit status.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}exitcode=99"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}exitcode=99"

fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
# expect_status WANT COMMAND…: runs COMMAND, output in $work/out and $work/err.
expect_status() {
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"
  local got=$?
  [ "$got" -eq "$want" ] || fail "exit $got, wanted $want: $* ($(head -c 300 "$work/err"))"
}
expect_in() {  # expect_in FILE TEXT
  grep -qF -- "$2" "$1" || fail "$(basename "$1") lacks: $2 (has: $(head -c 400 "$1"))"
}

# --max-file-size: documented in --help, applied to files and to standard input.
"$coprod" check --help >"$work/help"
expect_in "$work/help" "--max-file-size"
cp "$valid" "$work/p.yaml"
size=$(stat -c %s "$work/p.yaml")
expect_status 2 "$coprod" check --max-file-size 100 "$work/p.yaml"
expect_in "$work/out" "error: the file is $size bytes, larger than the limit of 100 bytes for a proposal (--max-file-size)"
expect_status 0 "$coprod" check --fail-on never --max-file-size 1MB "$work/p.yaml"
expect_status 2 "$coprod" check --max-file-size lots "$work/p.yaml"
expect_status 2 sh -c "head -c 5000 /dev/zero | '$coprod' check - --max-file-size 1KB"
expect_in "$work/out" "the input is more than 1024 bytes, the limit for a proposal"
# The message names --max-file-size, so every command that reads proposals takes it.
expect_status 2 "$coprod" report --max-file-size 100 "$work/p.yaml"
expect_in "$work/out" "the file is $size bytes, larger than the limit of 100 bytes"
expect_status 0 "$coprod" report --fail-on never --max-file-size 1MB "$work/p.yaml"
expect_status 2 "$coprod" appendix --max-file-size 100 "$work/p.yaml"
expect_in "$work/err" "error: the file is $size bytes, larger than the limit of 100 bytes for a proposal (--max-file-size)"
expect_status 0 "$coprod" appendix --fail-on never --max-file-size 1MB "$work/p.yaml"
# A never-ending stream stops at the limit instead of filling memory.
expect_status 2 sh -c "yes 'x-a: 1' | '$coprod' check -"
expect_in "$work/out" "the input is more than 10485760 bytes"

# --output never replaces an input, however it is named.
cp "$work/p.yaml" "$work/before.yaml"
mkdir -p "$work/sub"
for same in "$work/p.yaml" "$work/sub/../p.yaml"; do
  expect_status 2 "$coprod" check "$work/p.yaml" --output "$same"
  expect_in "$work/err" "is the input file"
  cmp -s "$work/p.yaml" "$work/before.yaml" || fail "--output $same changed the proposal"
done
expect_status 2 "$coprod" check "$work" --output "$work/p.yaml"
cmp -s "$work/p.yaml" "$work/before.yaml" || fail "--output into a checked folder changed the proposal"
# Nor does an appendix or a report, of one file or of a folder holding it.
expect_status 2 "$coprod" appendix "$work/p.yaml" --output "$work/sub/../p.yaml"
expect_in "$work/err" "coprod appendix: --output $work/sub/../p.yaml is the input file $work/p.yaml"
cmp -s "$work/p.yaml" "$work/before.yaml" || fail "appendix --output changed the proposal"
expect_status 2 "$coprod" report "$work" --output "$work/p.yaml"
expect_in "$work/err" "coprod report: --output $work/p.yaml is the input file $work/p.yaml"
cmp -s "$work/p.yaml" "$work/before.yaml" || fail "report --output changed the proposal"

# A run that fails leaves an existing --output file as it was, and no temporary file.
echo "last good report" >"$work/report.txt"
expect_status 2 "$coprod" check "$work/p.yaml" --output "$work/report.txt" --today not-a-date
expect_status 2 "$coprod" check "$work/p.yaml" --output "$work/report.txt" --format nonsense
# Those fail before any output is opened; this one opens report.txt's
# temporary file, then cannot open the second output, so neither is written.
expect_status 2 "$coprod" check "$work/p.yaml" --format text --output "$work/report.txt" \
  --format json --output "$work/no-such-folder/r.json"
[ "$(cat "$work/report.txt")" = "last good report" ] || fail "a failed run changed --output"
ls -A "$work" | grep -q '\.tmp$' && fail "a temporary file was left behind"
expect_status 2 "$coprod" check "$work/p.yaml" --output "$work/no-such-folder/report.txt"
expect_in "$work/err" "the folder"
expect_status 0 "$coprod" check --fail-on never "$work/p.yaml" --output "$work/report.txt"
expect_in "$work/report.txt" "p.yaml: Do not proceed"

# A folder with a link loop, a dangling link and a pipe: each reported and skipped,
# the good file still checked, exit 2.
mkdir -p "$work/papers/2026"
cp "$valid" "$work/papers/2026/good.yaml"
ln -s .. "$work/papers/2026/up"
ln -s missing.yaml "$work/papers/dangling.yaml"
ln -s loop.yaml "$work/papers/loop.yaml"
mkfifo "$work/papers/pipe.yaml"
expect_status 2 timeout 60 "$coprod" check "$work/papers"
expect_in "$work/out" "papers/2026/good.yaml: Do not proceed"
expect_in "$work/out" "papers/dangling.yaml: error: skipped: a symbolic link to a file that does not exist"
expect_in "$work/out" "papers/loop.yaml: error: skipped: its symbolic links form a loop"
expect_in "$work/out" "papers/pipe.yaml: error: skipped: not a regular file (a pipe, socket or device)"
expect_in "$work/out" "4 proposals: 0 assured, 0 with conditions, 1 do not proceed, 3 not valid"

# Unreadable files and folders. Root reads whatever the permissions say, so
# as root (as in CI) these run as the unprivileged user nobody, with setpriv
# from util-linux, on a copy of coprod that nobody may run.
unprivileged=()
if [ "$(id -u)" -eq 0 ]; then
  if command -v setpriv >/dev/null; then
    chmod 755 "$work"
    cp "$coprod" "$work/coprod-as-nobody"
    unprivileged=(setpriv --reuid=65534 --regid=65534 --clear-groups "$work/coprod-as-nobody")
  else
    echo "SKIPPED: the unreadable file and folder cases (root, and no setpriv to drop it)"
  fi
else
  unprivileged=("$coprod")
fi
if [ "${#unprivileged[@]}" -gt 0 ]; then
  cp "$valid" "$work/secret.yaml"
  chmod 000 "$work/secret.yaml"
  expect_status 2 "${unprivileged[@]}" check "$work/secret.yaml" "$work/p.yaml"
  expect_in "$work/out" "secret.yaml: error: cannot be read: Permission denied"
  expect_in "$work/out" "p.yaml: Do not proceed"
  # A folder that cannot be listed is said in its place; the rest is checked.
  mkdir -p "$work/tree/closed" "$work/tree/open"
  cp "$valid" "$work/tree/open/p.yaml"
  chmod 000 "$work/tree/closed"
  expect_status 2 "${unprivileged[@]}" check "$work/tree"
  expect_in "$work/out" "tree/closed: error: this folder cannot be read: Permission denied"
  expect_in "$work/out" "tree/open/p.yaml: Do not proceed"
  chmod 700 "$work/tree/closed"
  rm -f "$work/coprod-as-nobody"
fi

# Not UTF-8, UTF-16, binary: located errors, exit 2.
printf 'coprod: 1\nx-a: caf\xe9\n' >"$work/latin1.yaml"
expect_status 2 "$coprod" check "$work/latin1.yaml"
expect_in "$work/out" "latin1.yaml:2:9: error: the file is not UTF-8 text: the byte 0xE9 at offset 18 is not valid UTF-8"
printf '\xff\xfec\x00o\x00' >"$work/utf16.yaml"
expect_status 2 "$coprod" check "$work/utf16.yaml"
expect_in "$work/out" "utf16.yaml:1:1: error: the file is UTF-16 text, not UTF-8: save it as UTF-8"
printf 'coprod: 1\nx-a: \0\n' >"$work/binary.yaml"
expect_status 2 "$coprod" check "$work/binary.yaml"
expect_in "$work/out" "binary.yaml:2:6: error: this is a binary file, not a YAML proposal (a zero byte at offset 15)"
head -c 300 /dev/urandom >"$work/noise.yaml"
expect_status 2 "$coprod" check "$work/noise.yaml"

# Every fuzz regression, through the real command: never a crash (status > 2).
for f in "$here"/fuzz/regressions/*; do
  [ -f "$f" ] || continue
  "$coprod" check "$f" --format json >/dev/null 2>&1
  status=$?
  [ "$status" -le 2 ] || fail "exit $status on $(basename "$f")"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "all hostile command-line cases passed"
