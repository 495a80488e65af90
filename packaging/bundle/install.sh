#!/bin/sh
# Booth POS: puts the app into this user's menu, with its icon, and `pos-desktop` on the PATH
# (~/.local/bin). No root needed; run it from the unpacked folder, and again after moving the
# folder. ./uninstall.sh takes it out again (your data stays).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
apps=$data/applications
icons=$data/icons/hicolor
bin=$HOME/.local/bin

if [ ! -x "$here/pos-desktop" ]; then
    echo "install.sh: $here/pos-desktop is missing; run install.sh from the unpacked folder" >&2
    exit 1
fi

# Icons: every size the bundle has, as pos-desktop.png / pos-desktop.svg.
for folder in "$here"/share/icons/hicolor/*/apps; do
    size=$(basename "$(dirname "$folder")")
    mkdir -p "$icons/$size/apps"
    cp "$folder"/pos-desktop.* "$icons/$size/apps/"
done

# The menu entry, with Exec pointing at this folder. Desktop Entry quoting: the path goes in
# double quotes with " ` $ \ escaped by a backslash, then every backslash doubled (the value is
# a string too), and % doubled (Exec's field codes).
quoted=$(printf '%s' "$here/pos-desktop" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
mkdir -p "$apps"
EXEC="\"$quoted\"" awk '/^Exec=/ { print "Exec=" ENVIRON["EXEC"]; next } { print }' \
    "$here/share/applications/pos-desktop.desktop" > "$apps/pos-desktop.desktop.tmp"
mv "$apps/pos-desktop.desktop.tmp" "$apps/pos-desktop.desktop"
chmod 644 "$apps/pos-desktop.desktop"

# The command line: a link in ~/.local/bin, unless something else of that name is there.
mkdir -p "$bin"
if [ -L "$bin/pos-desktop" ] || [ ! -e "$bin/pos-desktop" ]; then
    ln -sfn "$here/pos-desktop" "$bin/pos-desktop"
    linked="$bin/pos-desktop"
else
    linked=""
    echo "Left $bin/pos-desktop alone (not a link made by install.sh)."
fi

# Menus and icon themes re-read their folders; the tools are optional.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi

echo "Booth POS is in the menu ($apps/pos-desktop.desktop)."
if [ -n "$linked" ]; then
    echo "Command line: $linked (add ~/.local/bin to PATH if \`pos-desktop\` is not found)."
fi
