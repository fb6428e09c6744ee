#include "data/labelledcsv.h"
#include "data/synthgenerator.h"
#include "jobs/training.h"
#include "metrics/evaluation.h"
#include "model/emfitter.h"
#include "model/stage1fitter.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace micro::core;

namespace {

Dataset mixtureData()
{
    SynthConfig c;
    c.n = 6000;
    c.dim = 8;
    c.routerDim = 4;
    c.k = 3;
    c.seed = 21;
    c.separation = 5.0;
    c.informativeness = 5.0;
    return generateSynthetic(c, QStringLiteral("em"));
}

} // namespace

class TestEmFitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Issue acceptance: EM's log-likelihood is at least the gradient fit's. Both maximise
    // the same likelihood here (the gradient fit with alpha = 0); tolerance 1e-4 per row.
    void reachesAtLeastTheGradientFitsLikelihood()
    {
        const Dataset data = mixtureData();
        const std::vector<int> rows = allRows(data);
        Stage1Config g;
        g.k = 3;
        g.alpha = 0;
        g.lr = 0.01;
        g.epochs = 40;
        g.valFraction = 0;
        g.threads = 2;
        const double gradientLl = logLikelihood(Stage1Fitter::fit(data, g, rows, {}).model, data, rows, 2);
        EmConfig em;
        em.k = 3;
        em.threads = 2;
        const EmResult r = fitEm(data, rows, em);
        qInfo("EM %.3f (%d iterations, %.3f s), gradient %.3f", r.logLikelihood, r.iterations, r.seconds, gradientLl);
        QVERIFY(r.converged);
        QVERIFY2(r.logLikelihood >= gradientLl - 1e-4 * data.size(),
                 qPrintable(QStringLiteral("EM %1 < gradient %2").arg(r.logLikelihood).arg(gradientLl)));
        // The reported value is the model's: recomputing it from the float parameters agrees.
        QVERIFY(std::abs(logLikelihood(r.model, data, rows, 2) - r.logLikelihood) < 1e-3 * data.size());
        // And the groups are recovered.
        const RunEvaluation ev = evaluateModel(r.model, data, rows, 2);
        QVERIFY2(*ev.ari > 0.8, qPrintable(QString::number(*ev.ari)));
    }

    void logLikelihoodNeverFalls()
    {
        const Dataset data = mixtureData();
        EmConfig em;
        em.k = 3;
        em.threads = 2;
        em.tolerance = 0; // run to the cap
        em.maxIterations = 40;
        const EmResult r = fitEm(data, allRows(data), em);
        for (std::size_t i = 1; i < r.trace.size(); ++i)
            QVERIFY2(
                r.trace[i] >= r.trace[i - 1] - 1e-9 * std::abs(r.trace[i - 1]),
                qPrintable(QStringLiteral("iteration %1: %2 after %3").arg(i).arg(r.trace[i]).arg(r.trace[i - 1])));
        QCOMPARE(r.parameterCount, 3 * 8 + 2 * 5);
        QVERIFY(std::abs(r.bic - (-2 * r.logLikelihood + r.parameterCount * std::log(6000.0))) < 1e-6);
    }

    void sameSeedSameResult()
    {
        const Dataset data = mixtureData();
        EmConfig em;
        em.k = 3;
        em.threads = 2;
        em.maxIterations = 20;
        const EmResult a = fitEm(data, allRows(data), em), b = fitEm(data, allRows(data), em);
        QCOMPARE(a.model.parameters(), b.model.parameters());
    }

    // flexmix's problem (shared/bench): reaching flexmix's log-likelihood there, -9195.5.
    void matchesFlexmixOnTheBenchProblemWhenAvailable()
    {
        const QString script = QStringLiteral(MICRO_SHARED_DIR "/bench/make_flex_csv.py");
        if (!QFile::exists(script)) QSKIP("shared/bench is not beside this checkout");
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("flex.csv"));
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {script, csv, QStringLiteral("20000"), QStringLiteral("16"), QStringLiteral("8"), QStringLiteral("3")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) QSKIP("python3 with numpy is not installed here");
        const Dataset data = loadLabelledCsv(csv, QStringLiteral("flex"));
        EmConfig em;
        em.k = 3;
        em.threads = 2;
        const EmResult r = fitEm(data, allRows(data), em);
        QVERIFY2(r.logLikelihood >= -9195.5, qPrintable(QString::number(r.logLikelihood, 'f', 3)));
    }

    void csvErrorsNameFileAndLine()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("y,d1,d2,x1\n1,0.5,0.25,1\n2,0.1,0.1,0\n");
        f.close();
        try {
            loadLabelledCsv(csv, QStringLiteral("bad"));
            QFAIL("accepted y = 2");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().subject, csv + QStringLiteral(":3"));
        }
    }

    void trainWithEmStoresARun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        store.saveDataset(mixtureData());
        Stage1Config c;
        c.k = 3;
        c.fit = FitMethod::Em;
        c.threads = 2;
        const TrainingOutcome out = trainAndStore(store, QStringLiteral("em"), c);
        const RunInfo run = store.run(out.runId);
        QCOMPARE(run.config.fit, FitMethod::Em);
        QVERIFY(!store.epochs(out.runId).empty());
        QVERIFY(out.validation.accuracy > 0.7);
        c.router = RouterKind::Mlp;
        QVERIFY_THROWS_EXCEPTION(MicroError, c.validate());
    }
};

QTEST_GUILESS_MAIN(TestEmFitter)
#include "tst_emfitter.moc"
