#include "io/embeddingfile.h"
#include "io/embeddingimport.h"
#include "npywriter.h"
#include "util/error.h"

#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <limits>

namespace {
// std::bit_cast is C++20; the project builds as C++17.
template <typename To, typename From> To bitCast(const From &from)
{
    static_assert(sizeof(To) == sizeof(From), "sizes differ");
    To to;
    std::memcpy(&to, &from, sizeof(To));
    return to;
}
} // namespace

using namespace micro::core;
using namespace micro::test;

using TensorView = EmbeddingFile::TensorView;

namespace {

// Runs f, expects a MicroError with `code` whose subject/detail mention every needle.
template <typename F> void expectError(F f, ErrorCode code, const QStringList &needles)
{
    try {
        f();
        QFAIL("no error raised");
    } catch (const MicroError &e) {
        const QString text = e.error().subject + QLatin1Char(' ') + e.error().detail;
        QVERIFY2(e.error().code == code, qPrintable(QStringLiteral("code %1: %2").arg(int(e.error().code)).arg(text)));
        for (const QString &needle : needles)
            QVERIFY2(text.contains(needle), qPrintable(QStringLiteral("'%1' not in: %2").arg(needle, text)));
    }
}

template <typename F> void expectError(F f, ErrorCode code, const QString &needle)
{
    expectError(f, code, QStringList{needle});
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write test file %s", qPrintable(path));
    return path;
}

// Little-endian bytes of a vector (the test hosts are little endian, as numpy's '<' says).
template <typename T> QByteArray le(const std::vector<T> &values)
{
    QByteArray out(qsizetype(values.size() * sizeof(T)), Qt::Uninitialized);
    for (std::size_t i = 0; i < values.size(); ++i)
        qToLittleEndian(values[i], out.data() + i * sizeof(T));
    return out;
}

QByteArray floats(const std::vector<float> &values)
{
    std::vector<quint32> bits;
    for (float v : values)
        bits.push_back(bitCast<quint32>(v));
    return le(bits);
}

QByteArray halves(const std::vector<quint16> &bits)
{
    return le(bits);
}

// A .npy header of any format version, laid out as numpy.save does (padded to 64 bytes).
QByteArray npyHeaderVersion(int major, const QString &descr, const QString &shape, bool fortran = false)
{
    QByteArray dict = QStringLiteral("{'descr': '%1', 'fortran_order': %2, 'shape': %3, }")
                          .arg(descr, fortran ? QStringLiteral("True") : QStringLiteral("False"), shape)
                          .toLatin1();
    const int prefix = major == 1 ? 10 : 12;
    dict += QByteArray((64 - (prefix + dict.size() + 1) % 64) % 64, ' ');
    dict += '\n';
    QByteArray out("\x93NUMPY", 6);
    out += char(major);
    out += char(0);
    if (major == 1)
        out += le(std::vector<quint16>{quint16(dict.size())});
    else
        out += le(std::vector<quint32>{quint32(dict.size())});
    return out + dict;
}

struct StTensor
{
    QString name;
    QString dtype;
    std::vector<qint64> shape;
    QByteArray data;
};

QByteArray safetensorsRaw(const QByteArray &header, const QByteArray &data)
{
    return le(std::vector<quint64>{quint64(header.size())}) + header + data;
}

// A .safetensors file: tensors stored in the given order, header keys in that order too,
// header padded with spaces to a multiple of 8 as the reference writer does.
QByteArray safetensors(const std::vector<StTensor> &tensors)
{
    QStringList entries{QStringLiteral("\"__metadata__\":{\"format\":\"pt\"}")};
    QByteArray data;
    for (const StTensor &t : tensors) {
        QStringList dims;
        for (qint64 s : t.shape)
            dims << QString::number(s);
        entries << QStringLiteral("\"%1\":{\"dtype\":\"%2\",\"shape\":[%3],\"data_offsets\":[%4,%5]}")
                       .arg(t.name, t.dtype, dims.join(QLatin1Char(',')))
                       .arg(data.size())
                       .arg(data.size() + t.data.size());
        data += t.data;
    }
    QByteArray header = (QLatin1Char('{') + entries.join(QLatin1Char(',')) + QLatin1Char('}')).toUtf8();
    header += QByteArray((8 - header.size() % 8) % 8, ' ');
    return safetensorsRaw(header, data);
}

std::vector<float> readRow(const TensorView &t, qint64 row, qint64 inner = 0)
{
    std::vector<float> out(std::size_t(t.cols()));
    EmbeddingFile::readRow(t, row, inner, out.data(), t.cols());
    return out;
}

// Bit-exact comparison: distinguishes -0 from 0 and checks subnormals exactly.
bool sameBits(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (bitCast<quint32>(a[i]) != bitCast<quint32>(b[i])) return false;
    return true;
}

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

const float NaN = std::numeric_limits<float>::quiet_NaN();

} // namespace

class TestEmbeddingFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsFloat32Npy()
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

    void readsFloat16Npy()
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

    void readsNpyFormatVersions_data()
    {
        QTest::addColumn<int>("major");
        QTest::newRow("1.0") << 1;
        QTest::newRow("2.0") << 2;
        QTest::newRow("3.0") << 3;
    }

    void readsNpyFormatVersions()
    {
        QFETCH(int, major);
        QTemporaryDir dir;
        const QString path =
            writeFile(dir, QStringLiteral("v.npy"),
                      npyHeaderVersion(major, QStringLiteral("<f4"), QStringLiteral("(1, 2)")) + floats({0.25f, -8}));
        const TensorView t = EmbeddingFile(path).tensor();
        QVERIFY(sameBits(readRow(t, 0), {0.25f, -8}));
    }

    void halfConversionMatchesPythonForAllBitPatterns()
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

    void bfloat16ConversionKeepsSpecials()
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

    void safetensorsSelectsTensorsByName()
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

    void detectsFormatByMagic()
    {
        QTemporaryDir dir;
        const QString npy =
            writeFile(dir, QStringLiteral("emb.bin"),
                      npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(1, 1)")) + floats({7}));
        QCOMPARE(EmbeddingFile(npy).tensorNames(), QStringList{QStringLiteral("emb")});
        const QString st = writeFile(dir, QStringLiteral("emb.st"),
                                     safetensors({{QStringLiteral("x"), QStringLiteral("F32"), {1, 1}, floats({7})}}));
        QVERIFY(sameBits(readRow(EmbeddingFile(st).tensor(), 0), {7}));
        const QString other = writeFile(dir, QStringLiteral("emb.dat"), QByteArray("id,value\n1,2\n"));
        expectError([&] { EmbeddingFile{other}; }, ErrorCode::BadFormat, QStringLiteral("neither"));
    }

    void refusesBadFiles_data()
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
        QTest::newRow("npy fortran order")
            << "e.npy" << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(2, 2)"), true) + f32x4
            << QString() << ids({"'e'", "Fortran", "C order"});
        QTest::newRow("npy truncated") << "e.npy"
                                       << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(10, 10)")) +
                                              QByteArray(12, '\0')
                                       << QString() << ids({"truncated", "12 bytes", "400"});
        QTest::newRow("npy header truncated")
            << "e.npy" << npyHeaderVersion(1, QStringLiteral("<f4"), QStringLiteral("(1, 1)")).left(40) << QString()
            << ids({"header is truncated"});
        QTest::newRow("npy version 4") << "e.npy"
                                       << npyHeaderVersion(4, QStringLiteral("<f4"), QStringLiteral("(1, 1)")) +
                                              floats({1})
                                       << QString() << ids({"version 4"});
        QTest::newRow("npy without magic") << "e.npy" << QByteArray("id,chosen\n1,2\n") << QString() << ids({"magic"});
        QTest::newRow("too short") << "e.safetensors" << QByteArray("abc") << QString() << ids({"3 bytes"});
        QTest::newRow("safetensors int64")
            << "e.safetensors"
            << safetensors({{QStringLiteral("tok"), QStringLiteral("I64"), {2}, QByteArray(16, '\0')}})
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
            << "e.safetensors"
            << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,4]}}", f32x4) << QString()
            << ids({"data_offsets [8, 4]"});
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
            << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[-1,4],\"data_offsets\":[0,16]}}", f32x4)
            << QString() << ids({"'x'", "not a size"});
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
            << safetensorsRaw("{\"x\":{\"dtype\":\"F32\",\"shape\":[20000000,0],\"data_offsets\":[0,0]}}", {})
            << QString() << ids({"'x'", "rows without values"});
        QTest::newRow("safetensors only metadata")
            << "e.safetensors" << safetensorsRaw("{\"__metadata__\":{\"a\":\"b\"}}", {}) << QString()
            << ids({"no tensors"});
    }

    void refusesBadFiles()
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

    void missingFileIsNamed()
    {
        expectError([] { EmbeddingFile(QStringLiteral("/nonexistent/e.npy")); }, ErrorCode::FileNotFound,
                    QStringLiteral("/nonexistent/e.npy"));
    }

    void readRowRefusesMisuse()
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

    // --- readEmbeddingFeatures ---

    void chosenMinusRejectedWithPrompt()
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
        QCOMPARE(f.diff.values, (std::vector<float>{0.5f, 2, 2, -1}));
        QCOMPARE(f.prompt.rows, 2);
        QCOMPARE(f.prompt.values, (std::vector<float>{-0.5f, 1}));
        QCOMPARE(f.order, (std::vector<int>{0, 1}));
    }

    void pairTensorFromSafetensors()
    {
        QTemporaryDir dir;
        // Row i: chosen {i, 10 + i}, rejected {0.5, 1}; prompt in the same file.
        const QString path = writeFile(
            dir, QStringLiteral("pairs.safetensors"),
            safetensors(
                {{QStringLiteral("pairs"),
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
        QCOMPARE(f.diff.values, (std::vector<float>{-0.5f, 9, 0.5f, 10, 1.5f, 11}));
        QCOMPARE(f.prompt.values, (std::vector<float>{1, -2, 3.140625f}));

        const TensorView t = EmbeddingFile(path).tensor(QStringLiteral("pairs"));
        QVERIFY(sameBits(readRow(t, 2, 1), {0.5f, 1}));
    }

    void pairTensorShapeIsChecked()
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

    void alignsOnIds_data()
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
            << npyHeaderVersion(1, QStringLiteral("<i4"), QStringLiteral("(4,)")) +
                   le(std::vector<qint32>{12, 10, 13, 11});
    }

    void alignsOnIds()
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
        QCOMPARE(f.diff.values, (std::vector<float>{1, 1, 3, 3, 0, 0, 2, 2}));
        QCOMPARE(f.prompt.values, (std::vector<float>{10, 30, 0, 20}));
    }

    void refusesBadIds_data()
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
        QTest::newRow("blank line inside")
            << "ids.txt" << QByteArray("12\n\n10\n13\n11\n") << four << badFormat << ids({"line 2 is empty"});
        QTest::newRow("missing coverage")
            << "ids.txt" << QByteArray("12\n10\n13\n11\n") << ids({"10", "11", "12", "13", "14", "15"}) << shape
            << ids({"ids.txt", "2 of 6 dataset rows have no embedding", "id '14'"});
        QTest::newRow("ambiguous dataset id")
            << "ids.txt" << QByteArray("12\n10\n13\n11\n") << ids({"10", "11", "12", "12", "13"}) << badFormat
            << ids({"id '12' on line 1"});
        QTest::newRow("fewer ids than rows")
            << "ids.txt" << QByteArray("12\n10\n13\n") << four << shape << ids({"3 ids", "'chosen'", "[4, 2]"});
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

    void refusesBadIds()
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

    void missingIdsFileIsNamed()
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

    void mismatchedRowsNameBothTensors()
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
            {src.rejectedPath, src.chosenPath, QStringLiteral("'rejected' has shape [2, 2]"),
             QStringLiteral("'chosen'"), QStringLiteral("[3, 2]"), QStringLiteral("row counts differ")});

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

    void datasetSizeMustMatchWithoutIds()
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

    void mismatchedDimensionNamesBothTensors()
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

    void nonFiniteNamesTensorRowAndColumn()
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

    void importRefusesUnsupportedDtypeAndUnknownName()
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

    void cancelIsPolledEvery4096Rows()
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
};

QTEST_GUILESS_MAIN(TestEmbeddingFile)
#include "tst_embeddingfile.moc"
