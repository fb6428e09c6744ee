#include "data/npydataset.h"
#include "data/npyreader.h"
#include "npywriter.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstdint>
#include <limits>

using namespace micro::core;
using namespace micro::test;

namespace {

// Runs f, expects a MicroError with `code` whose subject/detail mention `needle`.
template <typename F> void expectError(F f, ErrorCode code, const QString &needle)
{
    try {
        f();
        QFAIL("no error raised");
    } catch (const MicroError &e) {
        QCOMPARE(int(e.error().code), int(code));
        const QString text = e.error().subject + QLatin1Char(' ') + e.error().detail;
        QVERIFY2(text.contains(needle), qPrintable(text));
    }
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestNpyReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Training reads rows in shuffled order: a 1,024-float row must span 64 cache lines,
    // not 65, and a large matrix must start on a 2 MB boundary so the kernel can back it
    // with huge pages (rowstorage.h). Whether it does is the kernel's choice, not tested.
    void featureRowsStartOnCacheLinesAndLargeMatricesOnHugePages()
    {
        const FeatureMatrix small(3, 1024), large(2048, 1024); // 12 KB, 8 MB
        QCOMPARE(reinterpret_cast<std::uintptr_t>(small.row(1)) % 64, std::uintptr_t(0));
        QCOMPARE(reinterpret_cast<std::uintptr_t>(large.row(0)) % (std::uintptr_t(2) << 20), std::uintptr_t(0));
        FeatureMatrix copy = large;
        QCOMPARE(reinterpret_cast<std::uintptr_t>(copy.row(0)) % (std::uintptr_t(2) << 20), std::uintptr_t(0));
        QCOMPARE(copy.row(2047)[1023], 0.f);
    }

    void readsFloatMatrixInCOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.npy"));
        QVERIFY(writeNpyMatrix(path, 2, 3, {1, 2, 3, 4, 5, 6}));
        const FeatureMatrix m = NpyReader::readFloatMatrix(path);
        QCOMPARE(m.rows, 2);
        QCOMPARE(m.cols, 3);
        QCOMPARE(m.row(1)[0], 4.0f);
        QCOMPARE(m.row(0)[2], 3.0f);
    }

