// EmbeddingFile: .npy and .safetensors tensors read bit-exactly, bad files refused with the
// file, the tensor and the reason named. readEmbeddingFeatures is in
// tst_embeddingfile_features.cpp.
#include "tst_embeddingfile.h"

#include "io/embeddingfile.h"
#include "npywriter.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace micro::core;
using namespace micro::test;

using TensorView = EmbeddingFile::TensorView;

void TestEmbeddingFile::readsFloat32Npy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.npy"));
    QVERIFY(writeNpyMatrix(path, 2, 3, {1, -2, 3.5f, 4, 5, -6.25f}));
    const EmbeddingFile file(path);
    QCOMPARE(file.tensorNames(), QStringList{QStringLiteral("chosen")});
    const TensorView t = file.tensor();
    QCOMPARE(t.name, QStringLiteral("chosen"));
    QCOMPARE(t.shape, (std::vector<qint64>{2, 3}));
    QCOMPARE(t.dtype, TensorView::F32);
    QVERIFY(sameBits(readRow(t, 0), {1, -2, 3.5f}));
    QVERIFY(sameBits(readRow(t, 1), {4, 5, -6.25f}));
    QCOMPARE(file.tensor(QStringLiteral("chosen")).data, t.data);
}

void TestEmbeddingFile::readsFloat16Npy()
{
    // Golden values: python3 -c "import struct; print(struct.unpack('<e', struct.pack('<H',
    // h)))"
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("h.npy"),
                                   npyHeaderVersion(1, QStringLiteral("<f2"), QStringLiteral("(2, 4)")) +
                                       halves({0x3C00, 0xB800, 0x0001, 0x03FF, 0x7BFF, 0x8000, 0x3555, 0x0200}));
    const TensorView t = EmbeddingFile(path).tensor();
    QCOMPARE(t.dtype, TensorView::F16);
    QVERIFY(sameBits(readRow(t, 0), {1.0f, -0.5f, 5.960464477539063e-08f, 6.097555160522461e-05f}));
    QVERIFY(sameBits(readRow(t, 1), {65504.0f, -0.0f, 0.333251953125f, 3.0517578125e-05f}));
}

void TestEmbeddingFile::readsNpyFormatVersions_data()
{
    QTest::addColumn<int>("major");
    QTest::newRow("1.0") << 1;
    QTest::newRow("2.0") << 2;
    QTest::newRow("3.0") << 3;
}

void TestEmbeddingFile::readsNpyFormatVersions()
{
    QFETCH(int, major);
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("v.npy"),
                  npyHeaderVersion(major, QStringLiteral("<f4"), QStringLiteral("(1, 2)")) + floats({0.25f, -8}));
    const TensorView t = EmbeddingFile(path).tensor();
    QVERIFY(sameBits(readRow(t, 0), {0.25f, -8}));
}

void TestEmbeddingFile::halfConversionMatchesPythonForAllBitPatterns()
{
    // FNV-1a 64 over the float32 bits of all 65536 halves in order, NaN as 0x7fc00000:
    //   python3 -c "import struct,math; h=0xcbf29ce484222325
    //   for x in range(65536):
    //     f=struct.unpack('<e',struct.pack('<H',x))[0]
    //     b=0x7fc00000 if math.isnan(f) else struct.unpack('<I',struct.pack('<f',f))[0]
    //     for c in struct.pack('<I',b): h=((h^c)*0x100000001b3)&(2**64-1)
    //   print(hex(h))"
    quint64 hash = 0xcbf29ce484222325ull;
    for (quint32 h = 0; h <= 0xffff; ++h) {
        const float f = EmbeddingFile::halfToFloat(quint16(h));
        const quint32 bits = std::isnan(f) ? 0x7fc00000u : bitCast<quint32>(f);
        for (int k = 0; k < 4; ++k) {
            hash ^= (bits >> (8 * k)) & 0xffu;
            hash *= 0x100000001b3ull;
        }
    }
    QCOMPARE(hash, 0x1f87f165810ea7c5ull);
    QVERIFY(std::isinf(EmbeddingFile::halfToFloat(0xFC00)) && EmbeddingFile::halfToFloat(0xFC00) < 0);
    QVERIFY(std::isnan(EmbeddingFile::halfToFloat(0x7E01)));
}

void TestEmbeddingFile::bfloat16ConversionKeepsSpecials()
{
    // python3: struct.unpack('<f', struct.pack('<I', b << 16))
    QCOMPARE(EmbeddingFile::bfloat16ToFloat(0x3F80), 1.0f);
    QCOMPARE(EmbeddingFile::bfloat16ToFloat(0xC000), -2.0f);
    QCOMPARE(EmbeddingFile::bfloat16ToFloat(0x4049), 3.140625f);
    QCOMPARE(bitCast<quint32>(EmbeddingFile::bfloat16ToFloat(0x0001)), bitCast<quint32>(9.183549615799121e-41f));
    QVERIFY(std::isinf(EmbeddingFile::bfloat16ToFloat(0x7F80)));
    QVERIFY(std::isnan(EmbeddingFile::bfloat16ToFloat(0x7FC0)));
    QVERIFY(std::signbit(EmbeddingFile::bfloat16ToFloat(0x8000)));
}

