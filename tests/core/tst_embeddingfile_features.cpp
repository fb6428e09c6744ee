// readEmbeddingFeatures: chosen minus rejected (or a pair tensor), the prompt, alignment on
// ids, and every mismatch named with its file and tensor.
#include "tst_embeddingfile.h"

#include "io/embeddingfile.h"
#include "io/embeddingimport.h"
#include "npywriter.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <limits>

using namespace micro::core;
using namespace micro::test;

using TensorView = EmbeddingFile::TensorView;

namespace {

const float NaN = std::numeric_limits<float>::quiet_NaN();

} // namespace

void TestEmbeddingFile::chosenMinusRejectedWithPrompt()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = dir.filePath(QStringLiteral("rejected.npy"));
    src.promptPath =
        writeFile(dir, QStringLiteral("prompt.npy"),
                  npyHeaderVersion(1, QStringLiteral("<f2"), QStringLiteral("(2, 1)")) + halves({0xB800, 0x3C00}));
    QVERIFY(writeNpyMatrix(src.chosenPath, 2, 2, {1, 2, 3, 4}));
    QVERIFY(writeNpyMatrix(src.rejectedPath, 2, 2, {0.5f, 0, 1, 5}));
    const EmbeddingFeatures f = readEmbeddingFeatures(src, ids({"a", "b"}));
    QCOMPARE(f.diff.rows, 2);
    QCOMPARE(f.diff.cols, 2);
    QCOMPARE(f.diff.values, (FeatureMatrix::Values{0.5f, 2, 2, -1}));
    QCOMPARE(f.prompt.rows, 2);
    QCOMPARE(f.prompt.values, (FeatureMatrix::Values{-0.5f, 1}));
    QCOMPARE(f.order, (std::vector<int>{0, 1}));
}

void TestEmbeddingFile::pairTensorFromSafetensors()
{
    QTemporaryDir dir;
    // Row i: chosen {i, 10 + i}, rejected {0.5, 1}; prompt in the same file.
    const QString path = writeFile(
        dir, QStringLiteral("pairs.safetensors"),
        safetensors({{QStringLiteral("pairs"),
                      QStringLiteral("F32"),
                      {3, 2, 2},
                      floats({0, 10, 0.5f, 1, 1, 11, 0.5f, 1, 2, 12, 0.5f, 1})},
                     {QStringLiteral("prompt"), QStringLiteral("BF16"), {3, 1}, halves({0x3F80, 0xC000, 0x4049})}}));
    EmbeddingSources src;
    src.chosenPath = path;
    src.chosenTensor = QStringLiteral("pairs");
    src.promptTensor = QStringLiteral("prompt");
    const EmbeddingFeatures f = readEmbeddingFeatures(src, ids({"a", "b", "c"}));
    QCOMPARE(f.diff.rows, 3);
    QCOMPARE(f.diff.cols, 2);
    QCOMPARE(f.diff.values, (FeatureMatrix::Values{-0.5f, 9, 0.5f, 10, 1.5f, 11}));
    QCOMPARE(f.prompt.values, (FeatureMatrix::Values{1, -2, 3.140625f}));

    const TensorView t = EmbeddingFile(path).tensor(QStringLiteral("pairs"));
    QVERIFY(sameBits(readRow(t, 2, 1), {0.5f, 1}));
}

void TestEmbeddingFile::pairTensorShapeIsChecked()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath =
        writeFile(dir, QStringLiteral("p.npy"),
                  npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(1, 3, 1)")) + floats({1, 2, 3}));
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::ShapeMismatch,
                {src.chosenPath, QStringLiteral("'p'"), QStringLiteral("[1, 3, 1]"), QStringLiteral("[N, 2, D]")});
    src.chosenPath = dir.filePath(QStringLiteral("flat.npy"));
    QVERIFY(writeNpyMatrix(src.chosenPath, 1, 2, {1, 2}));
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::ShapeMismatch,
                {QStringLiteral("[1, 2]"), QStringLiteral("[N, 2, D]")});
    // With a rejected file the chosen tensor must be 2-D.
    src.chosenPath =
        writeFile(dir, QStringLiteral("c3.npy"),
                  npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(1, 2, 1)")) + floats({1, 2}));
    src.rejectedPath = dir.filePath(QStringLiteral("flat.npy"));
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::ShapeMismatch,
                {QStringLiteral("'c3'"), QStringLiteral("[1, 2, 1]"), QStringLiteral("[N, D]")});
}

