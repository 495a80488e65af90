#!/bin/sh
# Booth POS: takes out what install.sh put in (menu entry, icons, the ~/.local/bin link).
# The database, settings and logs stay where they are; the app's folder stays too (delete it
# yourself once you no longer need it).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor
bin=$HOME/.local/bin

rm -f "$apps/pos-desktop.desktop"
for folder in "$here"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$folder")")
    rm -f "$icons/$size/apps/pos-desktop.png" "$icons/$size/apps/pos-desktop.svg"
done
# The link only if it is ours (points into this folder).
if [ -L "$bin/pos-desktop" ] && [ "$(readlink "$bin/pos-desktop")" = "$here/pos-desktop" ]; then
    rm -f "$bin/pos-desktop"
fi

if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi
echo "Booth POS is out of the menu. Your data was not touched."