void TestEmbeddingFile::safetensorsSelectsTensorsByName()
{
    QTemporaryDir dir;
    // The 3-byte U8 tensor first puts the float data at unaligned addresses.
    const QString path = writeFile(
        dir, QStringLiteral("emb.safetensors"),
        safetensors({{QStringLiteral("a_mask"), QStringLiteral("U8"), {3}, QByteArray("\1\0\1", 3)},
                     {QStringLiteral("b_f32"), QStringLiteral("F32"), {2, 2}, floats({1, 2, -3, 0.125f})},
                     {QStringLiteral("c_f16"), QStringLiteral("F16"), {1, 3}, halves({0x3C00, 0xB800, 0x0001})},
                     {QStringLiteral("d_bf16"), QStringLiteral("BF16"), {2, 1}, halves({0x4049, 0xC000})}}));
    const EmbeddingFile file(path);
    QCOMPARE(file.tensorNames(), ids({"a_mask", "b_f32", "c_f16", "d_bf16"}));

    const TensorView f32 = file.tensor(QStringLiteral("b_f32"));
    QCOMPARE(f32.dtype, TensorView::F32);
    QVERIFY(sameBits(readRow(f32, 1), {-3, 0.125f}));
    const TensorView f16 = file.tensor(QStringLiteral("c_f16"));
    QCOMPARE(f16.dtype, TensorView::F16);
    QVERIFY(sameBits(readRow(f16, 0), {1, -0.5f, 5.960464477539063e-08f}));
    const TensorView bf16 = file.tensor(QStringLiteral("d_bf16"));
    QCOMPARE(bf16.dtype, TensorView::BF16);
    QCOMPARE(bf16.shape, (std::vector<qint64>{2, 1}));
    QVERIFY(sameBits(readRow(bf16, 0), {3.140625f}));
    QVERIFY(sameBits(readRow(bf16, 1), {-2}));

    expectError([&] { file.tensor(QStringLiteral("a_mask")); }, ErrorCode::BadFormat,
                {QStringLiteral("'a_mask'"), QStringLiteral("U8")});
    expectError([&] { file.tensor(); }, ErrorCode::BadFormat, QStringLiteral("a_mask, b_f32, c_f16, d_bf16"));
    expectError([&] { file.tensor(QStringLiteral("nope")); }, ErrorCode::BadFormat,
                {path, QStringLiteral("'nope'"), QStringLiteral("a_mask, b_f32, c_f16, d_bf16")});
}

