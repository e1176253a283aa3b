#!/usr/bin/env bash
# `coprod check --jobs 4` must write exactly what `--jobs 1` writes, byte for
# byte and in the same order, with the same exit status, in every format.
# Usage: same_output.sh COPROD GENERATOR WORKDIR
set -euo pipefail
coprod=$1 generator=$2 work=$3

rm -rf "$work"
mkdir -p "$work"
python3 "$generator" --count 60 --seed 7 --per-folder 25 --out "$work/corpus" 2>/dev/null
# A file that cannot be read and one from standard input ride along too.
cp "$work/corpus/0000/proposal-000003.yaml" "$work/stdin.yaml"
inputs=("$work/corpus" "$work/missing.yaml" -)

# Every format the binary offers, from the definition its help is made of, as
# its fish completion gives it on one line: "… -l format -x -a 'a b c' …".
formats=$("$coprod" completion fish | sed -n "s/.*subcommand_from check' -s f -l format -x -a '\([^']*\)'.*/\1/p")
if [ -z "$formats" ]; then
  echo "could not find the list of formats in \`coprod completion fish\`" >&2
  exit 1
fi

failed=0
for format in $formats; do
  for jobs in 1 4; do
    set +e
    "$coprod" check --jobs "$jobs" --format "$format" --today 2026-06-30 --no-progress \
      --stdin-filename stdin.yaml "${inputs[@]}" <"$work/stdin.yaml" \
      >"$work/$format.$jobs.out" 2>"$work/$format.$jobs.err"
    echo $? >"$work/$format.$jobs.status"
    set -e
  done
  if [ ! -s "$work/$format.1.out" ]; then
    echo "$format: --jobs 1 wrote nothing" >&2
    failed=1
  fi
  for part in out err status; do
    if ! cmp -s "$work/$format.1.$part" "$work/$format.4.$part"; then
      echo "$format: --jobs 4 differs from --jobs 1 ($part):" >&2
      diff "$work/$format.1.$part" "$work/$format.4.$part" | head -n 20 >&2 || true
      failed=1
    fi
  done
  echo "$format: $(wc -c <"$work/$format.1.out") bytes, exit status $(cat "$work/$format.1.status"), same with --jobs 4"
done
exit $failed
