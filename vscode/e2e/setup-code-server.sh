#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) and the e2e tools on a machine that reaches only the npm
# registry and Debian's packages: code-server 4.100.3 on Debian's Node 20, Debian's chromium, and
# playwright-core + @vscode/vsce in PREFIX/../tools.
#
#   usage: setup-code-server.sh PREFIX
#
# Why it is not a plain `npm install code-server`:
#   - 4.100.x is the newest code-server whose install script accepts Node 20;
#   - its VS Code pins @vscode/ripgrep 1.15.11, whose install step downloads rg from GitHub unless a
#     tarball is already in its cache folder: we put Debian's rg there;
#   - native modules are compiled by node-gyp against Debian's Node headers (--nodedir=/usr);
#   - as root, code-server's postinstall needs npm_config_unsafe_perm, and node-pty's needs npx to
#     fetch node-gyp without asking.
set -euo pipefail
PREFIX="${1:?usage: setup-code-server.sh PREFIX}"
CS_VERSION=4.100.3
RG_PKG_VERSION=1.15.11    # @vscode/ripgrep in code-server 4.100.3's lib/vscode/npm-shrinkwrap.json
RG_TAG=v13.0.0-10         # the rg release that @vscode/ripgrep 1.15.11 downloads
t0=$(date +%s)

export DEBIAN_FRONTEND=noninteractive
missing=""
for p in build-essential python3 pkg-config libkrb5-dev ripgrep curl chromium; do
  dpkg -s "$p" > /dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then apt-get update -qq; apt-get install -y -qq $missing; fi
test "$(node -p 'process.versions.node.split(".")[0]')" = 20 || { echo "code-server $CS_VERSION needs Node 20 on PATH"; exit 1; }
test -f /usr/include/node/node.h || { echo "node-gyp needs Debian's Node headers (/usr/include/node)"; exit 1; }

mkdir -p "$PREFIX"
cd "$PREFIX"
[ -f package.json ] || echo '{"name":"sop-code-server","private":true}' > package.json
export TMPDIR="$PREFIX/.tmp"
rm -rf "$TMPDIR"; mkdir -p "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION" "$TMPDIR/rg"
cp /usr/bin/rg "$TMPDIR/rg/rg"
tar czf "$TMPDIR/vscode-ripgrep-cache-$RG_PKG_VERSION/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$TMPDIR/rg" rg
export npm_config_unsafe_perm=true npm_config_yes=true
npm install --no-audit --no-fund --nodedir=/usr "code-server@$CS_VERSION"
"$PREFIX/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" --version > /dev/null
scratch_home="$(mktemp -d)"   # any code-server run writes $HOME/.config/code-server
HOME="$scratch_home" "$PREFIX/node_modules/.bin/code-server" --version
rm -rf "$scratch_home" "$TMPDIR"
unset TMPDIR

TOOLS="$(dirname "$PREFIX")/tools"
mkdir -p "$TOOLS"
cd "$TOOLS"
[ -f package.json ] || echo '{"name":"sop-e2e-tools","private":true}' > package.json
npm install --no-audit --no-fund playwright-core @vscode/vsce
echo "code-server and e2e tools installed in $(( $(date +%s) - t0 )) s"
