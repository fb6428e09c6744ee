// Issue 11: what a user gets from the default settings on data shaped like the real cases
// where the paper's values failed (contexts that flip which response wins, few labels), on
// synthetic data with ground truth (no test asserts a number from the hidden data).
#include "data/synthgenerator.h"
#include "jobs/adaptation.h"
#include "jobs/modelselection.h"
#include "jobs/training.h"
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace micro::core;

namespace {

// Four groups; context c0 narrows them to {0, 2}, c1 to {1, 3}; the prompt chooses within.
SynthConfig flippingContexts(bool contextInRouter)
{
    SynthConfig c;
    c.n = 10000;
    c.k = 4;
    c.contexts = 2;
    c.seed = 3;
    c.separation = contextInRouter ? 6.0 : 4.0;
    c.informativeness = contextInRouter ? 10.0 : 4.0;
    c.contextInRouter = contextInRouter;
    c.testFraction = 0.1;
    return c;
}

Stage1Config defaults() // what `micro-cli train --k 4` and the Train dialog ask for
{
    Stage1Config c;
    c.k = 4;
    c.lrAuto = c.alphaAuto = true;
    c.threads = 2;
    return c;
}

Stage1Config paper()
{
    Stage1Config c;
    c.k = 4;
    c.lr = 0.002;
    c.alpha = 0.5;
    c.patience = 0;
    c.keepBestEpoch = false;
    c.threads = 2;
    return c;
}

} // namespace

class TestRealisticDefaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The router sees the context (as imported text's context words): with no tuning flags
    // the groups are recovered (ARI >= 0.8 on validation rows, test accuracy reported),
    // where the paper's lr/alpha leave one head copied four times (ARI below 0.3).
    void defaultStage1RecoversTheGroups()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        store.saveDataset(generateSynthetic(flippingContexts(true), QStringLiteral("flip")));
        const TrainingOutcome tuned = trainAndStore(store, QStringLiteral("flip"), defaults());
        const TrainingOutcome fixed = trainAndStore(store, QStringLiteral("flip"), paper());
        QVERIFY(tuned.validation.ari && fixed.validation.ari && tuned.test);
        qInfo("defaults: ARI %.3f, test accuracy %.4f (lr %g, alpha %g); paper: ARI %.3f, test accuracy %.4f",
              *tuned.validation.ari, tuned.test->accuracy, tuned.tuning.lr, tuned.tuning.alpha, *fixed.validation.ari,
              fixed.test->accuracy);
        QVERIFY2(*tuned.validation.ari >= 0.8, qPrintable(QString::number(*tuned.validation.ari)));
        QVERIFY2(*fixed.validation.ari < 0.3, qPrintable(QString::number(*fixed.validation.ari)));
        QVERIFY(tuned.test->accuracy > fixed.test->accuracy + 0.1);
        // What was chosen is stored with the run, and the stored config holds the chosen values.
        const RunInfo run = store.run(tuned.runId);
        const TuningReport report = TuningReport::fromJson(run.metrics.value(QStringLiteral("tuning")).toObject());
        QVERIFY(report.candidates.size() >= 5);
        QCOMPARE(run.config.lr, report.lr);
        QCOMPARE(run.config.alpha, report.alpha);
        QVERIFY(run.metrics.contains(QStringLiteral("test")));
    }

    // The Stage-1 router sees only the prompt; Stage 2 adds the context from a few labels
    // per context (drawn from training rows). On test rows, at every budget from 8, MiCRo
    // routing beats HyRe's per-context weights and the Stage-1 router (mean of 3 draws).
    void defaultStage2BeatsHyReAndStage1()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        store.saveDataset(generateSynthetic(flippingContexts(false), QStringLiteral("flip")));
        const TrainingOutcome parent = trainAndStore(store, QStringLiteral("flip"), defaults());
        BudgetCurveRequest r;
        r.parentRunId = parent.runId;
        r.budgets = {8, 16, 32, 50};
        r.seeds = 3;
        const BudgetCurve curve = budgetCurveAndStore(store, r);
        QVERIFY(std::isfinite(curve.stage1TestAccuracy));
        QCOMPARE(curve.contexts.size(), 2);
        for (const BudgetPoint &b : curve.points) {
            qInfo("budget %d: MiCRo test %.4f, HyRe test %.4f, Stage 1 test %.4f", b.budget, b.microTestMean,
                  b.hyreTestMean, curve.stage1TestAccuracy);
            QVERIFY2(b.microTestMean > b.hyreTestMean, qPrintable(QString::number(b.budget)));
            QVERIFY2(b.microTestMean > curve.stage1TestAccuracy, qPrintable(QString::number(b.budget)));
            QCOMPARE(int(b.microTestByContext.size()), 2);
        }
    }

    // The diagnosis of the flat Stage 2: the paper's setting (one-hot targets, every router
    // weight, 10 epochs at lr 0.01) moves test accuracy by about a point here (0.773 ->
    // 0.783), the defaults by three (-> 0.806). The child stores its own options and test figures.
    void paperStage2StaysFlatDefaultsGain()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        store.saveDataset(generateSynthetic(flippingContexts(false), QStringLiteral("flip")));
        const TrainingOutcome parent = trainAndStore(store, QStringLiteral("flip"), defaults());
        AdaptRequest r;
        r.parentRunId = parent.runId;
        const AdaptOutcome ours = adaptAndStore(store, r);
        r.config.tau = 1e-3;
        r.config.trainPromptWeights = true;
        r.config.epochs = 10;
        r.config.lr = 0.01;
        r.config.prior = 0;
        const AdaptOutcome theirs = adaptAndStore(store, r);
        QVERIFY(ours.hasTest && theirs.hasTest);
        qInfo("test: Stage 1 %.4f, defaults %.4f, paper's Stage 2 %.4f", ours.testAccuracyBefore,
              ours.testAccuracyAfter, theirs.testAccuracyAfter);
        QVERIFY(ours.testAccuracyAfter > ours.testAccuracyBefore + 0.02);
        QVERIFY(ours.testAccuracyAfter > theirs.testAccuracyAfter + 0.015);
        const RunInfo child = store.run(theirs.runId);
        QCOMPARE(child.parentRunId, parent.runId);
        QCOMPARE(child.configJson.value(QStringLiteral("tau")).toDouble(), 1e-3);
        QCOMPARE(child.configJson.value(QStringLiteral("method")).toString(), QStringLiteral("micro"));
        QCOMPARE(child.configJson.value(QStringLiteral("k")).toInt(), 4);
        QCOMPARE(child.configJson.value(QStringLiteral("budget")).toInt(), 50);
        QVERIFY(child.metrics.value(QStringLiteral("test")).toObject().contains(QStringLiteral("by_context")));
    }

    void selectKFindsTheTrueK_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<int>("noiseColumns");
        for (int k : {2, 3, 4, 6})
            QTest::addRow("K = %d, 32 dense columns", k) << k << 0;
        // K = 6 on the sparse columns needs the pruned start (K = 7's fit without its spare
        // head): from seeded starts alone its fits merged two groups (held-out NLL 0.462-0.490
        // against 0.439 at K = 7) and K = 7 was suggested.
        for (int k : {2, 3, 4, 6})
            QTest::addRow("K = %d, 16,416 sparse columns", k) << k << 16384;
    }

    // Well-separated groups: the one-standard-error rule on held-out NLL picks the true K
    // with the gradient fit, on dense features and on sparse ones the size of hashed text
    // (32 informative columns and 16,384 that no group reads, 100 set per row), where BIC
    // counts every column and says K = 1. Learning rates as `micro-cli select-k` (both tried).
    void selectKFindsTheTrueK()
    {
        QFETCH(int, k);
        QFETCH(int, noiseColumns);
        SynthConfig s;
        s.n = 6000;
        s.dim = 32;
        s.routerDim = 8;
        s.k = k;
        s.seed = 17;
        s.separation = 6.0;
        s.informativeness = 6.0;
        s.noiseColumns = noiseColumns;
        s.noiseNonZeros = noiseColumns > 0 ? 100 : 0;
        const Dataset data = generateSynthetic(s, QStringLiteral("sep"));
        QCOMPARE(data.isSparse(), noiseColumns > 0);
        SelectKConfig c;
        c.kMin = 1;
        c.kMax = 7;
        c.base.fit = FitMethod::Gradient;
        c.base.epochs = 20;
        c.base.lrAuto = true;
        c.base.alpha = 0;
        c.base.threads = 2;
        int calls = 0;
        const SelectKResult r = selectK(data, splitRows(data.size(), 0.2, 1), c, [&](double) { ++calls; });
        QCOMPARE(int(r.rows.size()), 7);
        QCOMPARE(r.suggested, k);
        if (noiseColumns > 0) QCOMPARE(r.bestByBic, 1);
        QVERIFY(calls > 7 * c.seeds); // progress within fits, not once per K

        // As stored and read back for the Model choice view: every field survives.
        const SelectKResult back = SelectKResult::fromJson(r.toJson());
        QCOMPARE(back.suggested, r.suggested);
        QCOMPARE(back.bestByHeldOutNll, r.bestByHeldOutNll);
        QCOMPARE(back.bestByBic, r.bestByBic);
        QCOMPARE(back.lr, r.lr);
        QCOMPARE(back.rows.size(), r.rows.size());
        for (std::size_t i = 0; i < r.rows.size(); ++i) {
            QCOMPARE(back.rows[i].k, r.rows[i].k);
            QCOMPARE(back.rows[i].heldOutNll, r.rows[i].heldOutNll);
            QCOMPARE(back.rows[i].nllGapToBest, r.rows[i].nllGapToBest);
            QCOMPARE(back.rows[i].gapStdError, r.rows[i].gapStdError);
            QCOMPARE(back.rows[i].trainLogLik, r.rows[i].trainLogLik);
            QCOMPARE(back.rows[i].parameters, r.rows[i].parameters);
            QCOMPARE(back.rows[i].bic, r.rows[i].bic);
            QCOMPARE(back.rows[i].seconds, r.rows[i].seconds);
        }
    }
};

QTEST_GUILESS_MAIN(TestRealisticDefaults)
#include "tst_realisticdefaults.moc"
