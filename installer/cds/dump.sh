#!/usr/bin/env bash
# Builds the class-data-sharing (AppCDS) archive of a Rapport app image, so that its JVM maps
# the classes the first window needs (JDK, JavaFX, H2, the app) instead of loading and
# verifying them one by one: start-up to the window drops by about a third.
#
#   installer/cds/dump.sh IMAGE-DIR [CLASS-LIST]
#
# It copies the class list (installer/cds/rapport.classlist, see train.sh) and make-archive.sh
# into the image's lib/app and runs make-archive.sh there. The archive is only valid where it
# was made (JDK 17 checks the exact class path), so the .deb's postinst and the .rpm's
# %posttrans run the installed make-archive.sh again in /opt/rapport; a JVM that cannot use
# the archive silently starts without it.
set -euo pipefail

here=$(dirname "$0")
image=${1:?app image directory, e.g. target/dist/rapport}
list=${2:-$here/rapport.classlist}
app="$image/lib/app"
[ -d "$app" ] || { echo "no app image at $image (no $app)" >&2; exit 1; }
[ -f "$list" ] || { echo "no class list at $list" >&2; exit 1; }

# the list and the script travel with the image, for the archive at the installed place
cp "$list" "$app/rapport.classlist"
cp "$here/make-archive.sh" "$app/make-archive.sh"
chmod 644 "$app/rapport.classlist"
chmod 755 "$app/make-archive.sh"
sh "$app/make-archive.sh" "$image"
