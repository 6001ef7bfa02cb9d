#!/usr/bin/env bash
# Installs the peer language server (vscode-eslint's, as published in vscode-langservers-extracted) into a
# git-ignored folder, once. The project's own package.json never lists it: it is only measured against.
set -euo pipefail
PEER_VERSION=4.10.0
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PREFIX="$ROOT/.bench/peer"
SERVER="$PREFIX/node_modules/vscode-langservers-extracted/bin/vscode-eslint-language-server"
INSTALLED="$PREFIX/node_modules/vscode-langservers-extracted/package.json"

if [ -f "$SERVER" ] && grep -q "\"version\": \"$PEER_VERSION\"" "$INSTALLED" 2>/dev/null; then
  exit 0
fi
echo "Installing vscode-langservers-extracted@$PEER_VERSION into .bench/peer (once)..." >&2
mkdir -p "$PREFIX"
# A package.json of its own, so npm does not climb to the workspace root and touch its lock file.
[ -f "$PREFIX/package.json" ] || echo '{ "private": true }' > "$PREFIX/package.json"
npm install --no-save --no-audit --no-fund --ignore-scripts --prefix "$PREFIX" "vscode-langservers-extracted@$PEER_VERSION" >&2
test -f "$SERVER" || { echo "setup.sh: $SERVER is missing after the install" >&2; exit 1; }
