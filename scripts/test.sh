#!/usr/bin/env bash
# The one test command (`npm test`): unit tests, the release and e2e builds for Chrome and Firefox,
# then the end-to-end suites in Chromium and Firefox, with the checks that need no timing (types,
# lint and format, the layout check, `web-ext lint`) and the demo run beside them. Alongside
# everything after the release builds: the real-time tests (release builds, real minutes: a few
# minutes each, mostly asleep) in a second Playwright process, and the reproducible-build check.
# The unit tests run first and alone: some wait on real timers (a field's rest before it saves) and
# must not share the CPU with the browsers; then the ones that read the local clock run again in a
# far time zone. The timing-free checks run at a lower priority (`nice`) so the browsers'
# accelerated minutes keep their pace. (About 15 minutes on 2 cores.)
# Ends with one line: `N passed, N failed` over every step and every test.
set -u
cd "$(dirname "$0")/.."
mkdir -p reports
rm -f reports/unit.json reports/e2e.json reports/e2e-firefox.json reports/e2e-languages.json reports/realtime.json \
  reports/*.log

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
# Waits for a step that ran alongside, shows its output, and passes on its exit status.
alongside() {
  local pid=$1 log=$2
  wait "$pid"
  local status=$?
  cat "$log"
  return $status
}

# Vitest's default leaves a core to its main process (one worker on 2 cores); the main process
# does little here, so every core gets a worker.
step "unit tests" npx vitest run --maxWorkers="$(nproc)" --reporter=default --reporter=json \
  --outputFile.json=reports/unit.json
# The tests that read the local clock or date, once more in a zone far from most machines' (UTC+14,
# whose date differs from UTC's for most of the day): a test that passes only at some hours or in
# some zones fails here, whatever the hour and wherever it runs. (About a minute.)
time_sensitive=(
  tests/unit/lib/settings tests/unit/lib/history tests/unit/lib/tracker tests/unit/lib/data
  tests/unit/platform/worker/engine.test.ts tests/unit/platform/worker/nudge.test.ts tests/unit/platform/worker/quiet-now-dst.test.ts
  tests/unit/entrypoints/options/decisions-section.test.tsx tests/unit/entrypoints/options/settings-sections.test.tsx
  tests/unit/entrypoints/popup/app.test.tsx tests/unit/entrypoints/welcome tests/unit/entrypoints/insights
)
step "time-sensitive unit tests again, in a far time zone (Pacific/Kiritimati)" \
  env TZ=Pacific/Kiritimati npx vitest run --maxWorkers="$(nproc)" "${time_sensitive[@]}"
step "release builds and store zips" npm run --silent build
# Each real-time test brings its own X display (tests/realtime/display.ts); Firefox runs headless.
echo
echo "== real-time tests (release builds): started, running alongside the next steps"
E2E_REPORT=reports/realtime.json npx playwright test --project=realtime-chromium --project=realtime-firefox \
  --workers=2 >reports/realtime.log 2>&1 &
realtime_pid=$!
# What an AMO reviewer does (a few minutes, mostly a clean `npm ci` in another folder): the sources
# zip must rebuild the Firefox package byte for byte, and `npm ci` must print no engine warning. It
# waits on the network and the disk, so it runs alongside the next steps too, at a lower priority.
nice -n 10 node scripts/check-reproducible.mjs --skip-build >reports/reproducible.log 2>&1 &
reproducible_pid=$!
step "e2e builds (accelerated time)" npm run --silent build:e2e
# Firefox runs headless with an idle service of its own, so its journeys run beside Chromium's.
echo
echo "== end-to-end tests (Chromium, Firefox): started, running alongside the next steps"
E2E_REPORT=reports/e2e-firefox.json npx playwright test --project=firefox >reports/e2e-firefox.log 2>&1 &
firefox_pid=$!
# Every page in every language (headless Chromium, nothing timed, about 2 minutes) takes the core
# Firefox's journeys leave when they end, rather than lengthening Chromium's one-at-a-time run.
(
  while kill -0 "$firefox_pid" 2>/dev/null; do sleep 2; done
  E2E_REPORT=reports/e2e-languages.json npx playwright test --project=chromium-languages
) >reports/e2e-languages.log 2>&1 &
languages_pid=$!
# Chromium's specs run one at a time: the headed ones (idle detection, audible tabs, xdotool) share
# one display, and a second Chromium worker beside them made accelerated-time specs miss their
# wall-clock bounds on 2 cores. xvfb-run gives the headed ones a display when none exists.
chromium_e2e=(npx playwright test --project=chromium)
if [ -n "${DISPLAY:-}" ]; then
  "${chromium_e2e[@]}" >reports/e2e-chromium.log 2>&1 &
else
  xvfb-run -a --server-args="-screen 0 1280x800x24" "${chromium_e2e[@]}" >reports/e2e-chromium.log 2>&1 &
fi
chromium_pid=$!
step "type check" nice -n 10 npx tsc --noEmit
step "lint and format (biome)" nice -n 10 npx biome ci .
step "layout (no import cycle, browser APIs only in platform/ and entrypoints/)" \
  nice -n 10 node scripts/check-layout.mjs
step "web-ext lint (Firefox)" nice -n 10 node scripts/lint-firefox.mjs
# On a display of its own (xvfb-run -a picks a free one): on the display the idle specs watch, its
# pointer would wake them; headless, the browser never sees the still moment a card waits for.
step "demo: a scripted session until the nudge, with screenshots" \
  env -u DISPLAY xvfb-run -a --server-args="-screen 0 1280x800x24" node scripts/demo.mjs --no-docs --out reports/demo
step "end-to-end tests (Chromium, ran alongside)" alongside "$chromium_pid" reports/e2e-chromium.log
step "end-to-end tests (Firefox, ran alongside)" alongside "$firefox_pid" reports/e2e-firefox.log
step "every page in every language (Chromium, ran alongside)" alongside "$languages_pid" reports/e2e-languages.log
step "reproducible Firefox build (sources zip → same package, ran alongside)" \
  alongside "$reproducible_pid" reports/reproducible.log
step "real-time tests (ran alongside)" alongside "$realtime_pid" reports/realtime.log

node scripts/summary.mjs "$gates_passed" "$gates_failed"
