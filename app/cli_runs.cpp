// micro-cli run commands: train, runs, eval, export.
#include "clisupport.h"
#include "distributed/processgroup.h"

#include "demoreport.h"
#include "errortext.h"

#include "data/datasetsplit.h"
#include "data/labelledcsv.h"
#include "data/npydataset.h"
#include "data/synthgenerator.h"
#include "features/encoderpackage.h"
#include "features/sentenceencoder.h"
#include "features/textfeaturizer.h"
#include "io/embeddingfile.h"
#include "io/embeddingimport.h"
#include "io/preferenceimporter.h"
#include "jobs/adaptation.h"
#include "jobs/demo.h"
#include "jobs/embeddingimporting.h"
#include "jobs/importing.h"
#include "jobs/modelselection.h"
#include "jobs/runexport.h"
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
#include <QProcess>
#include <QTextStream>
#include <cmath>
#include <csignal>
#include <functional>
#include <map>
#include <netinet/in.h>
#include <optional>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace micro::app {

using namespace micro::core;

Stage1Config trainConfig(const QCommandLineParser &p)
{
    Stage1Config c;
    if (p.isSet(QStringLiteral("model")) && !parseModelKind(p.value(QStringLiteral("model")), &c.model))
        throw UsageError{
            tr("--model expects micro, single or static, got \"%1\".").arg(p.value(QStringLiteral("model")))};
    if (p.isSet(QStringLiteral("router")) && !parseRouterKind(p.value(QStringLiteral("router")), &c.router))
        throw UsageError{tr("--router expects linear or mlp, got \"%1\".").arg(p.value(QStringLiteral("router")))};
    c.k = intOption(p, QStringLiteral("k"), c.k);
    c.hidden = intOption(p, QStringLiteral("hidden"), c.hidden);
    // Not given, or "auto": chosen on the validation rows (the paper's values are one flag
    // away: --lr 0.002 --alpha 0.5).
    c.alphaAuto = !p.isSet(QStringLiteral("alpha")) || p.value(QStringLiteral("alpha")) == QLatin1String("auto");
    if (!c.alphaAuto) c.alpha = doubleOption(p, QStringLiteral("alpha"), c.alpha);
    c.epochs = intOption(p, QStringLiteral("epochs"), c.epochs);
    c.batch = intOption(p, QStringLiteral("batch"), c.batch);
    c.lrAuto = !p.isSet(QStringLiteral("lr")) || p.value(QStringLiteral("lr")) == QLatin1String("auto");
    if (!c.lrAuto) c.lr = doubleOption(p, QStringLiteral("lr"), c.lr);
    c.patience = intOption(p, QStringLiteral("patience"), c.patience);
    if (p.isSet(QStringLiteral("init")) && !parseInitMethod(p.value(QStringLiteral("init")), &c.init))
        throw UsageError{tr("--init expects clusters or random, got \"%1\".").arg(p.value(QStringLiteral("init")))};
    c.weightDecay = doubleOption(p, QStringLiteral("weight-decay"), c.weightDecay);
    c.seed = seedOption(p, c.seed);
    c.valFraction = doubleOption(p, QStringLiteral("val"), c.valFraction);
    c.threads = intOption(p, QStringLiteral("threads"), c.threads);
    c.blockRows = intOption(p, QStringLiteral("block-rows"), c.blockRows);
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
        {QStringLiteral("model"), tr("micro (default), single (one BT head) or static (mixture without router input)."),
         tr("M")},
        {QStringLiteral("k"), tr("Number of reward heads (default 4)."), tr("K")},
        {QStringLiteral("router"), tr("Router: linear (default) or mlp (one hidden layer of --hidden ReLU units)."),
         tr("R")},
        {QStringLiteral("hidden"), tr("Hidden units of the MLP router (default 128)."), tr("H")},
        {QStringLiteral("alpha"),
         tr("Weight of the router-entropy regulariser, or auto (default: auto, chosen on the validation rows from 0, "
            "0.1, 0.5; the paper's value is 0.5)."),
         tr("A")},
        {QStringLiteral("epochs"), tr("Passes over the training rows (default 5)."), tr("E")},
        {QStringLiteral("batch"), tr("Mini-batch size (default 32)."), tr("B")},
        {QStringLiteral("lr"),
         tr("Peak AdamW learning rate, or auto (default: auto, chosen on the validation rows from 0.002, 0.01, 0.05; "
            "the paper's value is 0.002)."),
         tr("LR")},
        {QStringLiteral("patience"),
         tr("Stop after this many epochs without a better validation NLL; the best epoch is kept (default 3, 0: run "
            "every epoch)."),
         tr("P")},
        {QStringLiteral("init"),
         tr("Router start: random (the paper's) or clusters (a k-means++ clustering of the router inputs, so heads "
            "start apart). With lr/alpha chosen automatically, both are tried and the lower validation NLL kept."),
         tr("INIT")},
        {QStringLiteral("weight-decay"), tr("AdamW weight decay (default 0)."), tr("WD")},
        {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
        {QStringLiteral("val"),
         tr("Share of rows held out for validation (default 0.1), for datasets without a stored split."), tr("F")},
        {QStringLiteral("fit"),
         tr("gradient (default: AdamW on the paper's loss) or em (expectation-maximisation of the likelihood; linear "
            "router)."),
         tr("METHOD")},
        {QStringLiteral("restarts"), tr("EM: random starts besides the gradient start (default 1)."), tr("R")},
        {QStringLiteral("iterations"), tr("EM: iteration cap (default 200)."), tr("I")},
        {QStringLiteral("ridge"),
         tr("EM: L2 penalty on every coefficient (default 0.0001; 1-10 keeps heads from separating their rows "
            "perfectly on many columns)."),
         tr("R")},
        {QStringLiteral("block-rows"),
         tr("Shuffle blocks of this many consecutive rows, and rows within each block, instead of all rows (default "
            "0; features on disk: about 64 MB of the file, read block after block)."),
         tr("N")},
    });
}

