// Imports stored in a project: the shared real files, the stored report, one transaction.
#include "tst_importer.h"

#include "io/preferenceimporter.h"
#include "jobs/importing.h"
#include "jobs/training.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

using namespace micro::core;
using namespace micro::test;

// The import report as the window's status line and the Subgroups title read it back:
// from the dataset itself, and from a dataset derived from it with other features.
void TestImporter::importReportReadsBackFromTheProject()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, QStringLiteral("r.jsonl"),
                                   "{\"prompt\":\"Q1\",\"chosen\":\"good one\",\"rejected\":\"bad\","
                                   "\"objective\":\"helpful\",\"subset\":\"s1\"}\n"
                                   "{\"prompt\":\"Q2\",\"chosen\":\"fine\",\"rejected\":\"poor\","
                                   "\"objective\":\"harmless\",\"subset\":\"s2\"}\n"
                                   "{\"prompt\":\"Q3\",\"chosen\":\"same\",\"rejected\":\"same\","
                                   "\"objective\":\"helpful\",\"subset\":\"s1\"}\n"
                                   "not json\n");
    ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
    ImportRequest request;
    request.path = file;
    request.datasetName = QStringLiteral("r");
    request.features.dimension = 1 << 10;
    request.validationFraction = 0;
    request.testFraction = 0;
    const ImportReport made = importAndStore(store, request).report;
    QCOMPARE(made.groupColumn, QStringLiteral("subset"));
    QCOMPARE(made.skippedTotal(), 2);
    const std::optional<ImportReport> stored = storedImportReport(store, QStringLiteral("r"));
    QVERIFY(stored.has_value());
    QCOMPARE(stored->path, made.path);
    QCOMPARE(stored->container, made.container);
    QCOMPARE(stored->shape, made.shape);
    QCOMPARE(stored->shapeReason, made.shapeReason);
    QCOMPARE(stored->groupColumn, made.groupColumn);
    QCOMPARE(stored->rowsRead, 4);
    QCOMPARE(stored->imported, 2);
    QCOMPARE(stored->skipped, made.skipped);
    QCOMPARE(stored->problems, made.problems);
    QCOMPARE(stored->contexts, made.contexts);
    QCOMPARE(stored->groups, made.groups);
    QCOMPARE(stored->pairsNotFormed, made.pairsNotFormed);
    QCOMPARE(stored->bytes, made.bytes);
    QCOMPARE(stored->seconds, made.seconds);

    FeatureSettings other = request.features;
    other.bigrams = false;
    const QString derived = datasetWithFeatures(store, QStringLiteral("r"), other);
    QVERIFY(derived != QLatin1String("r"));
    const std::optional<ImportReport> viaParent = storedImportReport(store, derived);
    QVERIFY(viaParent.has_value());
    QCOMPARE(viaParent->groupColumn, QStringLiteral("subset"));
    QCOMPARE(viaParent->rowsRead, 4);
}

// One transaction: a failed or cancelled import leaves the project file as it was.
void TestImporter::failedOrCancelledImportLeavesProjectUnchanged()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.micro"));
    const QString good =
        writeFile(dir, QStringLiteral("g.jsonl"), "{\"prompt\":\"p\",\"chosen\":\"a b\",\"rejected\":\"c\"}\n");
    ImportRequest first;
    first.path = good;
    first.datasetName = QStringLiteral("kept");
    {
        ProjectStore store(project, ProjectStore::OpenMode::CreateIfMissing);
        importAndStore(store, first);
    }
    const QByteArray before = fileHash(project);
    ImportRequest bad = first;
    bad.datasetName = QStringLiteral("new");
    bad.path = writeFile(dir, QStringLiteral("b.csv"), "prompt,response_a,response_b,label\np,x,y,7\n");
    CancelToken cancelled;
    cancelled.cancel();
    {
        ProjectStore store(project, ProjectStore::OpenMode::MustExist);
        expectError([&] { importAndStore(store, bad); }, ErrorCode::BadFormat, {QStringLiteral("'7'")});
        expectError([&] { importAndStore(store, first); }, ErrorCode::DuplicateName, {});
        ImportRequest again = first;
        again.datasetName = QStringLiteral("other");
        expectError([&] { importAndStore(store, again, &cancelled); }, ErrorCode::Cancelled, {});
    }
    QCOMPARE(fileHash(project), before);
    ProjectStore store(project, ProjectStore::OpenMode::MustExist);
    QCOMPARE(store.datasets().size(), 1);
}

