#pragma once

#include "adaptation.h"

namespace micro::core {

class ProjectStore;

// Stage 2 on the labels annotators gave in the labelling workspace: the labels of
// `datasetId` become a labelled set (a dataset named "labels on D #N", see
// datasetFromLabels) and the parent run's routing adapts to it with every label used
// (tau = 1, context-only: what works from a few dozen labels, README). The set is removed
// again when the adaptation fails or is cancelled, so the project is left as it was.
AdaptOutcome adaptOnLabels(ProjectStore &store, qint64 parentRunId, qint64 datasetId,
                           const CancelToken *cancel = nullptr);

} // namespace micro::core
