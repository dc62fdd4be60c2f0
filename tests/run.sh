#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it. CI runs exactly this (.ci/run).
#   bash tests/run.sh            # whole suite
#   bash tests/run.sh -k render  # extra arguments go to pytest
set -euo pipefail
cd "$(dirname "$0")/.."

# System packages: a virtual X server and tools for the end-to-end tests, a CJK font, a pinyin
# input method (IBus), and the X11 libraries Qt needs. Installed only when missing, as root or
# through sudo.
APT_PACKAGES=(
  python3-venv xvfb xauth xdotool xclip x11-utils openbox fonts-wqy-microhei nginx
  desktop-file-utils gcc binutils dbus ibus ibus-libpinyin
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xkb1 libx11-xcb1 libegl1 libgl1
  libfontconfig1 libglib2.0-0 libdbus-1-3
)
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then sudo=(); elif command -v sudo >/dev/null 2>&1; then sudo=(sudo); else sudo=(); fi
    if [ "$(id -u)" = 0 ] || [ ${#sudo[@]} -gt 0 ]; then
      echo "installing system packages: ${missing[*]}"
      "${sudo[@]}" apt-get update -qq
      DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
      echo "warning: missing system packages (${missing[*]}) and no root or sudo to install them" >&2
    fi
  fi
fi

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
exec .venv/bin/python -m pytest "$@"
