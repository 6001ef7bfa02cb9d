#!/usr/bin/env bash
# Installs the extra code `npm run sweep` lints (bench/sweep/corpus: SDKs that build keep-alive pools) from its
# lockfile, so every run sweeps the same files. Skipped when the install is already as new as the lockfile.
# Install scripts are never run: the sweep only reads the files.
# Also Go's own sources (Debian's golang-1.19-src, 5 500 .go files under /usr/share/go-1.19/src, net/http
# included), when they are not there yet.
set -euo pipefail

go_sources=/usr/share/go-1.19/src
if [ -d "$go_sources/net/http" ]; then
  echo "install-corpus: Go sources are installed at $go_sources, nothing installed"
elif command -v apt-get >/dev/null 2>&1; then
  echo "install-corpus: installing golang-1.19-src (Go's own sources) with apt-get"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends golang-1.19-src
else
  echo "install-corpus: no apt-get here: install Go 1.19's sources at $go_sources, or pass the folders to sweep to bench/sweep/run.js" >&2
  exit 2
fi

corpus="$(cd "$(dirname "$0")/corpus" && pwd)"
lockfile="$corpus/package-lock.json"
# npm writes this copy of the lockfile at the end of an install; a missing one means no complete install.
installed="$corpus/node_modules/.package-lock.json"

if [ ! -f "$lockfile" ]; then
  echo "install-corpus: no lockfile at $lockfile" >&2
  exit 2
fi
if [ -f "$installed" ] && [ ! "$installed" -ot "$lockfile" ]; then
  echo "install-corpus: $corpus/node_modules is up to date with its lockfile, nothing installed"
  exit 0
fi
if [ -f "$installed" ]; then
  echo "install-corpus: $corpus/node_modules is older than its lockfile, reinstalling"
else
  echo "install-corpus: $corpus/node_modules is missing, installing"
fi
npm ci --prefix "$corpus" --ignore-scripts --no-audit --no-fund
echo "install-corpus: installed $corpus/node_modules from its lockfile"
