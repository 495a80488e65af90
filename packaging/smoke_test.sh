#!/usr/bin/env bash
# Bundle smoke test: the tar.gz of `make package` works on its own, as on a laptop without
# Python. Unpacks it into a fresh temporary folder and runs the bundle with a fresh HOME, empty
# XDG folders, an empty PATH (no python3, no tools to lean on) and no Python variables:
#   --version; init (admin from a password file); one sale (customer add, invoice create,
#   invoice pdf); db check; the customer's QR code decoded by zbar (the bundle's libzbar, which
#   the dynamic loader's log must show), zxing and OpenCV; screenshots (offscreen, PNGs
#   written); the window on Xvfb (a fresh first start: the wizard waits); install.sh /
#   uninstall.sh into the fresh HOME.
# Prints the unpacked size (fails above LIMIT_MB) and each step's time. Exit 0: all passed.
#
#   packaging/smoke_test.sh [dist/pos-desktop-VERSION-linux-x86_64.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/.."

# The issue asked for 350 MB; OpenCV, Qt and numpy alone are about 360 (packaging/README.md).
# 552 MB measured on 2026-12-07: the limit catches growth.
LIMIT_MB=580
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' pos_desktop/__init__.py)
tarball=${1:-dist/pos-desktop-$version-linux-$(uname -m).tar.gz}
[ -f "$tarball" ] || { echo "smoke test: $tarball is missing (make package)" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/pos-bundle-smoke.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/unpacked" "$work/home" "$work/empty-path" "$work/out" \
    "$work/xdg/config" "$work/xdg/data" "$work/xdg/state" "$work/xdg/cache" "$work/xdg/runtime"
chmod 700 "$work/xdg/runtime"

passed=0
failed=0
step() { printf '\n== %s\n' "$*"; }
ok() { passed=$((passed + 1)); echo "ok: $*"; }
bad() { failed=$((failed + 1)); echo "FAILED: $*" >&2; }

step "unpack $tarball"
tar -C "$work/unpacked" -xzf "$tarball"
app=$work/unpacked/pos-desktop
[ -x "$app/pos-desktop" ] && ok "pos-desktop is in the tar.gz" || bad "no pos-desktop in the tar.gz"
size_mb=$(du -sm "$app" | cut -f1)
echo "unpacked size: ${size_mb} MB ($(du -s --apparent-size --block-size=1M "$app" | cut -f1) MB apparent) in $(find "$app" -type f | wc -l) files"
if [ "$size_mb" -lt "$LIMIT_MB" ]; then ok "size ${size_mb} MB < ${LIMIT_MB} MB"; else bad "size ${size_mb} MB >= ${LIMIT_MB} MB"; fi

# The bundle's whole environment: nothing from this shell (no PYTHONPATH, VIRTUAL_ENV, PATH).
printf 'smoke-test-password-1\n' > "$work/admin.pw"
chmod 600 "$work/admin.pw"
bundle_env=(
    env -i
    "HOME=$work/home"
    "PATH=$work/empty-path"
    "LANG=C.UTF-8"
    "XDG_CONFIG_HOME=$work/xdg/config"
    "XDG_DATA_HOME=$work/xdg/data"
    "XDG_STATE_HOME=$work/xdg/state"
    "XDG_CACHE_HOME=$work/xdg/cache"
    "XDG_RUNTIME_DIR=$work/xdg/runtime"
    "QT_QPA_PLATFORM=offscreen"
)
# After init: the admin, for a command line that asks who is there (POS_USER and
# POS_PASSWORD_FILE are the scripts' way in; a command line without login ignores them).
as_admin=("POS_USER=boss" "POS_PASSWORD_FILE=$work/admin.pw")

# run NAME [VAR=VALUE...] -- ARGS...: the bundle's pos-desktop; output in $work/out/NAME.*
run() {
    local name=$1 extra=()
    shift
    while [ "$1" != "--" ]; do extra+=("$1"); shift; done
    shift
    local started=$SECONDS code=0
    (cd "$work/home" && "${bundle_env[@]}" "${extra[@]}" "$app/pos-desktop" "$@") \
        >"$work/out/$name.out" 2>"$work/out/$name.err" || code=$?
    echo "pos-desktop $* -> exit $code in $((SECONDS - started)) s"
    if [ "$code" -ne 0 ]; then
        sed 's/^/  | /' "$work/out/$name.out" "$work/out/$name.err" | tail -40 >&2
    fi
    return "$code"
}
json_field() { grep -o "^  \"$1\": *\"[^\"]*\"" "$work/out/$2.out" | head -1 | sed 's/.*: *"\(.*\)"/\1/'; }

step "version"
if run version -- --version && grep -q "$version" "$work/out/version.out"; then
    ok "--version says $version"
else
    bad "--version"
fi

step "init: schema, first admin, exhibition (SQLite in the fresh XDG data folder)"
if run init -- init --admin boss --password-file "$work/admin.pw" \
    --exhibition "Smoke Fair" --currency EUR; then
    ok "init"
else
    bad "init"
fi
if find "$work/xdg/data/pos-desktop" -name '*.db' -o -name '*.sqlite*' 2>/dev/null | grep -q .; then
    ok "the database is in XDG_DATA_HOME/pos-desktop"
else
    bad "no database file under XDG_DATA_HOME/pos-desktop"
fi

step "db check: the bundled migrations are the database's"
run db-check "${as_admin[@]}" -- db check && ok "db check" || bad "db check"

step "one sale"
code=""
if run customer "${as_admin[@]}" -- customer add --name "Ada Lovelace" \
    --email ada@example.com --country DE --json; then
    code=$(json_field code customer)
    [ -n "$code" ] && ok "customer $code" || bad "customer add printed no code"
else
    bad "customer add"
fi
number=""
if run sale "${as_admin[@]}" -- invoice create --customer "$code" \
    --line "Catalogue|2|12.50|7" --line "Workshop|1|89.00|19" --pay cash:150 --json; then
    number=$(json_field number sale)
    status=$(json_field status sale)
    gross=$(json_field gross sale)
    if [ -n "$number" ] && [ "$status" = issued ] && [ "$gross" = "114.00" ]; then
        ok "invoice $number issued, 114.00"
    else
        bad "invoice create: number '$number', status '$status', gross '$gross'"
    fi
else
    bad "invoice create"
fi
if run pdf "${as_admin[@]}" -- invoice pdf "$number" --out "$work/invoice.pdf" \
    && head -c 5 "$work/invoice.pdf" | grep -q '%PDF-'; then
    ok "invoice PDF ($(stat -c %s "$work/invoice.pdf") bytes; fonts from the bundle)"
else
    bad "invoice pdf"
fi

step "scanning: the customer's QR code through each decoder"
if run qr "${as_admin[@]}" -- customer qr "$code" --out "$work/qr.png"; then
    ok "customer qr"
else
    bad "customer qr"
fi
for backend in zxing opencv; do
    if run "scan-$backend" "${as_admin[@]}" -- scan --image "$work/qr.png" --backend "$backend" \
        && grep -q "$code" "$work/out/scan-$backend.out"; then
        ok "$backend decodes $code"
    else
        bad "$backend did not decode $code"
    fi
done
# zbar: decoded, and through the bundle's own libzbar (the loader's log names the file).
if run scan-zbar "${as_admin[@]}" LD_DEBUG=libs -- scan --image "$work/qr.png" --backend zbar \
    && grep -q "$code" "$work/out/scan-zbar.out"; then
    ok "zbar decodes $code"
else
    bad "zbar did not decode $code"
fi
zbar_loaded=$(grep -o 'calling init: [^ ]*libzbar[^ ]*' "$work/out/scan-zbar.err" | head -1 | sed 's/calling init: //')
case "$zbar_loaded" in
    "$app"/*) ok "libzbar loaded from the bundle (${zbar_loaded#"$app"/})" ;;
    *) bad "libzbar loaded from '${zbar_loaded:-nowhere}', not from the bundle" ;;
esac

step "screenshots (offscreen)"
if run screenshots "${as_admin[@]}" -- screenshots --out "$work/shots"; then
    shots=$(find "$work/shots" -name '*.png' -size +1k | wc -l)
    listed=$(grep -c '\.png$' "$work/out/screenshots.out" || true)
    if [ "$shots" -ge 10 ] && [ "$shots" -eq "$listed" ]; then
        ok "$shots screenshots written"
    else
        bad "screenshots: $shots PNG files, $listed listed"
    fi
else
    bad "screenshots"
fi

step "the window on a real X server (Xvfb): a fresh user's first start"
# Another fresh set of folders: no database yet, so the app opens the first-start wizard and
# waits there. Still running after $GUI_SECONDS s with nothing on stderr: it started (a missing
# library or plugin ends it at once, or prints "No window" and exits).
GUI_SECONDS=20
if command -v Xvfb >/dev/null 2>&1; then
    mkdir -p "$work/gui/config" "$work/gui/data" "$work/gui/state" "$work/gui/cache"
    display=":$((100 + $$ % 400))"
    Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    xvfb=$!
    sleep 2
    code=0
    (cd "$work/home" && timeout "$GUI_SECONDS" "${bundle_env[@]}" "DISPLAY=$display" \
        "QT_QPA_PLATFORM=xcb" "XDG_CONFIG_HOME=$work/gui/config" "XDG_DATA_HOME=$work/gui/data" \
        "XDG_STATE_HOME=$work/gui/state" "XDG_CACHE_HOME=$work/gui/cache" "$app/pos-desktop") \
        >"$work/out/gui.out" 2>"$work/out/gui.err" || code=$?
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    if [ "$code" -eq 124 ] && ! grep -q "No window" "$work/out/gui.out" \
        && ! grep -qi "traceback\|error" "$work/out/gui.err"; then
        ok "the window ran for ${GUI_SECONDS} s (xcb), no errors"
    else
        sed 's/^/  | /' "$work/out/gui.out" "$work/out/gui.err" | tail -20 >&2
        bad "the window: exit $code before ${GUI_SECONDS} s"
    fi
else
    echo "Xvfb is missing (Debian's xvfb): the window was not tried"
fi

step "install.sh / uninstall.sh into the fresh HOME"
desktop=$work/xdg/data/applications/pos-desktop.desktop
icon=$work/xdg/data/icons/hicolor/256x256/apps/pos-desktop.png
if (cd / && "${bundle_env[@]}" PATH=/usr/bin:/bin "$app/install.sh") >"$work/out/install.out" 2>&1 \
    && grep -qx "Exec=\"$app/pos-desktop\"" "$desktop" && grep -qx "Icon=pos-desktop" "$desktop" \
    && [ -s "$icon" ] && [ -s "$work/xdg/data/icons/hicolor/scalable/apps/pos-desktop.svg" ] \
    && [ "$(readlink "$work/home/.local/bin/pos-desktop")" = "$app/pos-desktop" ]; then
    ok "install.sh: menu entry, icons, ~/.local/bin link"
else
    cat "$work/out/install.out" >&2
    bad "install.sh"
fi
if (cd / && "${bundle_env[@]}" PATH=/usr/bin:/bin "$app/uninstall.sh") >"$work/out/uninstall.out" 2>&1 \
    && [ ! -e "$desktop" ] && [ ! -e "$icon" ] && [ ! -e "$work/home/.local/bin/pos-desktop" ]; then
    ok "uninstall.sh: all three gone"
else
    cat "$work/out/uninstall.out" >&2
    bad "uninstall.sh"
fi

echo
echo "smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
