// micro-cli Stage-2 and model-choice commands: adapt, budget-curve, select-k; labels in and out.
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
#include "jobs/labeltransfer.h"
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

Stage2Config stage2Config(const QCommandLineParser &p, bool withBudget)
{
    Stage2Config c;
    if (withBudget) c.budget = intOption(p, QStringLiteral("budget"), c.budget);
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
        {QStringList{QStringLiteral("labels-dataset"), QStringLiteral("labels")},
         tr("Dataset with the labelled pairs and their contexts (default: the run's)."), tr("NAME")},
        {QStringLiteral("tau"),
         tr("Temperature of the Hedge targets (default 1: the posterior responsibilities; the paper's is 0.001)."),
         tr("T")},
        {QStringLiteral("epochs"), tr("Router epochs (default 100; the paper's is 10)."), tr("E")},
        {QStringLiteral("batch"), tr("Batch size (default 32)."), tr("B")},
        {QStringLiteral("lr"), tr("AdamW learning rate of the router (default 0.05)."), tr("LR")},
        {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
        {QStringLiteral("prior"),
         tr("Pull of the trained router weights towards the Stage-1 router, divided by the labelled pairs (default 1; "
            "0: none)."),
         tr("W")},
        {QStringLiteral("context-only"), tr("Keep the Stage-1 prompt weights; learn only how each context shifts the "
                                            "routing (the default with a linear Stage-1 router).")},
        {QStringLiteral("all-router-weights"), tr("Train the prompt weights too (the paper's Stage 2).")},
    });
}

void cmdAdapt(QCommandLineParser &p)
{
    AdaptRequest r;
    r.parentRunId = runOption(p);
    r.labelsDataset = p.value(QStringLiteral("labels-dataset"));
    const QString method =
        p.isSet(QStringLiteral("method")) ? p.value(QStringLiteral("method")) : QStringLiteral("micro");
    if (method != QLatin1String("micro") && method != QLatin1String("hyre"))
        throw UsageError{tr("--method expects micro or hyre, got \"%1\".").arg(method)};
    r.method = method == QLatin1String("hyre") ? AdaptRequest::Method::HyRe : AdaptRequest::Method::Micro;
    r.config = stage2Config(p, true);
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const AdaptOutcome o = adaptAndStore(store, r, &g_cancel);
    if (o.cancelled) throw MicroError(ErrorCode::Cancelled, {});
    if (wantsJson(p)) {
        QJsonObject j = o.report;
        j.insert(QStringLiteral("run"), o.runId);
        if (o.hasTest) {
            j.insert(QStringLiteral("test_accuracy_before"), o.testAccuracyBefore);
            j.insert(QStringLiteral("test_accuracy_after"), o.testAccuracyAfter);
        }
        // The same split objects as train and eval: {"validation": {...}, "test": {...}}
        // (after adapting, per context inside), and the Stage-1 figures under "before".
        for (const char *key : {"validation", "test", "before"})
            if (o.metrics.contains(QLatin1String(key)))
                j.insert(QLatin1String(key), o.metrics.value(QLatin1String(key)));
        printJson(j);
        return;
    }
    out() << tr("Run %1 (%2, parent %3): validation accuracy %4 -> %5")
                 .arg(o.runId)
                 .arg(method)
                 .arg(r.parentRunId)
                 .arg(o.accuracyBefore, 0, 'f', 4)
                 .arg(o.accuracyAfter, 0, 'f', 4);
    if (o.hasTest)
        out()
            << tr("; test accuracy %1 -> %2").arg(o.testAccuracyBefore, 0, 'f', 4).arg(o.testAccuracyAfter, 0, 'f', 4);
    out() << QStringLiteral("\n");
    for (const QJsonValue &v : o.report.value(QStringLiteral("contexts")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.contains(QStringLiteral("before")))
            out() << tr("  %1: %2 labelled, %3 scored, accuracy %4 -> %5\n")
                         .arg(c.value(QStringLiteral("context")).toString())
                         .arg(c.value(QStringLiteral("labelled")).toInt())
                         .arg(c.value(QStringLiteral("evaluated")).toInt())
                         .arg(c.value(QStringLiteral("before")).toDouble(), 0, 'f', 4)
                         .arg(c.value(QStringLiteral("after")).toDouble(), 0, 'f', 4);
        else
            out() << tr("  %1: accuracy %2\n")
                         .arg(c.value(QStringLiteral("context")).toString())
                         .arg(c.value(QStringLiteral("accuracy")).toDouble(), 0, 'f', 4);
    }
}

