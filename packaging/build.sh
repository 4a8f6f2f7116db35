#!/usr/bin/env bash
# Build the Linux bundle and its archive, then smoke-test the archive.
#   packaging/build.sh            build + tar.gz + smoke test
#   packaging/build.sh --no-smoke build + tar.gz only
# Output (build/package/):
#   dist/fieldapp/                       the one-folder build (fieldapp + _internal/)
#   fieldapp-VERSION-linux-x86_64.tar.gz what an installer copies to a laptop
# Needs the project's .venv (./dev sets it up) and fonts-wqy-microhei (the font
# the bundle carries for PDFs). Prints how long each part took.
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=1
[ "${1:-}" = "--no-smoke" ] && smoke=0

OUT=build/package
VERSION=$(.venv/bin/python -c "import fieldapp; print(fieldapp.__version__)")
NAME="fieldapp-${VERSION}-linux-$(uname -m)"
started=$SECONDS

rm -rf "$OUT/dist" "$OUT/$NAME" "$OUT/$NAME.tar.gz"
mkdir -p "$OUT"
echo "== pyinstaller (FieldApp $VERSION)"
.venv/bin/pyinstaller --noconfirm --log-level ERROR \
    --distpath "$OUT/dist" --workpath "$OUT/work" packaging/fieldapp.spec
built=$SECONDS

# The archive unpacks into one folder: the program, its icon, a .desktop file for
# the applications menu and the script that installs it with the real path.
stage="$OUT/$NAME"
mkdir -p "$stage"
cp -a "$OUT/dist/fieldapp/." "$stage/"
cp resources/icons/fieldapp.png "$stage/fieldapp.png"
sed -e "s|@EXEC@|fieldapp|" -e "s|@ICON@|fieldapp|" packaging/fieldapp.desktop > "$stage/fieldapp.desktop"
cp packaging/install-linux.sh "$stage/install.sh"
cp packaging/README.md "$stage/README.md"
chmod +x "$stage/install.sh" "$stage/fieldapp"
# gzip -6 keeps the archive within a few per cent of -9 at half the time on 2 cores.
tar -C "$OUT" -cf - "$NAME" | gzip -6 > "$OUT/$NAME.tar.gz"
rm -rf "$stage"
packed=$SECONDS

echo "bundle:  $(du -sb "$OUT/dist/fieldapp" | cut -f1) bytes unpacked"
echo "archive: $(stat -c %s "$OUT/$NAME.tar.gz") bytes  $OUT/$NAME.tar.gz"
echo "time:    build $((built - started)) s, archive $((packed - built)) s"

if [ "$smoke" = 1 ]; then
    echo "== smoke test of the archive"
    .venv/bin/python packaging/smoke.py "$OUT/$NAME.tar.gz"
    echo "time:    smoke test $((SECONDS - packed)) s"
fi
