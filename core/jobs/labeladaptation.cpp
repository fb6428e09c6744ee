#include "labeladaptation.h"

#include "labels/labelio.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <algorithm>
#include <map>

namespace micro::core {

AdaptOutcome adaptOnLabels(ProjectStore &store, qint64 parentRunId, qint64 datasetId, const CancelToken *cancel)
{
    const std::vector<Label> labels = store.labels(datasetId);
    QString source;
    QStringList taken;
    for (const DatasetInfo &d : store.datasets()) {
        taken << d.name;
        if (d.id == datasetId) source = d.name;
    }
    const Dataset data = store.loadDataset(datasetId);
    int number = 1;
    while (taken.contains(QStringLiteral("labels on %1 #%2").arg(source).arg(number)))
        ++number;
    const Dataset set = datasetFromLabels(data, labels, QStringLiteral("labels on %1 #%2").arg(source).arg(number));
    std::map<QString, int> perContext;
    for (const Comparison &c : set.comparisons)
        ++perContext[c.context];
    int most = 0;
    for (const auto &entry : perContext)
        most = std::max(most, entry.second);
    store.saveDataset(set);
    AdaptRequest r;
    r.parentRunId = parentRunId;
    r.labelsDataset = set.name;
    r.config.budget = most;
    r.config.tau = 1.0;
    r.config.trainPromptWeights = false;
    try {
        const AdaptOutcome o = adaptAndStore(store, r, cancel);
        if (o.cancelled) store.deleteDataset(set.name);
        return o;
    } catch (...) {
        store.deleteDataset(set.name); // the child run was removed by the adaptation itself
        throw;
    }
}

} // namespace micro::core
