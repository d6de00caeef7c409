# The checks test-deb.sh and test-rpm.sh share: what an installed Rapport must do, whichever
# package put it in /opt/rapport. Sourced (bash), not run; the caller sets $work (an empty
# temporary folder) before calling the functions, and installs/removes the package between
# them:
#
#   check_installed VERSION    after installing: version, start-up archive, CLI, PATH,
#                              demo data in $XDG_DATA_HOME and in --data-dir, PDF export,
#                              the window (under xvfb-run when present)
#   check_removed              after removing: the program is gone, the user's data is not
#   check_data_reopens         after installing again: the kept data opens

launcher=/opt/rapport/bin/rapport

fail() { echo "installer test FAILED: $*" >&2; exit 1; }
step() { echo "--- $*"; }
# the CLI never needs a display
run() { env -u DISPLAY -u WAYLAND_DISPLAY "$launcher" "$@"; }

check_installed() {
  local expected=$1 version pdfs
  [ -x "$launcher" ] || fail "$launcher missing after install"
  echo "installed size: $(du -sh /opt/rapport | cut -f1)"

  step "rapport --version"
  version=$(run --version)
  echo "$version"
  [[ "$version" == "Rapport ${expected}"* ]] || fail "version '$version' does not start with 'Rapport $expected'"

  step "the class-data-sharing archive maps in /opt/rapport (made by the package's script)"
  [ -f /opt/rapport/lib/app/rapport.jsa ] || fail "no start-up archive /opt/rapport/lib/app/rapport.jsa"
  echo "archive: $(du -h /opt/rapport/lib/app/rapport.jsa | cut -f1)"
  # -Xshare:on: the JVM fails instead of quietly starting without the archive
  JAVA_TOOL_OPTIONS="-Xshare:on" run --version >/dev/null 2>&1 || fail "the start-up archive does not map in /opt/rapport"

  step "rapport --help"
  run --help | grep -q "demo" || fail "--help does not list the demo command"

  step "rapport is on the PATH"
  [ "$(readlink -f /usr/bin/rapport)" = "$launcher" ] || fail "/usr/bin/rapport does not lead to $launcher"
  env -u DISPLAY rapport --version | grep -q "^Rapport" || fail "rapport --version through the PATH failed"

  step "rapport demo into the per-user default folder (XDG_DATA_HOME)"
  export XDG_DATA_HOME="$work/xdg"
  default_db="$XDG_DATA_HOME/rapport/rapport.mv.db"
  run demo --accounts 12 --contacts 30
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
    # with xdotool and xprop, also the window's X11 class: the menu entry's StartupWMClass claims it
    xvfb-run -a bash -c "'$launcher' --data-dir '$work/d' & pid=\$!; sleep 12;
      if command -v xdotool >/dev/null && command -v xprop >/dev/null; then
        xprop -id \$(xdotool search --onlyvisible --pid \$pid | head -1) WM_CLASS >'$work/wmclass' 2>&1
      fi
      kill \$pid; wait \$pid || true"
    grep -q "opened $work/d" "$work/d/logs/rapport.log" || fail "the window did not open (see $work/d/logs)"
    if [ -f "$work/wmclass" ]; then
      echo "window $(cat "$work/wmclass")"
      grep -q '"rapport", "rapport"' "$work/wmclass" || fail "the window's class is not rapport: $(cat "$work/wmclass")"
      grep -q '^StartupWMClass=rapport$' /opt/rapport/lib/*.desktop || fail "the menu entry does not claim the rapport windows"
    fi
  fi
}

check_removed() {
  [ ! -e /opt/rapport ] || fail "/opt/rapport left behind"
  [ ! -e /usr/bin/rapport ] && [ ! -L /usr/bin/rapport ] || fail "/usr/bin/rapport left behind"
  [ -f "$default_db" ] || fail "uninstalling deleted the user's data in $default_db"
  [ -f "$work/d/rapport.mv.db" ] || fail "uninstalling deleted the user's data in $work/d"
}

check_data_reopens() {
  step "the kept data opens again"
  run demo --accounts 1 --contacts 0 | tee "$work/again.txt"
  grep -q "$XDG_DATA_HOME/rapport" "$work/again.txt" || fail "the kept data folder did not open after reinstall"
}