void TestEmbeddingFile::detectsFormatByMagic()
{
    QTemporaryDir dir;
    const QString npy = writeFile(dir, QStringLiteral("emb.bin"),
                                  npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(1, 1)")) + floats({7}));
    QCOMPARE(EmbeddingFile(npy).tensorNames(), QStringList{QStringLiteral("emb")});
    const QString st = writeFile(dir, QStringLiteral("emb.st"),
                                 safetensors({{QStringLiteral("x"), QStringLiteral("F32"), {1, 1}, floats({7})}}));
    QVERIFY(sameBits(readRow(EmbeddingFile(st).tensor(), 0), {7}));
    const QString other = writeFile(dir, QStringLiteral("emb.dat"), QByteArray("id,value\n1,2\n"));
    expectError([&] { EmbeddingFile{other}; }, ErrorCode::BadFormat, QStringLiteral("neither"));
}

void TestEmbeddingFile::refusesBadFiles_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("tensorName");
    QTest::addColumn<QStringList>("needles");

    const QByteArray f32x4 = floats({1, 2, 3, 4});
    QTest::newRow("npy float64") << "e.npy"
                                 << npyHeaderVersion(1, QStringLiteral("<f8"), QStringLiteral("(1, 1)")) +
                                        QByteArray(8, '\0')
                                 << QString() << ids({"'e'", "'<f8'"});
    QTest::newRow("npy fortran order") << "e.npy"
                                       << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(2, 2)"), true) +
                                              f32x4
                                       << QString() << ids({"'e'", "Fortran", "C order"});
    QTest::newRow("npy truncated") << "e.npy"
                                   << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(10, 10)")) +
                                          QByteArray(12, '\0')
                                   << QString() << ids({"truncated", "12 bytes", "400"});
    QTest::newRow("npy header truncated")
        << "e.npy" << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(1, 1)")).left(40) << QString()
        << ids({"header is truncated"});
    QTest::newRow("npy version 4") << "e.npy"
                                   << npyHeaderVersion(4, QStringLiteral("<f4"), QStringLiteral("(1, 1)")) + floats({1})
                                   << QString() << ids({"version 4"});
    QTest::newRow("npy without magic") << "e.npy" << QByteArray("id,chosen\n1,2\n") << QString() << ids({"magic"});
    QTest::newRow("too short") << "e.safetensors" << QByteArray("abc") << QString() << ids({"3 bytes"});
    QTest::newRow("safetensors int64")
        << "e.safetensors" << safetensors({{QStringLiteral("tok"), QStringLiteral("I64"), {2}, QByteArray(16, '\0')}})
        << QStringLiteral("tok") << ids({"'tok'", "I64"});
    QTest::newRow("safetensors offsets beyond data")
        << "e.safetensors"
        << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,32]}}", f32x4) << QString()
        << ids({"'x'", "data_offsets [0, 32]", "16-byte"});
    QTest::newRow("safetensors offsets disagree with shape")
        << "e.safetensors"
        << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,12]}}", f32x4) << QString()
        << ids({"'x'", "[2, 2]", "F32", "span 12 bytes"});
    QTest::newRow("safetensors offsets reversed")
        << "e.safetensors" << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,4]}}", f32x4)
        << QString() << ids({"data_offsets [8, 4]"});
    QByteArray cut = safetensors({{QStringLiteral("x"), QStringLiteral("F32"), {2, 2}, f32x4}});
    cut.chop(4);
    QTest::newRow("safetensors truncated")
        << "e.safetensors" << cut << QString() << ids({"'x'", "data_offsets [0, 16]", "12-byte"});
    QTest::newRow("safetensors header length beyond file")
        << "e.safetensors" << le(std::vector<quint64>{1000}) + QByteArray("{}      ") << QString()
        << ids({"header length 1000", "8 bytes"});
    QTest::newRow("safetensors header not JSON")
        << "e.safetensors" << safetensorsRaw("{\"x\": nope}     ", {}) << QString() << ids({"not valid JSON"});
    QTest::newRow("safetensors negative shape")
        << "e.safetensors"
        << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[-1,4],\"data_offsets\":[0,16]}}", f32x4) << QString()
        << ids({"'x'", "not a size"});
    // Hostile shapes and lengths are refused before anything is allocated for them.
    QTest::newRow("npy rows without columns")
        << "e.npy" << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(300000000, 0)")) << QString()
        << ids({"'e'", "[300000000, 0]", "rows without values"});
    {
        QByteArray huge = QByteArray("\x93NUMPY\x02\x00", 8);
        huge += le(std::vector<quint32>{2u << 30}); // a 2 GiB header announced ...
        huge += QByteArray(2u << 10, ' ');          // ... in a 2 KiB file
        QTest::newRow("npy header length beyond file") << "e.npy" << huge << QString() << ids({"truncated"});
        QByteArray big = QByteArray("\x93NUMPY\x02\x00", 8) + le(std::vector<quint32>{2u << 20});
        big += QByteArray(2u << 20, ' ');
        QTest::newRow("npy header over the limit") << "e.npy" << big << QString() << ids({"exceeds", "limit"});
    }
    QTest::newRow("npy shape overflowing 64 bits")
        << "e.npy" << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(4611686018427387904, 4)")) + f32x4
        << QString() << ids({"too large"});
    QTest::newRow("safetensors rows without columns")
        << "e.safetensors"
        << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[20000000,0],\"data_offsets\":[0,0]}}", {}) << QString()
        << ids({"'x'", "rows without values"});
    QTest::newRow("safetensors only metadata")
        << "e.safetensors" << safetensorsRaw("{\"__metadata__\":{\"a\":\"b\"}}", {}) << QString()
        << ids({"no tensors"});
}

void TestEmbeddingFile::refusesBadFiles()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, tensorName);
    QFETCH(QStringList, needles);
    QTemporaryDir dir;
    const QString path = writeFile(dir, fileName, bytes);
    try {
        EmbeddingFile(path).tensor(tensorName);
        QFAIL("no error raised");
    } catch (const MicroError &e) {
        QCOMPARE(int(e.error().code), int(ErrorCode::BadFormat));
        QCOMPARE(e.error().subject, path);
        for (const QString &needle : needles)
            QVERIFY2(e.error().detail.contains(needle), qPrintable(e.error().detail));
    }
}

void TestEmbeddingFile::missingFileIsNamed()
{
    expectError([] { EmbeddingFile(QStringLiteral("/nonexistent/e.npy")); }, ErrorCode::FileNotFound,
                QStringLiteral("/nonexistent/e.npy"));
}

void TestEmbeddingFile::readRowRefusesMisuse()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.npy"));
    QVERIFY(writeNpyMatrix(path, 2, 2, {1, 2, 3, 4}));
    const EmbeddingFile file(path);
    const TensorView t = file.tensor();
    float out[4];
    expectError([&] { EmbeddingFile::readRow(t, 2, 0, out, 2); }, ErrorCode::Internal, QStringLiteral("row 2"));
    expectError([&] { EmbeddingFile::readRow(t, 0, 1, out, 2); }, ErrorCode::Internal, QStringLiteral("inner 1"));
    expectError([&] { EmbeddingFile::readRow(t, 0, 0, out, 4); }, ErrorCode::Internal, QStringLiteral("cols 4"));
}

QTEST_GUILESS_MAIN(TestEmbeddingFile)
