#!/usr/bin/env bash
# Issue 12's speed and memory figures, in one run on the same texts:
#  1. `micro-cli bench-encoder` on the first 2,000 distinct responses of the shared
#     hidden-context file (writes them to a JSON list), on 2 threads;
#  2. the model package's own JavaScript runtime on that same list (needs the reference
#     runtime: see tests/encoder/make_reference.mjs for the npm install line; REF_MODULES
#     points at its node_modules, default /tmp/encref/node_modules);
#  3. 3,000 responses on 2 threads (goal <= 60 s) and 10,000 texts (goal: peak RSS < 1 GB).
# Run on a quiet machine (no build). Not run by CI.
# Usage: tests/bench/encoder_speed.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli="$build/app/micro-cli"
data="$(dirname "$0")/../../../shared/data/hidden-context/both/test.jsonl.gz"
modules=${REF_MODULES:-/tmp/encref/node_modules}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$cli" bench-encoder "$data" --n 2000 --threads 2 --texts-out "$work/texts.json" --json | tee "$work/ours.json"
if [ -d "$modules/@energetic-ai/embeddings" ]; then
  NODE_PATH="$modules" node "$(dirname "$0")/../encoder/time_reference.mjs" "$work/texts.json" | tee "$work/js.json"
  python3 - "$work/ours.json" "$work/js.json" <<'PY'
import json, sys
ours, js = (json.load(open(f)) for f in sys.argv[1:3])
print(f"same {ours['texts']} texts: micro-cli {ours['seconds']:.1f} s, JS runtime {js['seconds']:.1f} s, "
      f"speed-up {js['seconds'] / ours['seconds']:.1f}x")
PY
else
  echo "encoder_speed: reference runtime not found in $modules; skipping the comparison" >&2
fi
"$cli" bench-encoder "$data" --n 3000 --threads 2
# 10,000 texts: responses and prompts of the file, as a JSON list.
zcat "$data" | python3 -c '
import json, sys
seen, out = set(), []
for line in sys.stdin:
    r = json.loads(line)
    for k in ("chosen", "rejected"):
        t = r[k]
        # responses and the conversations before them, as distinct texts
        for part in (t, t.rsplit("\n\nAssistant:", 1)[0]):
            if part and part not in seen:
                seen.add(part); out.append(part)
json.dump(out[:10000], open(sys.argv[1], "w"))' "$work/many.json"
"$cli" bench-encoder "$work/many.json" --n 10000 --threads 2
