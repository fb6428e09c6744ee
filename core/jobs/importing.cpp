#include "importing.h"

#include "data/datasetsplit.h"
#include "features/encoderpackage.h"
#include "features/featurizer.h"
#include "io/preferenceimporter.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/names.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace micro::core {

ImportOutcome importAndStore(ProjectStore &store, const ImportRequest &request, const CancelToken *cancel,
                             const std::function<void(double)> &progress)
{
    request.options.validate();
    request.features.validate();
    if (request.datasetName.trimmed().isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("name"), QStringLiteral("must not be empty"));
    checkUserName(request.datasetName, QStringLiteral("name")); // before the file is read
    for (const DatasetInfo &d : store.datasets())
        if (d.name == request.datasetName) throw MicroError(ErrorCode::DuplicateName, request.datasetName);
    auto stage = [&](double from, double to) {
        return [=](double f) {
            if (progress) progress(from + (to - from) * f);
        };
    };

    ImportOutcome out;
    ImportedComparisons read = readPreferenceFile(request.path, request.options, cancel, stage(0.0, 0.4));
    out.report = read.report;
    if (read.comparisons.empty())
        throw MicroError(ErrorCode::BadFormat, request.path,
                         QStringLiteral("no comparisons left: %1 rows read, all skipped").arg(read.report.rowsRead));

    Dataset ds;
    ds.name = request.datasetName;
    ds.source = QFileInfo(request.path).absoluteFilePath();
    ds.comparisons = std::move(read.comparisons);
    ds.split = splitByPrompt(ds.comparisons, request.validationFraction, request.testFraction, request.splitSeed);
    for (SplitPart p : ds.split)
        ++(p == SplitPart::Train ? out.trainRows : p == SplitPart::Validation ? out.validationRows : out.testRows);
    QJsonObject provenance{
        {QStringLiteral("import"), out.report.toJson()},
        {QStringLiteral("mapping"), request.options.mapping.toString()},
        {QStringLiteral("split"), QJsonObject{{QStringLiteral("validation"), request.validationFraction},
                                              {QStringLiteral("test"), request.testFraction},
                                              {QStringLiteral("seed"), QString::number(request.splitSeed)}}}};
    ds.provenance = provenance;

    QElapsedTimer timer;
    timer.start();
    EmbeddingCache cache(EncoderPackage::modelKey());
    store.loadCachedEmbeddings(cache, encoderTextHashes(ds, request.features));
    const FeaturizeStats stats =
        featurize(ds, request.features, cache, cancel, stage(0.4, 0.85), request.options.threads);
    out.textsEncoded = stats.textsEncoded;
    out.textsFromCache = stats.textsFromCache;
    out.featurizeSeconds = double(timer.nsecsElapsed()) * 1e-9;
    out.nonZeros = ds.isSparse() ? ds.diffSparse.nonZeros() + ds.routerSparse.nonZeros()
                                 : qint64(ds.diff.values.size() + ds.router.values.size());
    if (cancel && cancel->isCancelled()) throw MicroError(ErrorCode::Cancelled, request.path);
    timer.restart();
    // All or nothing: one transaction, or for a large dataset steps that are removed again
    // on failure (and invisible to other readers until the last one).
    out.datasetId = store.saveDataset(ds, cache.added(), stage(0.85, 1.0));
    out.storeSeconds = double(timer.nsecsElapsed()) * 1e-9;
    if (progress) progress(1.0);
    return out;
}

std::optional<ImportReport> storedImportReport(ProjectStore &store, const QString &datasetName)
{
    QJsonObject provenance = store.datasetInfo(datasetName).meta.value(QStringLiteral("provenance")).toObject();
    const QString parent = provenance.value(QStringLiteral("parent")).toString();
    if (!provenance.contains(QStringLiteral("import")) && !parent.isEmpty())
        provenance = store.datasetInfo(parent).meta.value(QStringLiteral("provenance")).toObject();
    if (!provenance.value(QStringLiteral("import")).isObject()) return std::nullopt;
    return ImportReport::fromJson(provenance.value(QStringLiteral("import")).toObject());
}

QString datasetWithFeatures(ProjectStore &store, const QString &datasetName, const FeatureSettings &settings,
                            bool *reused, const CancelToken *cancel, const std::function<void(double)> &progress)
{
    settings.validate();
    const DatasetInfo info = store.datasetInfo(datasetName);
    const QJsonObject wanted = settings.toJson();
    if (reused) *reused = true;
    if (info.meta.value(QStringLiteral("features")).toObject() == wanted) return datasetName;
    const QString parent =
        info.meta.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("parent")).toString();
    const QString root = parent.isEmpty() ? datasetName : parent;
    for (const DatasetInfo &d : store.datasets())
        if (d.meta.value(QStringLiteral("features")).toObject() == wanted &&
            (d.name == root ||
             d.meta.value(QStringLiteral("provenance")).toObject().value(QStringLiteral("parent")).toString() == root))
            return d.name;
    const DatasetInfo rootInfo = store.datasetInfo(root);
    if (!FeatureSettings::madeFromText(rootInfo.meta.value(QStringLiteral("features")).toObject()))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("features"),
                         QStringLiteral("dataset %1 has no texts to featurize (synthetic or embeddings)").arg(root));
    Dataset ds;
    ds.name = root + QLatin1Char('@') + settings.label();
    ds.source = rootInfo.source;
    ds.comparisons = store.comparisons(rootInfo.id);
    ds.split = store.split(rootInfo.id);
    ds.provenance = QJsonObject{{QStringLiteral("parent"), root}};
    EmbeddingCache cache(EncoderPackage::modelKey());
    store.loadCachedEmbeddings(cache, encoderTextHashes(ds, settings));
    featurize(ds, settings, cache, cancel, progress);
    if (reused) *reused = false;
    store.saveDataset(ds, cache.added());
    return ds.name;
}

} // namespace micro::core
