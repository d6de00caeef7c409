#!/usr/bin/env bash
# Installs the .deb that -Pinstaller built, runs the installed Rapport headless, removes the
# package again and checks that the user's data survived and reopens after a reinstall.
#
#   installer/test-deb.sh [DIR-WITH-DEB] [EXPECTED-VERSION]
#
# Run by ./mvnw -B -DskipTests -Pinstaller-test verify, or by hand after -Pinstaller package.
# It changes the system (installs and removes the package "rapport"), so it needs root and
# refuses to run when rapport is already installed. The checks of the installed app are in
# test-installed.sh, shared with test-rpm.sh.
set -euo pipefail

dir=${1:-target/installer}
expected=${2:-}
# shellcheck source=installer/test-installed.sh
source "$(dirname "$0")/test-installed.sh"

installed() { [ "$(dpkg-query -W -f='${Status}' rapport 2>/dev/null || true)" = "install ok installed" ]; }
# installed, also half-installed or unconfigured (removed packages keep "config-files")
present() {
  case "$(dpkg-query -W -f='${Status}' rapport 2>/dev/null || true)" in
    "" | *not-installed | *config-files) return 1 ;;
    *) return 0 ;;
  esac
}

command -v dpkg >/dev/null || fail "dpkg not found (this test is for Debian-based Linux)"
[ "$(id -u)" -eq 0 ] || fail "must run as root to install the package (try sudo)"
shopt -s nullglob
debs=("$dir"/rapport_*.deb)
[ ${#debs[@]} -eq 1 ] || fail "expected exactly one rapport_*.deb in $dir, found ${#debs[@]}"
deb=${debs[0]}
present && fail "rapport is already installed on this machine; remove it first (dpkg -r rapport)"
[ -e /opt/rapport ] && fail "/opt/rapport exists (installed from another package?); remove it first"

work=$(mktemp -d)
cleanup() {
  if present; then dpkg --purge rapport >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "dpkg -i $deb ($(du -h "$deb" | cut -f1))"
# what "apt install ./rapport.deb" does: unpack, then fetch missing dependencies (xdg-utils,
# GTK) from the distribution and configure
if ! dpkg -i "$deb"; then
  command -v apt-get >/dev/null || fail "dependencies missing and no apt-get to fetch them"
  apt-get install -y -f --no-install-recommends
fi
installed || fail "rapport is not installed after dpkg -i"

check_installed "$expected"

step "dpkg -r rapport"
dpkg -r rapport
installed && fail "rapport still installed after dpkg -r"
check_removed

step "reinstall"
dpkg -i "$deb" >/dev/null
check_data_reopens

step "dpkg --purge rapport"
dpkg --purge rapport >/dev/null
present && fail "rapport still installed after purge"
[ -f "$default_db" ] || fail "purging deleted the user's data in $default_db"

echo "installer test passed (.deb)"