void cmdBudgetCurve(QCommandLineParser &p)
{
    checkOutPath(p);
    BudgetCurveRequest r;
    r.parentRunId = runOption(p);
    r.labelsDataset = p.value(QStringLiteral("labels-dataset"));
    r.budgets = intList(p, QStringLiteral("budgets"), r.budgets);
    r.seeds = intOption(p, QStringLiteral("seeds"), r.seeds);
    r.config = stage2Config(p, false);
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const BudgetCurve c = budgetCurveAndStore(store, r, terminalCallbacks(wantsJson(p)).progress, &g_cancel);
    endProgressLine();
    if (c.cancelled) throw MicroError(ErrorCode::Cancelled, {});
    QString csv = QStringLiteral(
        "budget,micro_mean,micro_std,hyre_mean,hyre_std,micro_test_mean,micro_test_std,hyre_test_mean,hyre_test_std");
    for (const QString &ctx : c.contexts)
        csv += QStringLiteral(",micro_test_%1,hyre_test_%1").arg(csvField(ctx));
    csv += QLatin1Char('\n');
    auto g = [](double x) { return std::isfinite(x) ? QString::number(x, 'g', 8) : QString(); };
    for (const BudgetPoint &b : c.points) {
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9")
                   .arg(b.budget)
                   .arg(g(b.microMean), g(b.microStd), g(b.hyreMean), g(b.hyreStd), g(b.microTestMean),
                        g(b.microTestStd), g(b.hyreTestMean), g(b.hyreTestStd));
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
    if (test) out() << tr(", test %1").arg(c.stage1TestAccuracy, 0, 'f', 4);
    out() << tr(". Accuracy by labelled pairs per context (mean ± sd over %1 seeds; labels from training rows):\n")
                 .arg(r.seeds);
    out() << QStringLiteral("%1 %2 %3").arg(tr("budget"), 6).arg(tr("MiCRo val"), 16).arg(tr("HyRe val"), 16);
    if (test) out() << QStringLiteral(" %1 %2").arg(tr("MiCRo test"), 16).arg(tr("HyRe test"), 16);
    out() << QStringLiteral("\n");
    for (const BudgetPoint &b : c.points) {
        out() << QStringLiteral("%1 %2 ± %3 %4 ± %5")
                     .arg(b.budget, 6)
                     .arg(b.microMean, 8, 'f', 4)
                     .arg(b.microStd, 5, 'f', 3)
                     .arg(b.hyreMean, 8, 'f', 4)
                     .arg(b.hyreStd, 5, 'f', 3);
        if (test)
            out() << QStringLiteral(" %1 ± %2 %3 ± %4")
                         .arg(b.microTestMean, 8, 'f', 4)
                         .arg(b.microTestStd, 5, 'f', 3)
                         .arg(b.hyreTestMean, 8, 'f', 4)
                         .arg(b.hyreTestStd, 5, 'f', 3);
        out() << QStringLiteral("\n");
    }
    if (test) {
        out() << tr("Test accuracy per context (MiCRo / HyRe; Stage 1):\n");
        for (int j = 0; j < c.contexts.size(); ++j) {
            out() << QStringLiteral("  %1 (%2):")
                         .arg(c.contexts[j])
                         .arg(c.stage1TestByContext[std::size_t(j)], 0, 'f', 4);
            for (const BudgetPoint &b : c.points)
                out() << QStringLiteral(" %1: %2/%3")
                             .arg(b.budget)
                             .arg(b.microTestByContext[std::size_t(j)], 0, 'f', 3)
                             .arg(b.hyreTestByContext[std::size_t(j)], 0, 'f', 3);
            out() << QStringLiteral("\n");
        }
    }
}

void cmdSelectK(QCommandLineParser &p)
{
    checkOutPath(p);
    SelectKConfig c = SelectKConfig::defaults();
    const QString range = p.isSet(QStringLiteral("k")) ? p.value(QStringLiteral("k")) : QStringLiteral("1..6");
    const QStringList ends = range.split(QStringLiteral(".."));
    bool ok1 = false, ok2 = false;
    if (ends.size() == 2) {
        c.kMin = ends[0].toInt(&ok1);
        c.kMax = ends[1].toInt(&ok2);
    }
    if (!ok1 || !ok2) throw UsageError{tr("--k expects a range like 1..10, got \"%1\".").arg(range)};
    // Gradient by default: it takes sparse features, and with two rates it found the true K
    // where EM's unpenalised heads overfit (README, "Choosing K").
    const QString fit = p.isSet(QStringLiteral("fit")) ? p.value(QStringLiteral("fit")) : QStringLiteral("gradient");
    if (fit != QLatin1String("em") && fit != QLatin1String("gradient"))
        throw UsageError{tr("--fit expects gradient or em, got \"%1\".").arg(fit)};
    c.base.fit = fit == QLatin1String("em") ? FitMethod::Em : FitMethod::Gradient;
    c.base.seed = seedOption(p, c.base.seed);
    c.base.epochs = intOption(p, QStringLiteral("epochs"), c.base.epochs);
    // The likelihood alone (alpha 0) at a rate that moves a router on a few thousand pairs.
    c.base.lrAuto = !p.isSet(QStringLiteral("lr"));
    c.base.lr = doubleOption(p, QStringLiteral("lr"), c.base.lr);
    c.base.alpha = doubleOption(p, QStringLiteral("alpha"), c.base.alpha);
    c.base.emRidge = doubleOption(p, QStringLiteral("ridge"), c.base.emRidge);
    c.seeds = intOption(p, QStringLiteral("seeds"), c.seeds);
    c.base.valFraction = doubleOption(p, QStringLiteral("val"), c.base.valFraction);
    c.base.threads = intOption(p, QStringLiteral("threads"), 0);
    c.validate();
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    // The GUI's Run > Choose K… runs this same use case.
    const SelectKOutcome o = selectKAndStore(store, required(p, QStringLiteral("dataset")), c,
                                             terminalCallbacks(wantsJson(p)).progress, &g_cancel);
    endProgressLine();
    const SelectKResult &r = o.result;
    if (r.cancelled) throw MicroError(ErrorCode::Cancelled, {});
    const qint64 id = o.selectionId;
    QString csv = QStringLiteral("k,held_out_nll,nll_gap_to_best,gap_std_error,train_loglik,parameters,bic,seconds\n");
    for (const SelectKRow &row : r.rows)
        csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                   .arg(row.k)
                   .arg(row.heldOutNll, 0, 'g', 10)
                   .arg(row.nllGapToBest, 0, 'g', 10)
                   .arg(row.gapStdError, 0, 'g', 10)
                   .arg(row.trainLogLik, 0, 'g', 10)
                   .arg(row.parameters)
                   .arg(row.bic, 0, 'g', 10)
                   .arg(row.seconds, 0, 'g', 6);
    writeAnalysis(p, r.toJson(), csv);
    if (wantsJson(p)) {
        QJsonObject j = r.toJson();
        j.insert(QStringLiteral("id"), id);
        printJson(j);
        return;
    }
    out() << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(tr("K"), 3)
                 .arg(tr("held-out NLL"), 13)
                 .arg(tr("gap ± se"), 18)
                 .arg(tr("BIC"), 12)
                 .arg(tr("seconds"), 8);
    for (const SelectKRow &row : r.rows)
        out() << QStringLiteral("%1 %2 %3 ± %4 %5 %6\n")
                     .arg(row.k, 3)
                     .arg(row.heldOutNll, 13, 'f', 4)
                     .arg(row.nllGapToBest, 8, 'f', 4)
                     .arg(row.gapStdError, 7, 'f', 4)
                     .arg(row.bic, 12, 'f', 1)
                     .arg(row.seconds, 8, 'f', 2);
    out() << tr("Suggested K = %1 (the smallest K within one standard error of the lowest validation NLL, at K = %2); "
                "lowest BIC at K = %3.\n")
                 .arg(r.suggested)
                 .arg(r.bestByHeldOutNll)
                 .arg(r.bestByBic);
    if (c.base.fit == FitMethod::Gradient) out() << tr("Gradient fits at lr %1.\n").arg(r.lr);
}

// ---- labels given in the Labelling view, in and out (labelio's JSONL) ------------------------

void cmdLabelsExport(QCommandLineParser &p)
{
    const QString target = required(p, QStringLiteral("out"));
    checkOutPath(p, {QStringLiteral(".jsonl")});
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const DatasetInfo info = store.datasetInfo(required(p, QStringLiteral("dataset")));
    const int count = exportDatasetLabels(store, info.id, target);
    if (wantsJson(p))
        printJson(QJsonObject{{QStringLiteral("labels"), count}, {QStringLiteral("out"), target}});
    else
        out() << tr("Wrote %n label(s) of %1 to %2.\n", nullptr, count).arg(info.name, target);
}

void cmdLabelsImport(QCommandLineParser &p)
{
    if (p.positionalArguments().size() != 1)
        throw UsageError{tr("labels-import expects one FILE to read (JSONL, as labels-export writes).")};
    const QString file = p.positionalArguments().first();
    ProjectStore store(required(p, QStringLiteral("project")), ProjectStore::OpenMode::MustExist);
    const DatasetInfo info = store.datasetInfo(required(p, QStringLiteral("dataset")));
    const int added = importDatasetLabels(store, info.id, file);
    if (wantsJson(p))
        printJson(QJsonObject{{QStringLiteral("added"), added}, {QStringLiteral("dataset"), info.name}});
    else
        out() << tr("%n label(s) added to %1 (labels already there skipped).\n", nullptr, added).arg(info.name);
}

} // namespace micro::app
