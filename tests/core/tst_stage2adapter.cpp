#include "data/synthgenerator.h"
#include "jobs/training.h"
#include "metrics/evaluation.h"
#include "metrics/truthstats.h"
#include "model/stage1fitter.h"
#include "routing/stage2adapter.h"

#include <QJsonDocument>
#include <QtTest>

using namespace micro::core;

namespace {

// Four groups; context c0 narrows them to {0, 2}, c1 to {1, 3}; within a context the prompt
// chooses. A Stage-1 router sees only the prompt, so it cannot know which pair applies.
SynthConfig contextConfig()
{
    SynthConfig c;
    c.n = 8000;
    c.dim = 16;
    c.routerDim = 8;
    c.k = 4;
    c.seed = 11;
    c.separation = 6.0;
    c.informativeness = 3.0;
    c.contexts = 2;
    c.contextStrength = 16.0;
    return c;
}

struct Fixture
{
    Dataset data;
    RowSplit split;
    MixtureModel stage1;
};

Fixture fitStage1()
{
    Fixture f{generateSynthetic(contextConfig(), QStringLiteral("ctx")), {}, {}};
    f.split = splitRows(f.data.size(), 0.25, 5);
    Stage1Config cfg;
    cfg.k = 4;
    cfg.epochs = 40;
    cfg.lr = 0.01;
    cfg.alpha = 0; // plain likelihood: sharper heads for Stage 2 to route between
    cfg.seed = 2;
    cfg.threads = 2;
    f.stage1 = Stage1Fitter::fit(f.data, cfg, f.split.train, f.split.validation).model;
    return f;
}

} // namespace

