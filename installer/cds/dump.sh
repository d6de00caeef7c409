#!/usr/bin/env bash
# Builds the class-data-sharing (AppCDS) archive of a Rapport app image, so that its JVM maps
# the classes the first window needs (JDK, JavaFX, H2, the app) instead of loading and
# verifying them one by one: start-up to the window drops by about a third.
#
#   installer/cds/dump.sh IMAGE-DIR [CLASS-LIST]
#
# The archive is only valid where it was made (JDK 17 checks the exact class path), so the
# .deb's postinst runs the same dump again in /opt/rapport; a JVM that cannot use the archive
# silently starts without it. The class list is installer/cds/rapport.classlist (train.sh).
set -euo pipefail

image=${1:?app image directory, e.g. target/dist/rapport}
list=${2:-$(dirname "$0")/rapport.classlist}
launcher="$image/bin/rapport"
app="$image/lib/app"
[ -x "$launcher" ] || { echo "no launcher at $launcher" >&2; exit 1; }
[ -f "$list" ] || { echo "no class list at $list" >&2; exit 1; }

# the list travels with the image, for the dump at the installed place
cp "$list" "$app/rapport.classlist"
rm -f "$app/rapport.jsa"
log=$(mktemp)
# the launcher's own options name the archive ($APPDIR/rapport.jsa); -Xshare:dump writes it and exits
if ! JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=$app/rapport.classlist -XX:SharedArchiveFile=$app/rapport.jsa" \
    "$launcher" >"$log" 2>&1; then
  cat "$log" >&2
  echo "the class-data-sharing archive could not be made" >&2
  exit 1
fi
rm -f "$log"
# -Xshare:on makes the JVM fail rather than start without the archive
JAVA_TOOL_OPTIONS="-Xshare:on" "$launcher" --version >/dev/null 2>&1 \
  || { echo "the class-data-sharing archive in $app does not map" >&2; exit 1; }
echo "class-data-sharing archive: $(du -h "$app/rapport.jsa" | cut -f1) in $app"
