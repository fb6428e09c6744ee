#include "featurefileadding.h"

#include "io/npyfeaturefile.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFileInfo>
#include <QJsonObject>

namespace micro::core {

AddFeatureFileOutcome addFeatureFileAndStore(ProjectStore &store, const AddFeatureFileRequest &request,
                                             const std::function<void(double)> &progress, const CancelToken *cancel)
{
    AddFeatureFileOutcome out;
    if (!request.fromNpyDir.isEmpty()) {
        if (QFileInfo::exists(request.featureFile))
            throw MicroError(ErrorCode::InvalidOption, request.featureFile,
                             QStringLiteral("exists; writing from .npy makes a new feature file, so name one that "
                                            "does not"));
        if (writeFeatureFileFromNpy(request.fromNpyDir, request.featureFile, request.type, progress, cancel) < 0)
            return out; // cancelled: the half-written file is removed by the writer
    }
    const MappedFeatureFile features(request.featureFile); // checked before the project is touched
    out.datasetId = store.addFileDataset(
        request.name, request.featureFile,
        QJsonObject{{QStringLiteral("added_from"), QFileInfo(request.featureFile).absoluteFilePath()}});
    out.rows = features.rows();
    out.diffCols = features.diffCols();
    out.routerCols = features.routerCols();
    out.type = features.type();
    out.bytes = features.bytes();
    out.storedPath = store.featureFilePath(out.datasetId);
    return out;
}

} // namespace micro::core