class TestStage2Adapter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatorGivesContextsThatNarrowTheGroups()
    {
        const Dataset d = generateSynthetic(contextConfig(), QStringLiteral("ctx"));
        QCOMPARE(d.sortedContexts(), (QStringList{QStringLiteral("c0"), QStringLiteral("c1")}));
        int inPair = 0, total = 0;
        for (const Comparison &c : d.comparisons) {
            const int g = c.knownGroup.toInt(), j = c.context.mid(1).toInt();
            inPair += g % 2 == j ? 1 : 0;
            ++total;
        }
        QVERIFY2(inPair > 0.95 * total, qPrintable(QString::number(double(inPair) / total)));
    }

    void budgetTakesPerContext()
    {
        const Dataset d = generateSynthetic(contextConfig(), QStringLiteral("ctx"));
        const std::vector<int> rows = sampleBudget(d, allRows(d), 50, 1);
        QCOMPARE(int(rows.size()), 100);
        int c0 = 0;
        for (int r : rows)
            c0 += d.comparisons[std::size_t(r)].context == QLatin1String("c0") ? 1 : 0;
        QCOMPARE(c0, 50);
        QCOMPARE(sampleBudget(d, allRows(d), 50, 1), rows); // seeded
        QVERIFY(sampleBudget(d, allRows(d), 50, 2) != rows);
    }

    // Issue acceptance: with 50 labelled pairs per context the adapted router reaches at
    // least 95% of the true model's accuracy on held-out pairs and beats HyRe's
    // per-context weights, which cannot follow the prompt within a context. With so few
    // labels the router keeps its Stage-1 prompt weights and learns how each context
    // shifts them (context-only), and tau = 1 makes the targets the posterior
    // responsibilities; tau = 1e-3 (the paper's) gives near one-hot targets, noisier here.
    void adaptedRoutingNearsTheTruthAndBeatsHyRe()
    {
        const Fixture f = fitStage1();
        const std::vector<int> labelled = sampleBudget(f.data, f.split.train, 50, 3);
        Stage2Config cfg;
        cfg.seed = 4;
        cfg.tau = 1.0;
        cfg.epochs = 50;
        cfg.trainPromptWeights = false;
        const Stage2Result r = adaptRouter(f.stage1, f.data, labelled, f.split.validation, cfg);
        const HyReResult h = hyre(f.stage1, f.data, labelled, f.split.validation);
        const double truth = truePredictions(f.data, f.split.validation, 2).accuracy();
        qInfo("stage 1 %.4f, adapted %.4f, HyRe %.4f, true model %.4f", r.accuracyBefore, r.accuracyAfter, h.overall,
              truth);
        QCOMPARE(r.evaluated, int(f.split.validation.size()));
        QVERIFY2(r.accuracyAfter >= 0.95 * truth, qPrintable(QString::number(r.accuracyAfter)));
        QVERIFY2(r.accuracyAfter > h.overall,
                 qPrintable(QStringLiteral("%1 vs HyRe %2").arg(r.accuracyAfter).arg(h.overall)));
        QVERIFY(r.accuracyAfter > r.accuracyBefore + 0.05);
        QVERIFY2(r.accuracyAfter > h.overall + 0.03, "routing per prompt should clearly beat per-context weights");
        QCOMPARE(int(r.contexts.size()), 2);
        QCOMPARE(r.contexts[0].labelled, 50);
        // The cross-entropy to the targets falls over the epochs.
        QVERIFY(r.epochLoss.back() < r.epochLoss.front());
    }

    void trainingTheWholeRouterAlsoHelps()
    {
        const Fixture f = fitStage1();
        const std::vector<int> labelled = sampleBudget(f.data, f.split.train, 50, 3);
        Stage2Config cfg;
        cfg.seed = 4;
        cfg.tau = 1.0;
        cfg.epochs = 50;
        const Stage2Result r = adaptRouter(f.stage1, f.data, labelled, f.split.validation, cfg);
        QVERIFY2(r.accuracyAfter > r.accuracyBefore + 0.05, qPrintable(QString::number(r.accuracyAfter)));
    }

    void hyreWeightsAreADistributionPerContext()
    {
        const Fixture f = fitStage1();
        const std::vector<int> labelled = sampleBudget(f.data, f.split.train, 50, 3);
        const HyReResult h = hyre(f.stage1, f.data, labelled, f.split.validation);
        QCOMPARE(h.contexts.size(), 2);
        for (const auto &w : h.weights) {
            double sum = 0;
            for (double x : w)
                sum += x;
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
        }
    }

    // A child run's options as the runs table's details read them back.
    void configReadsBackAsStored()
    {
        Stage2Config c;
        c.tau = 0.001;
        c.epochs = 10;
        c.batch = 16;
        c.lr = 0.002;
        c.budget = 32;
        c.seed = 18446744073709551557ull; // beyond a double's 53 bits: stored as text
        c.trainPromptWeights = true;
        c.prior = 0;
        const Stage2Config back =
            Stage2Config::fromJson(QJsonDocument::fromJson(QJsonDocument(c.toJson()).toJson()).object());
        QCOMPARE(back.tau, c.tau);
        QCOMPARE(back.epochs, c.epochs);
        QCOMPARE(back.batch, c.batch);
        QCOMPARE(back.lr, c.lr);
        QCOMPARE(back.budget, c.budget);
        QCOMPARE(back.seed, c.seed);
        QCOMPARE(back.trainPromptWeights, c.trainPromptWeights);
        QCOMPARE(back.prior, c.prior);
        // A HyRe child stores only its budget and seed: the rest keep their defaults.
        const Stage2Config hyre = Stage2Config::fromJson(
            QJsonObject{{QStringLiteral("budget"), 8}, {QStringLiteral("seed"), QStringLiteral("3")}});
        QCOMPARE(hyre.budget, 8);
        QCOMPARE(hyre.seed, quint64(3));
        QCOMPARE(hyre.tau, Stage2Config().tau);
        QCOMPARE(hyre.prior, Stage2Config().prior);
    }

    void refusesSingleHeadParents()
    {
        const Dataset d = generateSynthetic(contextConfig(), QStringLiteral("ctx"));
        MixtureModel single(1, d.headDim(), d.routerDim(), MixtureModel::Router::None);
        QVERIFY_THROWS_EXCEPTION(std::exception, adaptRouter(single, d, {0, 1}, {2, 3}, Stage2Config{}));
    }
};

QTEST_GUILESS_MAIN(TestStage2Adapter)
#include "tst_stage2adapter.moc"