QString tuningText(const TuningReport &t)
{
    QString text = tr("Chosen on validation NLL (%1 training rows per candidate):").arg(t.searchRows);
    for (const TuningCandidate &c : t.candidates)
        text += tr("\n  lr %1, alpha %2, %3 start: validation NLL %4, accuracy %5, best epoch %6%7")
                    .arg(c.lr)
                    .arg(c.alpha)
                    .arg(initMethodName(c.init))
                    .arg(c.validationNll, 0, 'f', 4)
                    .arg(c.validationAccuracy, 0, 'f', 4)
                    .arg(c.bestEpoch)
                    .arg(c.lr == t.lr && c.alpha == t.alpha && c.init == t.init ? tr("  <- chosen") : QString());
    return text + QLatin1Char('\n');
}

namespace {

// A TCP port free on this machine now (the kernel's pick for port 0), for launch's rank 0.
int freeLocalPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 29500;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    if (fd >= 0) ::close(fd);
    return port;
}

} // namespace

void cmdTrain(QCommandLineParser &p)
{
    const QString path = required(p, QStringLiteral("project"));
    QString dataset = required(p, QStringLiteral("dataset"));
    const Stage1Config config = trainConfig(p); // every option checked before the file is touched
    const bool otherFeatures = featureOptionsSet(p);
    FeatureSettings features = otherFeatures ? featureSettings(p, std::nullopt, false) : FeatureSettings();
    ProjectStore store(path, ProjectStore::OpenMode::MustExist);
    // An imported dataset keeps its split by prompt; --val would be silently ignored.
    if (p.isSet(QStringLiteral("val")) && !store.split(store.datasetInfo(dataset).id).empty())
        throw UsageError{tr("Dataset \"%1\" has a stored split by prompt (made at import, see 'micro-cli datasets'); "
                            "--val applies only to datasets without one. Import again with --val/--test to change it.")
                             .arg(dataset)};
    if (otherFeatures) features = featureSettings(p, storedFeatureKind(store, dataset));
    TrainingCallbacks cb = terminalCallbacks(wantsJson(p));
    // Data-parallel (issue 15): join the ranks before anything is written; rank 0 alone
    // stores the run, the others compute their share of every batch.
    const DistributedConfig dist = distributedConfig(p);
    if (dist.enabled() && otherFeatures)
        throw UsageError{tr("--world-size trains a dataset as it is: compute the features first "
                            "('micro-cli featurize'), then train the derived dataset.")};
    std::unique_ptr<GradientAllReduce> group;
    if (dist.enabled()) {
        group = joinProcessGroup(dist);
        cb.allReduce = group.get();
        if (dist.rank > 0) cb.progress = nullptr; // one progress bar: rank 0's
    }
    if (!wantsJson(p))
        cb.epochFinished = [](qint64, const EpochMetrics &m) {
            // EM reports validation figures for its last iteration only.
            auto figure = [](double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4); };
            err() << QStringLiteral("\r")
                  << tr("epoch %1: training NLL %2, validation NLL %3, accuracy %4")
                         .arg(m.epoch)
                         .arg(m.trainNll, 0, 'f', 4)
                         .arg(figure(m.valNll), figure(m.valAccuracy))
                  << QStringLiteral("\n") << Qt::flush;
        };
    // The GUI's Train action runs this same use case (features cached or computed, and
    // removed again when the run is cancelled or fails).
    const TrainingOutcome o = trainWithFeatures(
        store, dataset, config, otherFeatures ? std::optional<FeatureSettings>(features) : std::nullopt, cb, &g_cancel);
    endProgressLine();
    if (otherFeatures && !wantsJson(p))
        err() << (o.featuresComputed ? tr("Features %1: computed, dataset \"%2\".\n")
                                     : tr("Features %1: cached, dataset \"%2\".\n"))
                     .arg(features.label(), o.dataset);
    if (o.status == Stage1Result::Status::Cancelled) throw MicroError(ErrorCode::Cancelled, {});
    QJsonObject distributed;
    if (group)
        distributed = QJsonObject{{QStringLiteral("rank"), dist.rank},
                                  {QStringLiteral("world_size"), dist.worldSize},
                                  {QStringLiteral("gradient_sums"), double(group->collectives())},
                                  {QStringLiteral("communication_seconds"), group->communicationSeconds()}};
    if (group && dist.rank > 0) {
        if (wantsJson(p)) {
            printJson(QJsonObject{{QStringLiteral("distributed"), distributed},
                                  {QStringLiteral("validation"), o.validation.toJson()},
                                  {QStringLiteral("seconds"), o.seconds}});
            return;
        }
        out() << tr("Rank %1 of %2: done, validation NLL %3 (rank 0 stores the run); %4 gradient sums, %5 s "
                    "communicating, %6 s in all.\n")
                     .arg(dist.rank)
                     .arg(dist.worldSize)
                     .arg(o.validation.nll, 0, 'f', 4)
                     .arg(group->collectives())
                     .arg(group->communicationSeconds(), 0, 'f', 2)
                     .arg(o.seconds, 0, 'f', 2);
        return;
    }
    if (wantsJson(p)) {
        QJsonObject o2{{QStringLiteral("run"), o.runId},
                       {QStringLiteral("seconds"), o.seconds},
                       {QStringLiteral("validation"), o.validation.toJson()}};
        if (o.test) o2.insert(QStringLiteral("test"), o.test->toJson());
        if (o.tuning.tunedLr || o.tuning.tunedAlpha) o2.insert(QStringLiteral("tuning"), o.tuning.toJson());
        if (group) o2.insert(QStringLiteral("distributed"), distributed);
        printJson(o2);
        return;
    }
    if (o.tuning.tunedLr || o.tuning.tunedAlpha) out() << tuningText(o.tuning);
    out() << tr("Run %1: validation accuracy %2, NLL %3 (%4 rows)")
                 .arg(o.runId)
                 .arg(o.validation.accuracy, 0, 'f', 4)
                 .arg(o.validation.nll, 0, 'f', 4)
                 .arg(o.validation.rows);
    if (o.test)
        out() << tr("; test accuracy %1, NLL %2 (%3 rows)")
                     .arg(o.test->accuracy, 0, 'f', 4)
                     .arg(o.test->nll, 0, 'f', 4)
                     .arg(o.test->rows);
    else
        out() << tr("; no test split (the dataset has no stored split)");
    if (o.validation.ari) out() << tr("; validation ARI %1").arg(*o.validation.ari, 0, 'f', 3);
    out() << tr("; %1 s.\n").arg(o.seconds, 0, 'f', 2);
    if (group)
        out() << tr("Rank 0 of %1: %2 gradient sums, %3 s communicating.\n")
                     .arg(dist.worldSize)
                     .arg(group->collectives())
                     .arg(group->communicationSeconds(), 0, 'f', 2);
}

