#!/usr/bin/env bash
# Stage-1 speed and quality against the PyTorch eager reference, in one run on the same
# data: N = 50,000, D = P = 1024, K = 4, batch 32, 1 epoch (the foundation issue's target).
# Runs each side REPEATS times, alternating, and prints the medians and their ratio.
#   tests/bench/compare_stage1.sh [REPEATS] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-5}
threads=${2:-2}
shared=../shared/bench
data=${MICRO_BENCH_DATA:-/tmp/micro-bench-50000x1024}

need=()
for p in python3-numpy python3-torch; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need+=("$p")
done
if ((${#need[@]})); then
  sudo_cmd=(); [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${need[@]}"
fi
[ -x build/app/micro-cli ] || ./setup.sh build
[ -f "$data/chosen.npy" ] || /usr/bin/python3 "$shared/make_synth.py" "$data" 50000 1024 4

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
ours=(); ref=(); ours_nll=""; ref_nll=""
for ((i = 0; i < repeats; i++)); do
  line=$(./build/app/micro-cli bench --npy "$data" --k 4 --epochs 1 --batch 32 --threads "$threads")
  echo "micro-cli: $line"
  ours+=("$(echo "$line" | field per_epoch)"); ours_nll=$(echo "$line" | field nll)
  line=$(/usr/bin/python3 "$shared/ref_stage1.py" "$data" 4 1 32 "$threads")
  echo "reference: $line"
  ref+=("$(echo "$line" | field per_epoch)"); ref_nll=$(echo "$line" | field nll)
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
m_ours=$(median "${ours[@]}"); m_ref=$(median "${ref[@]}")
awk -v o="$m_ours" -v r="$m_ref" -v on="$ours_nll" -v rn="$ref_nll" 'BEGIN {
  printf "median seconds per epoch: micro-cli %.4f, PyTorch reference %.4f, speed-up %.1fx\n", o, r, r / o
  printf "final NLL: micro-cli %.4f, reference %.4f, difference %.4f\n", on, rn, on - rn }'
