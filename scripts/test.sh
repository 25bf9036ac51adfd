#!/usr/bin/env bash
# The one test command (`npm test`): types, lint and format, unit tests, the release and e2e builds
# for Chrome and Firefox, the reproducible-build check, `web-ext lint`, then the end-to-end suites in
# Chromium and Firefox.
# Ends with one line: `N passed, N failed` over every step and every test.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json

bash scripts/system-deps.sh || exit 1

gates_passed=0
gates_failed=0
step() {
  local name=$1
  shift
  echo
  echo "== $name"
  if "$@"; then
    gates_passed=$((gates_passed + 1))
  else
    gates_failed=$((gates_failed + 1))
    echo "!! $name failed"
  fi
}

step "type check" npx tsc --noEmit
step "lint and format (biome)" npx biome ci .
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "release builds and store zips" npm run --silent build
# What an AMO reviewer does (a few minutes: a clean `npm ci` in another folder): the sources zip
# must rebuild the Firefox package byte for byte, and `npm ci` must print no engine warning.
step "reproducible Firefox build (sources zip → same package)" node scripts/check-reproducible.mjs --skip-build
step "e2e builds (accelerated time)" npm run --silent build:e2e
step "web-ext lint (Firefox)" node scripts/lint-firefox.mjs
step "demo: a scripted session until the nudge, with screenshots" node scripts/demo.mjs --no-docs --out reports/demo
# Headed tests (idle detection) need a display; xvfb-run gives them one when none exists.
if [ -n "${DISPLAY:-}" ]; then
  step "end-to-end tests" npx playwright test
else
  step "end-to-end tests" xvfb-run -a --server-args="-screen 0 1280x800x24" npx playwright test
fi

node scripts/summary.mjs "$gates_passed" "$gates_failed"
