#!/usr/bin/env bash
# End-to-end test of the SOP extension in a real VS Code, from a fresh machine:
# installs code-server, Chromium and playwright-core (setup-code-server.sh, beside this file) into a
# temporary prefix, builds the .vsix (and the server jar if it is missing), starts code-server with the
# extension on a copy of the examples, runs e2e/test.js, stops the server; then starts another whose
# sop.java.home names a Java 11 and runs e2e/java-missing.js. Exit 0 when every check passed; the last line reads "N passed, N failed".
#
#   usage: vscode/e2e/run.sh
#   env:   CS_HOME        reuse a code-server installed by setup-code-server.sh "$CS_HOME/app" (default: a new temp prefix)
#          SOP_E2E_SHOTS  where screenshots go (default: a new temp folder, printed at the end)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
EXT="$(dirname "$HERE")"
REPO="$(dirname "$EXT")"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sop-e2e.XXXX")"
SHOTS="${SOP_E2E_SHOTS:-$(mktemp -d "${TMPDIR:-/tmp}/sop-e2e-shots.XXXX")}"
export CS_HOME="${CS_HOME:-$WORK/cs}"
PID=""
STAGE="set-up"

finish() {
  status=$?
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null || true; fi
  if [ "$STAGE" != "test" ] && [ "$status" != 0 ]; then
    echo "e2e stopped during $STAGE (exit $status)"
    echo "0 passed, 1 failed"
  fi
  rm -rf "$WORK"
  echo "screenshots: $SHOTS"
  exit "$status"
}
trap finish EXIT
t0=$(date +%s)

STAGE="code-server installation"
if [ ! -x "$CS_HOME/app/node_modules/.bin/code-server" ] || [ ! -d "$CS_HOME/tools/node_modules/playwright-core" ]; then
  bash "$HERE/setup-code-server.sh" "$CS_HOME/app" > "$WORK/setup.log" 2>&1 || { tail -30 "$WORK/setup.log"; exit 1; }
fi
echo "code-server ready ($(( $(date +%s) - t0 )) s)"

STAGE="build of the extension"
if [ ! -f "$REPO/org.dinsos.sop.jar/target/sop.jar" ]; then
  (cd "$REPO" && ./mvnw -B -q install -DskipTests)
fi
(cd "$EXT" && npm ci --no-audit --no-fund > "$WORK/npm.log" 2>&1 && npm run package >> "$WORK/npm.log" 2>&1) \
  || { tail -30 "$WORK/npm.log"; exit 1; }
echo "vsix built ($(( $(date +%s) - t0 )) s)"

STAGE="start of code-server"
mkdir -p "$WORK/ws"
cp "$REPO"/examples/*.sop "$WORK/ws/"   # not examples/invalid: its duplicate nomor would add errors
mkdir -p "$WORK/ws/.vscode"
echo '{ "sop.trace.server": "messages" }' > "$WORK/ws/.vscode/settings.json"   # requests and replies in the log
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
PID="$(bash "$HERE/start-code-server.sh" "$CS_HOME/app" "$PORT" "$WORK/st" "$EXT/sop-workbench.vsix")"
echo "code-server on port $PORT ($(( $(date +%s) - t0 )) s)"

STAGE="test"
status=0
NODE_PATH="$CS_HOME/tools/node_modules" node "$HERE/test.js" "$PORT" "$WORK/ws" "$SHOTS" "$REPO/examples" "$WORK/st" \
  | tee "$WORK/test.out" || status=1
if [ "$status" != 0 ]; then
  # The servers' threads were dumped by test.js the moment a check gave up.
  # The log is named after the output channel, "SOP AP": a name with a space.
  find "$WORK/st/user-data/logs" \( -name '*SOP AP*' -o -name 'exthost.log' -o -name 'remoteexthost.log' \) -print0 2>/dev/null \
    | while IFS= read -r -d '' log; do echo "--- $log (last lines)"; tail -60 "$log"; done || true
  cp -r "$WORK/st/user-data/logs" "$SHOTS/logs" 2>/dev/null || true
  cp "$WORK/st/server.log" "$SHOTS/" 2>/dev/null || true
fi
passed=$(tail -1 "$WORK/test.out" | grep -oE '^[0-9]+' || echo 0)
failed=$(tail -1 "$WORK/test.out" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+' || echo 1)
kill "$PID" 2>/dev/null || true

# A second window on a machine whose Java is too old: sop.java.home names a java that says it is 11.
mkdir -p "$WORK/old-java/bin" "$WORK/ws-old/.vscode"
printf '#!/bin/sh\necho '"'"'openjdk version "11.0.22" 2024-01-16'"'"' >&2\n' > "$WORK/old-java/bin/java"
chmod +x "$WORK/old-java/bin/java"
cp "$REPO/examples/lakip.sop" "$WORK/ws-old/"
printf '{ "sop.java.home": "%s" }\n' "$WORK/old-java" > "$WORK/ws-old/.vscode/settings.json"
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
PID="$(bash "$HERE/start-code-server.sh" "$CS_HOME/app" "$PORT" "$WORK/st-old" "$EXT/sop-workbench.vsix")"
if NODE_PATH="$CS_HOME/tools/node_modules" node "$HERE/java-missing.js" "$PORT" "$WORK/ws-old" "$SHOTS"; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); status=1
fi
echo "e2e took $(( $(date +%s) - t0 )) s"
echo "$passed passed, $failed failed"
exit "$status"
