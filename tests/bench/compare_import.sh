#!/usr/bin/env bash
# Import + featurize throughput against a plain Python json + loop reading of the same file
# (the issue-3 benchmark). Best of REPEATS for both, MB/s of decompressed input.
# Usage: tests/bench/compare_import.sh [REPEATS] [FILE] [BUILD_DIR]
set -euo pipefail
repeats=${1:-5}
file=${2:-"$(dirname "$0")/../../../shared/data/hidden-context/both/test.jsonl.gz"}
build=${3:-build}
python3 - "$file" "$repeats" <<'PY'
import gzip, json, sys, time
path, repeats = sys.argv[1], int(sys.argv[2])
best = 1e9
for _ in range(repeats):
    t = time.perf_counter()
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        raw = f.read()
    n = 0
    for line in raw.splitlines():
        if line.strip():
            json.loads(line)
            n += 1
    best = min(best, time.perf_counter() - t)
print(f"python json+loop: rows={n} bytes={len(raw)} seconds={best:.4f} MB/s={len(raw) / best / 1e6:.1f}")
PY
"$build/app/micro-cli" bench-import "$file" --repeat "$repeats"