void TestEmbeddingFile::alignsOnIds_data()
{
    QTest::addColumn<QString>("idsName");
    QTest::addColumn<QByteArray>("idsBytes");
    QTest::newRow("text") << "ids.txt" << QByteArray("12\n10\n13\n11\n");
    QTest::newRow("text with BOM, CRLF, trailing blank") << "ids.txt"
                                                         << QByteArray("\xef\xbb\xbf"
                                                                       "12\r\n10\r\n 13\r\n11\r\n\r\n");
    QTest::newRow("npy int64") << "ids.npy"
                               << npyHeaderVersion(1, QStringLiteral("<i8"), QStringLiteral("(4,)")) +
                                      le(std::vector<qint64>{12, 10, 13, 11});
    QTest::newRow("npy int32 without extension")
        << "ids"
        << npyHeaderVersion(1, QStringLiteral("<i4"), QStringLiteral("(4,)")) + le(std::vector<qint32>{12, 10, 13, 11});
}

void TestEmbeddingFile::alignsOnIds()
{
    QFETCH(QString, idsName);
    QFETCH(QByteArray, idsBytes);
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = dir.filePath(QStringLiteral("rejected.npy"));
    src.promptPath = dir.filePath(QStringLiteral("prompt.npy"));
    // Embedding row i holds the value i, so each dataset row shows which row landed there.
    QVERIFY(writeNpyMatrix(src.chosenPath, 4, 2, {0, 0, 1, 1, 2, 2, 3, 3}));
    QVERIFY(writeNpyMatrix(src.rejectedPath, 4, 2, std::vector<float>(8, 0.f)));
    QVERIFY(writeNpyMatrix(src.promptPath, 4, 1, {0, 10, 20, 30}));
    src.idsPath = writeFile(dir, idsName, idsBytes);
    const EmbeddingFeatures f = readEmbeddingFeatures(src, ids({"10", "11", "12", "13"}));
    QCOMPARE(f.order, (std::vector<int>{2, 0, 3, 1}));
    QCOMPARE(f.diff.values, (FeatureMatrix::Values{1, 1, 3, 3, 0, 0, 2, 2}));
    QCOMPARE(f.prompt.values, (FeatureMatrix::Values{10, 30, 0, 20}));
}

void TestEmbeddingFile::refusesBadIds_data()
{
    QTest::addColumn<QString>("idsName");
    QTest::addColumn<QByteArray>("idsBytes");
    QTest::addColumn<QStringList>("datasetIds");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("needles");
    const QStringList four = ids({"10", "11", "12", "13"});
    const int badFormat = int(ErrorCode::BadFormat), shape = int(ErrorCode::ShapeMismatch);
    QTest::newRow("unknown id") << "ids.txt" << QByteArray("12\n10\n99\n11\n") << four << badFormat
                                << ids({"ids.txt", "id '99' on line 3"});
    QTest::newRow("unknown id npy") << "ids.npy"
                                    << npyHeaderVersion(1, QStringLiteral("<i8"), QStringLiteral("(4,)")) +
                                           le(std::vector<qint64>{12, 10, 13, -7})
                                    << four << badFormat << ids({"id '-7' on row 4"});
    QTest::newRow("duplicate id") << "ids.txt" << QByteArray("12\n10\n12\n11\n") << four << badFormat
                                  << ids({"id '12' appears on lines 1 and 3"});
    QTest::newRow("blank line inside") << "ids.txt" << QByteArray("12\n\n10\n13\n11\n") << four << badFormat
                                       << ids({"line 2 is empty"});
    QTest::newRow("missing coverage") << "ids.txt" << QByteArray("12\n10\n13\n11\n")
                                      << ids({"10", "11", "12", "13", "14", "15"}) << shape
                                      << ids({"ids.txt", "2 of 6 dataset rows have no embedding", "id '14'"});
    QTest::newRow("ambiguous dataset id")
        << "ids.txt" << QByteArray("12\n10\n13\n11\n") << ids({"10", "11", "12", "12", "13"}) << badFormat
        << ids({"id '12' on line 1"});
    QTest::newRow("fewer ids than rows") << "ids.txt" << QByteArray("12\n10\n13\n") << four << shape
                                         << ids({"3 ids", "'chosen'", "[4, 2]"});
    QTest::newRow("float ids") << "ids.npy"
                               << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(4,)")) +
                                      floats({12, 10, 13, 11})
                               << four << badFormat << ids({"'<f4'"});
    QTest::newRow("2-D ids") << "ids.npy"
                             << npyHeaderVersion(1, QStringLiteral("<i8"), QStringLiteral("(4, 1)")) +
                                    le(std::vector<qint64>{12, 10, 13, 11})
                             << four << badFormat << ids({"2 dimensions"});
    QTest::newRow("truncated ids") << "ids.npy"
                                   << npyHeaderVersion(1, QStringLiteral("<i8"), QStringLiteral("(4,)")) +
                                          le(std::vector<qint64>{12, 10})
                                   << four << badFormat << ids({"truncated"});
}

