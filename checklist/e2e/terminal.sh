#!/usr/bin/env bash
# `sop run` as an operator meets it in a real terminal process: the run is killed (SIGKILL) after four
# steps, started again on the same log, goes on at step 5, and the finished log holds the whole LAKIP
# flow with the Tidak loop (1..7, back to 6, 7 again, then 8..11), one run header, every line JSON.
# Exit 0 when every check passed; the last line reads "N passed, N failed".
#
#   usage: checklist/e2e/terminal.sh        (builds org.dinsos.sop.jar/target/sop.jar if it is missing)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
JAR="$REPO/org.dinsos.sop.jar/target/sop.jar"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sop-run.XXXX")"
trap 'kill "$PID" 2>/dev/null || true; rm -rf "$WORK"' EXIT
PID=""
passed=0
failed=0
check() { # check <description> <command...>
  local what="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok: $what"; else failed=$((failed + 1)); echo "FAILED: $what"; fi
}
lines() { if [ -f "$1" ]; then wc -l < "$1"; else echo 0; fi; }
steps() { grep -o '"langkah":[0-9]*' "$1" | cut -d: -f2 | paste -sd' ' -; }

if [ ! -f "$JAR" ]; then (cd "$REPO" && ./mvnw -B -q package -DskipTests); fi
LOG="$WORK/lakip.run.jsonl"

mkfifo "$WORK/answers"
java -jar "$JAR" run "$REPO/examples/lakip.sop" --operator Budi --log "$LOG" < "$WORK/answers" > "$WORK/first.out" 2>&1 &
PID=$!
exec 3> "$WORK/answers"
for done in 1 2 3 4; do
  echo "" >&3
  for _ in $(seq 1 300); do [ "$(lines "$LOG")" -gt "$done" ] && break; sleep 0.1; done
done
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=""
exec 3>&-
check "the killed run had logged its header and four steps" test "$(steps "$LOG")" = "1 2 3 4"

printf '%s\n' "" "" "t dokumen belum lengkap" "" "y" "" "" "" "" \
  | java -jar "$JAR" run "$REPO/examples/lakip.sop" --log "$LOG" > "$WORK/second.out" 2>&1 || true
check "the second run says it goes on at step 5" grep -q "4 langkah sudah selesai, lanjut di langkah 5." "$WORK/second.out"
check "the second run finishes with the summary" grep -q "Run selesai." "$WORK/second.out"
check "the log holds the whole flow with the Tidak loop" test "$(steps "$LOG")" = "1 2 3 4 5 6 7 6 7 8 9 10 11"
check "the log has one run header" test "$(grep -c '"run":' "$LOG")" = 1
check "the decision's answers are logged in order" test "$(grep -o '"jawaban":"[a-z]*"' "$LOG" | paste -sd' ' -)" = '"jawaban":"tidak" "jawaban":"ya"'
check "the operator of the killed run goes on" test "$(grep -c '"operator":"Budi"' "$LOG")" = 14
check "every line of the log is a JSON object" test "$(grep -vc '^{.*}$' "$LOG" || true)" = 0

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
