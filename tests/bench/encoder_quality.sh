#!/usr/bin/env bash
# Issue 12's quality check on the shared hidden-context file (both objectives): MiCRo K=4
# routed on the objective (the context is in the router input), no tuning flags (lr/alpha
# chosen on validation), trained on the built-in sentence encoder's features and on hashed
# TF-IDF. Same file, same split (seed 1), same seeds 0..2; prints held-out TEST accuracy
# (mean, sd) of each, and a single BT model on each for reference; then Stage 2 after a
# context-free Stage 1, and the HH-RLHF harmless file. Not run by CI.
# Usage: tests/bench/encoder_quality.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli="$build/app/micro-cli"
data="$(dirname "$0")/../../../shared/data/hidden-context/both/test.jsonl.gz"
[ -f "$data" ] || { echo "encoder_quality: $data not found" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
p="$work/q.micro"
for kind in tfidf encoder; do
  /usr/bin/time -f "import --features $kind: %e s wall, peak RSS %M KB" \
    "$cli" import "$data" --project "$p" --name "$kind" --features "$kind" --threads 2 --json >/dev/null
done
. "$(dirname "$0")/runs_summary.sh"
for kind in tfidf encoder; do
  ids=""; for s in 0 1 2; do ids="$ids $(train $kind --k 4 --seed $s)"; done
  summary "MiCRo K=4 on $kind" $ids
  ids=""; for s in 0 1 2; do ids="$ids $(train $kind --model single --seed $s)"; done
  summary "single BT on $kind" $ids
done
echo "Stage 2 on a context-free Stage-1 run (router reads the prompt only), on each feature kind:"
"$cli" featurize --project "$p" --dataset tfidf --no-context-features --json >/dev/null
"$cli" featurize --project "$p" --dataset encoder --no-context-features --json >/dev/null
for d in "tfidf@h262144-noctx" "encoder@enc-noctx"; do
  run=$(train "$d" --k 4 --seed 0)
  echo "== $d"
  "$cli" budget-curve --project "$p" --run "$run" --budgets 8,16,32,50,100 --seeds 3 2>/dev/null
done
echo "HH-RLHF harmless test file (no contexts), each feature kind:"
hh="$(dirname "$0")/../../../shared/data/hh-rlhf-harmless/test.jsonl.gz"
if [ -f "$hh" ]; then
  for kind in encoder tfidf; do
    "$cli" import "$hh" --project "$p" --name "hh-$kind" --features "$kind" --threads 2 --json >/dev/null
    ids=""; for s in 0 1 2; do ids="$ids $(train "hh-$kind" --k 4 --seed $s)"; done
    summary "HH harmless: MiCRo K=4 on $kind" $ids
    ids=""; for s in 0 1 2; do ids="$ids $(train "hh-$kind" --model single --seed $s)"; done
    summary "HH harmless: single BT on $kind" $ids
  done
fi
