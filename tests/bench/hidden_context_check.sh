#!/usr/bin/env bash
# The real-data check of issue 3: on hidden-context/both with the built-in text features
# and the objective as context, held-out accuracy (validation and test rows of the stored
# split by prompt) of the single BT, context-free MiCRo, MiCRo whose router sees the
# context, and - as the ceiling routing can reach with these features - one BT per
# objective. Mean over seeds 0..2.  Usage: tests/bench/hidden_context_check.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli="$build/app/micro-cli"
data="$(dirname "$0")/../../../shared/data/hidden-context"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
p="$work/h.micro"
for s in both helpful harmless; do
  "$cli" import "$data/$s/test.jsonl.gz" --project "$p" --name "$s" --hash-dim 16384 --json >/dev/null 2>&1
done
"$cli" featurize --project "$p" --dataset both --hash-dim 16384 --no-context-features --json >/dev/null
common=(--epochs 10 --lr 0.01 --threads 2 --json)
run() { # dataset, label, options...
  local ds=$1 label=$2; shift 2
  for seed in 0 1 2; do
    "$cli" train --project "$p" --dataset "$ds" "$@" --seed "$seed" "${common[@]}" 2>/dev/null
  done | python3 -c '
import sys, json
dec = json.JSONDecoder(); text = sys.stdin.read(); runs = []; i = 0
while i < len(text):
    if text[i].isspace(): i += 1; continue
    o, i = dec.raw_decode(text, i); runs.append(o)
print(" ".join(str(r["run"]) for r in runs))' > "$work/ids"
  python3 - "$p" "$label" $(cat "$work/ids") <<'PY'
import sqlite3, sys, json, statistics
db = sqlite3.connect(sys.argv[1]); label = sys.argv[2]; ids = sys.argv[3:]
val, test, ns = [], [], []
for i in ids:
    m = json.loads(db.execute("select metrics_json from runs where id=?", (i,)).fetchone()[0])
    val.append(m["validation"]["accuracy"]); test.append(m["test"]["accuracy"]); ns.append((m["validation"]["rows"], m["test"]["rows"]))
print(f"{label:38s} validation {statistics.mean(val):.4f} (sd {statistics.pstdev(val):.4f})  test {statistics.mean(test):.4f} (sd {statistics.pstdev(test):.4f})  rows {ns[0]}")
PY
}
run both "single BT" --model single
run "both@h16384-noctx" "MiCRo K=2, context-free router" --k 2 --alpha 0
run both "MiCRo K=2, router sees the context" --k 2 --alpha 0
run helpful "one BT, helpful only" --model single
run harmless "one BT, harmless only" --model single
