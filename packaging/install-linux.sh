#!/usr/bin/env bash
# Put FieldApp in this user's applications menu (and on the desktop if there is one).
# Run it from the unpacked folder: ./install.sh   Remove: ./install.sh --remove
# The program stays where it was unpacked; data lives in ~/.local/share/FieldApp.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
entry="$apps/fieldapp.desktop"
desktop="$(xdg-user-dir DESKTOP 2>/dev/null || echo "$HOME/Desktop")"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$desktop/fieldapp.desktop"
    echo "Removed the menu entry. Your data in ~/.local/share/FieldApp is kept."
    exit 0
fi

mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/fieldapp\"|" -e "s|^Icon=.*|Icon=$here/fieldapp.png|" \
    "$here/fieldapp.desktop" > "$entry"
chmod +x "$entry"
if [ -d "$desktop" ]; then
    cp "$entry" "$desktop/fieldapp.desktop"
    chmod +x "$desktop/fieldapp.desktop"
    # GNOME asks before starting an untrusted launcher; mark this one trusted.
    gio set "$desktop/fieldapp.desktop" metadata::trusted true 2>/dev/null || true
fi
echo "FieldApp is in the applications menu: $entry"
