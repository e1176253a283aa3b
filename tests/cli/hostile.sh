#!/usr/bin/env bash
# The command line under hostile input (docs/reliability.md): exit statuses,
# messages, and that nothing a user had is lost.
#   tests/cli/hostile.sh path/to/coprod
set -uo pipefail
coprod="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
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

# --- Outputs, round two -------------------------------------------------
# A device, a FIFO or /dev/stdout is written in place, never replaced.
expect_status 0 "$coprod" check --fail-on never "$work/p.yaml" --output /dev/null
[ -c /dev/null ] || fail "--output /dev/null replaced the device"
mkfifo "$work/fifo"
cat "$work/fifo" >"$work/from-fifo" &
reader=$!
expect_status 0 "$coprod" check --fail-on never "$work/p.yaml" --output "$work/fifo"
wait "$reader"
[ -p "$work/fifo" ] || fail "--output FIFO replaced it with a file"
expect_in "$work/from-fifo" "1 proposal:"
"$coprod" check --fail-on never "$work/p.yaml" --output /dev/stdout >"$work/stdout-file" 2>"$work/err"
expect_in "$work/stdout-file" "1 proposal:"
# One output spelt two ways, or through a link: refused, nothing written.
echo '{"old": true}' >"$work/out.json"
cp "$work/out.json" "$work/out-before.json"
ln -s out.json "$work/out-link.json"
for second in "$work/./out.json" "$work/sub/../out.json" "$work/out-link.json"; do
  expect_status 2 "$coprod" check "$work/p.yaml" -f json -f sarif -o "$work/out.json" -o "$second"
  expect_in "$work/err" "are the same file"
  cmp -s "$work/out.json" "$work/out-before.json" || fail "-o out.json -o $second changed out.json"
done
# The temporary file is not predictable and never follows a planted link.
echo "precious" >"$work/victim"
for pid in $(seq $$ $(($$ + 50))); do ln -sf "$work/victim" "$work/.report.txt.$pid.tmp"; done
expect_status 0 "$coprod" check --fail-on never "$work/p.yaml" --output "$work/report.txt"
[ "$(cat "$work/victim")" = "precious" ] || fail "a planted temp-file link made coprod overwrite another file"
rm -f "$work"/.report.txt.*.tmp
# A replaced file keeps its permissions.
touch "$work/private.txt"
chmod 600 "$work/private.txt"
expect_status 0 "$coprod" check --fail-on never "$work/p.yaml" --output "$work/private.txt"
[ "$(stat -c %a "$work/private.txt")" = 600 ] || fail "a 0600 output came back $(stat -c %a "$work/private.txt")"
# Standard input that is the output file: refused before anything is written.
cp "$work/before.yaml" "$work/p.yaml"
expect_status 2 sh -c "'$coprod' check - -o '$work/p.yaml' < '$work/p.yaml'"
expect_in "$work/err" "is the file on standard input"
cmp -s "$work/p.yaml" "$work/before.yaml" || fail "check - -o p.yaml < p.yaml changed the proposal"
expect_status 2 sh -c "'$coprod' appendix - -o '$work/p.yaml' < '$work/p.yaml'"
cmp -s "$work/p.yaml" "$work/before.yaml" || fail "appendix - -o p.yaml < p.yaml changed the proposal"
# A write to standard output that fails is a message and exit 2, for every command.
for command in check appendix report; do
  expect_status 2 sh -c "'$coprod' $command --fail-on never '$work/p.yaml' >/dev/full"
  expect_in "$work/err" "cannot write to standard output"
done
big="$work/big"
mkdir -p "$big"
for i in $(seq 1 40); do cp "$valid" "$big/p$i.yaml"; done
"$coprod" check --fail-on never "$big" --format json 2>"$work/err" | head -c 10 >/dev/null
status=${PIPESTATUS[0]}
[ "$status" -eq 2 ] || fail "a closed pipe: exit $status, wanted 2"
expect_in "$work/err" "cannot write to standard output"
# Interrupted: no temporary file stays.
mkfifo "$work/hold"
sleep 5 >"$work/hold" &
holder=$!
"$coprod" check - --output "$work/slow.txt" <"$work/hold" 2>/dev/null &
run=$!
sleep 1
for _ in 1 2 3 4 5 6 7 8 9 10; do ls -a "$work" | grep -q '^\.slow\.txt\..*\.tmp$' && break; sleep 0.2; done
kill -TERM "$run"
wait "$run" 2>/dev/null
kill "$holder" 2>/dev/null
ls -a "$work" | grep -q '^\.slow\.txt\..*\.tmp$' && fail "SIGTERM left a temporary file"

# --- What reaches people ------------------------------------------------
# A file name that is not UTF-8: replacement characters, the run goes on.
weird="$work/caf$(printf '\xe9').yaml"
cp "$valid" "$weird"
expect_status 0 "$coprod" check --fail-on never "$weird" "$work/p.yaml" --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["proposals"]) == 2' "$work/out" \
  || fail "check --format json with a non-UTF-8 name is not whole JSON"
