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

"$coprod" appendix examples/life-rooms.yaml --format html --detail full --today 2026-06-30 -o "$work/life-rooms.html" || [[ $? == 1 ]]
# The board's version: an Assured and a conditional proposal, and the easy-read page.
"$coprod" appendix examples/life-rooms.yaml --format html --today 2026-06-30 -o "$work/board-assured.html" || [[ $? == 1 ]]
"$coprod" appendix examples/community-diabetes.yaml --format html --today 2026-06-30 -o "$work/board-conditional.html" || [[ $? == 1 ]]
"$coprod" appendix examples/life-rooms.yaml --format html --template easy-read --today 2026-06-30 \
  -o "$work/easy-read.html" || [[ $? == 1 ]]
"$coprod" appendix tests/inputs/appendix/hostile.yaml --format html --detail full --today 2026-06-30 -o "$work/hostile.html" || [[ $? == 1 ]]
"$coprod" appendix examples/life-rooms.yaml --format html --template gripp2-sf --today 2026-06-30 -o "$work/gripp2.html" || [[ $? == 1 ]]
"$coprod" appendix examples/life-rooms.yaml --format html --template you-said-we-did --today 2026-06-30 \
  -o "$work/you-said.html" || [[ $? == 1 ]]
"$coprod" appendix tests/inputs/appendix/sparse.yaml --format html --today 2026-06-30 -o "$work/sparse.html" || [[ $? == 1 ]]
"$coprod" appendix tests/inputs/appendix/dissent.yaml --format html --today 2026-06-30 -o "$work/dissent.html" || [[ $? == 1 ]]
"$coprod" report examples tests/inputs/appendix tests/load/duplicate-keys.yaml --format html --today 2026-06-30 \
  -o "$work/report.html" || [[ $? == 2 ]]

for page in life-rooms board-assured board-conditional easy-read hostile gripp2 you-said sparse dissent report; do
  python3 "$here/check_html.py" "$work/$page.html" || fail "$page.html: accessibility or self-containment"
  print_pdf "$work/$page.html" || continue
done

expect_text "$work/life-rooms.html.txt" \
  "Co-production statement: Life Rooms" "Who was involved" "How people were involved" \
  "Outcomes: what changed" "You said, we did" "What we did not adopt, and why" \
  "New questions to explore" "How co-production will continue" \
  "Evaluation of the co-production process" "Assurance" \
  "Co-production" "Coercion" "Board" "Appreciative inquiry discovery" \
  "Verdict: Assured" "How this was checked"
expect_text "$work/hostile.html.txt" \
  "<script>alert('x')</script>" "Smith & Jones <NHS> Trust" "<img src=x onerror=alert(1)>" \
  "[redacted: an e-mail address]" "items of personal data were redacted"
expect_text "$work/gripp2.html.txt" "1: Aim" "2: Methods" "3: Results" "4: Outcomes" "5: Critical reflection"
expect_text "$work/report.html.txt" "portfolio report" "Life Rooms" "Not valid proposals" \
  "duplicate-keys.yaml" "Most often unmet"

# Every printed page of a board paper: A4, the running header (title and
# reference) and "Page N of M" on each, and no page that holds only the
# closing note or the footer. $1 the page's name, $2 and $3 the header's
# two parts, $4 the paper pdfinfo names ("A4"), and whether it is on its side.
check_pages() {
  local name=$1 title=$2 reference=$3 size=$4 pdf="$work/$1.html.pdf" pages n text body
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  pdfinfo "$pdf" | grep -q "Page size:.*($size)" || fail "$name: not printed on $size: $(pdfinfo "$pdf" | grep 'Page size')"
  for ((n = 1; n <= pages; n++)); do
    text=$(pdftotext -f "$n" -l "$n" -layout "$pdf" - | tr -s ' \n' ' ')
    grep -qF -- "$title" <<<"$text" || fail "$name: page $n of $pages has no running header \"$title\""
    [[ -z "$reference" ]] || grep -qF -- "$reference" <<<"$text" || fail "$name: page $n has no reference $reference"
    grep -qF -- "Page $n of $pages" <<<"$text" || fail "$name: page $n has no \"Page $n of $pages\""
    # What is left when the margins and the closing note are taken away.
    body=$(pdftotext -f "$n" -l "$n" "$pdf" - | grep -vF -e "$title" -e "Page $n of $pages" -e "Checked " \
      -e "How this was checked" -e "Written by" | grep -cE '[[:alpha:]]{3}' || true)
    ((body >= 3)) || fail "$name: page $n of $pages holds only the header, the footer or the closing note"
  done
  echo "$name: $pages A4 pages, each with its header and page number"
}
check_pages life-rooms "Life Rooms: extending the social model of health to Knowsley" LR-2026-03 "A4"
check_pages board-assured "Life Rooms: extending the social model of health to Knowsley" LR-2026-03 "A4"
check_pages board-conditional "Community diabetes hubs: annual reviews closer to home" NICB-LTC-2026-07 "A4"
# The board's appendix fits the decision: Assured in two pages, conditional in three.
max_pages() {  # max_pages NAME LIMIT
  local pages
  pages=$(pdfinfo "$work/$1.html.pdf" | awk '/^Pages:/ {print $2}')
  ((pages <= $2)) || fail "$1: $pages pages; the board's appendix has at most $2"
}
max_pages board-assured 2
max_pages board-conditional 3
expect_text "$work/board-assured.html.txt" "Verdict: Assured" "Every item on the checklist is met." \
  "You said, we did" "How co-production will continue"
expect_text "$work/easy-read.html.txt" "What you told us, and what we did" "You said:" "We did:" \
  "What happens next" "Stay involved"
check_pages hostile "Waiting <script>alert('x')</script> & seeing" "" "A4"
check_pages sparse "Outpatient letters by text message" "" "A4"
check_pages dissent "Life Rooms: extending the social model of health to Knowsley" LR-2026-03 "A4"
check_pages you-said "Life Rooms: extending the social model of health to Knowsley" "" "A4"
# The report's key is on its first page, before the grid.
first_page=$(pdftotext -f 1 -l 1 "$work/report.html.pdf" - | tr -s ' \n' ' ')
grep -qF "Co-production activities, before and after redesign" <<<"$first_page" ||
  fail "report: the key to the columns is not on the first page"
check_pages report "Co-production assurance: portfolio report" "Checked 30 June 2026" "A4"
# The footer names the file, never the path it was given by.
"$coprod" appendix "$source_dir/examples/life-rooms.yaml" --format html --today 2026-06-30 -o "$work/absolute.html" || [[ $? == 1 ]]
grep -qF "$source_dir" "$work/absolute.html" && fail "the appendix shows the path it was given, $source_dir/…"
expect_text "$work/life-rooms.html.txt" "from life-rooms.yaml" "Checked 30 June 2026"
expect_text "$work/dissent.html.txt" "Not everyone who took part is satisfied" "Saturdays & Sundays" \
  "Met (waived: The session notes are held"
expect_text "$work/you-said.html.txt" "You said, we did" "What you told us, and what we changed" \
  "What happens next" "large print, easy read"

if ((failures > 0)); then
  echo "$failures failure(s)"
  exit 1
fi
echo "all HTML outputs print correctly"
