#include "npyreader.h"

#include "util/error.h"

#include <QFile>
#include <QRegularExpression>
#include <QtNumeric>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace micro::core {

namespace {

void openOrThrow(QFile &file, const QString &path)
{
    file.setFileName(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
}

[[noreturn]] void bad(const QString &path, const QString &detail)
{
    throw MicroError(ErrorCode::BadFormat, path, detail);
}

void readExactly(QFile &file, char *dst, qint64 bytes, const QString &path)
{
    qint64 done = 0;
    while (done < bytes) {
        const qint64 got = file.read(dst + done, bytes - done);
        if (got <= 0) bad(path, QStringLiteral("data ends after %1 of %2 bytes").arg(done).arg(bytes));
        done += got;
    }
}

// Header dictionaries are a few hundred bytes; a length beyond this is a damaged or hostile
// file, refused before anything is allocated for it.
constexpr qint64 kMaxHeaderBytes = 1 << 20;

} // namespace

NpyReader::Header NpyReader::readHeader(const QString &path)
{
    QFile file;
    openOrThrow(file, path);
    const QByteArray magic = file.read(8);
    if (magic.size() < 8 || !magic.startsWith("\x93NUMPY"))
        bad(path, QStringLiteral("not a .npy file (magic string missing)"));
    const int major = static_cast<unsigned char>(magic[6]);
    qint64 headerLen = 0;
    qint64 prefix = 0;
    if (major == 1) {
        const QByteArray len = file.read(2);
        if (len.size() < 2) bad(path, QStringLiteral("header length missing"));
        headerLen = static_cast<unsigned char>(len[0]) | (static_cast<unsigned char>(len[1]) << 8);
        prefix = 10;
    } else if (major == 2 || major == 3) {
        const QByteArray len = file.read(4);
        if (len.size() < 4) bad(path, QStringLiteral("header length missing"));
        quint32 v = 0;
        std::memcpy(&v, len.constData(), 4); // little endian by the format's definition
        headerLen = v;
        prefix = 12;
    } else {
        bad(path, QStringLiteral("unsupported .npy format version %1").arg(major));
    }
    if (headerLen > file.size() - prefix)
        bad(path, QStringLiteral("header is truncated: %1 bytes announced, %2 present")
                      .arg(headerLen)
                      .arg(std::max<qint64>(0, file.size() - prefix)));
    if (headerLen > kMaxHeaderBytes)
        bad(path, QStringLiteral("header length %1 exceeds the %2-byte limit").arg(headerLen).arg(kMaxHeaderBytes));
    const QByteArray dict = file.read(headerLen);
    if (dict.size() < headerLen) bad(path, QStringLiteral("header is truncated"));
    const QString text = QString::fromLatin1(dict);

    Header h;
    h.dataOffset = prefix + headerLen;
    static const QRegularExpression descrRe(QStringLiteral("'descr'\\s*:\\s*'([^']*)'"));
    static const QRegularExpression fortranRe(QStringLiteral("'fortran_order'\\s*:\\s*(True|False)"));
    static const QRegularExpression shapeRe(QStringLiteral("'shape'\\s*:\\s*\\(([^)]*)\\)"));
    const auto dm = descrRe.match(text), fm = fortranRe.match(text), sm = shapeRe.match(text);
    if (!dm.hasMatch() || !fm.hasMatch() || !sm.hasMatch())
        bad(path, QStringLiteral("header lacks descr, fortran_order or shape"));
    h.descr = dm.captured(1);
    h.fortranOrder = fm.captured(1) == QLatin1String("True");
    for (const QString &part : sm.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const long long v = part.trimmed().toLongLong(&ok);
        if (!ok || v < 0) bad(path, QStringLiteral("shape entry '%1' is not a size").arg(part.trimmed()));
        h.shape.push_back(v);
    }
    const qint64 itemSize = h.descr.right(1).toInt();
    if (itemSize < 1) bad(path, QStringLiteral("dtype '%1' has no item size").arg(h.descr));
    // Overflow-checked: a shape like (2^62, 4) must not wrap around to a small size.
    qint64 needed = itemSize;
    for (long long dim : h.shape)
        if (qMulOverflow(needed, qint64(dim), &needed)) bad(path, QStringLiteral("shape is too large for any file"));
    const qint64 held = file.size() - h.dataOffset;
    if (held < needed)
        bad(path,
            QStringLiteral("data is truncated: %1 bytes after the header, the shape needs %2").arg(held).arg(needed));
    return h;
}

FeatureMatrix NpyReader::readFloatMatrix(const QString &path)
{
    const Header h = readHeader(path);
    if (h.descr != QLatin1String("<f4"))
        bad(path, QStringLiteral("dtype %1 found, float32 ('<f4') expected").arg(h.descr));
    if (h.fortranOrder) bad(path, QStringLiteral("Fortran order found, C order expected"));
    if (h.shape.empty() || h.shape.size() > 2)
        bad(path, QStringLiteral("%1-D array found, a 2-D matrix expected").arg(h.shape.size()));
    const long long rows = h.shape[0];
    const long long cols = h.shape.size() == 2 ? h.shape[1] : 1;
    if (rows > std::numeric_limits<int>::max() || cols > std::numeric_limits<int>::max())
        bad(path, QStringLiteral("matrix too large"));
    if (cols == 0 && rows > 0) // (N, 0) holds no bytes, so no size check catches it
        bad(path, QStringLiteral("matrix of %1 rows has no columns").arg(rows));
    FeatureMatrix m{int(rows), int(cols)};
    QFile file;
    openOrThrow(file, path);
    file.seek(h.dataOffset);
    readExactly(file, reinterpret_cast<char *>(m.values.data()), qint64(m.values.size()) * qint64(sizeof(float)), path);
    for (int i = 0; i < m.rows; ++i) {
        const float *r = m.row(i);
        for (int j = 0; j < m.cols; ++j)
            if (!std::isfinite(r[j]))
                throw MicroError(ErrorCode::NonFinite, path, QStringLiteral("row %1, column %2").arg(i + 1).arg(j + 1));
    }
    return m;
}

std::vector<int> NpyReader::readIntVector(const QString &path)
{
    const Header h = readHeader(path);
    if (h.shape.size() != 1) bad(path, QStringLiteral("%1-D array found, a 1-D vector expected").arg(h.shape.size()));
    const bool is64 = h.descr == QLatin1String("<i8");
    if (!is64 && h.descr != QLatin1String("<i4"))
        bad(path, QStringLiteral("dtype %1 found, int32 or int64 expected").arg(h.descr));
    const long long n = h.shape[0];
    QFile file;
    openOrThrow(file, path);
    file.seek(h.dataOffset);
    std::vector<int> out(static_cast<std::size_t>(n));
    if (is64) {
        std::vector<qint64> raw(static_cast<std::size_t>(n));
        readExactly(file, reinterpret_cast<char *>(raw.data()), n * 8, path);
        for (long long i = 0; i < n; ++i)
            out[std::size_t(i)] = int(raw[std::size_t(i)]);
    } else {
        readExactly(file, reinterpret_cast<char *>(out.data()), n * 4, path);
    }
    return out;
}

} // namespace micro::core