expect_in "$work/out" "caf$(printf '\xef\xbf\xbd').yaml"
expect_status 0 "$coprod" report --fail-on never "$weird" "$work/p.yaml" --format json
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["proposals"]) == 2' "$work/out" \
  || fail "report --format json with a non-UTF-8 name is not whole JSON"
# A name or title with a newline cannot start a workflow command; controls are shown, not sent.
forged="$work/x
::error file=forged.yaml::forged"
mkdir -p "$forged"
cp "$valid" "$forged/p.yaml"
expect_status 0 "$coprod" check --fail-on never --format github "$forged/p.yaml"
grep -q '^::error file=forged' "$work/out" && fail "a file name forged a workflow command"
sed 's/^  title: .*/  title: "Clinics\\e]0;owned\\a\\r\\nAssured \\u202E\\u200B"/' "$valid" >"$work/controls.yaml"
for format in text markdown github; do
  "$coprod" check --fail-on never --format "$format" "$work/controls.yaml" >"$work/out" 2>&1
  LC_ALL=C grep -q "$(printf '[\x01-\x08\x0b-\x1f\x7f]')" "$work/out" && fail "--format $format sent a control character"
done
"$coprod" appendix --fail-on never "$work/controls.yaml" >"$work/out" 2>&1
LC_ALL=C grep -q "$(printf '[\x01-\x08\x0b-\x1f\x7f]')" "$work/out" && fail "the appendix sent a control character"
expect_in "$work/out" "U+202E"
"$coprod" check --fail-on never "$work/controls.yaml" >"$work/out" 2>&1
expect_in "$work/out" "[integrity-hidden-characters]"

# --- Personal data in what coprod writes --------------------------------
mkdir -p "$work/pd"
sed 's/^  title: .*/  title: Call Mrs Amina Begum on 07700 900123/' "$valid" >"$work/pd/jo.bloggs@example.org.yaml"
for command in "check --format text" "check --format json" "check --format sarif" "check --format markdown" \
               "check --format github" "check --format junit" "appendix" "appendix --format html" \
               "report" "report --format json" "report --format html"; do
  "$coprod" $command --fail-on never "$work/pd/jo.bloggs@example.org.yaml" >"$work/out" 2>&1
  for secret in "jo.bloggs@example.org" "07700 900123" "Amina Begum"; do
    grep -qF "$secret" "$work/out" && fail "coprod $command shows $secret"
  done
done

# --- Configuration discovery ---------------------------------------------
# A .coprod.yaml above the repository does not apply; --verbose says which is used.
mkdir -p "$work/above/repo/.git" "$work/above/repo/papers"
printf 'coprod_config: 1\nfail_on: never\n' >"$work/above/.coprod.yaml"
sed 's/^  title: .*/  title: Clinics/' "$here/rules/who-lived-experience/fires.yaml" >"$work/above/repo/papers/p.yaml"
(cd "$work/above/repo/papers" && "$coprod" check --verbose p.yaml >"$work/out" 2>"$work/err")
[ $? -eq 1 ] || fail "a .coprod.yaml above the repository applied"
expect_in "$work/err" "no configuration"
printf 'coprod_config: 1\nfail_on: never\n' >"$work/above/repo/.coprod.yaml"
(cd "$work/above/repo/papers" && "$coprod" check --verbose p.yaml >"$work/out" 2>"$work/err")
[ $? -eq 0 ] || fail "the repository's own .coprod.yaml did not apply"
expect_in "$work/err" "configuration ../.coprod.yaml"
(cd "$work/above/repo/papers" && "$coprod" check --format json p.yaml >"$work/out" 2>"$work/err")
expect_in "$work/out" '"configuration": "../.coprod.yaml"'
(cd "$work/above/repo/papers" && "$coprod" check --no-config p.yaml >"$work/out" 2>"$work/err")
[ $? -eq 1 ] || fail "--no-config still read the configuration"

# --- CR-only line endings -------------------------------------------------
tr '\n' '\r' <"$valid" >"$work/cr.yaml"
expect_status 0 "$coprod" check --fail-on never "$work/cr.yaml"
grep -q "empty" "$work/out" && fail "CR-only line endings read as an empty file"

# Every fuzz regression, through the real command: never a crash (status > 2).
for f in "$here"/fuzz/regressions/* "$here"/fuzz/outputs/regressions/*; do
  [ -f "$f" ] || continue
  "$coprod" check "$f" --format json >/dev/null 2>&1
  status=$?
  [ "$status" -le 2 ] || fail "exit $status on $(basename "$f")"
done

# No message sends a user to a file they do not have (CLI.md, FORMAT.md …):
# coprod's own texts point to `coprod explain`, `coprod schema` or docs/ in
# coprod's sources.
cited=$(grep -aoE '\b[A-Z][A-Z_]+\.md([^.a-zA-Z]|$)' "$coprod" | sort -u | tr '\n' ' ')
[ -z "$cited" ] || fail "the binary's messages cite files a user does not have: $cited"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)" >&2
  exit 1
fi
echo "all hostile command-line cases passed"