DistributedConfig distributedConfig(const QCommandLineParser &p)
{
    DistributedConfig d;
    d.worldSize = intOption(p, QStringLiteral("world-size"), 1);
    d.rank = intOption(p, QStringLiteral("rank"), 0);
    d.timeoutSeconds = intOption(p, QStringLiteral("dist-timeout"), d.timeoutSeconds);
    if (p.isSet(QStringLiteral("master")) && !d.parseMaster(p.value(QStringLiteral("master"))))
        throw UsageError{tr("--master expects HOST:PORT, got \"%1\".").arg(p.value(QStringLiteral("master")))};
    d.validate();
    return d;
}

void addDistributedOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("world-size"),
         tr("Data-parallel training over this many processes (ranks), gradients summed through torch's c10d with "
            "Gloo (default 1: this process alone). 'micro-cli launch' starts the ranks on this machine."),
         tr("N")},
        {QStringLiteral("rank"), tr("This process's rank, 0 to N - 1; rank 0 stores the run (default 0)."), tr("R")},
        {QStringLiteral("master"), tr("Where rank 0 listens and the other ranks connect (default 127.0.0.1:29500)."),
         tr("HOST:PORT")},
        {QStringLiteral("dist-timeout"),
         tr("Seconds to wait for the other ranks to join, and for any one gradient sum (default 60)."), tr("S")},
    });
}

