#!/usr/bin/env bash
# Renders the app icon from the SVG sources into every size and format the OSes need.
# The outputs are committed, so a build never needs these tools; run this only after
# changing an SVG. Needs Debian's librsvg2-bin (rsvg-convert), icoutils (icotool) and
# icnsutils (png2icns).
set -euo pipefail
cd "$(dirname "$0")"
res=../src/main/resources/dev/rapport/icons
mkdir -p png "$res"

for size in 16 24 32 48 64 128 256 512; do
  # below 48 px the detailed mark blurs: use the simplified drawing
  if [ "$size" -le 32 ]; then src=rapport-small.svg; else src=rapport.svg; fi
  rsvg-convert --width "$size" --height "$size" "$src" --output "png/rapport-$size.png"
  cp "png/rapport-$size.png" "$res/rapport-$size.png"
done

# Windows: one .ico with the sizes Explorer, the taskbar and the installer ask for
icotool --create --output rapport.ico \
  png/rapport-16.png png/rapport-24.png png/rapport-32.png png/rapport-48.png \
  png/rapport-64.png png/rapport-128.png --raw=png/rapport-256.png

# macOS: png2icns knows 16, 32, 48, 128, 256 and 512 px
png2icns rapport.icns \
  png/rapport-16.png png/rapport-32.png png/rapport-48.png \
  png/rapport-128.png png/rapport-256.png png/rapport-512.png >/dev/null