// The shared real files import with the counts an independent Python reading gives
// (json.loads per line; responses split and stripped as FORMATS.md says):
//   python3 -c "...  # see the commit message of this test for the script"
void TestImporter::sharedData_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("read");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QStringList>("contexts");
    QTest::newRow("hidden-context both") << "hidden-context/both/test.jsonl.gz"
                                         << "explicit-prompt" << 4043 << 4035 << "empty=6,identical=2"
                                         << QStringList{"harmless", "helpful"};
    QTest::newRow("hidden-context helpful")
        << "hidden-context/helpful/test.jsonl.gz"
        << "explicit-prompt" << 2157 << 2153 << "empty=2,identical=2" << QStringList{"helpful"};
    QTest::newRow("hidden-context harmless")
        << "hidden-context/harmless/test.jsonl.gz"
        << "explicit-prompt" << 1886 << 1882 << "empty=4" << QStringList{"harmless"};
    QTest::newRow("hh-rlhf harmless") << "hh-rlhf-harmless/test.jsonl.gz"
                                      << "hh-transcript" << 2312 << 2308 << "empty=4" << QStringList{};
    QTest::newRow("llmbar natural") << "llmbar/natural.json"
                                    << "pair-label" << 100 << 100 << "" << QStringList{};
    QTest::newRow("llmbar mt-bench") << "llmbar/mt-bench.json"
                                     << "pair-label" << 200 << 200 << "" << QStringList{};
}

void TestImporter::sharedData()
{
    QFETCH(QString, file);
    QFETCH(QString, shape);
    QFETCH(int, read);
    QFETCH(int, imported);
    QFETCH(QString, skipped);
    QFETCH(QStringList, contexts);
    const QString path = kShared + QLatin1Char('/') + file;
    if (!QFile::exists(path)) QSKIP("shared data not present");
    const ImportedComparisons r = readPreferenceFile(path, {});
    QCOMPARE(r.report.shape, shape);
    QCOMPARE(r.report.rowsRead, read);
    QCOMPARE(r.report.imported, imported);
    QStringList skips;
    for (auto it = r.report.skipped.cbegin(); it != r.report.skipped.cend(); ++it)
        skips << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    QCOMPARE(skips.join(QLatin1Char(',')), skipped);
    QCOMPARE(r.report.contexts, contexts);
    for (const Comparison &c : r.comparisons) {
        QVERIFY(!c.chosen.isEmpty() && !c.rejected.isEmpty() && c.chosen != c.rejected);
        QVERIFY(!c.chosen.startsWith(QLatin1String("Assistant:")));
    }
}

// The check on real data, as a guard: on hidden-context/both, MiCRo whose
// router reads the objective beats the single BT on held-out rows. Seeds and threads
// fixed, so the figures are reproducible. Measured: 0.5875 vs 0.5710 (mean of 3
// seeds), where one BT per objective (the most routing can give with these features)
// reaches 0.593; the test asks for 1 point.
void TestImporter::contextRoutingBeatsSingleBtOnHiddenContext()
{
    const QString path = kShared + QStringLiteral("/hidden-context/both/test.jsonl.gz");
    if (!QFile::exists(path)) QSKIP("shared data not present");
    QTemporaryDir dir;
    ProjectStore store(dir.filePath(QStringLiteral("h.micro")), ProjectStore::OpenMode::CreateIfMissing);
    ImportRequest request;
    request.path = path;
    request.datasetName = QStringLiteral("both");
    request.features.dimension = 1 << 14;
    importAndStore(store, request);
    auto meanAccuracy = [&](const Stage1Config &base) {
        double sum = 0;
        for (quint64 seed : {0, 1, 2}) {
            Stage1Config c = base;
            c.seed = seed;
            sum += trainAndStore(store, QStringLiteral("both"), c).validation.accuracy;
        }
        return sum / 3;
    };
    Stage1Config single;
    single.model = ModelKind::Single;
    single.epochs = 10;
    single.lr = 0.01;
    single.threads = 2;
    Stage1Config routed = single;
    routed.model = ModelKind::Micro;
    routed.k = 2;
    routed.alpha = 0;
    const double singleAccuracy = meanAccuracy(single), routedAccuracy = meanAccuracy(routed);
    qInfo("single BT %.4f, MiCRo with the context %.4f", singleAccuracy, routedAccuracy);
    QVERIFY2(routedAccuracy > singleAccuracy + 0.01,
             qPrintable(QStringLiteral("%1 vs %2").arg(routedAccuracy).arg(singleAccuracy)));
}
