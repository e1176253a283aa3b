#!/usr/bin/env bash
# The GitHub Action's own scripts (.github/action/), run as the runner runs
# them: with its environment (RUNNER_TEMP, GITHUB_OUTPUT) and action.yml's
# inputs, and the built coprod first on the PATH. GitHub itself cannot be run
# here; what the scripts do with coprod can.
#   check_action.sh COPROD SOURCE_DIR WORK_DIR
set -euo pipefail
coprod=$1 source=$2 work=$3
rm -rf "$work"
mkdir -p "$work/bin"
ln -s "$coprod" "$work/bin/coprod"
export PATH="$work/bin:$PATH" RUNNER_TEMP="$work/runner"
mkdir -p "$RUNNER_TEMP"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# check.sh with PATHS, FORMATS, FAIL_ON and SARIF_FILE: what it prints and
# the exit status it hands on (it never fails itself, so the SARIF is still
# uploaded).
run_check() {  # NAME EXPECTED_STATUS PATHS [FAIL_ON]
  local name=$1 expected=$2
  export GITHUB_OUTPUT="$work/$name.output" PATHS=$3 FAIL_ON=${4:-}
  export FORMATS="text github" SARIF_FILE="$work/$name.sarif" CONFIG=""
  : >"$GITHUB_OUTPUT"
  if ! (cd "$source" && bash .github/action/check.sh) >"$work/$name.log" 2>&1; then
    fail "$name: check.sh itself failed"
  fi
  grep -qx "exit-status=$expected" "$GITHUB_OUTPUT" ||
    fail "$name: exit-status is '$(cat "$GITHUB_OUTPUT")', expected $expected"
}

run_check assured 0 examples/life-rooms.yaml
grep -q "Assured — ready for board" "$work/assured.log" || fail "assured: no verdict in the log"
grep -q '^::notice ' "$work/assured.log" || fail "assured: no annotation (--format github) in the log"
python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert d["version"]=="2.1.0" and d["runs"][0]["results"]' \
  "$work/assured.sarif" || fail "assured: the SARIF report is missing or empty"

run_check not-proceed 1 examples/maternity-not-satisfied.yaml
grep -q "Do not proceed" "$work/not-proceed.log" || fail "not-proceed: no verdict in the log"

# An invalid proposal: the job's log carries coprod's own message.
run_check invalid 2 examples/invalid-proposal.yaml
grep -q "did you mean \`organisation\`" "$work/invalid.log" || fail "invalid: coprod's message is not in the log"
grep -q '^::error ' "$work/invalid.log" || fail "invalid: the error is not an annotation"

# A fail level from the inputs; paths on separate lines, as action.yml
# allows, each checked.
run_check advice-fails 1 examples/life-rooms.yaml advice
run_check two-paths 0 $'examples/life-rooms.yaml\nexamples/online-booking.yaml'
grep -q "^2 proposals: 2 assured" "$work/two-paths.log" || fail "two-paths: not both proposals were checked"

# The SARIF path is in the repository a pull request may change. A link
# committed at it is replaced by the report, and the file it pointed to is
# left alone; a path that leads out of the workspace through a folder link
# is refused, with an error, and nothing is uploaded.
ws="$work/workspace"
mkdir -p "$ws" "$work/outside"
cp -r "$source/examples" "$ws/papers"
echo precious >"$work/outside/bashrc"
ln -s "$work/outside/bashrc" "$ws/coprod.sarif"
ln -s "$work/outside" "$ws/reports"
run_in_workspace() {  # NAME SARIF_FILE
  export GITHUB_OUTPUT="$work/$1.output" PATHS=papers/life-rooms.yaml FAIL_ON="" FORMATS=text \
    SARIF_FILE=$2 CONFIG="" GITHUB_WORKSPACE=$ws
  : >"$GITHUB_OUTPUT"
  (cd "$ws" && bash "$source/.github/action/check.sh") >"$work/$1.log" 2>&1 || fail "$1: check.sh itself failed"
}
run_in_workspace sarif-link coprod.sarif
[ "$(cat "$work/outside/bashrc")" = precious ] || fail "sarif-link: the file the link pointed to was replaced"
{ [ -f "$ws/coprod.sarif" ] && [ ! -L "$ws/coprod.sarif" ]; } || fail "sarif-link: no SARIF file in place of the link"
grep -qx "exit-status=0" "$work/sarif-link.output" || fail "sarif-link: $(cat "$work/sarif-link.output")"
grep -qx "sarif-written=true" "$work/sarif-link.output" || fail "sarif-link: the SARIF is not marked written"
run_in_workspace sarif-folder-link reports/coprod.sarif
[ ! -e "$work/outside/coprod.sarif" ] || fail "sarif-folder-link: the SARIF was written outside the workspace"
grep -qx "exit-status=2" "$work/sarif-folder-link.output" || fail "sarif-folder-link: exit status is not 2"
! grep -q "sarif-written" "$work/sarif-folder-link.output" || fail "sarif-folder-link: marked written"
grep -q "^::error title=coprod::the SARIF file reports/coprod.sarif leads to .*outside the workspace" \
  "$work/sarif-folder-link.log" || fail "sarif-folder-link: no error in the log"
unset GITHUB_WORKSPACE

# find-package.sh when told to build from source: no download, a cache key
# made of the sources and the distribution.
export GITHUB_OUTPUT="$work/find.output" INSTALL=source REPOSITORY=example/coprod REF=v0.1.0 \
  GH_TOKEN="" ACTION_PATH="$source"
: >"$GITHUB_OUTPUT"
bash "$source/.github/action/find-package.sh" >"$work/find.log" 2>&1 || fail "find-package.sh failed: $(cat "$work/find.log")"
grep -qx "found=false" "$GITHUB_OUTPUT" || fail "find-package: found is not false for install: source"
grep -Eq "^cache-key=coprod-package-[a-z]+-[a-z]+-$(uname -m)-[0-9a-f]{32}$" "$GITHUB_OUTPUT" ||
  fail "find-package: cache-key is '$(grep cache-key "$GITHUB_OUTPUT")'"

# action.yml and the pre-commit hook, as GitHub and pre-commit read them: the
# SARIF upload cannot fail a job (code scanning is often not enabled), and the
# hook runs once over every file, with named files filtered as a walk's are.
python3 - "$source" <<'PY' || fail "action.yml or .pre-commit-hooks.yaml: see above"
import sys, yaml
source = sys.argv[1]
steps = yaml.safe_load(open(f"{source}/action.yml"))["runs"]["steps"]
upload = [s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif")]
assert len(upload) == 1 and upload[0].get("continue-on-error") is True, "the SARIF upload must continue on error"
hook = yaml.safe_load(open(f"{source}/.pre-commit-hooks.yaml"))[0]
assert hook.get("require_serial") is True, "the hook must set require_serial"
assert "--filter-named" in hook["entry"].split(), "the hook must filter the files pre-commit names"
assert hook.get("args") == ["--quiet"], "the hook shows only what fails the commit"
PY

# A folder of a repository: only its proposals are checked; one that lost its
# `coprod:` line fails the job.
run_check walk 2 tests/inputs/walk
grep -q "lost-coprod-line.yaml.*no \`coprod: 1\` line" "$work/walk.log" || fail "walk: the proposal without its coprod: line is not an error"
grep -q "mkdocs.yml" "$work/walk.log" && fail "walk: mkdocs.yml was not skipped"

if ((failures)); then exit 1; fi
echo "the action's scripts: all cases pass"
