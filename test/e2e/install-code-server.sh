#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code served to a browser) into test/e2e/.code-server/, outside the project's
# dependencies, for the end-to-end test. Does nothing when that version is already installed and built.
# Needs Debian's ripgrep (its binary stands in for the archive @vscode/ripgrep would otherwise download) and the
# build headers listed in .ci/run.
set -euo pipefail
VERSION=4.100.3
HERE="$(cd "$(dirname "$0")" && pwd)"
DIR="$HERE/.code-server"
PKG="$DIR/node_modules/code-server"
MARKER="$DIR/.installed-$VERSION"

if [[ -f "$MARKER" && -f "$PKG/out/node/entry.js" ]]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi

command -v rg >/dev/null || { echo "ripgrep (rg) is required: apt-get install ripgrep" >&2; exit 1; }

CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$CACHE"
tar czf "$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg

mkdir -p "$DIR"
cd "$DIR"
[[ -f package.json ]] || echo '{ "name": "claimlint-e2e-code-server", "private": true }' > package.json
echo "installing code-server $VERSION into $DIR"
# code-server's install script builds VS Code's native modules. As root, npm runs it only with unsafe-perm, and
# the npx calls inside it need npm_config_yes. Some npm versions skip it: then it is run by hand.
export npm_config_unsafe_perm=true npm_config_yes=true
if ! npm install --no-audit --no-fund "code-server@$VERSION" || [[ ! -d "$PKG/lib/vscode/node_modules" ]]; then
  echo "running code-server's install script by hand (a few minutes)"
  cd "$PKG"
  npm_config_user_agent="npm/$(npm -v) node/$(node -v) linux x64" sh ./postinstall.sh
fi
node "$PKG/out/node/entry.js" --version >/dev/null
touch "$MARKER"
echo "code-server $VERSION ready"
