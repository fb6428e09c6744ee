#!/usr/bin/env bash
# Issue 11's real-data check on the shared hidden-context file (both objectives), built-in
# text features as imported (no flags). Prints held-out TEST accuracy (and validation) of:
#   - MiCRo K=4 with NO hyperparameter flags (lr/alpha/start chosen on validation),
#   - the same with the paper's values (--lr 0.002 --alpha 0.5 --init random),
#   - the best hand setting found (a small grid, reported with its figures),
#   - the head x context accuracy matrix of the default run (are the heads different?),
#   - Stage 2 on a context-free Stage-1 run: budget curve, MiCRo vs HyRe, test per context.
# Mean over seeds 0..2 where stated. Not run by CI (it needs ../shared/data).
# Usage: tests/bench/realdata_check.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli="$build/app/micro-cli"
data="$(dirname "$0")/../../../shared/data/hidden-context/both/test.jsonl.gz"
[ -f "$data" ] || { echo "realdata_check: $data not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
p="$work/h.micro"
"$cli" import "$data" --project "$p" --name both --features tfidf --json >/dev/null 2>&1
"$cli" featurize --project "$p" --dataset both --no-context-features --json >/dev/null 2>&1
. "$(dirname "$0")/runs_summary.sh"
ids=""; for s in 0 1 2; do ids="$ids $(train both --k 4 --seed $s)"; done
summary "MiCRo K=4, no flags (chosen on validation)" $ids

ids2=""; for s in 0 1 2; do ids2="$ids2 $(train both --k 4 --seed $s --lr 0.002 --alpha 0.5 --init random --patience 0)"; done
summary "MiCRo K=4, paper's lr 0.002 alpha 0.5" $ids2
best=""; bestv=0
for lr in 0.005 0.01 0.02; do for a in 0 0.1; do for e in 5 10; do
  ids3=""; for s in 0 1 2; do ids3="$ids3 $(train both --k 4 --seed $s --lr $lr --alpha $a --epochs $e --patience 0)"; done
  line=$(summary "hand: lr $lr alpha $a epochs $e" $ids3); echo "$line"
done; done; done
echo "Head x context accuracy of the first default run (validation rows):"
"$cli" eval --project "$p" --run $(echo $ids | cut -d' ' -f1) | grep -E "^context|test rows"
echo "Stage 2 on a context-free Stage-1 run (router reads the prompt only):"
cf=$(train "both@h262144-noctx" --k 4 --seed 0)
"$cli" budget-curve --project "$p" --run "$cf" --budgets 8,16,32,50,100 --seeds 3 2>/dev/null
