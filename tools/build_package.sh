#!/usr/bin/env bash
# Build Huashu's one-folder app (build.spec) in a clean virtual environment and, on Linux, the
# .deb package. Everything goes to build/ (or $HUASHU_BUILD_DIR).
#
#   bash tools/build_package.sh          # -> build/dist/huashu/ and build/huashu_<version>_<arch>.deb
#
# Needs python3 with venv, gcc (the ICU stub), dpkg-deb (the .deb), and for the strip step
# binutils; tests/run.sh installs them on Debian/Ubuntu.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${HUASHU_BUILD_DIR:-$ROOT/build}
PYTHON=${PYTHON:-python3}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' assistant/__init__.py)

mkdir -p "$OUT"
# 1. A clean virtual environment with the app and PyInstaller, nothing else.
rm -rf "$OUT/venv"
"$PYTHON" -m venv "$OUT/venv"
"$OUT/venv/bin/python" -m pip install -q --upgrade pip
"$OUT/venv/bin/python" -m pip install -q "$ROOT" "pyinstaller>=6,<7"

# 2. The one-folder app.
rm -rf "$OUT/dist" "$OUT/work"
"$OUT/venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$OUT/dist" --workpath "$OUT/work" build.spec
APP="$OUT/dist/huashu"

if [ "$(uname -s)" != "Linux" ]; then
    echo "built $APP (see docs/packaging.md for the installer of this platform)"
    exit 0
fi

# 3. Qt's ICU data library (31 MB) replaced by an empty one of the same ABI (see the stub).
icudata=""
for candidate in "$APP"/_internal/PySide6/Qt/lib/libicudata.so.*; do
    if [ -e "$candidate" ]; then icudata=$candidate; break; fi
done
if [ -n "$icudata" ]; then
    major=${icudata##*.so.}
    gcc -shared -fPIC -O2 -DICU_ENTRY_POINT="icudt${major}_dat" -Wl,-soname,"libicudata.so.$major" \
        -o "$icudata" tools/packaging/icudata_stub.c
fi

# 4. The .deb: /opt/huashu, the /usr/bin/huashu launcher, the menu entry and its icon (the SVG
#    and a 256 px PNG from tools/make_icons.py), and an autostart entry an administrator may copy to
#    /etc/xdg/autostart/ (a user runs `huashu autostart on`; docs/packaging.md).
ARCH=$(dpkg --print-architecture)
ROOTFS="$OUT/deb"
rm -rf "$ROOTFS"
install -d "$ROOTFS/opt" "$ROOTFS/usr/bin" "$ROOTFS/usr/share/applications" \
    "$ROOTFS/usr/share/icons/hicolor/scalable/apps" "$ROOTFS/usr/share/icons/hicolor/256x256/apps" \
    "$ROOTFS/usr/share/huashu" \
    "$ROOTFS/usr/share/doc/huashu" "$ROOTFS/DEBIAN"
cp -a "$APP" "$ROOTFS/opt/huashu"
#    /usr/bin/huashu runs the quick commands (show, toggle, status, quit) on the system's
#    Python, from copies of the standard-library-only modules they need (huashu-launcher.sh).
install -d "$ROOTFS/opt/huashu/quick/assistant"
install -m 644 tools/packaging/huashu-quick.py "$ROOTFS/opt/huashu/quick/huashu-quick.py"
install -m 644 assistant/__init__.py assistant/thin.py assistant/data_home.py \
    assistant/instance_address.py "$ROOTFS/opt/huashu/quick/assistant/"
install -m 755 tools/packaging/huashu-launcher.sh "$ROOTFS/usr/bin/huashu"
install -m 755 tools/packaging/postinst tools/packaging/prerm "$ROOTFS/DEBIAN/"
install -m 644 tools/packaging/huashu.desktop "$ROOTFS/usr/share/applications/huashu.desktop"
install -m 644 tools/packaging/huashu-autostart.desktop "$ROOTFS/usr/share/huashu/huashu-autostart.desktop"
install -m 644 resources/icons/huashu.svg "$ROOTFS/usr/share/icons/hicolor/scalable/apps/huashu.svg"
install -m 644 resources/icons/huashu.png "$ROOTFS/usr/share/icons/hicolor/256x256/apps/huashu.png"
install -m 644 tools/packaging/copyright "$ROOTFS/usr/share/doc/huashu/copyright"
SIZE=$(du -sk --exclude=DEBIAN "$ROOTFS" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@ARCH@/$ARCH/" -e "s/@SIZE@/$SIZE/" \
    tools/packaging/control.in > "$ROOTFS/DEBIAN/control"
DEB="$OUT/huashu_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$ROOTFS" "$DEB" >/dev/null
echo "built $APP ($(du -sh "$APP" | cut -f1)) and $DEB ($(du -h "$DEB" | cut -f1))"
