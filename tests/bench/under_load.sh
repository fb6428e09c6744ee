#!/usr/bin/env bash
# Stage-1 speed beside a competing CPU load (issue 15): our engine and the PyTorch eager
# reference on the same data (N = 50,000, D = P = 1024, K = 4, batch 32, 1 epoch), first on a
# quiet machine, then with one busy process per core running the whole time. Prints the
# median seconds per epoch of each and the ratio ours / reference, quiet and loaded; the
# engine is run twice under load: as shipped (workers follow the idle cores) and with every
# worker forced (--workers = --threads), the behaviour before issue 15.
#   tests/bench/under_load.sh [REPEATS] [THREADS]
# Needs python3-torch and python3-numpy (installed by compare_stage1.sh's rule below).
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-3}
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

load_pids=()
start_load() {
  for ((c = 0; c < $(nproc); c++)); do
    bash -c 'while :; do :; done' &
    load_pids+=($!)
  done
  sleep 1
}
stop_load() {
  ((${#load_pids[@]})) && kill "${load_pids[@]}" 2>/dev/null || true
  wait "${load_pids[@]}" 2>/dev/null || true
  load_pids=()
}
trap stop_load EXIT

field() { sed -n "s/.*$1=\([0-9.]*\).*/\1/p"; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
ours() { ./build/app/micro-cli bench --npy "$data" --k 4 --epochs 1 --batch 32 --threads "$threads" "$@"; }
ref() { /usr/bin/python3 "$shared/ref_stage1.py" "$data" 4 1 32 "$threads"; }

# One phase: REPEATS rounds of (ours adaptive, ours all workers, reference), alternating.
phase() {
  local name=$1 a=() f=() r=() line wk=()
  for ((i = 0; i < repeats; i++)); do
    line=$(ours); echo "$name micro-cli: $line"; a+=("$(echo "$line" | field per_epoch)"); wk+=("$(echo "$line" | field workers)")
    line=$(ours --workers "$threads"); echo "$name micro-cli --workers $threads: $line"; f+=("$(echo "$line" | field per_epoch)")
    line=$(ref); echo "$name reference: $line"; r+=("$(echo "$line" | field per_epoch)")
  done
  eval "${name}_adaptive=$(median "${a[@]}") ${name}_fixed=$(median "${f[@]}") ${name}_ref=$(median "${r[@]}") ${name}_workers=$(median "${wk[@]}")"
}

phase quiet
start_load
phase loaded
stop_load
awk -v qa="$quiet_adaptive" -v qf="$quiet_fixed" -v qr="$quiet_ref" -v qw="$quiet_workers" \
    -v la="$loaded_adaptive" -v lf="$loaded_fixed" -v lr="$loaded_ref" -v lw="$loaded_workers" \
    -v n="$(nproc)" 'BEGIN {
  printf "median seconds per epoch (%d busy processes under load):\n", n
  printf "  quiet : micro-cli %.4f (workers %.2f), all workers %.4f, PyTorch %.4f; ours/PyTorch %.3f\n", qa, qw, qf, qr, qa / qr
  printf "  loaded: micro-cli %.4f (workers %.2f), all workers %.4f, PyTorch %.4f; ours/PyTorch %.3f (all workers %.3f)\n", la, lw, lf, lr, la / lr, lf / lr
  printf "  slow-down under load: micro-cli %.1fx, all workers %.1fx, PyTorch %.1fx\n", la / qa, lf / qf, lr / qr }'