void cmdLaunch(QCommandLineParser &p)
{
    const int n = intOption(p, QStringLiteral("ranks"), 2);
    if (n < 1 || n > 64) throw UsageError{tr("--ranks expects 1 to 64, got %1.").arg(n)};
    const QStringList command = p.positionalArguments();
    if (command.isEmpty() || command.first() != QLatin1String("train"))
        throw UsageError{tr("launch expects a train command: micro-cli launch --ranks N train --project FILE "
                            "--dataset NAME [options].")};
    for (const QString &a : command)
        if (a == QLatin1String("--world-size") || a == QLatin1String("--rank") || a == QLatin1String("--master"))
            throw UsageError{tr("launch sets %1 itself.").arg(a)};
    const int port = p.isSet(QStringLiteral("port")) ? intOption(p, QStringLiteral("port"), 0) : freeLocalPort();
    std::vector<std::unique_ptr<QProcess>> ranks;
    for (int r = 0; r < n; ++r) {
        auto proc = std::make_unique<QProcess>();
        proc->setProcessChannelMode(QProcess::ForwardedChannels);
        proc->start(QCoreApplication::applicationFilePath(),
                    command + QStringList{QStringLiteral("--world-size"), QString::number(n), QStringLiteral("--rank"),
                                          QString::number(r), QStringLiteral("--master"),
                                          QStringLiteral("127.0.0.1:%1").arg(port)});
        if (!proc->waitForStarted())
            throw MicroError(ErrorCode::Distributed, QStringLiteral("rank %1 of %2").arg(r).arg(n),
                             QStringLiteral("could not start: %1").arg(proc->errorString()));
        ranks.push_back(std::move(proc));
    }
    int failed = 0;
    for (auto &proc : ranks) {
        proc->waitForFinished(-1);
        if (proc->exitStatus() != QProcess::NormalExit || proc->exitCode() != 0) ++failed;
    }
    if (failed)
        throw MicroError(ErrorCode::Distributed, QStringLiteral("launch"),
                         QStringLiteral("%1 of %2 ranks failed (their messages are above)").arg(failed).arg(n));
}

