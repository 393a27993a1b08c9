#!/usr/bin/env bash
# End-to-end test of the printed documents as an office opens them, from a fresh machine: installs Debian's
# LibreOffice Writer (and Chromium) when missing, builds the sop jar when it is missing or older than the
# sources, writes every example and the booklet as PDF, Word and HTML on A4 and F4, then
#  - converts each Word file to PDF with LibreOffice and checks that it has the PDF's page count and that
#    every flowchart page carries the drawing (its pictures), and renders the first flowchart page of
#    each to PNG;
#  - prints the HTML booklet with Chromium and checks that it has the PDF booklet's page count;
#  - checks in the PDF booklet, the Word booklet converted by LibreOffice and the HTML booklet printed by
#    Chromium that every SOP, the appendix and every form starts on the same page in all three, and that
#    the daftar isi shows exactly those pages; renders each daftar isi page to PNG;
#  - opens each SOP's HTML in headless Chromium 1000, 1400 and 1920 px wide and checks that every symbol
#    stands under its lane header, with a screenshot of each width.
# Exit 0 when every check passed; the last line reads "N passed, N failed".
#
#   usage: documents/e2e/run.sh
#   env:   SOP_E2E_SHOTS  where the PNGs go (default: a new temporary folder, printed at the end)
#          CHROMIUM       the browser (default: /usr/bin/chromium, installed with apt when missing)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
JAR="$REPO/org.dinsos.sop.jar/target/sop.jar"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sop-documents-e2e.XXXX")"
SHOTS="${SOP_E2E_SHOTS:-$(mktemp -d "${TMPDIR:-/tmp}/sop-documents-shots.XXXX")}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
STAGE="set-up"
PASSED=0
FAILED=0

finish() {
  status=$?
  if [ "$STAGE" != "test" ] && [ "$status" != 0 ]; then
    echo "documents e2e stopped during $STAGE (exit $status)"
    echo "0 passed, 1 failed"
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap finish EXIT

check() { # name, then the command that passes
  local name="$1"
  shift
  if "$@"; then PASSED=$((PASSED + 1)); echo "ok   $name"; else FAILED=$((FAILED + 1)); echo "FAIL $name"; fi
}

mkdir -p "$SHOTS"
STAGE="installation of LibreOffice Writer, Chromium, poppler and the Liberation fonts"
missing=()
command -v soffice > /dev/null || missing+=(libreoffice-writer)
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdfinfo > /dev/null || missing+=(poppler-utils)
# The Word files name Liberation Sans: LibreOffice sets them in it only when it is installed.
fc-list 2> /dev/null | grep -q "Liberation Sans:" || missing+=(fonts-liberation2)
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq > "$WORK/apt.log" 2>&1 && apt-get install -y -qq "${missing[@]}" >> "$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log"; exit 1; }
  CHROMIUM=/usr/bin/chromium
fi

STAGE="build of the sop jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$REPO"/org.dinsos.sop.{dsl,diagram,generator,dsl.ide,cli}/{src,META-INF} -newer "$JAR" -print -quit)" ]; then
  (cd "$REPO" && ./mvnw -B -q package -DskipTests > "$WORK/build.log" 2>&1) || { tail -30 "$WORK/build.log"; exit 1; }
fi

