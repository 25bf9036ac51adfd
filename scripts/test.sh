#!/usr/bin/env bash
# The one test command (`npm test`): types, lint and format, the layout check, unit tests, the release
# and e2e builds for Chrome and Firefox, the reproducible-build check, `web-ext lint`, then the
# end-to-end suites in Chromium and Firefox. The real-time tests (release builds, real minutes: a few minutes each, mostly
# asleep) run in a second Playwright process alongside everything after the release builds.
# Ends with one line: `N passed, N failed` over every step and every test.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json reports/e2e-firefox.json reports/realtime.json reports/*.log

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
step "layout (no import cycle, browser APIs only in platform/ and entrypoints/)" node scripts/check-layout.mjs
step "unit tests" npx vitest run --reporter=default --reporter=json --outputFile.json=reports/unit.json
step "release builds and store zips" npm run --silent build
# Each real-time test brings its own X display (tests/realtime/display.ts); Firefox runs headless.
echo
echo "== real-time tests (release builds): started, running alongside the next steps"
E2E_REPORT=reports/realtime.json npx playwright test --project=realtime-chromium --project=realtime-firefox \
  --workers=2 >reports/realtime.log 2>&1 &
realtime_pid=$!
# What an AMO reviewer does (a few minutes, mostly a clean `npm ci` in another folder): the sources
# zip must rebuild the Firefox package byte for byte, and `npm ci` must print no engine warning. It
# waits on the network and the disk, so it runs alongside the next steps too.
node scripts/check-reproducible.mjs --skip-build >reports/reproducible.log 2>&1 &
reproducible_pid=$!
step "e2e builds (accelerated time)" npm run --silent build:e2e
step "web-ext lint (Firefox)" node scripts/lint-firefox.mjs
step "demo: a scripted session until the nudge, with screenshots" node scripts/demo.mjs --no-docs --out reports/demo
# Firefox runs headless with an idle service of its own, so its journeys run beside Chromium's.
E2E_REPORT=reports/e2e-firefox.json npx playwright test --project=firefox >reports/e2e-firefox.log 2>&1 &
firefox_pid=$!
# Headed tests (idle detection) need a display; xvfb-run gives them one when none exists.
if [ -n "${DISPLAY:-}" ]; then
  step "end-to-end tests (Chromium)" npx playwright test --project=chromium
else
  step "end-to-end tests (Chromium)" xvfb-run -a --server-args="-screen 0 1280x800x24" \
    npx playwright test --project=chromium
fi
# Waits for a step that ran alongside, shows its output, and passes on its exit status.
alongside() {
  local pid=$1 log=$2
  wait "$pid"
  local status=$?
  cat "$log"
  return $status
}
step "end-to-end tests (Firefox, ran alongside)" alongside "$firefox_pid" reports/e2e-firefox.log
step "reproducible Firefox build (sources zip → same package, ran alongside)" \
  alongside "$reproducible_pid" reports/reproducible.log
step "real-time tests (ran alongside)" alongside "$realtime_pid" reports/realtime.log

node scripts/summary.mjs "$gates_passed" "$gates_failed"