void TestEmbeddingFile::refusesBadIds()
{
    QFETCH(QString, idsName);
    QFETCH(QByteArray, idsBytes);
    QFETCH(QStringList, datasetIds);
    QFETCH(int, code);
    QFETCH(QStringList, needles);
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = dir.filePath(QStringLiteral("rejected.npy"));
    QVERIFY(writeNpyMatrix(src.chosenPath, 4, 2, std::vector<float>(8, 1.f)));
    QVERIFY(writeNpyMatrix(src.rejectedPath, 4, 2, std::vector<float>(8, 0.f)));
    src.idsPath = writeFile(dir, idsName, idsBytes);
    expectError([&] { readEmbeddingFeatures(src, datasetIds); }, ErrorCode(code), needles);
}

void TestEmbeddingFile::missingIdsFileIsNamed()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = src.chosenPath;
    QVERIFY(writeNpyMatrix(src.chosenPath, 1, 1, {1}));
    src.idsPath = dir.filePath(QStringLiteral("nowhere.txt"));
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::FileNotFound,
                QStringLiteral("nowhere.txt"));
}

void TestEmbeddingFile::mismatchedRowsNameBothTensors()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = dir.filePath(QStringLiteral("rejected.npy"));
    QVERIFY(writeNpyMatrix(src.chosenPath, 3, 2, std::vector<float>(6, 1.f)));
    QVERIFY(writeNpyMatrix(src.rejectedPath, 2, 2, std::vector<float>(4, 0.f)));
    expectError(
        [&] {
            readEmbeddingFeatures(src, ids({"a", "b", "c"}));
        },
        ErrorCode::ShapeMismatch,
        {src.rejectedPath, src.chosenPath, QStringLiteral("'rejected' has shape [2, 2]"), QStringLiteral("'chosen'"),
         QStringLiteral("[3, 2]"), QStringLiteral("row counts differ")});

    QVERIFY(writeNpyMatrix(src.rejectedPath, 3, 2, std::vector<float>(6, 0.f)));
    src.promptPath = dir.filePath(QStringLiteral("prompt.npy"));
    QVERIFY(writeNpyMatrix(src.promptPath, 4, 1, {1, 2, 3, 4}));
    expectError(
        [&] {
            readEmbeddingFeatures(src, ids({"a", "b", "c"}));
        },
        ErrorCode::ShapeMismatch,
        {src.promptPath, QStringLiteral("'prompt' has shape [4, 1]"), QStringLiteral("[3, 2]")});
}

void TestEmbeddingFile::datasetSizeMustMatchWithoutIds()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = src.chosenPath;
    QVERIFY(writeNpyMatrix(src.chosenPath, 3, 1, {1, 2, 3}));
    expectError(
        [&] {
            readEmbeddingFeatures(src, ids({"a", "b", "c", "d"}));
        },
        ErrorCode::ShapeMismatch, {QStringLiteral("[3, 1]"), QStringLiteral("dataset has 4 rows")});
}

void TestEmbeddingFile::mismatchedDimensionNamesBothTensors()
{
    QTemporaryDir dir;
    // Both tensors in one safetensors file, the rejected one named without a path.
    EmbeddingSources src;
    src.chosenPath = writeFile(
        dir, QStringLiteral("e.safetensors"),
        safetensors({{QStringLiteral("chosen"), QStringLiteral("F32"), {2, 2}, floats({1, 2, 3, 4})},
                     {QStringLiteral("rejected"), QStringLiteral("F16"), {2, 3}, halves({0, 0, 0, 0, 0, 0})}}));
    src.chosenTensor = QStringLiteral("chosen");
    src.rejectedTensor = QStringLiteral("rejected");
    expectError(
        [&] {
            readEmbeddingFeatures(src, ids({"a", "b"}));
        },
        ErrorCode::ShapeMismatch,
        {QStringLiteral("'rejected' has shape [2, 3]"), QStringLiteral("'chosen'"), QStringLiteral("[2, 2]"),
         QStringLiteral("column counts differ")});
}

