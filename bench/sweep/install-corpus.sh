#!/usr/bin/env bash
# Installs the extra code `npm run sweep` lints (bench/sweep/corpus: SDKs that build keep-alive pools) from its
# lockfile, so every run sweeps the same files. Skipped when the install is already as new as the lockfile.
# Install scripts are never run: the sweep only reads the files.
set -euo pipefail
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
