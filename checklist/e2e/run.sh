#!/usr/bin/env bash
# End-to-end test of the interactive checklist page in headless Chromium, from a fresh machine: installs
# Debian's chromium and playwright-core from npm (as vscode/e2e/setup-code-server.sh does), builds the sop jar when it
# is missing or older than the sources, generates the checklist of examples/lakip.sop and of an SOP full of
# markup, and runs test.js on them; then terminal.sh, the terminal runner killed and resumed. Exit 0 when every check passed; the last line reads "N passed, N failed".
#
#   usage: checklist/e2e/run.sh
#   env:   SOP_E2E_TOOLS  folder with node_modules/playwright-core to reuse, or to install into
#                         (default: $CS_HOME/tools when CS_HOME is set, as vscode/e2e/run.sh leaves it,
#                         else a temporary folder)
#          SOP_E2E_SHOTS  where screenshots go (default: a new temporary folder, printed at the end)
#          CHROMIUM       the browser (default: /usr/bin/chromium, installed with apt when missing)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
JAR="$REPO/org.dinsos.sop.jar/target/sop.jar"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/sop-checklist-e2e.XXXX")"
SHOTS="${SOP_E2E_SHOTS:-$(mktemp -d "${TMPDIR:-/tmp}/sop-checklist-shots.XXXX")}"
TOOLS="${SOP_E2E_TOOLS:-${CS_HOME:+$CS_HOME/tools}}"
TOOLS="${TOOLS:-$WORK/tools}"
PLAYWRIGHT_VERSION="${PLAYWRIGHT_VERSION:-1.65.1}"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
STAGE="set-up"

finish() {
  status=$?
  if [ "$STAGE" != "test" ] && [ "$status" != 0 ]; then
    echo "checklist e2e stopped during $STAGE (exit $status)"
    echo "0 passed, 1 failed"
  fi
  rm -rf "$WORK"
  exit "$status"
}
trap finish EXIT
t0=$(date +%s)

STAGE="installation of Chromium and playwright-core"
if [ ! -x "$CHROMIUM" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq > "$WORK/apt.log" 2>&1 && apt-get install -y -qq chromium >> "$WORK/apt.log" 2>&1 \
    || { tail -20 "$WORK/apt.log"; exit 1; }
  CHROMIUM=/usr/bin/chromium
fi
if [ ! -d "$TOOLS/node_modules/playwright-core" ]; then
  mkdir -p "$TOOLS"
  [ -f "$TOOLS/package.json" ] || echo '{"name":"sop-e2e-tools","private":true}' > "$TOOLS/package.json"
  (cd "$TOOLS" && npm install --no-audit --no-fund "playwright-core@$PLAYWRIGHT_VERSION" > "$WORK/npm.log" 2>&1) \
    || { tail -20 "$WORK/npm.log"; exit 1; }
fi
echo "browser ready ($(( $(date +%s) - t0 )) s)"

STAGE="build of the sop jar"
if [ ! -f "$JAR" ] || [ -n "$(find "$REPO"/org.dinsos.sop.{dsl,diagram,generator,dsl.ide,cli}/{src,META-INF} -newer "$JAR" -print -quit)" ]; then
  (cd "$REPO" && ./mvnw -B -q package -DskipTests > "$WORK/build.log" 2>&1) || { tail -30 "$WORK/build.log"; exit 1; }
fi
echo "sop jar ready ($(( $(date +%s) - t0 )) s)"

STAGE="generation of the checklists"
mkdir -p "$WORK/uji" "$WORK/out"
# Every text an SOP holds, made of markup and script that must stay text in the page.
cat > "$WORK/uji/uji.sop" <<'SOP'
sop Uji "Uji </script><script>window.__pwned=3</script> & <b>tebal</b>" {
	unit "Dinas Sosial <i>Kota</i> Metro"
	nomor "<b>001</b>/UJI/2024"
	tanggal pembuatan 2024-01-05
	disahkan oleh "Kepala Dinas Sosial Kota Metro"
		nama "SRI AMANTO, S.H., M.H"
	pelaksana {
		kadis "Kepala <img src=x onerror=window.__pwned=4>"
		staf "Staf"
	}
	prosedur {
		1 mulai kadis "<img src=x onerror=window.__pwned=1>"
			kelengkapan "</script><script>window.__pwned=2</script>"
			waktu 10 menit
			output "<svg onload=window.__pwned=5>"
			keterangan "<iframe src=javascript:window.__pwned=6>"
		2 selesai staf "=HYPERLINK(\"http://contoh.invalid\",\"klik\")"
			kelengkapan "<svg onload=window.__pwned=5>"
			waktu 1 jam
	}
}
SOP
"$REPO/sop" generate --format checklist-html "$REPO/examples/lakip.sop" "$WORK/uji/uji.sop" -o "$WORK/out" > "$WORK/generate.log" 2>&1 \
  || { cat "$WORK/generate.log"; exit 1; }
echo "checklists generated ($(( $(date +%s) - t0 )) s)"

STAGE="test"
# The page in the browser, then the terminal runner (terminal.sh); one summary line over both.
NODE_PATH="$TOOLS/node_modules" node "$HERE/test.js" "$WORK/out/lakip.checklist.html" "$WORK/out/uji.checklist.html" "$SHOTS" \
  | tee "$WORK/browser.out" || true
"$HERE/terminal.sh" | tee "$WORK/terminal.out" || true
summary() { tail -1 "$1" | grep -E '^[0-9]+ passed, [0-9]+ failed$' || echo "0 passed, 1 failed"; }
passed=$(( $(summary "$WORK/browser.out" | cut -d' ' -f1) + $(summary "$WORK/terminal.out" | cut -d' ' -f1) ))
failed=$(( $(summary "$WORK/browser.out" | cut -d' ' -f3) + $(summary "$WORK/terminal.out" | cut -d' ' -f3) ))
echo "checklist e2e took $(( $(date +%s) - t0 )) s"
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
