#!/bin/sh
# Makes the class-data-sharing (AppCDS) archive of an installed or built Rapport app image,
# lib/app/rapport.jsa, from the class list next to it (lib/app/rapport.classlist), with the
# image's own launcher, and checks that the JVM maps it.
#
#   sh IMAGE-DIR/lib/app/make-archive.sh IMAGE-DIR
#
# dump.sh copies this script and the class list into the app image and runs it there; the
# packages run the installed copy again where they put the app, because JDK 17 uses an
# archive only at the exact class path it was made with: the .deb's postinst and the .rpm's
# %posttrans. A JVM that cannot use the archive starts without it, only slower.
# POSIX sh, not bash: package scripts run under /bin/sh (dash on Debian).
set -eu

image=${1:?app image directory, e.g. /opt/rapport}
launcher="$image/bin/rapport"
app="$image/lib/app"
list="$app/rapport.classlist"
archive="$app/rapport.jsa"
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 1; }
[ -f "$list" ] || { echo "no class list at $list" >&2; exit 1; }

rm -f "$archive"
log=$(mktemp)
# the launcher's own options name the archive ($APPDIR/rapport.jsa); -Xshare:dump writes it
# and exits
if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$list -XX:SharedArchiveFile=$archive" \
    "$launcher" >"$log" 2>&1; then
  cat "$log" >&2
  rm -f "$log" "$archive"
  echo "the class-data-sharing archive could not be made in $app" >&2
  exit 1
fi
rm -f "$log"
chmod 644 "$archive"
# -Xshare:on makes the JVM fail rather than start without the archive; no display needed
if ! env -u DISPLAY -u WAYLAND_DISPLAY JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --version >/dev/null 2>&1; then
  rm -f "$archive"
  echo "the class-data-sharing archive in $app does not map; removed" >&2
  exit 1
fi
echo "class-data-sharing archive: $(du -h "$archive" | cut -f1) in $app"
