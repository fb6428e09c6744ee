// micro-cli benchmarks: bench, bench-em, bench-routing, bench-import, bench-encoder.
#include "clisupport.h"

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

void cmdBench(QCommandLineParser &p)
{
    const QString dir = required(p, QStringLiteral("npy"));
    Stage1Config c;
    c.k = intOption(p, QStringLiteral("k"), 4);
    c.epochs = intOption(p, QStringLiteral("epochs"), 1);
    c.batch = intOption(p, QStringLiteral("batch"), 32);
    c.threads = intOption(p, QStringLiteral("threads"), 0);
    c.workers = intOption(p, QStringLiteral("workers"), 0);
    c.lr = doubleOption(p, QStringLiteral("lr"), c.lr);
    c.seed = seedOption(p, 0);
    c.valFraction = 0; // as the reference: train on all rows, report on all rows
    c.validate();
    const Dataset ds = loadNpyDataset(dir, QStringLiteral("bench"));
    const std::vector<int> rows = allRows(ds);
    const Stage1Result r = Stage1Fitter::fit(ds, c, rows, {}, {}, &g_cancel);
    if (r.status == Stage1Result::Status::Cancelled) throw MicroError(ErrorCode::Cancelled, {});
    const RowPredictions pred = predictRows(r.model, ds, rows, c.effectiveThreads());
    const double perEpoch = r.trainSeconds / c.epochs;
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("n"), ds.size()},
                              {QStringLiteral("d"), ds.headDim()},
                              {QStringLiteral("p"), ds.routerDim()},
                              {QStringLiteral("k"), c.k},
                              {QStringLiteral("epochs"), c.epochs},
                              {QStringLiteral("batch"), c.batch},
                              {QStringLiteral("threads"), c.effectiveThreads()},
                              {QStringLiteral("mean_workers"), r.meanWorkers},
                              {QStringLiteral("train_seconds"), r.trainSeconds},
                              {QStringLiteral("per_epoch"), perEpoch},
                              {QStringLiteral("nll"), pred.meanNll()},
                              {QStringLiteral("accuracy"), pred.accuracy()}});
        return;
    }
    out() << QStringLiteral("N=%1 D=%2 P=%3 K=%4 epochs=%5 bs=%6 threads=%7 workers=%12 train_seconds=%8 "
                            "per_epoch=%9 nll=%10 acc=%11\n")
                 .arg(ds.size())
                 .arg(ds.headDim())
                 .arg(ds.routerDim())
                 .arg(c.k)
                 .arg(c.epochs)
                 .arg(c.batch)
                 .arg(c.effectiveThreads())
                 .arg(r.trainSeconds, 0, 'f', 3)
                 .arg(perEpoch, 0, 'f', 4)
                 .arg(pred.meanNll(), 0, 'f', 4)
                 .arg(pred.accuracy(), 0, 'f', 4)
                 .arg(r.meanWorkers, 0, 'f', 2);
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
    if (r.cancelled) throw MicroError(ErrorCode::Cancelled, {});
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("n"), ds.size()},
                              {QStringLiteral("d"), ds.headDim()},
                              {QStringLiteral("p"), ds.routerDim()},
                              {QStringLiteral("k"), c.k},
                              {QStringLiteral("seconds"), r.seconds},
                              {QStringLiteral("loglik"), r.logLikelihood},
                              {QStringLiteral("iterations"), r.iterations},
                              {QStringLiteral("converged"), r.converged},
                              {QStringLiteral("bic"), r.bic}});
        return;
    }
    out() << QStringLiteral("em K=%1 N=%2 D=%3 P=%4 seconds=%5 loglik=%6 iter=%7 converged=%8 bic=%9\n")
                 .arg(c.k)
                 .arg(ds.size())
                 .arg(ds.headDim())
                 .arg(ds.routerDim())
                 .arg(r.seconds, 0, 'f', 3)
                 .arg(r.logLikelihood, 0, 'f', 3)
                 .arg(r.iterations)
                 .arg(r.converged ? 1 : 0)
                 .arg(r.bic, 0, 'f', 1);
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
        printJson(QJsonObject{{QStringLiteral("k"), k},
                              {QStringLiteral("pairs"), pairs},
                              {QStringLiteral("dim"), dim},
                              {QStringLiteral("hedge_update_us"), hedgeMicros},
                              {QStringLiteral("adapt_epoch_ms"), epochMillis}});
        return;
    }
    out() << QStringLiteral("K=%1 pairs=%2 P=%3 hedge_update_us=%4 adapt_epoch_ms=%5\n")
                 .arg(k)
                 .arg(pairs)
                 .arg(dim + 2)
                 .arg(hedgeMicros, 0, 'f', 3)
                 .arg(epochMillis, 0, 'f', 3);
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
    if (n < 1) throw UsageError{tr("--n expects at least 1, got %1.").arg(n)};
    QStringList texts;
    QFile file(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
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
    const FeatureMatrix vectors =
        encoder.encode(texts, threads, &g_cancel, [cb = terminalCallbacks(wantsJson(p)).progress](int done, int total) {
            if (cb) cb(double(done) / std::max(1, total));
        });
    const double seconds = double(timer.nsecsElapsed()) * 1e-9;
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
    const int count = int(texts.size());
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("texts"), count},
                              {QStringLiteral("tokens"), double(tokens)},
                              {QStringLiteral("seconds"), seconds},
                              {QStringLiteral("load_seconds"), loadSeconds},
                              {QStringLiteral("ms_per_text"), 1e3 * seconds / std::max(1, count)},
                              {QStringLiteral("threads"), effectiveThreadCount(threads)},
                              {QStringLiteral("blas"), SentenceEncoder::blasInUse()},
                              {QStringLiteral("peak_rss_mb"), peakMb},
                              {QStringLiteral("dimension"), vectors.cols}});
        return;
    }
    endProgressLine();
    out() << tr("Embedded %1 texts (%2 tokens after the cut at %3) in %4 s: %5 ms per text, %6 texts/s, "
                "on %7 threads (BLAS: %8); model load %9 s.\n")
                 .arg(count)
                 .arg(tokens)
                 .arg(EncoderPackage::maxTokens)
                 .arg(seconds, 0, 'f', 2)
                 .arg(1e3 * seconds / std::max(1, count), 0, 'f', 1)
                 .arg(count / std::max(seconds, 1e-9), 0, 'f', 1)
                 .arg(effectiveThreadCount(threads))
                 .arg(SentenceEncoder::blasInUse())
                 .arg(loadSeconds, 0, 'f', 2);
    out() << tr("Peak resident memory: %1 MB.\n").arg(peakMb, 0, 'f', 0);
}

