#!/usr/bin/env bash
# Installs the .deb that -Pinstaller built, runs the installed Rapport headless, removes the
# package again and checks that the user's data survived and reopens after a reinstall.
#
#   installer/test-deb.sh [DIR-WITH-DEB] [EXPECTED-VERSION]
#
# Run by ./mvnw -B -DskipTests -Pinstaller-test verify, or by hand after -Pinstaller package.
# It changes the system (installs and removes the package "rapport"), so it needs root and
# refuses to run when rapport is already installed.
set -euo pipefail

dir=${1:-target/installer}
expected=${2:-}
launcher=/opt/rapport/bin/rapport

fail() { echo "installer test FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }
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

work=$(mktemp -d)
cleanup() {
  if present; then dpkg --purge rapport >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# the CLI never needs a display
run() { env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@"; }

step "dpkg -i $deb"
# what "apt install ./rapport.deb" does: unpack, then fetch missing dependencies (xdg-utils,
# GTK) from the distribution and configure
if ! dpkg -i "$deb"; then
  command -v apt-get >/dev/null || fail "dependencies missing and no apt-get to fetch them"
  apt-get install -y -f --no-install-recommends
fi
installed || fail "rapport is not installed after dpkg -i"
[ -x "$launcher" ] || fail "$launcher missing after install"
echo "installed size: $(du -sh /opt/rapport | cut -f1)"

step "rapport --version"
version=$(run --version)
echo "$version"
[[ "$version" == "Rapport ${expected}"* ]] || fail "version '$version' does not start with 'Rapport $expected'"

step "the class-data-sharing archive maps in /opt/rapport (made by postinst)"
# -Xshare:on: the JVM fails instead of quietly starting without the archive
JAVA_TOOL_OPTIONS="-Xshare:on" run --version >/dev/null 2>&1 || fail "the start-up archive does not map in /opt/rapport"

step "rapport --help"
run --help | grep -q "demo" || fail "--help does not list the demo command"

step "rapport is on the PATH"
[ "$(readlink -f /usr/bin/rapport)" = "$launcher" ] || fail "/usr/bin/rapport does not lead to $launcher"
env -u DISPLAY rapport --version | grep -q "^Rapport" || fail "rapport --version through the PATH failed"

step "rapport demo into the per-user default folder (XDG_DATA_HOME)"
export XDG_DATA_HOME="$work/xdg"
run demo --accounts 12 --contacts 30
default_db="$XDG_DATA_HOME/rapport/rapport.mv.db"
[ -f "$default_db" ] || fail "no database at $default_db"

step "rapport --data-dir DIR demo"
run --data-dir "$work/d" demo
[ -f "$work/d/rapport.mv.db" ] || fail "no database in $work/d"

step "rapport export pdf from the installed launcher (bundled font, no display)"
run --data-dir "$work/d" export pdf --all --tier A --out "$work/pdf"
shopt -s nullglob
pdfs=("$work"/pdf/*.pdf)
[ ${#pdfs[@]} -gt 0 ] || fail "export pdf --all --tier A wrote no PDF into $work/pdf"
echo "${#pdfs[@]} account summaries written"
if command -v pdffonts >/dev/null; then
  pdffonts "${pdfs[0]}" | grep -q "yes *yes" || fail "the summary's font is not embedded as a subset"
fi

if command -v xvfb-run >/dev/null; then
  step "the window opens (xvfb)"
  xvfb-run -a bash -c "'$launcher' --data-dir '$work/d' & pid=\$!; sleep 12; kill \$pid; wait \$pid || true"
  grep -q "opened $work/d" "$work/d/logs/rapport.log" || fail "the window did not open (see $work/d/logs)"
fi

step "dpkg -r rapport"
dpkg -r rapport
installed && fail "rapport still installed after dpkg -r"
[ ! -e /opt/rapport ] || fail "/opt/rapport left behind"
[ ! -e /usr/bin/rapport ] || fail "/usr/bin/rapport left behind"
[ -f "$default_db" ] || fail "uninstalling deleted the user's data in $default_db"
[ -f "$work/d/rapport.mv.db" ] || fail "uninstalling deleted the user's data in $work/d"

step "reinstall: the kept data opens again"
dpkg -i "$deb" >/dev/null
run demo --accounts 1 --contacts 0 | tee "$work/again.txt"
grep -q "$XDG_DATA_HOME/rapport" "$work/again.txt" || fail "the kept data folder did not open after reinstall"

step "dpkg --purge rapport"
dpkg --purge rapport >/dev/null
present && fail "rapport still installed after purge"
[ -f "$default_db" ] || fail "purging deleted the user's data in $default_db"

echo "installer test passed"
