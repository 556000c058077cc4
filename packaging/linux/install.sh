#!/bin/sh
# Install Smarttek DSAR Desk for the current user (no root needed), from the unpacked archive:
#   ./install.sh               installs into ~/.local (or $PREFIX)
#   ./install.sh --uninstall   removes what an earlier run installed
# The program goes to $PREFIX/lib/smarttek-dsar, a link to it to $PREFIX/bin, and the menu
# entry, AppStream metadata and icons to $PREFIX/share, where desktops look for them.
set -eu

APP_ID=eu.smarttek.DsarDesk
PREFIX=${PREFIX:-"$HOME/.local"}
HERE=$(cd "$(dirname "$0")" && pwd)
LIB="$PREFIX/lib/smarttek-dsar"
BIN="$PREFIX/bin/smarttek-dsar"
SHARE="$PREFIX/share"
SIZES="16 24 32 48 64 128 256"

refresh_caches() {
  # Optional helpers: menus pick the entry up without them too, only later.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$SHARE/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$SHARE/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$SHARE/icons/hicolor" 2>/dev/null || true
  fi
}

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$LIB"
  rm -f "$BIN" "$SHARE/applications/$APP_ID.desktop" "$SHARE/metainfo/$APP_ID.metainfo.xml"
  rm -f "$SHARE/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $SIZES; do
    rm -f "$SHARE/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
  done
  refresh_caches
  echo "Smarttek DSAR Desk removed from $PREFIX (your cases and settings are kept)."
  exit 0
fi

# A new version replaces the old program folder whole: left-over files of the old one could
# otherwise be loaded by the new one.
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$LIB.new"
cp -R "$HERE/smarttek-dsar" "$LIB.new"
rm -rf "$LIB"
mv "$LIB.new" "$LIB"
ln -sf "$LIB/smarttek-dsar" "$BIN"

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
sed -e "s|^Exec=.*|Exec=$LIB/smarttek-dsar|" -e "s|^TryExec=.*|TryExec=$LIB/smarttek-dsar|" \
  "$HERE/share/applications/$APP_ID.desktop" > "$SHARE/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$SHARE/metainfo/"
cp "$HERE/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$SHARE/icons/hicolor/scalable/apps/"
for size in $SIZES; do
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$HERE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" \
    "$SHARE/icons/hicolor/${size}x${size}/apps/"
done
refresh_caches

echo "Smarttek DSAR Desk installed: $LIB"
echo "Start it from the applications menu, or run $BIN"
case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "(Add $PREFIX/bin to PATH to start it as 'smarttek-dsar' from a terminal.)" ;;
esac