namespace {

QJsonObject runJson(const RunInfo &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("name"), r.name},
                  {QStringLiteral("tags"), r.tags},
                  {QStringLiteral("dataset"), r.datasetName},
                  {QStringLiteral("model"), r.model},
                  {QStringLiteral("k"), r.k},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("started"), r.startedAt},
                  {QStringLiteral("finished"), r.finishedAt},
                  {QStringLiteral("seconds"), r.elapsedSeconds},
                  {QStringLiteral("config"), r.configJson},
                  {QStringLiteral("metrics"), r.metrics}};
    if (r.parentRunId > 0) o.insert(QStringLiteral("parent"), r.parentRunId);
    return o;
}

} // namespace

void cmdRuns(QCommandLineParser &p)
{
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const QList<RunInfo> runs = store.runs();
    if (wantsJson(p)) {
        QJsonArray a;
        for (const RunInfo &r : runs) {
            // show-run's record without the configuration and the full metrics.
            QJsonObject o = runJson(r);
            o.remove(QStringLiteral("config"));
            o.remove(QStringLiteral("metrics"));
            o.insert(QStringLiteral("validation"), r.metrics.value(QStringLiteral("validation")));
            o.insert(QStringLiteral("test"), r.metrics.value(QStringLiteral("test")));
            a.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("runs"), a}});
        return;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                 .arg(tr("id"), 4)
                 .arg(tr("dataset"), -12)
                 .arg(tr("model"), -7)
                 .arg(tr("K"), 3)
                 .arg(tr("status"), -11)
                 .arg(tr("parent"), 6)
                 .arg(tr("val acc"), 8)
                 .arg(tr("val NLL"), 8)
                 .arg(tr("test acc"), 8)
                 .arg(tr("test NLL"), 8);
    for (const RunInfo &r : runs) {
        const RunSummary s = RunSummary::fromMetrics(r.metrics);
        const bool done = r.status == QLatin1String("finished");
        auto figure = [done](double v) {
            return done && std::isfinite(v) ? QString::number(v, 'f', 4) : QStringLiteral("-");
        };
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                     .arg(r.id, 4)
                     .arg(r.datasetName, -12)
                     .arg(r.model, -7)
                     .arg(r.k, 3)
                     .arg(r.status, -11)
                     .arg(r.parentRunId > 0 ? QString::number(r.parentRunId) : QStringLiteral("-"), 6)
                     .arg(figure(s.validation.accuracy), 8)
                     .arg(figure(s.validation.nll), 8)
                     .arg(figure(s.test.accuracy), 8)
                     .arg(figure(s.test.nll), 8);
    }
}

namespace {

// "key: value" lines of a JSON object, nested objects indented, for the text output.
void printObject(const QJsonObject &o, int indent)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QString pad(indent, QLatin1Char(' '));
        if (it.value().isObject()) {
            out() << pad << it.key() << QStringLiteral(":\n");
            printObject(it.value().toObject(), indent + 2);
            continue;
        }
        QString value;
        if (it.value().isDouble())
            value = QString::number(it.value().toDouble(), 'g', 6);
        else if (it.value().isBool())
            value = it.value().toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (it.value().isString())
            value = it.value().toString();
        else
            value = QString::fromUtf8(QJsonDocument(it.value().toArray()).toJson(QJsonDocument::Compact));
        out() << pad << it.key() << QStringLiteral(": ") << printableName(value) << QStringLiteral("\n");
    }
}

} // namespace

