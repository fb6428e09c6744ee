#pragma once

#include "data/mappedfeatures.h"
#include "util/canceltoken.h"

#include <QString>
#include <functional>

namespace micro::core {

class ProjectStore;

// The user action "add a feature file as a dataset" (micro-cli add-feature-file, File > Add
// Feature File…): the file is checked (header, size), then the project records its shape and
// path (relative when it sits beside the project), never a copy. With `fromNpyDir` the file
// is first written from that folder's chosen/rejected/prompt .npy embeddings, a chunk at a
// time; it must not exist yet. Throws MicroError; cancelled only while writing from .npy.
struct AddFeatureFileRequest
{
    QString featureFile;
    QString name;       // the dataset's name in the project
    QString fromNpyDir; // empty: the file exists already
    StoredFloat type = StoredFloat::Float16;
};

struct AddFeatureFileOutcome
{
    qint64 datasetId = 0; // 0: cancelled
    int rows = 0, diffCols = 0, routerCols = 0;
    StoredFloat type = StoredFloat::Float32;
    qint64 bytes = 0;
    QString storedPath; // as the project resolves it
};

AddFeatureFileOutcome addFeatureFileAndStore(ProjectStore &store, const AddFeatureFileRequest &request,
                                             const std::function<void(double)> &progress = {},
                                             const CancelToken *cancel = nullptr);

} // namespace micro::core