void TestEmbeddingFile::nonFiniteNamesTensorRowAndColumn()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = dir.filePath(QStringLiteral("rejected.npy"));
    std::vector<float> chosen(8 * 3, 0.25f);
    chosen[5 * 3 + 1] = NaN; // tensor row 5, column 1 counted from 0
    QVERIFY(writeNpyMatrix(src.chosenPath, 8, 3, chosen));
    QVERIFY(writeNpyMatrix(src.rejectedPath, 8, 3, std::vector<float>(8 * 3, 0.f)));
    const QStringList eight = ids({"a", "b", "c", "d", "e", "f", "g", "h"});
    try {
        readEmbeddingFeatures(src, eight);
        QFAIL("no error raised");
    } catch (const MicroError &e) {
        QCOMPARE(int(e.error().code), int(ErrorCode::NonFinite));
        QCOMPARE(e.error().subject, src.chosenPath);
        QCOMPARE(e.error().detail, QStringLiteral("tensor 'chosen': row 6, column 2 is NaN"));
    }

    // Inf in a half-precision rejected tensor.
    QVERIFY(writeNpyMatrix(src.chosenPath, 8, 3, std::vector<float>(8 * 3, 0.25f)));
    std::vector<quint16> rejected(8 * 3, 0);
    rejected[1 * 3 + 0] = 0x7C00;
    writeFile(dir, QStringLiteral("rejected.npy"),
              npyHeaderVersion(1, QStringLiteral("<f2"), QStringLiteral("(8, 3)")) + halves(rejected));
    expectError([&] { readEmbeddingFeatures(src, eight); }, ErrorCode::NonFinite,
                {src.rejectedPath, QStringLiteral("tensor 'rejected': row 2, column 1 is Inf")});

    // Finite inputs whose difference overflows float32.
    const float big = std::numeric_limits<float>::max();
    QVERIFY(writeNpyMatrix(src.chosenPath, 1, 2, {0, big}));
    QVERIFY(writeNpyMatrix(src.rejectedPath, 1, 2, {0, -big}));
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::NonFinite,
                QStringLiteral("row 1, column 2 overflows"));
}

void TestEmbeddingFile::importRefusesUnsupportedDtypeAndUnknownName()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath =
        writeFile(dir, QStringLiteral("e.safetensors"),
                  safetensors({{QStringLiteral("chosen"), QStringLiteral("F32"), {1, 1}, floats({1})},
                               {QStringLiteral("ids"), QStringLiteral("I64"), {1, 1}, QByteArray(8, '\0')}}));
    src.chosenTensor = QStringLiteral("chosen");
    src.rejectedTensor = QStringLiteral("ids");
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::BadFormat,
                {QStringLiteral("'ids'"), QStringLiteral("I64")});
    src.rejectedTensor = QStringLiteral("rejected");
    expectError([&] { readEmbeddingFeatures(src, ids({"a"})); }, ErrorCode::BadFormat,
                {QStringLiteral("'rejected'"), QStringLiteral("chosen, ids")});
}

void TestEmbeddingFile::cancelIsPolledEvery4096Rows()
{
    QTemporaryDir dir;
    EmbeddingSources src;
    src.chosenPath = dir.filePath(QStringLiteral("chosen.npy"));
    src.rejectedPath = src.chosenPath;
    const int n = 5000;
    QVERIFY(writeNpyMatrix(src.chosenPath, n, 1, std::vector<float>(n, 1.f)));
    QStringList datasetIds;
    for (int i = 0; i < n; ++i)
        datasetIds << QString::number(i);

    int polls = 0;
    const EmbeddingFeatures f = readEmbeddingFeatures(src, datasetIds, [&] { return ++polls > 2; });
    QCOMPARE(polls, 2); // rows 0 and 4096
    QCOMPARE(f.diff.rows, n);

    polls = 0;
    expectError([&] { readEmbeddingFeatures(src, datasetIds, [&] { return ++polls > 1; }); }, ErrorCode::Cancelled,
                src.chosenPath);
    QCOMPARE(polls, 2);
}
