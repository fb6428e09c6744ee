# Shared by the real-data scripts (source it after setting $cli and $p):
#   train DATASET [options...]  -> prints the new run's id (2 threads, JSON parsed)
#   summary LABEL RUN_ID...     -> mean validation and test accuracy over those runs
train() {
  "$cli" train --project "$p" --dataset "$@" --threads 2 --json 2>/dev/null | python3 -c 'import sys,json; print(json.load(sys.stdin)["run"])'
}
summary() {
  python3 - "$p" "$@" <<'PY'
import sqlite3, sys, json, statistics
db = sqlite3.connect(sys.argv[1]); label = sys.argv[2]; ids = sys.argv[3:]
v, t = [], []
for i in ids:
    m = json.loads(db.execute("select metrics_json from runs where id=?", (i,)).fetchone()[0])
    v.append(m["validation"]["accuracy"]); t.append(m["test"]["accuracy"])
print(f"{label:48s} validation {statistics.mean(v):.4f}  test {statistics.mean(t):.4f} (sd {statistics.pstdev(t):.4f}, {len(ids)} seeds)")
PY
}
