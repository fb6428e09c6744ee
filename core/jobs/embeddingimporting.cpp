#include "embeddingimporting.h"

#include "io/embeddingfile.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFileInfo>
#include <QJsonObject>

namespace micro::core {

EmbedImportOutcome importEmbeddingsAndStore(ProjectStore &store, const EmbedImportRequest &request,
                                            const CancelToken *cancel)
{
    if (request.dataset.trimmed().isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("dataset"), QStringLiteral("must not be empty"));
    if (request.sources.chosenPath.isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("chosen"), QStringLiteral("a file is needed"));
    EmbedImportOutcome out;
    for (const DatasetInfo &d : store.datasets())
        if (d.name == request.dataset) out.derived = true;
    // Embeddings for an imported text dataset become a dataset derived from it (same
    // comparisons, split and ids); otherwise a new dataset of id-only comparisons 1..N.
    Dataset ds;
    QStringList ids;
    if (out.derived) {
        const DatasetInfo info = store.datasetInfo(request.dataset);
        ds.comparisons = store.comparisons(info.id);
        ds.split = store.split(info.id);
        ds.name = request.derivedName.isEmpty() ? request.dataset + QStringLiteral("@embeddings") : request.derivedName;
        ds.provenance = QJsonObject{{QStringLiteral("parent"), request.dataset}};
        for (const Comparison &c : ds.comparisons)
            ids << c.id;
    } else {
        const EmbeddingFile chosen(request.sources.chosenPath);
        const qint64 n = chosen.tensor(request.sources.chosenTensor).rows();
        for (qint64 i = 1; i <= n; ++i)
            ids << QString::number(i);
        ds.name = request.dataset;
    }
    EmbeddingFeatures f =
        readEmbeddingFeatures(request.sources, ids, [cancel] { return cancel && cancel->isCancelled(); });
    if (!out.derived) {
        ds.comparisons.resize(std::size_t(f.diff.rows));
        for (int i = 0; i < f.diff.rows; ++i)
            ds.comparisons[std::size_t(i)].id = ids[i];
    }
    ds.source = QFileInfo(request.sources.chosenPath).absoluteFilePath();
    ds.diff = std::move(f.diff);
    ds.router = f.prompt.isEmpty() ? FeatureMatrix(ds.diff.rows, 0) : std::move(f.prompt);
    ds.features = QJsonObject{{QStringLiteral("kind"), QStringLiteral("embeddings")},
                              {QStringLiteral("chosen"), request.sources.chosenPath},
                              {QStringLiteral("rejected"), request.sources.rejectedPath},
                              {QStringLiteral("prompt"), request.sources.promptPath}};
    if (cancel && cancel->isCancelled()) throw MicroError(ErrorCode::Cancelled, request.sources.chosenPath);
    out.datasetId = store.saveDataset(ds);
    out.dataset = ds.name;
    out.rows = ds.size();
    out.responseDim = ds.headDim();
    out.promptDim = ds.routerDim();
    return out;
}

} // namespace micro::core
