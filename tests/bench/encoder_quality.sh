#!/usr/bin/env bash
# Issue 12's quality check on the shared hidden-context file (both objectives): MiCRo K=4
# routed on the objective (the context is in the router input), no tuning flags (lr/alpha
# chosen on validation), trained on the built-in sentence encoder's features and on hashed
# TF-IDF. Same file, same split (seed 1), same seeds 0..2; prints held-out TEST accuracy
# (mean, sd) of each, and a single BT model on each for reference. Not run by CI.
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
summary() { # label, run ids
  python3 - "$p" "$@" <<'PY'
import sqlite3, sys, json, statistics
db = sqlite3.connect(sys.argv[1]); label = sys.argv[2]; ids = sys.argv[3:]
v, t = [], []
for i in ids:
    m = json.loads(db.execute("select metrics_json from runs where id=?", (i,)).fetchone()[0])
    v.append(m["validation"]["accuracy"]); t.append(m["test"]["accuracy"])
print(f"{label:40s} validation {statistics.mean(v):.4f}  test {statistics.mean(t):.4f} (sd {statistics.pstdev(t):.4f}, {len(ids)} seeds)")
PY
}
train() { # dataset, options... -> run id
  "$cli" train --project "$p" --dataset "$@" --threads 2 --json 2>/dev/null | python3 -c 'import sys,json; print(json.load(sys.stdin)["run"])'
}
for kind in tfidf encoder; do
  ids=""; for s in 0 1 2; do ids="$ids $(train $kind --k 4 --seed $s)"; done
  summary "MiCRo K=4 on $kind" $ids
  ids=""; for s in 0 1 2; do ids="$ids $(train $kind --model single --seed $s)"; done
  summary "single BT on $kind" $ids
done
