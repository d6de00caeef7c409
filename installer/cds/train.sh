#!/usr/bin/env bash
# Records which classes Rapport loads until its window is on screen, into rapport.classlist
# next to this script, from which dump.sh builds the class-data-sharing archive. Run it again
# after big changes to what start-up loads (a stale list only makes start-up a little slower:
# classes it misses load as usual, names it has that no longer exist are skipped).
#
#   xvfb-run -a installer/cds/train.sh [IMAGE-DIR]     (needs an X display and xdotool)
set -euo pipefail

image=${1:-target/dist/rapport}
launcher="$image/bin/rapport"
out="$(cd "$(dirname "$0")" && pwd)/rapport.classlist"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
command -v xdotool >/dev/null || { echo "needs xdotool" >&2; exit 1; }

# a realistic folder: sample data, the database created and migrated, no start-up notification
"$launcher" --data-dir "$work/data" demo >/dev/null
echo "todayStartupSummary=false" >>"$work/data/preferences.properties"
JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/classlist -Xshare:off" "$launcher" --data-dir "$work/data" &
pid=$!
for _ in $(seq 600); do
  xdotool search --onlyvisible --pid "$pid" >/dev/null 2>&1 && break
  sleep 0.1
done
sleep 2 # the first screen's data arrives just after the window
kill "$pid"
wait "$pid" || true
# kept as the JDK wrote it: its @lambda lines let the archive hold the lambdas too
cp "$work/classlist" "$out"
echo "$(wc -l <"$out") classes in $out"
