// Stage 2 and model choice as stored analyses: child runs, routing history, budget curves,
// select-k.
#include "data/synthgenerator.h"
#include "jobs/adaptation.h"
#include "jobs/modelselection.h"
#include "jobs/runsnapshot.h"
#include "jobs/training.h"
#include "metrics/runsummary.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <cmath>

using namespace micro::core;

namespace {

SynthConfig contextData()
{
    SynthConfig c;
    c.n = 4000;
    c.dim = 12;
    c.routerDim = 6;
    c.k = 4;
    c.seed = 13;
    c.separation = 6.0;
    c.informativeness = 3.0;
    c.contexts = 2;
    c.contextStrength = 16.0;
    return c;
}

// testFraction > 0: the dataset stores a test split, so Stage 2 reports test figures.
qint64 trainParent(ProjectStore &store, double testFraction = 0)
{
    SynthConfig data = contextData();
    data.testFraction = testFraction;
    data.valFraction = 0.25;
    store.saveDataset(generateSynthetic(data, QStringLiteral("ctx")));
    Stage1Config c;
    c.k = 4;
    c.epochs = 30;
    c.lr = 0.01;
    c.alpha = 0;
    c.valFraction = 0.25;
    c.threads = 2;
    return trainAndStore(store, QStringLiteral("ctx"), c).runId;
}

// Equal, or both missing (NaN): stored results write a missing figure as null.
bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

bool sameNumbers(const std::vector<double> &a, const std::vector<double> &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), sameNumber);
}

} // namespace

