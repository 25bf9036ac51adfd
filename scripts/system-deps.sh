#!/usr/bin/env bash
# The end-to-end tests drive Debian's browsers under Xvfb. Installs what is missing when run as
# root; otherwise stops and prints the one command that installs it.
set -u
packages=()
command -v "${CHROMIUM_PATH:-chromium}" >/dev/null 2>&1 || packages+=(chromium)
# Chromium's own locale files: without them its UI is en-US whatever --lang says (no right to left).
[ -e /usr/lib/chromium/locales/ar.pak ] || [ -n "${CHROMIUM_PATH:-}" ] || packages+=(chromium-l10n)
command -v "${FIREFOX_PATH:-firefox-esr}" >/dev/null 2>&1 || packages+=(firefox-esr)
command -v xvfb-run >/dev/null 2>&1 || packages+=(xvfb)
command -v xdotool >/dev/null 2>&1 || packages+=(xdotool)
# ImageMagick's `import` captures the display for the demo's toolbar screenshots (the calm badge).
command -v import >/dev/null 2>&1 || packages+=(imagemagick)
# The languages' scripts (Devanagari, CJK, Arabic), measured as drawn: tests/e2e/fonts.conf.
fc-list 2>/dev/null | grep -q NotoSansDevanagari || packages+=(fonts-noto-core)
fc-list 2>/dev/null | grep -q NotoSansCJK || packages+=(fonts-noto-cjk)
[ ${#packages[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing ${packages[*]} with apt-get…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq --no-install-recommends "${packages[@]}" fonts-dejavu-core >/dev/null
  exit $?
fi
echo "The end-to-end tests need ${packages[*]}. Install them with:" >&2
echo "  sudo apt-get update && sudo apt-get install -y ${packages[*]}" >&2
exit 1
