#!/usr/bin/env bash
# Prints coprod's HTML outputs to PDF with headless Chromium and checks the
# text a reader would see (pdftotext), then checks the HTML itself for
# accessibility and self-containment (check_html.py).
# Usage: print_test.sh COPROD_BINARY SOURCE_DIR. Exit 77 (skipped) when
# Chromium or pdftotext is not installed (.ci/install-deps installs them).
set -euo pipefail
coprod=$1
source_dir=$2
here=$(cd "$(dirname "$0")" && pwd)

chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$chromium" ]] || ! command -v pdftotext >/dev/null; then
  echo "skipped: needs chromium and pdftotext (poppler-utils)"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$source_dir"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Renders $1 (HTML) to $1.pdf and its text to $1.txt.
print_pdf() {
  local html=$1 profile
  profile=$(mktemp -d "$work/profile.XXXX")
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" \
    --print-to-pdf="$html.pdf" "file://$html" >"$work/chromium.log" 2>&1 || true
  if [[ ! -s "$html.pdf" ]]; then
    fail "Chromium made no PDF of $html"; cat "$work/chromium.log"; return 1
  fi
  pdftotext -layout "$html.pdf" "$html.txt"
}

# Each expected phrase must appear in the printed text (spaces normalised).
expect_text() {
  local txt=$1; shift
  local flat
  flat=$(tr -s ' \n' ' ' <"$txt")
  for phrase in "$@"; do
    grep -qF -- "$phrase" <<<"$flat" || fail "$(basename "$txt"): printed text lacks \"$phrase\""
  done
}

"$coprod" appendix examples/life-rooms.yaml --format html --today 2026-01-01 -o "$work/life-rooms.html" || [[ $? == 1 ]]
"$coprod" appendix tests/inputs/appendix/hostile.yaml --format html --today 2026-01-01 -o "$work/hostile.html" || [[ $? == 1 ]]
"$coprod" appendix examples/life-rooms.yaml --format html --template gripp2-sf --today 2026-01-01 -o "$work/gripp2.html" || [[ $? == 1 ]]
"$coprod" report examples tests/inputs/appendix tests/load/duplicate-keys.yaml --format html --today 2026-01-01 \
  -o "$work/report.html" || [[ $? == 2 ]]

for page in life-rooms hostile gripp2 report; do
  python3 "$here/check_html.py" "$work/$page.html" || fail "$page.html: accessibility or self-containment"
  print_pdf "$work/$page.html" || continue
done

expect_text "$work/life-rooms.html.txt" \
  "Co-production statement: Life Rooms" "Who was involved" "How people were involved" \
  "Outcomes: what changed" "You said, we did" "What we did not adopt, and why" \
  "New questions to explore" "How co-production will continue" \
  "Evaluation of the co-production process" "Assurance" \
  "Co-production" "Coercion" "Board" "Appreciative inquiry discovery sessions" \
  "Seek out those with lived experience."
expect_text "$work/hostile.html.txt" \
  "<script>alert('x')</script>" "Smith & Jones <NHS> Trust" "<img src=x onerror=alert(1)>" \
  "[redacted: an e-mail address]" "items of personal data were redacted"
expect_text "$work/gripp2.html.txt" "1: Aim" "2: Methods" "3: Results" "4: Outcomes" "5: Critical reflection"
expect_text "$work/report.html.txt" "portfolio report" "Life Rooms" "Not valid proposals" \
  "duplicate-keys.yaml" "Most often unmet"

if ((failures > 0)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "all HTML outputs print correctly"
