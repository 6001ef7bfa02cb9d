#!/usr/bin/env bash
# Every test the project has: build, dogfood lint, docs check, then the mocha suites (rules, CLI, settings,
# language server over stdio, fault lab on loopback) and the end-to-end suites in a real VS Code.
# Each check counts as one test; each suite adds its own counts. The last line is "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
passed=0
failed=0

# A command that passes or fails as a whole.
check() {
  local name=$1
  shift
  echo "== $name"
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
  fi
}

# A test runner whose last "N passed, N failed" line is added to the totals.
suite() {
  local name=$1
  shift
  echo "== $name"
  "$@" 2>&1 | tee "$logs/$name.log"
  local code=${PIPESTATUS[0]}
  local line suite_passed=0 suite_failed=0
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$logs/$name.log" | tail -n 1)
  if [ -n "$line" ]; then
    suite_passed=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
    suite_failed=$(echo "$line" | sed -E 's/^[0-9]+ passed, ([0-9]+) failed.*/\1/')
  fi
  if [ "$code" -ne 0 ] && [ "$suite_failed" -eq 0 ]; then
    echo "FAILED: $name exited with $code"
    suite_failed=1
  fi
  passed=$((passed + suite_passed))
  failed=$((failed + suite_failed))
}

check build npm run build --silent
check lint npx eslint
check docs npx eslint-doc-generator eslint-plugin --check
check lab-setup bash test/lab/setup.sh
suite mocha npx mocha
suite e2e bash -c 'bash test/e2e/setup.sh && bash test/e2e/run.sh'

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