    void readsIntegerGroups()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.npy"));
        QVERIFY(writeNpyInts(path, {2, 0, 1}));
        QCOMPARE(NpyReader::readIntVector(path), (std::vector<int>{2, 0, 1}));
    }

    void refusesWrongDtype()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("d.npy"));
        writeRaw(path, npyHeader(QStringLiteral("<f8"), QStringLiteral("(1, 1)")) + QByteArray(8, '\0'));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::BadFormat, QStringLiteral("<f8"));
    }

    void refusesFortranOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.npy"));
        writeRaw(path, npyHeader(QStringLiteral("<f4"), QStringLiteral("(1, 1)"), true) + QByteArray(4, '\0'));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::BadFormat, QStringLiteral("Fortran"));
    }

    void refusesTruncatedData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.npy"));
        writeRaw(path, npyHeader(QStringLiteral("<f4"), QStringLiteral("(10, 10)")) + QByteArray(12, '\0'));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::BadFormat, QStringLiteral("400"));
    }

    // Hostile headers: a 22-byte file announcing a 4 GiB header, a shape whose byte count
    // overflows 64 bits (it used to wrap to a small number and pass the size check), and
    // (N, 0) matrices that hold no bytes but many rows.
    void refusesHostileHeadersBeforeAllocating()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.npy"));
        QByteArray tiny("\x93NUMPY\x02\x00\xff\xff\xff\xff", 12);
        tiny += QByteArray(10, ' ');
        writeRaw(path, tiny);
        expectError([&] { NpyReader::readHeader(path); }, ErrorCode::BadFormat, QStringLiteral("truncated"));
        writeRaw(path,
                 npyHeader(QStringLiteral("<f4"), QStringLiteral("(4611686018427387904, 4)")) + QByteArray(16, '\0'));
        expectError([&] { NpyReader::readHeader(path); }, ErrorCode::BadFormat, QStringLiteral("too large"));
        writeRaw(path, npyHeader(QStringLiteral("<f4"), QStringLiteral("(20000000, 0)")));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::BadFormat, QStringLiteral("no columns"));
    }

    void refusesNonNpy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.npy"));
        writeRaw(path, QByteArray("id,chosen\n1,2\n"));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::BadFormat, QStringLiteral("magic"));
    }

    void missingFileIsNamed()
    {
        expectError([] { NpyReader::readFloatMatrix(QStringLiteral("/nonexistent/a.npy")); }, ErrorCode::FileNotFound,
                    QStringLiteral("/nonexistent/a.npy"));
    }

    void nanIsReportedWithFileRowAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.npy"));
        QVERIFY(writeNpyMatrix(path, 2, 2, {0, 0, 0, std::numeric_limits<float>::quiet_NaN()}));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::NonFinite, QStringLiteral("row 2, column 2"));
        expectError([&] { NpyReader::readFloatMatrix(path); }, ErrorCode::NonFinite, QStringLiteral("n.npy"));
    }

    void tripleBecomesDifferencesAndRouterInputs()
    {
        QTemporaryDir dir;
        QVERIFY(writeNpyMatrix(dir.filePath(QStringLiteral("chosen.npy")), 2, 2, {1, 2, 3, 4}));
        QVERIFY(writeNpyMatrix(dir.filePath(QStringLiteral("rejected.npy")), 2, 2, {0.5f, 0, 1, 5}));
        QVERIFY(writeNpyMatrix(dir.filePath(QStringLiteral("prompt.npy")), 2, 3, {1, 1, 1, 2, 2, 2}));
        QVERIFY(writeNpyInts(dir.filePath(QStringLiteral("groups.npy")), {1, 0}));
        const Dataset ds = loadNpyDataset(dir.path(), QStringLiteral("t"));
        QCOMPARE(ds.size(), 2);
        QCOMPARE(ds.diff.row(0)[0], 0.5f);
        QCOMPARE(ds.diff.row(1)[1], -1.0f);
        QCOMPARE(ds.routerDim(), 3);
        QCOMPARE(ds.comparisons[0].knownGroup, QStringLiteral("1"));
    }

    void tripleShapeMismatchNamesTheFile()
    {
        QTemporaryDir dir;
        QVERIFY(writeNpyMatrix(dir.filePath(QStringLiteral("chosen.npy")), 2, 2, {1, 2, 3, 4}));
        QVERIFY(writeNpyMatrix(dir.filePath(QStringLiteral("rejected.npy")), 2, 2, {1, 2, 3, 4}));
        QVERIFY(writeNpyMatrix(dir.filePath(QStringLiteral("prompt.npy")), 3, 1, {1, 2, 3}));
        expectError([&] { loadNpyDataset(dir.path(), QStringLiteral("t")); }, ErrorCode::ShapeMismatch,
                    QStringLiteral("prompt.npy"));
    }

    void readsTheSharedBenchGeneratorOutputWhenPresent()
    {
        // shared/bench/make_synth.py writes real numpy files; skip where python3-numpy is absent.
        const QString script = QStringLiteral(MICRO_SHARED_DIR "/bench/make_synth.py");
        if (!QFile::exists(script)) QSKIP("shared/bench is not beside this checkout");
        QTemporaryDir dir;
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"), {script, dir.path(), QStringLiteral("50"), QStringLiteral("6"),
                                                     QStringLiteral("2"), QStringLiteral("3")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0) QSKIP("python3 with numpy is not installed here");
        const Dataset ds = loadNpyDataset(dir.path(), QStringLiteral("bench"));
        QCOMPARE(ds.size(), 50);
        QCOMPARE(ds.headDim(), 6);
        QCOMPARE(ds.routerDim(), 6);
        QVERIFY(ds.hasKnownGroups());
    }
};

QTEST_GUILESS_MAIN(TestNpyReader)
#include "tst_npyreader.moc"
