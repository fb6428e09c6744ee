#pragma once

#include "data/dataset.h"
#include "label.h"

#include <QString>
#include <vector>

namespace micro::core {

// Labels as JSONL, one object per line: {"id": comparison id, "annotator", "context",
// "choice": chosen|rejected|tie|skip, "left": chosen|rejected, "seconds", "note",
// "created_at"}. Comparisons are named by their id, so labels travel between projects
// that imported the same file.
void writeLabelsJsonl(const QString &path, const std::vector<Label> &labels, const std::vector<Comparison> &rows);

// Reads labels for `rows` (matched by comparison id). Throws BadFormat "line N: ..." for a
// malformed line, an unknown id or choice; nothing is returned half-read.
std::vector<Label> readLabelsJsonl(const QString &path, const std::vector<Comparison> &rows);

// The labelled set for Stage-2 adaptation: one comparison per chosen/rejected label (ties
// and skips left out) with the annotator's preference as the winner and the label's
// context, features taken from `source` (the response difference negated where the
// annotator preferred the dataset's rejected text). Dense and sparse features alike. With
// sparse hashed text the router input's context words are those of the label's context;
// projected (--reduce) or embedding features keep the row's own router input.
Dataset datasetFromLabels(const Dataset &source, const std::vector<Label> &labels, const QString &name);

} // namespace micro::core
