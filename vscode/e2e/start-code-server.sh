#!/usr/bin/env bash
# Starts code-server on 127.0.0.1:PORT with no authentication and a throw-away profile under STATE_DIR
# (settings, extensions, HOME, TMPDIR), after installing the given .vsix files into it; waits until it
# answers and prints its PID on stdout (stop it with kill PID).
#
#   usage: start-code-server.sh PREFIX PORT STATE_DIR [VSIX...]   (PREFIX: as given to setup-code-server.sh)
#
# Keep STATE_DIR short: VS Code puts unix sockets in it, whose paths must stay under 108 characters.
set -euo pipefail
PREFIX="${1:?usage: start-code-server.sh PREFIX PORT STATE_DIR [VSIX...]}"
PORT="${2:?port}"
STATE="${3:?state folder}"
shift 3
CS="$PREFIX/node_modules/.bin/code-server"

mkdir -p "$STATE/user-data/User" "$STATE/extensions" "$STATE/home" "$STATE/tmp"
export TMPDIR="$STATE/tmp" XDG_RUNTIME_DIR="$STATE/tmp"
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$STATE/config.yaml"
# Nothing that would reach the network or open a page of its own at start.
cat > "$STATE/user-data/User/settings.json" <<'JSON'
{
  "telemetry.telemetryLevel": "off",
  "workbench.startupEditor": "none",
  "workbench.enableExperiments": false,
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "update.mode": "none",
  "security.workspace.trust.enabled": false,
  "chat.disableAIFeatures": true
}
JSON
profile=(--config "$STATE/config.yaml" --user-data-dir "$STATE/user-data" --extensions-dir "$STATE/extensions")
for vsix in "$@"; do
  HOME="$STATE/home" "$CS" "${profile[@]}" --install-extension "$vsix" >&2
done

HOME="$STATE/home" nohup "$CS" "${profile[@]}" --bind-addr "127.0.0.1:$PORT" --auth none \
  --disable-telemetry --disable-update-check --disable-workspace-trust --disable-getting-started-override \
  > "$STATE/server.log" 2>&1 < /dev/null &
pid=$!
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/healthz" && { echo "$pid"; exit 0; }
  kill -0 "$pid" 2> /dev/null || { cat "$STATE/server.log" >&2; exit 1; }
  sleep 0.1
done
echo "code-server did not answer on port $PORT within 30 s (log: $STATE/server.log)" >&2
kill "$pid" 2> /dev/null || true
exit 1