// Import + featurize throughput on one file, in memory (nothing stored), best of --repeat.
void cmdBenchImport(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1) throw UsageError{tr("bench-import expects one FILE.")};
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
            err() << QStringLiteral("read %1 split %2 featurize %3\n")
                         .arg(readSeconds)
                         .arg(splitSeconds)
                         .arg(total - readSeconds - splitSeconds);
        bestRead = std::min(bestRead, readSeconds);
        bestTotal = std::min(bestTotal, total);
        bytes = read.report.bytes;
        rows = read.report.imported;
        nnz = ds.diffSparse.nonZeros() + ds.routerSparse.nonZeros();
    }
    const double mb = double(bytes) / 1e6;
    if (wantsJson(p)) {
        printJson(QJsonObject{{QStringLiteral("bytes"), double(bytes)},
                              {QStringLiteral("rows"), rows},
                              {QStringLiteral("read_seconds"), bestRead},
                              {QStringLiteral("total_seconds"), bestTotal},
                              {QStringLiteral("read_mb_per_s"), mb / bestRead},
                              {QStringLiteral("total_mb_per_s"), mb / bestTotal},
                              {QStringLiteral("non_zeros"), double(nnz)}});
        return;
    }
    out() << QStringLiteral("bytes=%1 rows=%2 read_s=%3 total_s=%4 read_MB/s=%5 import+featurize_MB/s=%6 nnz=%7\n")
                 .arg(bytes)
                 .arg(rows)
                 .arg(bestRead, 0, 'f', 4)
                 .arg(bestTotal, 0, 'f', 4)
                 .arg(mb / bestRead, 0, 'f', 1)
                 .arg(mb / bestTotal, 0, 'f', 1)
                 .arg(nnz);
}

} // namespace micro::app
