// Features that stay on disk (issue 15): the feature file round-trips, bad files are refused
// with the file and what is wrong, training from the file equals training on the same rows
// in memory with the same block order, and a project trains a file dataset end to end.
#include "npywriter.h"

#include "data/mappedfeatures.h"
#include "data/npydataset.h"
#include "data/synthfile.h"
#include "data/synthgenerator.h"
#include "io/npyfeaturefile.h"
#include "jobs/training.h"
#include "model/stage1fitter.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace micro::core;

namespace {

Dataset smallMixture()
{
    SynthConfig c;
    c.n = 3000;
    c.dim = 12;
    c.routerDim = 6;
    c.k = 3;
    c.seed = 5;
    c.separation = 6.0;
    c.informativeness = 8.0;
    return generateSynthetic(c, QStringLiteral("small"));
}

void writeFile(const Dataset &ds, const QString &path, StoredFloat type)
{
    MappedFeatureWriter w(path, type, ds.diff.cols, ds.router.cols);
    for (int i = 0; i < ds.size(); ++i)
        w.append(ds.diff.row(i), ds.router.row(i));
    w.finish();
}

// The file's rows as a dataset in memory (float16 values as the file holds them).
Dataset inMemory(const MappedFeatureFile &file)
{
    Dataset ds;
    ds.diff = FeatureMatrix(file.rows(), file.diffCols());
    ds.router = FeatureMatrix(file.rows(), file.routerCols());
    file.readRows(0, file.rows(), ds.diff, ds.router);
    return ds;
}

ErrorCode openError(const QString &path, QString *detail)
{
    try {
        MappedFeatureFile f(path);
    } catch (const MicroError &e) {
        *detail = e.error().detail;
        return e.error().code;
    }
    return ErrorCode::Internal;
}

} // namespace

