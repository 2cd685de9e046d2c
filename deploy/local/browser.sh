#!/usr/bin/env bash
# Headless browser for the dashboard's browser test: Debian's chromium and chromium-driver.
#
#   deploy/local/browser.sh ensure   install both when missing (apt-get, as root), then print
#                                    "CHROMIUM=<path>" and "CHROMEDRIVER=<path>" on stdout
#   deploy/local/browser.sh status   print the paths and versions; exit 3 when missing
#
# The browser test (hub-service, DashboardBrowserTest) calls "ensure" before it starts the
# browser. Exit status 0: both are usable; 2: they are missing and cannot be installed here
# (not root, or the Debian archive is unreachable); the test is then skipped with this
# script's message. Env: CHROMIUM_BIN (/usr/bin/chromium), CHROMEDRIVER_BIN
# (/usr/bin/chromedriver), BROWSER_INSTALL_TIMEOUT seconds (600).
set -euo pipefail
LOG_TAG=browser
# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CHROMIUM_BIN=${CHROMIUM_BIN:-/usr/bin/chromium}
CHROMEDRIVER_BIN=${CHROMEDRIVER_BIN:-/usr/bin/chromedriver}
BROWSER_INSTALL_TIMEOUT=${BROWSER_INSTALL_TIMEOUT:-600}

present() { [[ -x $CHROMIUM_BIN && -x $CHROMEDRIVER_BIN ]]; }

# Progress goes to stderr so that stdout carries only the KEY=path lines.
say() { log "$@" >&2; }

install() {
  if [[ $(id -u) -ne 0 ]]; then
    printf '[browser] chromium and chromium-driver are missing and this is not root: sudo apt-get install -y chromium chromium-driver\n' >&2
    exit 2
  fi
  command -v apt-get >/dev/null || { printf '[browser] no apt-get on this machine: install chromium and its driver by hand\n' >&2; exit 2; }
  say "installing Debian's chromium and chromium-driver (apt-get) ..."
  export DEBIAN_FRONTEND=noninteractive
  # apt's lock may be held by another install (another worktree's test): wait for it.
  if ! timeout "$BROWSER_INSTALL_TIMEOUT" apt-get -o DPkg::Lock::Timeout=300 update -q >&2 \
     || ! timeout "$BROWSER_INSTALL_TIMEOUT" apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends \
          chromium chromium-driver >&2; then
    printf '[browser] apt-get could not install chromium and chromium-driver (is the Debian archive reachable?)\n' >&2
    exit 2
  fi
  present || { printf '[browser] installed, but %s or %s is still missing\n' "$CHROMIUM_BIN" "$CHROMEDRIVER_BIN" >&2; exit 2; }
}

case ${1:-ensure} in
  ensure)
    present || install
    printf 'CHROMIUM=%s\nCHROMEDRIVER=%s\n' "$CHROMIUM_BIN" "$CHROMEDRIVER_BIN"
    ;;
  status)
    if present; then
      "$CHROMIUM_BIN" --version 2>/dev/null || true
      "$CHROMEDRIVER_BIN" --version 2>/dev/null || true
    else
      say "chromium or chromium-driver is missing"
      exit 3
    fi
    ;;
  *)
    die "usage: $0 ensure|status"
    ;;
esac
