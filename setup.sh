#!/usr/bin/env bash
# MiCRo Studio set-up: installs the Debian packages that are missing, configures and
# builds (Release) into ./build, then does what was asked:
#   ./setup.sh demo   the main job: the desktop app on a freshly generated demo project
#                     (headless in the terminal when there is no display)
#   ./setup.sh test   every test through CTest
#   ./setup.sh build  only install + build
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
  libtorch-dev libqcustomplot-dev libsimdjson-dev zlib1g-dev libdeflate-dev
  xvfb xauth fonts-dejavu-core fonts-nanum
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -q
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
# Two cores: two jobs. Torch translation units are the slow ones and there are few.
cmake --build build --parallel 2

case "${1:-build}" in
  demo)
    shift
    exec ./build/app/micro-studio --demo "$@"
    ;;
  test)
    cd build
    exec ctest --output-on-failure --timeout 900
    ;;
  build)
    ;;
  *)
    echo "usage: ./setup.sh [demo|test|build]" >&2
    exit 2
    ;;
esac
