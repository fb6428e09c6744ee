#pragma once

#include "features/featuresettings.h"
#include "io/importoptions.h"
#include "util/canceltoken.h"

#include <QString>
#include <functional>
#include <optional>

namespace micro::core {

class ProjectStore;

struct ImportRequest
{
    QString path;
    QString datasetName;
    ImportOptions options;
    FeatureSettings features;
    double validationFraction = 0.1; // of the rows, by prompt, per context
    double testFraction = 0.1;
    quint64 splitSeed = 1;
};

struct ImportOutcome
{
    qint64 datasetId = 0;
    ImportReport report;
    double featurizeSeconds = 0;
    int textsEncoded = 0;   // distinct texts the sentence encoder ran on
    int textsFromCache = 0; // distinct texts whose vectors the project already had
    double storeSeconds = 0;
    qint64 nonZeros = 0; // stored feature entries (differences + router inputs)
    int trainRows = 0, validationRows = 0, testRows = 0;
};

// Reads the file, splits by prompt (stratified by context), featurizes (request.features:
// TF-IDF, the sentence encoder with the project's cache of its vectors, or both) and stores the dataset, its split,
// features and import report in one transaction. The name is checked before anything is read; a failure or cancel
// (throws MicroError Cancelled) leaves the project as it was.
ImportOutcome importAndStore(ProjectStore &store, const ImportRequest &request, const CancelToken *cancel = nullptr,
                             const std::function<void(double)> &progress = {});

// The import report stored with a dataset, or with the file dataset it was derived from
// (new features of the same texts); none for synthetic data and embeddings.
std::optional<ImportReport> storedImportReport(ProjectStore &store, const QString &datasetName);

// The dataset to train on with these feature settings: `datasetName` itself when its
// features were made with them; else a dataset derived from it earlier with the same
// settings (the cache); else one featurized now from its stored texts and saved as
// "<name>@<settings label>". *reused says whether features were computed.
QString datasetWithFeatures(ProjectStore &store, const QString &datasetName, const FeatureSettings &settings,
                            bool *reused = nullptr, const CancelToken *cancel = nullptr,
                            const std::function<void(double)> &progress = {});

} // namespace micro::core
