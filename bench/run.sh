#!/usr/bin/env bash
# Speed benchmark of the sop command line, side by side in one run with PlantUML 1.2025.10 (Maven Central)
# and, given --before, with an earlier version. Not a test: it prints medians and ratios.
#
#   bench/run.sh [--before JAR|CHECKOUT] [--runs N] [--booklet-runs N] [--sizes "50 100 250 500"] [--no-lsp]
#
# Cases: cold `sop check`, cold HTML and PDF of examples/lakip.sop, a 300-step 6-lane SOP to HTML, booklets
# (PDF) of generated SOPs (time and peak RSS; the largest also under -Xmx256m, and as Word and as HTML; a run
# that fails, out of memory, shows as "failed"), the language server's diagnostics after an edit of the
# 300-step SOP (bench/LspLatency.java), and the 300-step SOP to HTML again and again in one warm JVM
# (bench/WarmRender.java), these two three times each, interleaved. The build's sop.jar runs as a user
# runs it, through ./sop (with its class-data archive); the earlier version likewise when --before names a
# checkout holding ./sop and its built jar, else as `java -jar` of the jar named. PlantUML renders the
# empty diagram (its start-up floor) and the same swimlanes as SVG (bench/Generate.java writes them from the
# SOPs). Runs of the programs are interleaved and medians taken: the machine may be busy with other work.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
before=""
runs=5
booklet_runs=1
sizes="50 100 250 500"
lsp=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$(realpath "$2")"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --booklet-runs) booklet_runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --no-lsp) lsp=no; shift ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
jar="$repo/org.dinsos.sop.jar/target/sop.jar"
[ -f "$jar" ] || { echo "bench/run.sh: build first (./mvnw -B package -DskipTests)" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/results" "$work/out"

plantuml="$work/peer/plantuml-1.2025.10.jar"
"$repo/mvnw" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy \
  -Dartifact=net.sourceforge.plantuml:plantuml:1.2025.10 -DoutputDirectory="$work/peer" >&2

gen() { java "$here/Generate.java" "$@"; }
gen large 300 6 "$work/besar.sop"
gen plantuml "$work/besar.sop" "$work/besar.puml"
gen plantuml "$repo/examples/lakip.sop" "$work/lakip.puml"
printf '@startuml\n@enduml\n' > "$work/empty.puml"
for n in $sizes; do gen booklet "$repo/examples" "$n" "$work/buku-$n"; done
largest="${sizes##* }"

# One timed run: appends "seconds peak-RSS-KiB user-CPU system-CPU" to results/<label>.
measure() {
  local label="$1"; shift
  if ! /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr"; then
    echo "bench/run.sh: failed ($label): $*" >&2; tail -5 "$work/stderr" >&2; exit 1
  fi
  cat "$work/time" >> "$work/results/$label"
}
# The same, but a failure (an earlier version running out of memory) is recorded as "failed" and the run goes on.
measure_or_fail() {
  local label="$1"; shift
  if /usr/bin/time -f '%e %M %U %S' -o "$work/time" "$@" > "$work/stdout" 2> "$work/stderr"; then
    cat "$work/time" >> "$work/results/$label"
  else
    echo "failed" >> "$work/results/$label"
    echo "bench/run.sh: failed ($label): $(grep -m1 -o 'OutOfMemoryError.*' "$work/stderr" "$work/stdout" | head -1)" >&2
  fi
}
peer=(java -Djava.awt.headless=true -jar "$plantuml" -tsvg -o "$work/out")
# The command line of "before" or "after".
sop_of() {
  if [ "$1" = after ]; then sop=("$repo/sop"); elif [ -d "$before" ]; then sop=("$before/sop"); else sop=(java -jar "$before"); fi
}
before_jar="$before"
[ -d "$before" ] && before_jar="$before/org.dinsos.sop.jar/target/sop.jar"

programs="after"
[ -n "$before" ] && programs="before after"
lakip="$repo/examples/lakip.sop"
for ((r = 1; r <= runs; r++)); do
  echo "run $r/$runs" >&2
  measure peer-empty "${peer[@]}" "$work/empty.puml"
  measure peer-lakip "${peer[@]}" "$work/lakip.puml"
  measure peer-besar "${peer[@]}" "$work/besar.puml"
  for p in $programs; do
    sop_of "$p"
    measure "$p-check" "${sop[@]}" check "$lakip"
    measure "$p-html" "${sop[@]}" generate --format html "$lakip" -o "$work/out"
    measure "$p-pdf" "${sop[@]}" generate --format pdf "$lakip" -o "$work/out"
    measure "$p-besar" "${sop[@]}" generate --format html "$work/besar.sop" -o "$work/out"
  done
done
for ((r = 1; r <= booklet_runs; r++)); do
  for n in $sizes; do
    for p in $programs; do
      echo "booklet of $n ($p) $r/$booklet_runs" >&2
      sop_of "$p"
      measure "$p-booklet-$n" "${sop[@]}" booklet "$work/buku-$n" -o "$work/out/buku-$n.pdf"
    done
  done
  for p in $programs; do
    echo "booklet of $largest under -Xmx256m ($p)" >&2
    if [ "$p" = before ] && [ ! -d "$before" ]; then
      measure_or_fail "$p-small-heap" java -Xmx256m -jar "$before" booklet "$work/buku-$largest" -o "$work/out/small.pdf"
    else
      sop_of "$p"
      JAVA_OPTS=-Xmx256m measure_or_fail "$p-small-heap" "${sop[@]}" booklet "$work/buku-$largest" -o "$work/out/small.pdf"
    fi
  done
  for format in docx html; do
    for p in $programs; do
      echo "booklet of $largest as $format ($p)" >&2
      sop_of "$p"
      measure_or_fail "$p-booklet-$format" "${sop[@]}" booklet "$work/buku-$largest" -o "$work/out/buku-$largest.$format"
    done
  done
done
# The warm JVM and the language server each print "median p95" per run: three runs of each program,
# interleaved, since a server measured alone can meet the one busy minute of the machine.
warm_runs=3
jar_of() { [ "$1" = before ] && echo "$before_jar" || echo "$jar"; }
for ((r = 1; r <= warm_runs; r++)); do
  for p in $programs; do
    echo "warm 300-step HTML ($p) $r/$warm_runs" >&2
    java "$here/WarmRender.java" "$(jar_of "$p")" "$work/besar.sop" >> "$work/results/$p-warm"
    if [ "$lsp" = yes ]; then
      echo "language server ($p) $r/$warm_runs" >&2
      java "$here/LspLatency.java" "$(jar_of "$p")" "$work/besar.sop" >> "$work/results/$p-lsp"
    fi
  done
done

# Median of column $2 (1: seconds, 2: KiB, cpu: user + system seconds) of a result file; "-" when absent,
# "failed" when a run failed.
median() {
  local file="$work/results/$1"
  [ -f "$file" ] || { echo "-"; return; }
  grep -q failed "$file" && { echo "failed"; return; }
  awk -v c="$2" '{print (c == "cpu" ? $3 + $4 : $c)}' "$file" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
mib() { local k; k="$(median "$1" 2)"; [[ "$k" =~ ^[0-9.]+$ ]] && awk -v k="$k" 'BEGIN {printf "%.0f", k/1024}' || echo "$k"; }
ratio() { [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]] && awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", a/b}' || echo "-"; }

echo
echo "Medians of $runs runs (booklets: $booklet_runs); seconds, peak RSS in MiB, CPU seconds (user + system). $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| case | before | after | before/after | peer (PlantUML 1.2025.10) | peer/after |"
echo "|---|---|---|---|---|---|"
# A cell of the table: time, peak RSS and CPU of a result file, or "-" or "failed" alone.
cell() {
  local t; t="$(median "$1" 1)"
  [[ "$t" =~ ^[0-9.]+$ ]] && echo "$t s ($(mib "$1") MiB, $(median "$1" cpu) s CPU)" || echo "$t"
}
row() { # label, case, peer label
  local b a p
  b="$(median "before-$2" 1)"; a="$(median "after-$2" 1)"; p="$( [ -n "$3" ] && median "$3" 1 || echo "-")"
  echo "| $1 | $(cell "before-$2") | $(cell "after-$2") | $(ratio "$b" "$a") | $( [ "$p" = - ] && echo - || echo "$p s ($(mib "$3") MiB)") | $(ratio "$p" "$a") |"
}
row "\`sop check lakip.sop\`, cold (peer: empty diagram)" check peer-empty
row "lakip to HTML, cold (peer: its swimlane to SVG)" html peer-lakip
row "lakip to PDF, cold (peer: its swimlane to SVG)" pdf peer-lakip
row "300-step 6-lane SOP to HTML, cold (peer: its swimlane)" besar peer-besar
# The page count where poppler's pdfinfo is installed.
pages() { pdfinfo "$work/out/buku-$1.pdf" 2>/dev/null | awk '/^Pages/ {print ", " $2 " pages"}'; }
for n in $sizes; do row "booklet of $n SOPs (PDF$(pages "$n"))" "booklet-$n" ""; done
row "booklet of $largest SOPs, -Xmx256m" small-heap ""
row "booklet of $largest SOPs as Word" booklet-docx ""
row "booklet of $largest SOPs as HTML" booklet-html ""
first="${sizes%% *}"
for p in $programs; do
  a="$(median "$p-booklet-$largest" 1)"; f="$(median "$p-booklet-$first" 1)"
  echo "| $p: booklet of $largest / booklet of $first | $(ratio "$a" "$f") | | | | |"
done
# "median p95" over the runs: the median of their medians and of their p95s.
latency() { echo "$(median "$1" 1) / $(median "$1" 2)"; }
for p in $programs; do
  echo "| $p: the 300-step SOP to HTML in a warm JVM, parse to file written (median / p95 ms, of $warm_runs runs) | $(latency "$p-warm") | | | | |"
done
if [ "$lsp" = yes ]; then
  for p in $programs; do
    echo "| $p: language server, diagnostics after an edit of the 300-step SOP (median / p95 ms, of $warm_runs runs) | $(latency "$p-lsp") | | | | |"
  done
fi