STAGE="generation of the documents"
for paper in A4 F4; do
  out="$WORK/$paper"
  mkdir -p "$out"
  java -jar "$JAR" generate --format pdf,html,docx --kertas "$paper" "$REPO"/examples/*.sop -o "$out" > /dev/null
  for format in pdf docx html; do
    java -jar "$JAR" booklet "$REPO/examples" --kertas "$paper" -o "$out/buku.$format" > /dev/null
  done
done

STAGE="test"
pages() { pdfinfo "$1" | awk '/^Pages:/ {print $2}'; }
for paper in A4 F4; do
  out="$WORK/$paper"
  mkdir -p "$out/libreoffice"
  soffice --headless --norestore "-env:UserInstallation=file://$WORK/lo-profile" --convert-to pdf \
    --outdir "$out/libreoffice" "$out"/*.docx > "$WORK/soffice.log" 2>&1 || { tail -20 "$WORK/soffice.log"; exit 1; }
  for docx in "$out"/*.docx; do
    name="$(basename "$docx" .docx)"
    converted="$out/libreoffice/$name.pdf"
    expected="$(pages "$out/$name.pdf")"
    actual="$(pages "$converted")"
    check "$paper $name.docx in LibreOffice: $actual pages, the PDF has $expected" [ "$actual" = "$expected" ]
    # Every flowchart page of an SOP carries pictures in its lanes: more pictures than the identity page's logo box.
    if [ "$name" != buku ]; then
      bare=0
      for page in $(seq 2 "$actual"); do
        count="$(pdfimages -f "$page" -l "$page" -list "$converted" | tail -n +3 | wc -l)"
        [ "$count" -ge 3 ] || bare=1
      done
      check "$paper $name.docx in LibreOffice: every flowchart page carries its drawing" [ "$bare" = 0 ]
      pdftoppm -f 2 -l 2 -r 60 -png "$converted" "$SHOTS/$paper-$name-word-libreoffice"
      pdftoppm -f 2 -l 2 -r 60 -png "$out/$name.pdf" "$SHOTS/$paper-$name-pdf"
    fi
  done
done

# Where the parts of a printed booklet start: each SOP's identity page, the appendix, each form's first page.
page_text() { pdftotext -f "$2" -l "$2" -layout "$1" - | tr -s ' \t' ' '; }
starts() {
  local pdf="$1" appendix=0 found=() page text
  for page in $(seq 1 "$(pages "$pdf")"); do
    text="$(page_text "$pdf" "$page")"
    if [ "$appendix" = 0 ]; then
      if grep -q "DAFTAR ISI" <<< "$text"; then
        continue
      elif grep -q "LAMPIRAN: FORMULIR MONITORING DAN EVALUASI" <<< "$text"; then
        appendix="$page"
        found+=("$page")
      elif grep -q "Nomor SOP" <<< "$text"; then
        found+=("$page")
      fi
    elif grep -Eq "FORMULIR (MONITORING|EVALUASI) SOP" <<< "$text"; then
      found+=("$page")
    fi
  done
  echo "${found[*]}"
}
# (A page's text is read whole before grep looks at it: grep -q ending a pipe early fails it under pipefail.)
contents_page() {
  local page text
  for page in $(seq 1 "$(pages "$1")"); do
    text="$(page_text "$1" "$page")"
    if grep -q "DAFTAR ISI" <<< "$text"; then echo "$page"; return; fi
  done
  echo 0
}
# The page numbers the daftar isi shows: the number ending each of its lines (not the footer's).
listed() {
  local pdf="$1" page text first
  first="$(contents_page "$pdf")"
  [ "$first" != 0 ] || return 0
  for page in $(seq "$first" "$(pages "$pdf")"); do
    text="$(page_text "$pdf" "$page")"
    ! grep -q "CARA MEMBACA FLOWCHART" <<< "$text" || break
    grep -v "Halaman .* dari" <<< "$text" | grep -Ev '^ *[0-9]+ *$' | sed -nE 's/.*(^|[^0-9/-])([0-9]+) *$/\2/p' || true
  done | tr '\n' ' ' | sed 's/ $//'
  echo
}
for paper in A4 F4; do
  out="$WORK/$paper"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/chromium-buku.pdf" \
    "file://$out/buku.html" > /dev/null 2>&1
  expected="$(pages "$out/buku.pdf")"
  actual="$(pages "$out/chromium-buku.pdf")"
  check "$paper buku.html printed by Chromium: $actual pages, the PDF has $expected" [ "$actual" = "$expected" ]
  pdf_starts="$(starts "$out/buku.pdf")"
  for printed in "PDF:$out/buku.pdf" "LibreOffice:$out/libreoffice/buku.pdf" "Chromium:$out/chromium-buku.pdf"; do
    by="${printed%%:*}"
    file="${printed#*:}"
    shown="$(listed "$file")"
    begins="$(starts "$file")"
    check "$paper buku ($by): the parts start on the PDF's pages ($begins)" [ "$begins" = "$pdf_starts" ]
    check "$paper buku ($by): the daftar isi shows the pages the parts start on ($shown)" [ "$shown" = "$begins" ]
    page="$(contents_page "$file")"
    [ "$page" = 0 ] || pdftoppm -f "$page" -l "$page" -r 60 -png "$file" "$SHOTS/$paper-buku-daftar-isi-$by"
  done
done

# Each symbol's centre lies within its lane header's left and right edges, at every window width.
cat > "$WORK/measure.js" << 'JS'
addEventListener('load', () => {
  const problems = [];
  document.querySelectorAll('section.flowchart').forEach(section => {
    section.querySelectorAll('g.langkah').forEach(step => {
      const box = step.getBoundingClientRect();
      const centre = box.left + box.width / 2;
      const header = section.querySelector('th.lajur[data-pelaksana="' + step.dataset.pelaksana + '"]').getBoundingClientRect();
      if (centre < header.left || centre > header.right) problems.push('langkah ' + step.dataset.langkah);
    });
  });
  const out = document.createElement('pre');
  out.id = 'hasil-ukur';
  out.textContent = problems.length === 0 ? 'SELARAS' : 'bergeser: ' + problems.join(', ');
  document.body.appendChild(out);
});
JS
for html in "$WORK"/A4/*.html; do
  name="$(basename "$html" .html)"
  [ "$name" != buku ] || continue
  for width in 1000 1400 1920; do
    page="$WORK/$name-$width.html"
    sed "s#</body>#<script>$(tr '\n' ' ' < "$WORK/measure.js" | sed 's/[&#]/\\&/g')</script></body>#" "$html" > "$page"
    result="$("$CHROMIUM" --headless --no-sandbox --disable-gpu --window-size="$width,1000" --virtual-time-budget=3000 \
      --dump-dom "file://$page" 2> /dev/null | sed -n 's#.*<pre id="hasil-ukur">\(.*\)</pre>.*#\1#p')"
    check "$name.html at $width px: every symbol under its lane header ($result)" [ "$result" = SELARAS ]
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$width,1000" \
      --screenshot="$SHOTS/$name-html-$width.png" "file://$html#" > /dev/null 2>&1 || true
  done
done

echo "screenshots: $SHOTS"
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
