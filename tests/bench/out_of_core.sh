#!/usr/bin/env bash
# Issue 15's out-of-core check: a synthetic dense set FACTOR x this machine's RAM (default
# 1.5), float16, D = P = 1024, K = 4, written to DIR by `micro-cli synth-file` (kept for
# the next run), added to a project as a file dataset and trained for one epoch. Prints,
# from one run: the disk's sequential read rate (dd over the same file, page cache dropped
# first where allowed), the epoch's throughput in GB/s of the file and its share of dd's
# rate, and the command's peak resident memory (/usr/bin/time).
#   tests/bench/out_of_core.sh [DIR] [FACTOR]
# Needs FACTOR x RAM of free disk in DIR (36 GB on a 24 GB machine).
set -euo pipefail
cd "$(dirname "$0")/../.."
dir=${1:-/work/micro-ooc}
factor=${2:-1.5}
cli=build/app/micro-cli
[ -x "$cli" ] || ./setup.sh build
mkdir -p "$dir"
ram=$(awk '/MemTotal/ {printf "%.0f", $2 * 1024}' /proc/meminfo)
row_bytes=$(((1024 + 1024) * 2))
rows=$(awk -v r="$ram" -v f="$factor" -v b="$row_bytes" 'BEGIN {printf "%.0f", int(r * f / b) + 1}')
file="$dir/synth-${rows}.mfeat"
bytes=$((64 + rows * row_bytes))
if [ ! -f "$file" ] || [ "$(stat -c %s "$file")" -ne "$bytes" ]; then
  rm -f "$dir"/synth-*.mfeat
  avail=$(df --output=avail -B1 "$dir" | tail -1)
  ((avail > bytes + (1 << 30))) || { echo "out_of_core: $dir has $((avail >> 30)) GB free, needs $((bytes >> 30)) GB" >&2; exit 1; }
  echo "writing $file: $rows rows, $((bytes >> 20)) MB"
  "$cli" synth-file "$file" --n "$rows" --dim 1024 --router-dim 1024 --k 4 --type float16
fi
drop_caches() { sync; echo 3 >/proc/sys/vm/drop_caches 2>/dev/null || echo "(page cache not dropped: not allowed here)"; }

drop_caches
dd_line=$(dd if="$file" of=/dev/null bs=16M 2>&1 | tail -1)
dd_seconds=$(echo "$dd_line" | sed -n 's/.* copied, \([0-9.]*\) s.*/\1/p')
echo "dd: $dd_line"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" add-feature-file "$file" --project "$work/p.micro" --name big >/dev/null
drop_caches
/usr/bin/time -v -o "$work/time.txt" "$cli" train --project "$work/p.micro" --dataset big --k 4 --epochs 1 \
  --lr 0.002 --alpha 0.1 --val 0.002 --patience 0 --json >"$work/train.json"
"$cli" show-run --project "$work/p.micro" --run 1 --json >"$work/run.json"
python3 - "$work/run.json" "$work/time.txt" "$bytes" "$dd_seconds" "$ram" <<'PY'
import json, re, sys
run = json.load(open(sys.argv[1]))
time_txt = open(sys.argv[2]).read()
size, dd_s, ram = int(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5])
m = run["metrics"]
epoch_s = m["train_seconds"]
rss_kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", time_txt).group(1))
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", time_txt).group(1)
dd_rate, ours = size / dd_s / 1e9, size / epoch_s / 1e9
print(f"file: {size / 1e9:.1f} GB = {size / ram:.2f} x RAM ({ram / 2**30:.1f} GiB)")
print(f"dd sequential read: {dd_rate:.2f} GB/s")
print(f"one epoch: {epoch_s:.1f} s = {ours:.2f} GB/s, {100 * ours / dd_rate:.0f}% of dd "
      f"(mean workers {m.get('mean_workers', 0):.2f})")
print(f"validation: accuracy {m['validation']['accuracy']:.4f}, NLL {m['validation']['nll']:.4f} "
      f"on {m['validation']['rows']} rows")
print(f"peak RSS of the whole command (epoch, all-row predictions, storing): {rss_kb / 1024:.0f} MB; wall {wall}")
PY