class TestMappedFeatures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<double>("tolerance"); // relative, per value
        QTest::newRow("float32") << int(StoredFloat::Float32) << 0.0;
        QTest::newRow("float16") << int(StoredFloat::Float16) << 1.0 / 1024; // 10-bit mantissa
    }
    void roundTrip()
    {
        QFETCH(int, type);
        QFETCH(double, tolerance);
        QTemporaryDir dir;
        const Dataset ds = smallMixture();
        const QString path = dir.filePath(QStringLiteral("f.mfeat"));
        writeFile(ds, path, StoredFloat(type));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
        const MappedFeatureFile file(path);
        QCOMPARE(file.rows(), ds.size());
        QCOMPARE(file.diffCols(), ds.diff.cols);
        QCOMPARE(file.routerCols(), ds.router.cols);
        QCOMPARE(file.bytes(), MappedFeatureFile::kHeaderBytes + qint64(ds.size()) * file.rowBytes());
        const Dataset back = inMemory(file);
        for (std::size_t i = 0; i < ds.diff.values.size(); ++i)
            QVERIFY(std::abs(back.diff.values[i] - ds.diff.values[i]) <=
                    tolerance * std::abs(ds.diff.values[i]) + 1e-7);
        for (std::size_t i = 0; i < ds.router.values.size(); ++i)
            QVERIFY(std::abs(back.router.values[i] - ds.router.values[i]) <=
                    tolerance * std::abs(ds.router.values[i]) + 1e-7);
    }

    void badFilesSayWhatIsWrong()
    {
        QTemporaryDir dir;
        const Dataset ds = smallMixture();
        const QString good = dir.filePath(QStringLiteral("good.mfeat"));
        writeFile(ds, good, StoredFloat::Float32);
        QString detail;
        QCOMPARE(openError(dir.filePath(QStringLiteral("missing.mfeat")), &detail), ErrorCode::FileNotFound);

        QFile f(good);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto variant = [&](const QString &name, const QByteArray &content) {
            QFile out(dir.filePath(name));
            if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size()) return QString();
            return out.fileName();
        };
        QByteArray wrongMagic = bytes;
        wrongMagic[0] = 'X';
        QCOMPARE(openError(variant(QStringLiteral("magic.mfeat"), wrongMagic), &detail), ErrorCode::BadFormat);
        QVERIFY2(detail.contains(QLatin1String("MICROFT1")), qPrintable(detail));
        QCOMPARE(openError(variant(QStringLiteral("cut.mfeat"), bytes.left(bytes.size() - 10)), &detail),
                 ErrorCode::BadFormat);
        QVERIFY2(detail.contains(QLatin1String("3000 rows")), qPrintable(detail));
        QCOMPARE(openError(variant(QStringLiteral("tiny.mfeat"), bytes.left(20)), &detail), ErrorCode::BadFormat);

        // A NaN is reported with its row and column (1-based), when the rows are read.
        QByteArray withNan = bytes;
        const float nan = std::numeric_limits<float>::quiet_NaN();
        const qint64 at = MappedFeatureFile::kHeaderBytes + 41 * (12 + 6) * 4 + (12 + 2) * 4; // row 42, router col 3
        std::memcpy(withNan.data() + at, &nan, 4);
        const MappedFeatureFile file(variant(QStringLiteral("nan.mfeat"), withNan));
        FeatureMatrix d(50, 12), r(50, 6);
        try {
            file.readRows(0, 50, d, r);
            QFAIL("a NaN was read without complaint");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::NonFinite);
            QVERIFY2(e.error().detail.contains(QLatin1String("row 42, column 3 of the router")),
                     qPrintable(e.error().detail));
        }
        // Training converts a block on several threads: with a second bad value far down
        // (an infinity in row 2,500, in another thread's share), the first is still named.
        const float inf = std::numeric_limits<float>::infinity();
        std::memcpy(withNan.data() + MappedFeatureFile::kHeaderBytes + 2499 * (12 + 6) * 4, &inf, 4);
        const MappedFeatureFile twoBad(variant(QStringLiteral("twobad.mfeat"), withNan));
        FeatureMatrix bd(3000, 12), br(3000, 6);
        for (int threads : {1, 2, 3}) {
            try {
                twoBad.readRows(0, 3000, bd, br, 0, threads);
                QFAIL("non-finite values were read without complaint");
            } catch (const MicroError &e) {
                QVERIFY2(e.error().detail.contains(QLatin1String("row 42, column 3 of the router")),
                         qPrintable(e.error().detail));
            }
            try {
                twoBad.readRows(1000, 2000, bd, br, 0, threads);
                QFAIL("an infinity was read without complaint");
            } catch (const MicroError &e) {
                QVERIFY2(e.error().detail.contains(QLatin1String("row 2500, column 1 of the difference")),
                         qPrintable(e.error().detail));
            }
        }
    }

    void abandonedWriterLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("half.mfeat"));
        {
            MappedFeatureWriter w(path, StoredFloat::Float16, 4, 2);
            const float row[4] = {1, 2, 3, 4};
            w.append(row, row);
        } // no finish(): failed or cancelled
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".partial")));
    }

    // Embeddings as .npy become a feature file a chunk at a time: the rows equal what the
    // in-memory .npy import makes (chosen - rejected, prompt), over several chunks; a
    // mismatched file is named and nothing is left behind.
    void npyEmbeddingsBecomeAFeatureFile()
    {
        QTemporaryDir dir;
        const int n = 9000, d = 5, p = 3; // three chunks of 4,096 rows, the last short
        std::vector<float> chosen(std::size_t(n) * d), rejected(chosen.size()), prompt(std::size_t(n) * p);
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            chosen[i] = float(std::sin(double(i)));
            rejected[i] = float(std::cos(double(i) * 0.7));
        }
        for (std::size_t i = 0; i < prompt.size(); ++i)
            prompt[i] = float(i % 97) / 97.f;
        QVERIFY(micro::test::writeNpyMatrix(dir.filePath(QStringLiteral("chosen.npy")), n, d, chosen));
        QVERIFY(micro::test::writeNpyMatrix(dir.filePath(QStringLiteral("rejected.npy")), n, d, rejected));
        QVERIFY(micro::test::writeNpyMatrix(dir.filePath(QStringLiteral("prompt.npy")), n, p, prompt));
        const QString out = dir.filePath(QStringLiteral("e.mfeat"));
        QCOMPARE(writeFeatureFileFromNpy(dir.path(), out, StoredFloat::Float32), qint64(n));
        const Dataset fromFile = inMemory(MappedFeatureFile(out));
        const Dataset npy = loadNpyDataset(dir.path(), QStringLiteral("npy"));
        QCOMPARE(fromFile.diff.values, npy.diff.values);
        QCOMPARE(fromFile.router.values, npy.router.values);

        QVERIFY(micro::test::writeNpyMatrix(dir.filePath(QStringLiteral("prompt.npy")), n - 1, p,
                                            std::vector<float>(std::size_t(n - 1) * p, 0.f)));
        const QString bad = dir.filePath(QStringLiteral("bad.mfeat"));
        try {
            writeFeatureFileFromNpy(dir.path(), bad, StoredFloat::Float16);
            QFAIL("rows that do not match were accepted");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::ShapeMismatch);
            QVERIFY2(e.error().detail.contains(QLatin1String("prompt.npy 8999")), qPrintable(e.error().detail));
        }
        QVERIFY(!QFile::exists(bad));
        QVERIFY(!QFile::exists(bad + QStringLiteral(".partial")));
    }

    // The out-of-core fit is the in-memory fit with the block order: same seed, same block
    // size, bit-identical parameters and per-epoch figures, on float32 and float16 files.
    void fileFitEqualsInMemoryFit_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("float32") << int(StoredFloat::Float32);
        QTest::newRow("float16") << int(StoredFloat::Float16);
    }
    void fileFitEqualsInMemoryFit()
    {
        QFETCH(int, type);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.mfeat"));
        writeFile(smallMixture(), path, StoredFloat(type));
        const MappedFeatureFile file(path);
        const Dataset memory = inMemory(file);
        const RowSplit split = splitRows(file.rows(), 0.1, 3);
        Stage1Config c;
        c.k = 3;
        c.epochs = 3;
        c.lr = 0.01;
        c.alpha = 0.1;
        c.threads = 2;
        c.blockRows = 256; // 12 blocks, the last one short
        const Stage1Result fromFile = Stage1Fitter::fitFile(file, c, split.train, split.validation);
        const Stage1Result fromMemory = Stage1Fitter::fit(memory, c, split.train, split.validation);
        QCOMPARE(fromFile.model.parameters(), fromMemory.model.parameters());
        QCOMPARE(fromFile.steps, fromMemory.steps);
        QCOMPARE(fromFile.epochs.size(), fromMemory.epochs.size());
        for (std::size_t e = 0; e < fromFile.epochs.size(); ++e) {
            QCOMPARE(fromFile.epochs[e].trainLoss, fromMemory.epochs[e].trainLoss);
            QCOMPARE(fromFile.epochs[e].valNll, fromMemory.epochs[e].valNll);
        }
        // And the block order is a real fit: it finds the groups as well as the full shuffle.
        c.blockRows = 0;
        const Stage1Result shuffled = Stage1Fitter::fit(memory, c, split.train, split.validation);
        QVERIFY2(std::abs(fromFile.epochs.back().valNll - shuffled.epochs.back().valNll) < 0.03,
                 qPrintable(
                     QStringLiteral("%1 vs %2").arg(fromFile.epochs.back().valNll).arg(shuffled.epochs.back().valNll)));
        // The block size changes the order, so the result.
        c.blockRows = 512;
        QVERIFY(Stage1Fitter::fitFile(file, c, split.train, split.validation).model.parameters() !=
                fromFile.model.parameters());
    }

    // The user's path: a file generated by synth-file, added to a project, trained (lr and
    // alpha chosen on a sample), evaluated; the run's stored figures are those of a fit that
    // learnt something, and the project stores no copy of the features.
    void projectTrainsAFileDataset()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("synth.mfeat"));
        SynthFileConfig s;
        s.rows = 12000;
        s.dim = 32;
        s.routerDim = 16;
        s.k = 2;
        s.separation = 6;
        QVERIFY(writeSyntheticFeatureFile(s, path));
        const QString projectPath = dir.filePath(QStringLiteral("p.micro"));
        {
            ProjectStore store(projectPath, ProjectStore::OpenMode::CreateIfMissing);
            store.addFileDataset(QStringLiteral("disk"), path);
            QCOMPARE(store.featureFilePath(store.datasetInfo(QStringLiteral("disk")).id),
                     QFileInfo(path).absoluteFilePath());
            Stage1Config c;
            c.k = 2;
            c.epochs = 4;
            c.lrAuto = c.alphaAuto = true;
            const TrainingOutcome o = trainAndStore(store, QStringLiteral("disk"), c);
            QCOMPARE(o.status, Stage1Result::Status::Finished);
            QVERIFY(o.tuning.tunedLr);
            QCOMPARE(o.validation.rows, 1200);
            // Two groups whose preferences disagree: one head gets about half right; the
            // mixture clearly more (Bayes accuracy here is about 0.85).
            QVERIFY2(o.validation.accuracy > 0.7, qPrintable(QString::number(o.validation.accuracy)));
            const RunInfo run = store.run(o.runId);
            QCOMPARE(run.config.blockRows, MappedFeatureFile(path).defaultBlockRows());
            std::optional<RunEvaluation> test;
            const RunEvaluation again = evaluateStoredRun(store, o.runId, 2, &test);
            QCOMPARE(again.rows, o.validation.rows);
            QVERIFY(std::abs(again.accuracy - o.validation.accuracy) < 1e-9);
        }
        // A float32 copy of the features would take 2.3 MB; the run's assignments, parameters
        // and epochs take about 0.3 MB.
        const qint64 copyBytes = qint64(s.rows) * (s.dim + s.routerDim) * 4;
        QVERIFY2(QFileInfo(projectPath).size() < copyBytes / 4,
                 qPrintable(QStringLiteral("the project takes %1 bytes").arg(QFileInfo(projectPath).size())));
        // The file moved away: a clear error naming it, not a crash.
        QVERIFY(QFile::rename(path, path + QStringLiteral(".moved")));
        ProjectStore store(projectPath, ProjectStore::OpenMode::MustExist);
        try {
            trainAndStore(store, QStringLiteral("disk"), Stage1Config{});
            QFAIL("trained without its feature file");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::FileNotFound);
            QCOMPARE(e.error().subject, path);
        }
        QCOMPARE(store.runs().size(), 1); // the failed attempt left no run
    }
};

QTEST_GUILESS_MAIN(TestMappedFeatures)
#include "tst_mappedfeatures.moc"