class TestAdaptation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adaptStoresAChildRunWithRoutingHistory()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        const qint64 parent = trainParent(store);
        AdaptRequest r;
        r.parentRunId = parent;
        r.config.tau = 1.0;
        r.config.epochs = 50;
        r.config.trainPromptWeights = false;
        const AdaptOutcome o = adaptAndStore(store, r);
        QVERIFY(o.accuracyAfter > o.accuracyBefore);
        const RunInfo child = store.run(o.runId);
        QCOMPARE(child.parentRunId, parent);
        QCOMPARE(child.model, QStringLiteral("adapted"));
        QCOMPARE(child.status, QStringLiteral("finished"));
        QCOMPARE(child.configJson.value(QStringLiteral("method")).toString(), QStringLiteral("micro"));
        // The stored model reads prompt + context (P + C inputs) with the parent's heads.
        const MixtureModel m = store.parameters(o.runId);
        QCOMPARE(m.routerDim(), 6 + 2);
        const MixtureModel p = store.parameters(parent);
        QCOMPARE(m.head(3)[5], p.head(3)[5]);
        // One online Hedge sequence per context, one step per labelled pair (50 each).
        QCOMPARE(store.routingContexts(o.runId), (QStringList{QStringLiteral("c0"), QStringLiteral("c1")}));
        const std::vector<RoutingStep> steps = store.routingHistory(o.runId, QStringLiteral("c0"));
        QCOMPARE(int(steps.size()), 50);
        QCOMPARE(steps.back().step, 50);
        double sum = 0;
        for (double w : steps.back().weights)
            sum += w;
        QVERIFY(std::abs(sum - 1.0) < 1e-9);
        QVERIFY(steps.back().regret <= std::sqrt(50 * std::log(4.0) / 2) + 1e-9);
        QCOMPARE(steps.back().cumulativeMixtureLoss, steps.back().bestHeadLoss + steps.back().regret);
        // Evaluating the stored child again (prompt + context input, the parent's held-out
        // rows) reproduces the accuracy the adaptation reported.
        const RunEvaluation again = evaluateStoredRun(store, o.runId, 2);
        QCOMPARE(again.accuracy, o.accuracyAfter);
        // Deleting the child removes its history too.
        store.deleteRun(o.runId);
        QVERIFY(store.routingContexts(o.runId).isEmpty());
    }

    void hyreIsStoredAsAPerContextRouter()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        AdaptRequest r;
        r.parentRunId = trainParent(store);
        r.method = AdaptRequest::Method::HyRe;
        const AdaptOutcome o = adaptAndStore(store, r);
        QCOMPARE(store.run(o.runId).model, QStringLiteral("hyre"));
        // Re-evaluating the stored router reproduces HyRe's accuracy: it ignores the prompt.
        const MixtureModel m = store.parameters(o.runId);
        for (int h = 0; h < m.k(); ++h)
            for (int j = 0; j < 6; ++j)
                QCOMPARE(m.parameters()[m.w1Offset() + std::size_t(h) * 8 + j], 0.0f);
        QVERIFY(o.report.value(QStringLiteral("contexts")).toArray().size() == 2);
    }

    void refusesParentsThatCannotBeAdapted()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig noContexts;
        noContexts.n = 500;
        store.saveDataset(generateSynthetic(noContexts, QStringLiteral("plain")));
        Stage1Config c;
        c.k = 3;
        c.epochs = 2;
        const qint64 run = trainAndStore(store, QStringLiteral("plain"), c).runId;
        AdaptRequest r;
        r.parentRunId = run;
        QVERIFY_THROWS_EXCEPTION(MicroError, adaptAndStore(store, r)); // no contexts
        // A parent fitted on every row has no held-out rows to score on.
        Stage1Config all;
        all.k = 3;
        all.epochs = 2;
        all.valFraction = 0;
        store.saveDataset(generateSynthetic(contextData(), QStringLiteral("ctx")));
        r.parentRunId = trainAndStore(store, QStringLiteral("ctx"), all).runId;
        QVERIFY_THROWS_EXCEPTION(MicroError, adaptAndStore(store, r));
        r.parentRunId = 999;
        const int before = store.runs().size();
        QVERIFY_THROWS_EXCEPTION(MicroError, adaptAndStore(store, r)); // no such run
        QCOMPARE(store.runs().size(), before);
    }

    void budgetCurveIsStoredWithTheRun_data()
    {
        QTest::addColumn<double>("testFraction");
        QTest::newRow("validation only") << 0.0;
        QTest::newRow("with a test split") << 0.2;
    }

    void budgetCurveIsStoredWithTheRun()
    {
        QFETCH(double, testFraction);
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        BudgetCurveRequest r;
        r.parentRunId = trainParent(store, testFraction);
        r.budgets = {2, 50};
        r.seeds = 3;
        r.config.tau = 1.0;
        r.config.epochs = 50;
        r.config.trainPromptWeights = false;
        const BudgetCurve c = budgetCurveAndStore(store, r);
        QCOMPARE(int(c.points.size()), 2);
        // More labels, better routing; and with 50 pairs per context, beyond HyRe.
        QVERIFY(c.points[1].microMean > c.points[0].microMean);
        QVERIFY(c.points[1].microMean > c.points[1].hyreMean);
        QVERIFY(c.points[1].microStd >= 0);
        const QList<StoredAnalysis> stored = store.budgetCurves(r.parentRunId);
        QCOMPARE(stored.size(), 1);

        // As the Routing view reads it back from the project: every figure survives, and a
        // figure the curve does not have (no test split) stays NaN, not a plotted 0.
        const BudgetCurve back = BudgetCurve::fromJson(stored[0].result);
        QCOMPARE(back.hasTest(), testFraction > 0);
        QCOMPARE(c.hasTest(), testFraction > 0);
        QCOMPARE(back.contexts, c.contexts);
        QCOMPARE(back.contexts, (QStringList{QStringLiteral("c0"), QStringLiteral("c1")}));
        QCOMPARE(back.stage1Accuracy, c.stage1Accuracy);
        QVERIFY(sameNumber(back.stage1TestAccuracy, c.stage1TestAccuracy));
        QVERIFY(sameNumbers(back.stage1TestByContext, c.stage1TestByContext));
        QCOMPARE(back.points.size(), c.points.size());
        for (std::size_t i = 0; i < c.points.size(); ++i) {
            const BudgetPoint &a = c.points[i], &b = back.points[i];
            QCOMPARE(b.budget, a.budget);
            QCOMPARE(b.microMean, a.microMean);
            QCOMPARE(b.microStd, a.microStd);
            QCOMPARE(b.hyreMean, a.hyreMean);
            QCOMPARE(b.hyreStd, a.hyreStd);
            QVERIFY(sameNumber(b.microTestMean, a.microTestMean));
            QVERIFY(sameNumber(b.microTestStd, a.microTestStd));
            QVERIFY(sameNumber(b.hyreTestMean, a.hyreTestMean));
            QVERIFY(sameNumber(b.hyreTestStd, a.hyreTestStd));
            QVERIFY(sameNumbers(b.microTestByContext, a.microTestByContext));
            QVERIFY(sameNumbers(b.hyreTestByContext, a.hyreTestByContext));
            QCOMPARE(b.microTestByContext.size(), testFraction > 0 ? std::size_t(2) : std::size_t(0));
        }
        if (testFraction > 0) QVERIFY(back.points[1].microTestMean > 0.5);
    }

    // What the window's views get for a run (RunSnapshot, loaded off the GUI thread) and
    // the runs table's summary are the figures the use cases stored.
    void runSnapshotHoldsWhatWasStored()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig data = contextData();
        data.testFraction = 0.2;
        store.saveDataset(generateSynthetic(data, QStringLiteral("ctx")));
        Stage1Config c;
        c.k = 4;
        c.epochs = 6;
        c.lr = 0.01;
        c.threads = 2;
        const TrainingOutcome trained = trainAndStore(store, QStringLiteral("ctx"), c);

        RunSnapshot s = loadRunSnapshot(store, trained.runId);
        QCOMPARE(s.run.id, trained.runId);
        QVERIFY(s.finished() && !s.isStage2());
        QCOMPARE(int(s.epochs.size()), 6);
        QCOMPARE(s.validation.accuracy, trained.validation.accuracy);
        QCOMPARE(s.validation.contexts, trained.validation.contexts);
        QCOMPARE(s.validation.routerWeightByContext, trained.validation.routerWeightByContext);
        QVERIFY(s.routingHistory.empty());
        QVERIFY(s.budgetCurve.points.empty());
        QVERIFY(!s.modelSelection);
        QVERIFY(!s.importReport); // synthetic: no file
        const RunSummary summary = RunSummary::fromMetrics(s.run.metrics);
        QCOMPARE(summary.validation.accuracy, trained.validation.accuracy);
        QVERIFY(summary.test.present);
        QCOMPARE(summary.test.accuracy, trained.test->accuracy);
        QVERIFY(summary.bestEpoch >= 1 && summary.bestEpoch <= 6);
        QVERIFY(!summary.stoppedByUser);

        // A child shows its parent's budget curve and its own routing; the dataset's latest
        // model choice comes along.
        AdaptRequest a;
        a.parentRunId = trained.runId;
        a.config.budget = 10;
        const qint64 child = adaptAndStore(store, a).runId;
        BudgetCurveRequest curve;
        curve.parentRunId = trained.runId;
        curve.budgets = {2, 8};
        curve.seeds = 1;
        const BudgetCurve made = budgetCurveAndStore(store, curve);
        SelectKConfig k;
        k.kMin = 1;
        k.kMax = 2;
        k.base.fit = FitMethod::Em;
        selectKAndStore(store, QStringLiteral("ctx"), k);
        s = loadRunSnapshot(store, child);
        QVERIFY(s.isStage2());
        QCOMPARE(int(s.routingHistory.size()), 2); // one history per context
        QCOMPARE(int(s.routingHistory.begin()->second.size()), 10);
        QCOMPARE(s.budgetCurve.points.size(), made.points.size());
        QCOMPARE(s.budgetCurve.points.back().microTestMean, made.points.back().microTestMean);
        QVERIFY(s.modelSelection.has_value());
        QCOMPARE(int(s.modelSelection->rows.size()), 2);
    }

    // Issue acceptance: select-k finds the true K on well-separated data.
    void selectKFindsTheTrueK()
    {
        SynthConfig s;
        s.n = 6000;
        s.dim = 8;
        s.routerDim = 4;
        s.k = 3;
        s.seed = 17;
        s.separation = 6.0;
        s.informativeness = 6.0;
        const Dataset data = generateSynthetic(s, QStringLiteral("sep"));
        SelectKConfig c;
        c.kMin = 1;
        c.kMax = 6;
        c.base.fit = FitMethod::Em;
        c.base.threads = 2;
        const SelectKResult r = selectK(data, splitRows(data.size(), 0.2, 1), c);
        QCOMPARE(int(r.rows.size()), 6);
        QCOMPARE(r.suggested, 3);
        QCOMPARE(r.bestByBic, 3);
        // Held-out NLL falls steeply up to the true K.
        QVERIFY(r.rows[2].heldOutNll < r.rows[1].heldOutNll - 0.02);
        QVERIFY(r.rows[1].heldOutNll < r.rows[0].heldOutNll - 0.02);
    }
};

QTEST_GUILESS_MAIN(TestAdaptation)
#include "tst_adaptation.moc"
