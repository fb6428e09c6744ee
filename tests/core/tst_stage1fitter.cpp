#include "data/synthgenerator.h"
#include "jobs/training.h"
#include "metrics/evaluation.h"
#include "metrics/truthstats.h"
#include "model/stage1fitter.h"

#include <QJsonDocument>
#include <QtTest>
#include <cmath>

using namespace micro::core;

namespace {

// Well separated: the prompt nearly decides the group (informativeness 20) and each group's
// preferences are decisive (separation 8).
Dataset separatedData()
{
    SynthConfig c;
    c.n = 6000;
    c.dim = 16;
    c.routerDim = 8;
    c.k = 3;
    c.seed = 3;
    c.separation = 8.0;
    c.informativeness = 20.0;
    return generateSynthetic(c, QStringLiteral("separated"));
}

Stage1Config microConfig()
{
    Stage1Config c;
    c.k = 3;
    c.epochs = 30;
    c.lr = 0.01;
    c.alpha = 0.1; // the paper's 0.5 keeps the router deliberately soft
    c.seed = 1;
    c.threads = 2;
    return c;
}

} // namespace

class TestStage1Fitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue acceptance: ARI >= 0.9 against the true groups and validation accuracy within
    // 2 points of the generating model's on the same rows.
    void recoversWellSeparatedGroups()
    {
        const Dataset data = separatedData();
        const RowSplit split = splitRows(data.size(), 0.1, 1);
        const Stage1Result r = Stage1Fitter::fit(data, microConfig(), split.train, split.validation);
        QCOMPARE(r.status, Stage1Result::Status::Finished);
        const RunEvaluation ev = evaluateModel(r.model, data, split.validation, 2);
        QVERIFY(ev.ari.has_value());
        QVERIFY2(*ev.ari >= 0.9, qPrintable(QStringLiteral("ARI %1").arg(*ev.ari)));
        QVERIFY2(
            ev.accuracy >= ev.truth->trueModelAccuracy - 0.02,
            qPrintable(QStringLiteral("accuracy %1, true model %2").arg(ev.accuracy).arg(ev.truth->trueModelAccuracy)));
        QVERIFY2(*ev.headRecovery > 0.95, qPrintable(QString::number(*ev.headRecovery)));
        // Validation NLL falls over training.
        QVERIFY(r.epochs.back().valNll < r.epochs.front().valNll);
    }

    // As stored with a run and read back for the Mixture weights, Head accuracy and
    // Subgroups views: every figure survives the project's JSON text.
    void evaluationReadsBackAsStored()
    {
        SynthConfig c;
        c.n = 3000;
        c.dim = 8;
        c.routerDim = 4;
        c.k = 3;
        c.seed = 9;
        c.contexts = 2;
        const Dataset data = generateSynthetic(c, QStringLiteral("ctx"));
        const RowSplit split = splitRows(data.size(), 0.2, 1);
        Stage1Config cfg = microConfig();
        cfg.epochs = 5;
        const Stage1Result r = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        const RunEvaluation ev = evaluateModel(r.model, data, split.validation, 2);
        QCOMPARE(ev.contexts.size(), 2);
        QCOMPARE(ev.groups.size(), 3);
        QVERIFY(ev.truth && ev.headRecovery && ev.expectedCrossEntropy && ev.ari && ev.nmi);
        const QByteArray text = QJsonDocument(ev.toJson()).toJson(QJsonDocument::Compact);
        const RunEvaluation back = RunEvaluation::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.rows, ev.rows);
        QCOMPARE(back.nll, ev.nll);
        QCOMPARE(back.accuracy, ev.accuracy);
        QCOMPARE(back.meanRouterWeight, ev.meanRouterWeight);
        QCOMPARE(back.contexts, ev.contexts);
        QCOMPARE(back.accuracyByContext, ev.accuracyByContext);
        QCOMPARE(back.groups, ev.groups);
        QCOMPARE(back.accuracyByGroup, ev.accuracyByGroup);
        QCOMPARE(back.headGroupAccuracy, ev.headGroupAccuracy);
        QCOMPARE(back.headContextAccuracy, ev.headContextAccuracy);
        QCOMPARE(back.bestHeadByContext, ev.bestHeadByContext);
        QCOMPARE(back.routerWeightByContext, ev.routerWeightByContext);
        QCOMPARE(back.routerWeightByGroup, ev.routerWeightByGroup);
        QCOMPARE(back.ari, ev.ari);
        QCOMPARE(back.nmi, ev.nmi);
        QCOMPARE(back.headCosines, ev.headCosines);
        QCOMPARE(back.headRecovery, ev.headRecovery);
        QCOMPARE(back.expectedCrossEntropy, ev.expectedCrossEntropy);
        QCOMPARE(back.truth->trueModelAccuracy, ev.truth->trueModelAccuracy);
        QCOMPARE(back.truth->trueModelNll, ev.truth->trueModelNll);
        QCOMPARE(back.truth->rho, ev.truth->rho);
        QCOMPARE(back.truth->labelEntropy, ev.truth->labelEntropy);
        QCOMPARE(back.truth->meanGroupVariance, ev.truth->meanGroupVariance);
        QCOMPARE(back.truth->singleModelBound, ev.truth->singleModelBound);

        // Real data has none of the optional parts: they stay absent, and a context with
        // no rows (accuracy NaN, written as null) reads back as NaN rather than 0.
        RunEvaluation sparse;
        sparse.rows = 10;
        sparse.contexts = QStringList{QStringLiteral("b"), QStringLiteral("a")};
        sparse.accuracyByContext = {0.75, NAN};
        const RunEvaluation sparseBack =
            RunEvaluation::fromJson(QJsonDocument::fromJson(QJsonDocument(sparse.toJson()).toJson()).object());
        QCOMPARE(sparseBack.contexts, sparse.contexts); // stored order, not sorted keys
        QCOMPARE(sparseBack.accuracyByContext.front(), 0.75);
        QVERIFY(std::isnan(sparseBack.accuracyByContext.back()));
        QVERIFY(!sparseBack.ari && !sparseBack.truth && !sparseBack.headRecovery);
        QVERIFY(sparseBack.groups.isEmpty());
    }

    // METHOD.md "Theory": a single BT's expected cross-entropy is bounded below by
    // 2 rho K E[Var_k m_k] + H. Two disagreeing groups the prompt cannot tell apart.
    void singleBtStaysAboveTheTheoreticalBound()
    {
        SynthConfig c;
        c.n = 4000;
        c.dim = 8;
        c.routerDim = 4;
        c.k = 2;
        c.seed = 5;
        c.separation = 6.0;
        c.informativeness = 0.0; // rho = 1/2
        const Dataset data = generateSynthetic(c, QStringLiteral("opposed"));
        const RowSplit split = splitRows(data.size(), 0.25, 2);
        Stage1Config cfg;
        cfg.model = ModelKind::Single;
        cfg.epochs = 20;
        cfg.lr = 0.01;
        cfg.threads = 2;
        const Stage1Result r = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        const RunEvaluation ev = evaluateModel(r.model, data, split.validation, 2);
        const TruthStats &t = *ev.truth;
        QVERIFY(std::abs(t.rho - 0.5) < 1e-6);
        // The bound must say something beyond the label entropy, or the check is empty.
        QVERIFY2(t.singleModelBound - t.labelEntropy > 0.05,
                 qPrintable(QStringLiteral("bound %1, H %2").arg(t.singleModelBound).arg(t.labelEntropy)));
        QVERIFY2(
            *ev.expectedCrossEntropy >= t.singleModelBound - 1e-9,
            qPrintable(
                QStringLiteral("expected CE %1 < bound %2").arg(*ev.expectedCrossEntropy).arg(t.singleModelBound)));
        // The sampled labels too, up to 4 standard errors of a 1,000-row mean (sd <= 1).
        QVERIFY(ev.nll >= t.singleModelBound - 4.0 / std::sqrt(1000.0));
        // And the fit is not a straw man: it sits close to the best constant-in-group predictor.
        QVERIFY2(*ev.expectedCrossEntropy < t.singleModelBound + 0.15,
                 qPrintable(QString::number(*ev.expectedCrossEntropy)));
    }

    void sameSeedSameResult()
    {
        const Dataset data = separatedData();
        const RowSplit split = splitRows(data.size(), 0.1, 1);
        Stage1Config cfg = microConfig();
        cfg.epochs = 2;
        const Stage1Result a = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        const Stage1Result b = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        QCOMPARE(a.model.parameters(), b.model.parameters()); // bit for bit
        QCOMPARE(a.epochs.back().valNll, b.epochs.back().valNll);
        cfg.seed = 2;
        const Stage1Result c = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        QVERIFY(c.model.parameters() != a.model.parameters());
    }

    // Workers follow the idle cores during a fit (fewer when another process is busy), so
    // the result must depend on the thread setting only: 1, 2 or 3 workers running 3 lanes
    // give the same parameters bit for bit, on dense and on sparse rows.
    void workersDoNotChangeTheResult()
    {
        const Dataset data = separatedData();
        const RowSplit split = splitRows(data.size(), 0.1, 1);
        Stage1Config cfg = microConfig();
        cfg.epochs = 2;
        cfg.threads = 3;
        cfg.workers = 3;
        const Stage1Result all = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        QCOMPARE(all.meanWorkers, 3.0);
        for (int w : {1, 2}) {
            cfg.workers = w;
            const Stage1Result fewer = Stage1Fitter::fit(data, cfg, split.train, split.validation);
            QCOMPARE(fewer.meanWorkers, double(w));
            QCOMPARE(fewer.model.parameters(), all.model.parameters());
            QCOMPARE(fewer.epochs.back().trainLoss, all.epochs.back().trainLoss);
        }
        cfg.workers = 0; // adaptive: whatever it picks, the same numbers
        const Stage1Result adaptive = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        QVERIFY(adaptive.meanWorkers >= 1.0 && adaptive.meanWorkers <= 3.0);
        QCOMPARE(adaptive.model.parameters(), all.model.parameters());
    }

    void cancelStopsWithinOneBatch()
    {
        const Dataset data = separatedData();
        const RowSplit split = splitRows(data.size(), 0.1, 1);
        Stage1Config cfg = microConfig();
        cfg.epochs = 50;
        cfg.batch = 8; // 675 batches an epoch: progress is reported every ~169 steps
        CancelToken cancel;
        long long cancelledAt = -1;
        const long long total = 50LL * ((static_cast<long long>(split.train.size()) + 7) / 8);
        FitCallbacks cb;
        cb.progress = [&](double f) {
            if (cancelledAt < 0 && f > 0.1) {
                cancelledAt = std::llround(f * double(total)); // steps done when asked
                cancel.cancel();
            }
        };
        const Stage1Result r = Stage1Fitter::fit(data, cfg, split.train, split.validation, cb, &cancel);
        QCOMPARE(r.status, Stage1Result::Status::Cancelled);
        QVERIFY(cancelledAt > 0);
        // The request came after step `cancelledAt` finished; no further batch ran.
        QCOMPARE(r.steps, cancelledAt);
    }

    void baselinesTrail()
    {
        const Dataset data = separatedData();
        const RowSplit split = splitRows(data.size(), 0.1, 1);
        Stage1Config cfg = microConfig();
        cfg.epochs = 15;
        const Stage1Result micro = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        cfg.model = ModelKind::Single;
        const Stage1Result single = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        cfg.model = ModelKind::Static;
        const Stage1Result fixed = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        QCOMPARE(single.model.k(), 1);
        QCOMPARE(fixed.model.router(), MixtureModel::Router::Static);
        // Groups disagree and only the prompt tells them apart: routing must help clearly.
        QVERIFY(micro.epochs.back().valAccuracy > single.epochs.back().valAccuracy + 0.05);
        QVERIFY(micro.epochs.back().valAccuracy > fixed.epochs.back().valAccuracy + 0.05);
    }

    void mlpRouterLearnsToo()
    {
        const Dataset data = separatedData();
        const RowSplit split = splitRows(data.size(), 0.1, 1);
        Stage1Config cfg = microConfig();
        cfg.router = RouterKind::Mlp;
        cfg.epochs = 15;
        const Stage1Result r = Stage1Fitter::fit(data, cfg, split.train, split.validation);
        const RunEvaluation ev = evaluateModel(r.model, data, split.validation, 2);
        QVERIFY2(ev.accuracy >= ev.truth->trueModelAccuracy - 0.04, qPrintable(QString::number(ev.accuracy)));
    }

    void scheduleWarmsUpThenDecays()
    {
        // 100 steps, 5% warm-up: 1/5, ..., 5/5, then cosine from 1 towards 0.
        QCOMPARE(Stage1Fitter::scheduleFactor(0, 100, 0.05), 0.2);
        QCOMPARE(Stage1Fitter::scheduleFactor(4, 100, 0.05), 1.0);
        QCOMPARE(Stage1Fitter::scheduleFactor(5, 100, 0.05), 1.0);
        QVERIFY(std::abs(Stage1Fitter::scheduleFactor(52, 100, 0.05) - 0.5 * (1 + std::cos(M_PI * 47.0 / 95.0))) <
                1e-12);
    }
};

QTEST_GUILESS_MAIN(TestStage1Fitter)
#include "tst_stage1fitter.moc"
