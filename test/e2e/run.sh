#!/usr/bin/env bash
# End-to-end run in a real VS Code (code-server 4.100.3 + chromium, installed by setup.sh): builds
# and packages the real extension, then run.js installs the .vsix into a fresh profile, starts
# code-server on a free 127.0.0.1 port in its own process group, runs the API suite (inside the
# extension host) and the UI flow (keyboard and mouse), and prints "N passed, N failed" last.
# Exits non-zero on any failure. KEEPALIVE_E2E_UI=0 or KEEPALIVE_E2E_API=0 skips a part.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
started_ms=$(date +%s%3N)
say() { printf '[e2e %5s s] %s\n' "$(awk -v s="$started_ms" -v n="$(date +%s%3N)" 'BEGIN { printf "%.1f", (n - s) / 1000 }')" "$*"; }
give_up() { printf '%s\n' "$*" >&2; echo '0 passed, 1 failed'; exit 1; }

# The UI selectors are those of one code-server release: the one setup.sh pins.
pinned=$(sed -n 's/^CODE_SERVER_VERSION=\([0-9.]*\).*/\1/p' test/e2e/setup.sh)
installed=$(node -p 'try { require("./.e2e/code-server/node_modules/code-server/package.json").version } catch { "none" }')
[[ "$installed" == "$pinned" ]] || give_up "code-server $pinned is needed, found $installed: run \"bash test/e2e/setup.sh\" first"

# Every temp folder of the run (profile, workspace copies, browser profile) lives in here.
run_dir=$(mktemp -d "${TMPDIR:-/tmp}/keepalive-e2e-run-XXXXXX")
pgid_file="$run_dir/code-server.pgid"
status=1
# run.js stops code-server itself and deletes the pgid file; this covers a run.js that was killed or
# crashed first. A failed run keeps run_dir: run.js prints where the code-server logs are.
cleanup() {
  if [[ -s "$pgid_file" ]]; then
    kill -TERM -- "-$(cat "$pgid_file")" 2>/dev/null || true
  fi
  if [[ "$status" == 0 ]]; then rm -rf "$run_dir"; fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

say 'building (npm run build)'
npm run build --silent > "$run_dir/build.log" 2>&1 || give_up "$(cat "$run_dir/build.log")"
say 'packaging the extension (npm run package)'
npm run package --silent > "$run_dir/package.log" 2>&1 || give_up "$(cat "$run_dir/package.log")"
say "packaged extension/keepalive-lint.vsix ($(du -k extension/keepalive-lint.vsix | cut -f1) KiB); code-server $installed, chromium $(dpkg-query -W -f='${Version}' chromium 2>/dev/null || echo '?')"

set +e
TMPDIR="$run_dir" KEEPALIVE_E2E_PGID_FILE="$pgid_file" KEEPALIVE_E2E_STARTED_MS="$started_ms" \
  node test/e2e/run.js | tee "$run_dir/run.log"
status=${PIPESTATUS[0]}
set -e
# run.js always ends with the summary; if it died before, the run still ends with one.
tail -n 1 "$run_dir/run.log" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$' || { echo '0 passed, 1 failed'; status=1; }
exit "$status"
