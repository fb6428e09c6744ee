#!/usr/bin/env bash
# Builds and runs row_read_floor.c: the time the forward dot products alone take over the
# 410 MB of compare_stage1.sh's rows, in order and shuffled, on 1 and 2 threads (best of 5).
# Run on a quiet machine, beside compare_stage1.sh. Usage: tests/bench/row_read_floor.sh
set -euo pipefail
out=$(mktemp)
trap 'rm -f "$out"' EXIT
gcc -O3 -march=native -fopenmp "$(dirname "$0")/row_read_floor.c" -o "$out"
"$out"
