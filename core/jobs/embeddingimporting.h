#pragma once

#include "io/embeddingimport.h"
#include "util/canceltoken.h"

#include <QString>

namespace micro::core {

class ProjectStore;

struct EmbedImportRequest
{
    EmbeddingSources sources;
    // An imported dataset to attach the embeddings to (a derived dataset with its
    // comparisons, split and ids), or the name of a new dataset of id-only comparisons.
    QString dataset;
    QString derivedName; // of the derived dataset; empty: "<dataset>@embeddings"
};

struct EmbedImportOutcome
{
    qint64 datasetId = 0;
    QString dataset; // the name stored
    bool derived = false;
    int rows = 0, responseDim = 0, promptDim = 0;
};

// The embeddings import of `micro-cli embed-import` and File > Import Embeddings: reads
// the matrices (memory-mapped, checked; see readEmbeddingFeatures) and stores the dataset in
// one transaction. A failure or cancel (MicroError Cancelled) leaves the project as it was.
EmbedImportOutcome importEmbeddingsAndStore(ProjectStore &store, const EmbedImportRequest &request,
                                            const CancelToken *cancel = nullptr);

} // namespace micro::core
