#!/usr/bin/env bash
# Build Huashu.app and a DMG on macOS: tools/build_package.sh (a clean virtual environment and
# PyInstaller with build.spec) -> build/dist/Huashu.app, its self-test, then
# build/Huashu-<version>.dmg with the app and a link to /Applications.
#
#   bash tools/packaging/macos/make_dmg.sh
#
# Signing (optional): HUASHU_CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"
# signs every binary, the app (hardened runtime, entitlements.plist) and the DMG; without it
# the app is signed ad hoc, which runs on the building Mac but not, without a warning, elsewhere.
# Notarization (optional, needs the identity): HUASHU_NOTARY_PROFILE=<keychain profile made by
# `xcrun notarytool store-credentials`>, or APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an
# app-specific password). See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$(pwd)
OUT=${HUASHU_BUILD_DIR:-$ROOT/build}
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' assistant/__init__.py)
IDENTITY=${HUASHU_CODESIGN_IDENTITY:-}

if [ "$(uname -s)" != "Darwin" ]; then
    echo "make_dmg.sh builds the macOS app and runs on macOS only" >&2
    exit 1
fi
notary=()
if [ -n "${HUASHU_NOTARY_PROFILE:-}" ]; then
    notary=(--keychain-profile "$HUASHU_NOTARY_PROFILE")
elif [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notary=(--apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" --password "$APPLE_APP_PASSWORD")
fi
if [ ${#notary[@]} -gt 0 ] && [ -z "$IDENTITY" ]; then
    echo "notarization needs a Developer ID signature: set HUASHU_CODESIGN_IDENTITY" >&2
    exit 1
fi

# 1. The app; build.spec reads HUASHU_CODESIGN_IDENTITY and signs with it.
HUASHU_BUILD_DIR="$OUT" HUASHU_CODESIGN_IDENTITY="$IDENTITY" bash tools/build_package.sh
APP="$OUT/dist/Huashu.app"
codesign --verify --deep --strict --verbose=2 "$APP"
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/huashu" self-test

# 2. The disk image: the app and a link to /Applications to drag it onto.
STAGE="$OUT/dmg"
DMG="$OUT/Huashu-$VERSION.dmg"
rm -rf "$STAGE"
mkdir -p "$STAGE"
ditto "$APP" "$STAGE/Huashu.app"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname Huashu -srcfolder "$STAGE" -ov -format UDZO "$DMG"
if [ -n "$IDENTITY" ]; then
    codesign --sign "$IDENTITY" --timestamp "$DMG"
fi

# 3. Notarization, and the ticket stapled to the DMG so that it opens offline too.
if [ ${#notary[@]} -gt 0 ]; then
    xcrun notarytool submit "$DMG" "${notary[@]}" --wait
    xcrun stapler staple "$DMG"
    xcrun stapler validate "$DMG"
fi
echo "built $APP and $DMG ($(du -h "$DMG" | cut -f1))"
