#pragma once

#include <QString>

namespace micro::core {

class ProjectStore;

// The user actions "export labels" and "import labels" of a dataset (Labelling view's
// buttons, micro-cli labels-export / labels-import), in labelio's JSONL format.

// Every label given on the dataset, written atomically; returns how many.
int exportDatasetLabels(ProjectStore &store, qint64 datasetId, const QString &path);

// Every line read and checked against the dataset's comparisons before the first is stored
// (a bad line imports nothing: BadFormat "line N: ..."), then stored in one transaction;
// labels already in the project are skipped. Returns how many were added.
int importDatasetLabels(ProjectStore &store, qint64 datasetId, const QString &path);

} // namespace micro::core
