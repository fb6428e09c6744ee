// Tests of EmbeddingFile (tst_embeddingfile.cpp) and of readEmbeddingFeatures
// (tst_embeddingfile_features.cpp): one test class, run in the order declared here, and the
// byte builders both parts use to write exact .npy and .safetensors files.
#pragma once

#include "io/embeddingfile.h"
#include "util/error.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <cstring>
#include <vector>

namespace micro::test {

// std::bit_cast is C++20; the project builds as C++17.
template <typename To, typename From> To bitCast(const From &from)
{
    static_assert(sizeof(To) == sizeof(From), "sizes differ");
    To to;
    std::memcpy(&to, &from, sizeof(To));
    return to;
}

// Runs f, expects a MicroError with `code` whose subject/detail mention every needle.
template <typename F> void expectError(F f, core::ErrorCode code, const QStringList &needles)
{
    try {
        f();
        QFAIL("no error raised");
    } catch (const core::MicroError &e) {
        const QString text = e.error().subject + QLatin1Char(' ') + e.error().detail;
        QVERIFY2(e.error().code == code, qPrintable(QStringLiteral("code %1: %2").arg(int(e.error().code)).arg(text)));
        for (const QString &needle : needles)
            QVERIFY2(text.contains(needle), qPrintable(QStringLiteral("'%1' not in: %2").arg(needle, text)));
    }
}

template <typename F> void expectError(F f, core::ErrorCode code, const QString &needle)
{
    expectError(f, code, QStringList{needle});
}

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
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

inline QByteArray floats(const std::vector<float> &values)
{
    std::vector<quint32> bits;
    for (float v : values)
        bits.push_back(bitCast<quint32>(v));
    return le(bits);
}

inline QByteArray halves(const std::vector<quint16> &bits)
{
    return le(bits);
}

// A .npy header of any format version, laid out as numpy.save does (padded to 64 bytes).
inline QByteArray npyHeaderVersion(int major, const QString &descr, const QString &shape, bool fortran = false)
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

inline QByteArray safetensorsRaw(const QByteArray &header, const QByteArray &data)
{
    return le(std::vector<quint64>{quint64(header.size())}) + header + data;
}

// A .safetensors file: tensors stored in the given order, header keys in that order too,
// header padded with spaces to a multiple of 8 as the reference writer does.
inline QByteArray safetensors(const std::vector<StTensor> &tensors)
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

inline std::vector<float> readRow(const core::EmbeddingFile::TensorView &t, qint64 row, qint64 inner = 0)
{
    std::vector<float> out(std::size_t(t.cols()));
    core::EmbeddingFile::readRow(t, row, inner, out.data(), t.cols());
    return out;
}

// Bit-exact comparison: distinguishes -0 from 0 and checks subnormals exactly.
inline bool sameBits(const std::vector<float> &a, const std::vector<float> &b)
{
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (bitCast<quint32>(a[i]) != bitCast<quint32>(b[i])) return false;
    return true;
}

inline QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

} // namespace micro::test

class TestEmbeddingFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsFloat32Npy();
    void readsFloat16Npy();
    void readsNpyFormatVersions_data();
    void readsNpyFormatVersions();
    void halfConversionMatchesPythonForAllBitPatterns();
    void bfloat16ConversionKeepsSpecials();
    void safetensorsSelectsTensorsByName();
    void detectsFormatByMagic();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void missingFileIsNamed();
    void readRowRefusesMisuse();
    void chosenMinusRejectedWithPrompt();
    void pairTensorFromSafetensors();
    void pairTensorShapeIsChecked();
    void alignsOnIds_data();
    void alignsOnIds();
    void refusesBadIds_data();
    void refusesBadIds();
    void missingIdsFileIsNamed();
    void mismatchedRowsNameBothTensors();
    void datasetSizeMustMatchWithoutIds();
    void mismatchedDimensionNamesBothTensors();
    void nonFiniteNamesTensorRowAndColumn();
    void importRefusesUnsupportedDtypeAndUnknownName();
    void cancelIsPolledEvery4096Rows();
};
