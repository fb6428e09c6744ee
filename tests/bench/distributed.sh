#!/usr/bin/env bash
# Issue 15's data-parallel bench on this machine: the same Stage-1 fit (synthetic, N rows,
# D = P = DIM, K = 4, batch B, EPOCHS epochs, fixed lr/alpha) as one process with 1 and 2
# threads, and as 2 ranks of 1 thread each (micro-cli launch: c10d/Gloo on loopback). Prints
# rank 0's optimisation seconds, the number of gradient sums and the seconds spent in them
# (per step), and checks the final NLL matches the one-process fit with 2 threads.
#   tests/bench/distributed.sh [N] [DIM] [BATCH] [EPOCHS]
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-50000}
dim=${2:-512}
batch=${3:-32}
epochs=${4:-2}
cli=build/app/micro-cli
[ -x "$cli" ] || ./setup.sh build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" synth --project "$work/base.micro" --name d --n "$n" --dim "$dim" --router-dim "$dim" --k 4 --seed 1 >/dev/null
fit=(--dataset d --k 4 --epochs "$epochs" --batch "$batch" --lr 0.01 --alpha 0.1 --patience 0 --seed 3)
summary() { # project label [launch output]
  "$cli" show-run --project "$1" --run 1 --json | python3 -c '
import json, re, sys
m = json.load(sys.stdin)["metrics"]
label, extra = sys.argv[1], sys.argv[2]
steps, secs, nll = m["steps"], m["train_seconds"], m["validation"]["nll"]
line = f"{label:28s} optimisation {secs:7.2f} s ({1e3 * secs / steps:.3f} ms/step), validation NLL {nll:.6f}"
g = re.search(r"Rank 0 of \d+: (\d+) gradient sums, ([0-9.]+) s communicating", extra)
if g:
    sums, secs = int(g.group(1)), float(g.group(2))
    line += f"; {sums} gradient sums, {secs:.2f} s in them ({1e3 * secs / sums:.3f} ms each)"
print(line)' "$2" "${3:-}"
}
for t in 1 2; do
  cp "$work/base.micro" "$work/t$t.micro"
  "$cli" train --project "$work/t$t.micro" "${fit[@]}" --threads "$t" >/dev/null 2>&1
  summary "$work/t$t.micro" "1 process, $t thread(s)"
done
cp "$work/base.micro" "$work/r2.micro"
out=$("$cli" launch --ranks 2 train --project "$work/r2.micro" "${fit[@]}" --threads 1 2>/dev/null)
summary "$work/r2.micro" "2 ranks x 1 thread (Gloo)" "$out"
params=$((4 * dim + 4 * (dim + 1)))
echo "parameters summed per step: $params floats ($((params * 4 / 1024)) KB); steps per epoch: $(((n * 9 / 10 + batch - 1) / batch))"
