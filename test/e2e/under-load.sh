#!/usr/bin/env bash
# The end-to-end suite as a loaded CI machine runs it: `npm run test:e2e` RUNS times in a row (default 10)
# beside a CPU hog, one busy loop per core at the tests' own priority, so VS Code, the language server and
# chromium get about half the CPU they would alone. Prints one line per run and "N of RUNS runs green" last;
# exits non-zero when any run failed. Each run's output is kept in the folder printed first.
#   bash test/e2e/under-load.sh [RUNS]
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$ROOT"
runs=${1:-10}
[[ "$runs" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bash test/e2e/under-load.sh [RUNS]  (RUNS: a whole number above 0, got \"$runs\")" >&2; exit 2; }

logs=$(mktemp -d "${TMPDIR:-/tmp}/keepalive-e2e-under-load-XXXXXX")
hogs=()
stop_hogs() {
  for pid in "${hogs[@]}"; do kill "$pid" 2>/dev/null || true; done
}
trap stop_hogs EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
for _ in $(seq "$(nproc)"); do
  (while :; do :; done) &
  hogs+=($!)
done
echo "logs in $logs; load: ${#hogs[@]} busy loops (one per core) beside each run"

green=0
for run in $(seq "$runs"); do
  started=$SECONDS
  if npm run test:e2e > "$logs/run-$run.log" 2>&1; then
    verdict=green
    green=$((green + 1))
  else
    verdict="FAILED (see $logs/run-$run.log)"
  fi
  summary=$(tail -n 1 "$logs/run-$run.log")
  printf 'run %d: %s; %s in %d s, load average %s\n' "$run" "$summary" "$verdict" "$((SECONDS - started))" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "$green of $runs runs green"
[[ "$green" == "$runs" ]]