void cmdShowRun(QCommandLineParser &p)
{
    const qint64 id = runOption(p);
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const RunInfo r = store.run(id);
    if (wantsJson(p)) {
        printJson(runJson(r));
        return;
    }
    out() << tr("Run %1%2: %3, K = %4, on dataset \"%5\"%6.\n")
                 .arg(r.id)
                 .arg(r.name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(printableName(r.name)), r.model)
                 .arg(r.k)
                 .arg(printableName(r.datasetName),
                      r.parentRunId > 0 ? tr(", adapted from run %1").arg(r.parentRunId) : QString());
    out() << tr("Status %1; started %2, finished %3, %4 s.\n")
                 .arg(r.status, r.startedAt, r.finishedAt.isEmpty() ? QStringLiteral("-") : r.finishedAt)
                 .arg(r.elapsedSeconds, 0, 'f', 1);
    if (!r.tags.isEmpty()) out() << tr("Tags: %1.\n").arg(printableName(r.tags));
    const RunSummary s = RunSummary::fromMetrics(r.metrics);
    auto line = [](const QString &split, const SplitSummary &m) {
        if (!m.present) return;
        out() << tr("%1: accuracy %2, NLL %3 over %4 rows%5.\n")
                     .arg(split)
                     .arg(m.accuracy, 0, 'f', 4)
                     .arg(m.nll, 0, 'f', 4)
                     .arg(m.rows)
                     .arg(std::isfinite(m.ari) ? tr(", ARI vs known groups %1").arg(m.ari, 0, 'f', 3) : QString());
    };
    line(tr("Validation"), s.validation);
    line(tr("Test"), s.test);
    out() << tr("Configuration:\n");
    printObject(r.configJson, 2);
    QJsonObject rest = r.metrics;
    rest.remove(QStringLiteral("validation"));
    rest.remove(QStringLiteral("test"));
    if (!rest.isEmpty()) {
        out() << tr("Other results:\n");
        printObject(rest, 2);
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
        o.insert(QStringLiteral("run"), id);
        o.insert(QStringLiteral("validation"), ev.toJson()); // as train and adapt report them
        if (test) o.insert(QStringLiteral("test"), test->toJson());
        printJson(o);
        return;
    }
    out() << tr("Run %1 on %2 validation rows: accuracy %3, NLL %4\n")
                 .arg(id)
                 .arg(ev.rows)
                 .arg(ev.accuracy, 0, 'f', 4)
                 .arg(ev.nll, 0, 'f', 4);
    if (test) {
        out() << tr("Run %1 on %2 test rows: accuracy %3, NLL %4\n")
                     .arg(id)
                     .arg(test->rows)
                     .arg(test->accuracy, 0, 'f', 4)
                     .arg(test->nll, 0, 'f', 4);
        for (int i = 0; i < test->contexts.size(); ++i)
            out() << tr("test, context %1: accuracy %2\n")
                         .arg(test->contexts[i])
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
        out() << tr("group %1: accuracy %2; per head")
                     .arg(ev.groups[i])
                     .arg(ev.accuracyByGroup[std::size_t(i)], 0, 'f', 4);
        for (const auto &head : ev.headGroupAccuracy)
            out() << QStringLiteral(" %1").arg(head[std::size_t(i)], 0, 'f', 3);
        out() << QStringLiteral("\n");
    }
    for (int i = 0; i < ev.contexts.size(); ++i) {
        out() << tr("context %1: accuracy %2; best head %3; per head")
                     .arg(ev.contexts[i])
                     .arg(ev.accuracyByContext[std::size_t(i)], 0, 'f', 4)
                     .arg(ev.bestHeadByContext[std::size_t(i)]);
        for (const auto &head : ev.headContextAccuracy)
            out() << QStringLiteral(" %1").arg(head[std::size_t(i)], 0, 'f', 3);
        out() << QStringLiteral("\n");
    }
    if (ev.truth)
        out()
            << tr("True model accuracy %1; single-BT cross-entropy bound %2; this model's expected cross-entropy %3\n")
                   .arg(ev.truth->trueModelAccuracy, 0, 'f', 4)
                   .arg(ev.truth->singleModelBound, 0, 'f', 4)
                   .arg(*ev.expectedCrossEntropy, 0, 'f', 4);
}

void cmdExport(QCommandLineParser &p)
{
    const qint64 id = runOption(p);
    const QString target = required(p, QStringLiteral("out"));
    checkOutPath(p); // a bad target is refused before the project is read
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    exportRun(store, id, target);
    out() << tr("Wrote %1.\n").arg(target);
}

} // namespace micro::app
