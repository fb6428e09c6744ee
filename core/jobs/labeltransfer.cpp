#include "labeltransfer.h"

#include "labels/labelio.h"
#include "store/projectstore.h"

namespace micro::core {

int exportDatasetLabels(ProjectStore &store, qint64 datasetId, const QString &path)
{
    const std::vector<Label> labels = store.labels(datasetId);
    writeLabelsJsonl(path, labels, store.comparisons(datasetId));
    return int(labels.size());
}

int importDatasetLabels(ProjectStore &store, qint64 datasetId, const QString &path)
{
    std::vector<Label> labels = readLabelsJsonl(path, store.comparisons(datasetId));
    for (Label &l : labels)
        l.datasetId = datasetId;
    return store.addLabels(labels);
}

} // namespace micro::core
