#!/bin/sh
# Adds starapp to this user's applications menu (no administrator rights needed).
# Run it from the unpacked starapp folder:   ./install-menu-entry.sh
# Remove the entry again with:               ./install-menu-entry.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor
if [ "${1:-}" = "--remove" ]; then
  rm -f "$apps/starapp.desktop"
  for size in 16 32 48 256; do rm -f "$icons/${size}x${size}/apps/starapp.png"; done
  rm -f "$icons/scalable/apps/starapp.svg"
  echo "starapp has been removed from the applications menu."
  exit 0
fi
mkdir -p "$apps" "$icons/scalable/apps"
for size in 16 32 48 256; do
  mkdir -p "$icons/${size}x${size}/apps"
  cp "$here/share/icons/starapp-$size.png" "$icons/${size}x${size}/apps/starapp.png"
done
cp "$here/share/icons/starapp.svg" "$icons/scalable/apps/starapp.svg"
# The menu entry starts this copy of the program, wherever the folder was unpacked.
sed -e "s|^Exec=starapp|Exec=\"$here/starapp\"|" -e "s|^TryExec=starapp|TryExec=$here/starapp|" \
  "$here/share/starapp.desktop" > "$apps/starapp.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "starapp is now in your applications menu (Office)."
