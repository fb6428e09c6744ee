#pragma once

// Writes .npy files byte by byte as numpy.save does (format 1.0), so tests can make the
// exact files - including broken ones - that the reader must accept or refuse.
#include <QByteArray>
#include <QFile>
#include <QString>
#include <vector>

namespace micro::test {

inline QByteArray npyHeader(const QString &descr, const QString &shape, bool fortran = false)
{
    QByteArray dict = QStringLiteral("{'descr': '%1', 'fortran_order': %2, 'shape': %3, }")
                          .arg(descr, fortran ? QStringLiteral("True") : QStringLiteral("False"), shape)
                          .toLatin1();
    const int unpadded = 10 + dict.size() + 1;
    dict += QByteArray((64 - unpadded % 64) % 64, ' ');
    dict += '\n';
    QByteArray out("\x93NUMPY\x01\x00", 8);
    out += char(dict.size() & 0xff);
    out += char((dict.size() >> 8) & 0xff);
    return out + dict;
}

inline bool writeNpyMatrix(const QString &path, int rows, int cols, const std::vector<float> &values)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(npyHeader(QStringLiteral("<f4"), QStringLiteral("(%1, %2)").arg(rows).arg(cols)));
    f.write(reinterpret_cast<const char *>(values.data()), qint64(values.size() * sizeof(float)));
    return true;
}

inline bool writeNpyInts(const QString &path, const std::vector<qint64> &values)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(npyHeader(QStringLiteral("<i8"), QStringLiteral("(%1,)").arg(values.size())));
    f.write(reinterpret_cast<const char *>(values.data()), qint64(values.size() * sizeof(qint64)));
    return true;
}

// A consistent chosen/rejected/prompt triple with values from a simple formula.
inline bool writeNpyTriple(const QString &dir, int n, int d, int p)
{
    std::vector<float> chosen(std::size_t(n * d)), rejected(std::size_t(n * d)), prompt(std::size_t(n * p));
    for (int i = 0; i < n * d; ++i) {
        chosen[std::size_t(i)] = float((i * 37) % 11) / 11.0f - 0.5f;
        rejected[std::size_t(i)] = float((i * 17) % 13) / 13.0f - 0.5f;
    }
    for (int i = 0; i < n * p; ++i)
        prompt[std::size_t(i)] = float((i * 7) % 5) / 5.0f;
    return writeNpyMatrix(dir + QStringLiteral("/chosen.npy"), n, d, chosen) &&
           writeNpyMatrix(dir + QStringLiteral("/rejected.npy"), n, d, rejected) &&
           writeNpyMatrix(dir + QStringLiteral("/prompt.npy"), n, p, prompt);
}

} // namespace micro::test
