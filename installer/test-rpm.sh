#!/usr/bin/env bash
# Installs the .rpm that -Pinstaller built (where rpmbuild exists), runs the installed Rapport
# headless, upgrades it over itself, removes it and checks that the user's data survived and
# reopens after a reinstall.
#
#   installer/test-rpm.sh [DIR-WITH-RPM] [EXPECTED-VERSION]
#
# Run by ./mvnw -B -DskipTests -Pinstaller-test verify, or by hand after -Pinstaller package.
# It changes the system (installs and removes the package "rapport"), so it needs root and
# refuses to run when rapport is installed (from the .rpm or the .deb: both use /opt/rapport).
# On Debian or Ubuntu rpm's database knows none of the system's packages, so the test checks
# the package's declared requirements itself (each library, file and command exists) and then
# installs with --nodeps. The checks of the installed app are in test-installed.sh, shared
# with test-deb.sh.
set -euo pipefail

dir=${1:-target/installer}
expected=${2:-}
# shellcheck source=installer/test-installed.sh
source "$(dirname "$0")/test-installed.sh"

installed() { rpm -q rapport >/dev/null 2>&1; }
archive=/opt/rapport/lib/app/rapport.jsa

command -v rpm >/dev/null || fail "rpm not found"
[ "$(id -u)" -eq 0 ] || fail "must run as root to install the package (try sudo)"
shopt -s nullglob
rpms=("$dir"/rapport-*.rpm)
[ ${#rpms[@]} -eq 1 ] || fail "expected exactly one rapport-*.rpm in $dir, found ${#rpms[@]}"
pkg=${rpms[0]}
installed && fail "rapport is already installed on this machine; remove it first (rpm -e rapport)"
[ -e /opt/rapport ] && fail "/opt/rapport exists (installed from the .deb?); remove it first"

work=$(mktemp -d)
cleanup() {
  if installed; then rpm -e rapport >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

step "the package's declared requirements are met on this system ($pkg, $(du -h "$pkg" | cut -f1))"
# on an rpm distribution rpm checks the requirements itself; elsewhere it knows no packages
native=no
nodeps=(--nodeps)
if rpm -q glibc >/dev/null 2>&1; then native=yes; nodeps=(); fi
missing=()
libs=$(ldconfig -p)  # (grep -q on a pipe would stop the writer early: SIGPIPE under pipefail)
while read -r req; do
  case "$req" in
    rpmlib\(*|rtld\(*) ;;  # rpm's own features
    /*) [ -e "${req%% *}" ] || missing+=("$req") ;;
    *.so*)  # a soname, e.g. libgtk-3.so.0()(64bit) or libc.so.6(GLIBC_2.34)(64bit)
      lib=${req%%(*}
      grep -q "^[[:space:]]*$lib " <<<"$libs" || missing+=("$req") ;;
    xdg-utils) command -v xdg-desktop-menu >/dev/null || missing+=("$req") ;;
    *)  # a package name: the same name in dpkg, or a command of that name
      if [ "$native" = no ] && ! command -v "${req%% *}" >/dev/null \
        && ! dpkg-query -W -f='${Status}' "${req%% *}" 2>/dev/null | grep -q "ok installed"; then
        missing+=("$req")
      fi ;;
  esac
done < <(rpm -qpR "$pkg" | sort -u)
if [ ${#missing[@]} -gt 0 ] && [ "$native" = no ] && command -v apt-get >/dev/null; then
  # as test-deb.sh lets apt fetch the .deb's dependencies: packages (xdg-utils) by the same name
  pkgs=()
  for req in "${missing[@]}"; do
    case "$req" in /* | *.so*) ;; *) pkgs+=("${req%% *}") ;; esac
  done
  if [ ${#pkgs[@]} -gt 0 ]; then
    echo "fetching ${pkgs[*]} with apt-get"
    apt-get install -y --no-install-recommends "${pkgs[@]}" >/dev/null
    still=()
    for req in "${missing[@]}"; do
      case "$req" in
        xdg-utils) command -v xdg-desktop-menu >/dev/null || still+=("$req") ;;
        /* | *.so*) still+=("$req") ;;
        *) dpkg-query -W -f='${Status}' "${req%% *}" 2>/dev/null | grep -q "ok installed" || still+=("$req") ;;
      esac
    done
    missing=("${still[@]}")
  fi
fi
[ ${#missing[@]} -eq 0 ] || fail "requirements not met on this system: ${missing[*]}"
echo "$(rpm -qpR "$pkg" | sort -u | wc -l) requirements met"

step "the start-up archive is owned but not shipped (%ghost)"
files=$(rpm -qp --qf '[%{FILEFLAGS:fflags} %{FILENAMES}\n]' "$pkg")
grep -qx "g $archive" <<<"$files" || fail "$archive is not a %ghost file of the package"

step "rpm -i $pkg"
rpm -i "${nodeps[@]}" "$pkg"
installed || fail "rapport is not installed after rpm -i"

step "rpm -V rapport"
rpm -V "${nodeps[@]}" rapport || fail "rpm -V rapport found changed or missing files"
[ "$(rpm -qf "$archive")" = "$(rpm -q rapport)" ] || fail "$archive does not belong to the package"

check_installed "$expected"

step "upgrade over itself (rpm -U --replacepkgs): the start-up archive survives"
desktop=/usr/share/applications/rapport-rapport.desktop
had_menu=no
if [ -e "$desktop" ]; then had_menu=yes; fi
rpm -U --replacepkgs "${nodeps[@]}" "$pkg"
installed || fail "rapport is not installed after the upgrade"
[ -f "$archive" ] || fail "the upgrade left no start-up archive $archive"
JAVA_TOOL_OPTIONS="-Xshare:on" run --version >/dev/null 2>&1 || fail "the start-up archive does not map after the upgrade"
rpm -V "${nodeps[@]}" rapport || fail "rpm -V rapport found changed or missing files after the upgrade"
[ "$(readlink -f /usr/bin/rapport)" = "$launcher" ] || fail "/usr/bin/rapport lost in the upgrade"
if [ "$had_menu" = yes ]; then [ -e "$desktop" ] || fail "the upgrade removed the menu entry $desktop"; fi

step "rpm -e rapport"
rpm -e rapport
installed && fail "rapport still installed after rpm -e"
check_removed

step "reinstall"
rpm -i "${nodeps[@]}" "$pkg"
check_data_reopens

step "rpm -e rapport"
rpm -e rapport
installed && fail "rapport still installed after rpm -e"
[ ! -e /opt/rapport ] || fail "/opt/rapport left behind"
[ -f "$default_db" ] || fail "removing deleted the user's data in $default_db"

echo "installer test passed (.rpm)"
