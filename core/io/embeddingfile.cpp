#include "embeddingfile.h"

#include "util/error.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSysInfo>
#include <QtEndian>
#include <QtNumeric>
#include <cmath>
#include <cstring>

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

namespace micro::core {

namespace {

[[noreturn]] void bad(const QString &path, const QString &detail)
{
    throw MicroError(ErrorCode::BadFormat, path, detail);
}

// Product of the dimensions; false on overflow (a hostile header must not wrap around).
bool elementCount(const std::vector<qint64> &shape, qint64 *count)
{
    qint64 n = 1;
    for (qint64 s : shape)
        if (s < 0 || qMulOverflow(n, s, &n)) return false;
    *count = n;
    return true;
}

bool byteCount(const std::vector<qint64> &shape, qint64 itemSize, qint64 *bytes)
{
    qint64 n = 0;
    return elementCount(shape, &n) && !qMulOverflow(n, itemSize, bytes);
}

QString shapeString(const std::vector<qint64> &shape)
{
    QStringList parts;
    for (qint64 s : shape)
        parts << QString::number(s);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

// Bytes per element of the safetensors dtypes; 0 for names we do not know (their extent is
// then only range-checked).
qint64 safetensorsItemSize(const QString &dtype)
{
    static const QHash<QString, qint64> sizes = {
        {QStringLiteral("F64"), 8},  {QStringLiteral("F32"), 4},     {QStringLiteral("F16"), 2},
        {QStringLiteral("BF16"), 2}, {QStringLiteral("I64"), 8},     {QStringLiteral("I32"), 4},
        {QStringLiteral("I16"), 2},  {QStringLiteral("I8"), 1},      {QStringLiteral("U64"), 8},
        {QStringLiteral("U32"), 4},  {QStringLiteral("U16"), 2},     {QStringLiteral("U8"), 1},
        {QStringLiteral("BOOL"), 1}, {QStringLiteral("F8_E4M3"), 1}, {QStringLiteral("F8_E5M2"), 1},
    };
    return sizes.value(dtype, 0);
}

// A JSON number that is a non-negative integer exactly representable in a double.
bool jsonSize(const QJsonValue &v, qint64 *out)
{
    if (!v.isDouble()) return false;
    const double d = v.toDouble();
    if (!(d >= 0.0) || d != std::floor(d) || d > 9007199254740992.0) return false;
    *out = qint64(d);
    return true;
}

constexpr qint64 MaxSafetensorsHeader = 100 * 1024 * 1024; // the reference library's limit
constexpr qint64 MaxNpyHeader = 1024 * 1024;               // numpy writes a few hundred bytes

// A shape like (300000000, 0) holds no bytes, so no size check catches it, yet a caller
// would build 300M row ids for it: a tensor with rows but no values is refused.
void refuseEmptyRows(const std::vector<qint64> &shape, const QString &name, const QString &path)
{
    qint64 elements = 0;
    if (shape.size() >= 2 && elementCount(shape, &elements) && elements == 0 && shape.front() > 0)
        bad(path, QStringLiteral("tensor '%1' has shape %2: rows without values").arg(name, shapeString(shape)));
}

} // namespace

QString EmbeddingFile::TensorView::shapeText() const
{
    return shapeString(shape);
}

EmbeddingFile::EmbeddingFile(const QString &path) : m_path(path)
{
    m_file->setFileName(path);
    if (!m_file->exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!m_file->open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, m_file->errorString());
    m_size = m_file->size();
    // 8 bytes: the safetensors length field; a .npy needs more, which its parser checks.
    if (m_size < 8) bad(path, QStringLiteral("file has %1 bytes, too short for .npy or .safetensors").arg(m_size));
    m_bytes = m_file->map(0, m_size);
    if (!m_bytes) throw MicroError(ErrorCode::FileUnreadable, path, m_file->errorString());

    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool npyMagic = std::memcmp(m_bytes, "\x93NUMPY", 6) == 0;
    if (npyMagic || suffix == QLatin1String("npy"))
        openNpy(); // a .npy without the magic string is refused there, naming it
    else if (suffix == QLatin1String("safetensors") || (m_size > 8 && m_bytes[8] == '{'))
        openSafetensors();
    else
        bad(path, QStringLiteral("neither a .npy magic string nor a .safetensors JSON header found"));
}

EmbeddingFile::NpyHeader EmbeddingFile::parseNpyHeader(const uchar *bytes, qint64 size, const QString &path)
{
    if (size < 10 || std::memcmp(bytes, "\x93NUMPY", 6) != 0)
        bad(path, QStringLiteral("not a .npy file (magic string missing)"));
    const int major = bytes[6];
    qint64 headerLen = 0;
    qint64 prefix = 0;
    if (major == 1) {
        headerLen = qFromLittleEndian<quint16>(bytes + 8);
        prefix = 10;
    } else if (major == 2 || major == 3) {
        if (size < 12) bad(path, QStringLiteral("header length missing"));
        headerLen = qFromLittleEndian<quint32>(bytes + 8);
        prefix = 12;
    } else {
        bad(path, QStringLiteral("unsupported .npy format version %1").arg(major));
    }
    if (prefix + headerLen > size)
        bad(path,
            QStringLiteral("header is truncated: %1 bytes announced, %2 present").arg(headerLen).arg(size - prefix));
    if (headerLen > MaxNpyHeader)
        bad(path, QStringLiteral("header length %1 exceeds the %2-byte limit").arg(headerLen).arg(MaxNpyHeader));
    const auto *dict = reinterpret_cast<const char *>(bytes + prefix);
    // Version 3 only differs in allowing UTF-8 in the header (field names of structured types).
    const QString text = major == 3 ? QString::fromUtf8(dict, headerLen) : QString::fromLatin1(dict, headerLen);

    static const QRegularExpression descrRe(QStringLiteral("['\"]descr['\"]\\s*:\\s*['\"]([^'\"]*)['\"]"));
    static const QRegularExpression fortranRe(QStringLiteral("['\"]fortran_order['\"]\\s*:\\s*(True|False)"));
    static const QRegularExpression shapeRe(QStringLiteral("['\"]shape['\"]\\s*:\\s*\\(([^)]*)\\)"));
    const auto dm = descrRe.match(text), fm = fortranRe.match(text), sm = shapeRe.match(text);
    if (!dm.hasMatch() || !fm.hasMatch() || !sm.hasMatch())
        bad(path, QStringLiteral("header lacks descr, fortran_order or shape"));

    NpyHeader h;
    h.descr = dm.captured(1);
    h.fortranOrder = fm.captured(1) == QLatin1String("True");
    h.dataOffset = prefix + headerLen;
    for (QString part : sm.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty()) continue;
        if (part.endsWith(QLatin1Char('L'))) // Python 2 longs in files from old numpy
            part.chop(1);
        bool ok = false;
        const qint64 v = part.toLongLong(&ok);
        if (!ok || v < 0) bad(path, QStringLiteral("shape entry '%1' is not a size").arg(part));
        h.shape.push_back(v);
    }
    return h;
}

void EmbeddingFile::openNpy()
{
    const NpyHeader h = parseNpyHeader(m_bytes, m_size, m_path);
    Entry e;
    e.view.name = QFileInfo(m_path).completeBaseName();
    e.view.shape = h.shape;
    e.dtypeName = h.descr;
    if (h.descr == QLatin1String("<f4"))
        e.view.dtype = TensorView::F32;
    else if (h.descr == QLatin1String("<f2"))
        e.view.dtype = TensorView::F16;
    else
        bad(m_path, QStringLiteral("tensor '%1' has dtype '%2', expected '<f4' (float32) or '<f2' (float16)")
                        .arg(e.view.name, h.descr));
    // Rows are read one at a time from the mapping; column-major data would scatter each row
    // over the whole file.
    if (h.fortranOrder)
        bad(m_path, QStringLiteral("tensor '%1' is in Fortran (column-major) order; rows must be "
                                   "contiguous, C order expected")
                        .arg(e.view.name));
    refuseEmptyRows(h.shape, e.view.name, m_path);
    qint64 needed = 0;
    if (!byteCount(h.shape, e.view.dtype == TensorView::F32 ? 4 : 2, &needed))
        bad(m_path, QStringLiteral("tensor '%1' has shape %2, too large").arg(e.view.name, shapeString(h.shape)));
    const qint64 held = m_size - h.dataOffset;
    if (held < needed)
        bad(m_path, QStringLiteral("tensor '%1' data is truncated: %2 bytes after the header, shape %3 needs %4")
                        .arg(e.view.name)
                        .arg(held)
                        .arg(shapeString(h.shape))
                        .arg(needed));
    e.view.data = m_bytes + h.dataOffset;
    e.view.owner = m_file;
    e.supported = true;
    m_entries.push_back(std::move(e));
}

void EmbeddingFile::openSafetensors()
{
    const quint64 headerLen = qFromLittleEndian<quint64>(m_bytes);
    if (headerLen > quint64(m_size - 8))
        bad(m_path, QStringLiteral("header length %1 exceeds the %2 bytes after the length field")
                        .arg(headerLen)
                        .arg(m_size - 8));
    if (headerLen > quint64(MaxSafetensorsHeader))
        bad(m_path,
            QStringLiteral("header length %1 exceeds the %2-byte limit").arg(headerLen).arg(MaxSafetensorsHeader));
    // No copy: the parser reads the JSON straight from the mapping.
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(m_bytes + 8), qsizetype(headerLen));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        bad(m_path,
            QStringLiteral("header is not valid JSON: %1 at byte %2").arg(err.errorString()).arg(8 + err.offset));
    if (!doc.isObject()) bad(m_path, QStringLiteral("header is not a JSON object"));

    const qint64 dataStart = 8 + qint64(headerLen);
    const qint64 dataSize = m_size - dataStart;
    const QJsonObject top = doc.object();
    for (auto it = top.begin(); it != top.end(); ++it) {
        const QString name = it.key();
        if (name == QLatin1String("__metadata__")) continue;
        if (!it.value().isObject()) bad(m_path, QStringLiteral("header entry '%1' is not an object").arg(name));
        const QJsonObject o = it.value().toObject();

        Entry e;
        e.view.name = name;
        e.dtypeName = o.value(QLatin1String("dtype")).toString();
        if (e.dtypeName.isEmpty()) bad(m_path, QStringLiteral("tensor '%1' has no dtype").arg(name));
        const QJsonValue shapeValue = o.value(QLatin1String("shape"));
        if (!shapeValue.isArray()) bad(m_path, QStringLiteral("tensor '%1' has no shape array").arg(name));
        for (const QJsonValue &v : shapeValue.toArray()) {
            qint64 s = 0;
            if (!jsonSize(v, &s))
                bad(m_path, QStringLiteral("tensor '%1' has a shape entry that is not a size").arg(name));
            e.view.shape.push_back(s);
        }
        const QJsonArray offsets = o.value(QLatin1String("data_offsets")).toArray();
        qint64 begin = 0, end = 0;
        if (offsets.size() != 2 || !jsonSize(offsets[0], &begin) || !jsonSize(offsets[1], &end))
            bad(m_path, QStringLiteral("tensor '%1' has no valid data_offsets [begin, end]").arg(name));
        if (begin > end || end > dataSize)
            bad(m_path, QStringLiteral("tensor '%1' has data_offsets [%2, %3] outside the %4-byte data section")
                            .arg(name)
                            .arg(begin)
                            .arg(end)
                            .arg(dataSize));
        refuseEmptyRows(e.view.shape, name, m_path);
        const qint64 itemSize = safetensorsItemSize(e.dtypeName);
        qint64 needed = 0;
        if (itemSize > 0 && (!byteCount(e.view.shape, itemSize, &needed) || needed != end - begin))
            bad(m_path, QStringLiteral("tensor '%1' has shape %2 and dtype %3, but data_offsets [%4, %5] "
                                       "span %6 bytes")
                            .arg(name, shapeString(e.view.shape), e.dtypeName)
                            .arg(begin)
                            .arg(end)
                            .arg(end - begin));
        e.view.data = m_bytes + dataStart + begin;
        e.view.owner = m_file;
        e.supported = true;
        if (e.dtypeName == QLatin1String("F32"))
            e.view.dtype = TensorView::F32;
        else if (e.dtypeName == QLatin1String("F16"))
            e.view.dtype = TensorView::F16;
        else if (e.dtypeName == QLatin1String("BF16"))
            e.view.dtype = TensorView::BF16;
        else
            e.supported = false; // listed, refused only when selected (files often mix dtypes)
        m_entries.push_back(std::move(e));
    }
}

QStringList EmbeddingFile::tensorNames() const
{
    QStringList names;
    for (const Entry &e : m_entries)
        names << e.view.name;
    return names;
}

EmbeddingFile::TensorView EmbeddingFile::tensor(const QString &name) const
{
    if (m_entries.empty()) bad(m_path, QStringLiteral("no tensors in the file"));
    const Entry *found = nullptr;
    if (name.isEmpty()) {
        if (m_entries.size() > 1)
            bad(m_path, QStringLiteral("%1 tensors (%2), a tensor name is needed")
                            .arg(m_entries.size())
                            .arg(tensorNames().join(QStringLiteral(", "))));
        found = &m_entries.front();
    } else {
        for (const Entry &e : m_entries)
            if (e.view.name == name) found = &e;
        if (!found)
            bad(m_path,
                QStringLiteral("no tensor '%1'; tensors: %2").arg(name, tensorNames().join(QStringLiteral(", "))));
    }
    if (!found->supported)
        bad(m_path, QStringLiteral("tensor '%1' has dtype %2, expected F32, F16 or BF16")
                        .arg(found->view.name, found->dtypeName));
    return found->view;
}

float EmbeddingFile::halfToFloat(quint16 h)
{
    const quint32 sign = quint32(h & 0x8000u) << 16;
    quint32 exponent = (h >> 10) & 0x1fu;
    quint32 mantissa = h & 0x3ffu;
    quint32 bits = 0;
    if (exponent == 0x1f) {
        // Inf or NaN; the payload moves to the top of the float mantissa (keeps NaN a NaN).
        bits = sign | 0x7f800000u | (mantissa << 13);
    } else if (exponent != 0) {
        bits = sign | ((exponent + (127 - 15)) << 23) | (mantissa << 13);
    } else if (mantissa == 0) {
        bits = sign; // signed zero
    } else {
        // Subnormal half (mantissa * 2^-24): normalise, since every such value is a normal float.
        int shift = 0;
        while (!(mantissa & 0x400u)) {
            mantissa <<= 1;
            ++shift;
        }
        exponent = quint32(127 - 15 + 1 - shift);
        bits = sign | (exponent << 23) | ((mantissa & 0x3ffu) << 13);
    }
    return bitCast<float>(bits);
}

float EmbeddingFile::bfloat16ToFloat(quint16 b)
{
    // bfloat16 is the top half of a float32: subnormals, Inf and NaN carry over unchanged.
    return bitCast<float>(quint32(b) << 16);
}

void EmbeddingFile::readRow(const TensorView &t, qint64 row, qint64 inner, float *out, qint64 cols)
{
    const std::size_t rank = t.shape.size();
    if (rank != 2 && rank != 3)
        throw MicroError(ErrorCode::Internal, t.name, QStringLiteral("readRow on shape %1").arg(t.shapeText()));
    const qint64 inners = rank == 3 ? t.shape[1] : 1;
    const qint64 d = t.shape.back();
    if (row < 0 || row >= t.shape[0] || inner < 0 || inner >= inners || cols != d || !out || !t.data)
        throw MicroError(ErrorCode::Internal, t.name,
                         QStringLiteral("readRow(row %1, inner %2, cols %3) on shape %4")
                             .arg(row)
                             .arg(inner)
                             .arg(cols)
                             .arg(t.shapeText()));
    const qint64 first = (row * inners + inner) * d; // element index of the row's first value
    switch (t.dtype) {
    case TensorView::F32: {
        const uchar *src = t.data + first * 4;
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
            std::memcpy(out, src, std::size_t(d) * sizeof(float)); // memcpy: src may be unaligned
        } else {
            for (qint64 j = 0; j < d; ++j)
                out[j] = bitCast<float>(qFromLittleEndian<quint32>(src + 4 * j));
        }
        break;
    }
    case TensorView::F16: {
        const uchar *src = t.data + first * 2;
        for (qint64 j = 0; j < d; ++j)
            out[j] = halfToFloat(qFromLittleEndian<quint16>(src + 2 * j));
        break;
    }
    case TensorView::BF16: {
        const uchar *src = t.data + first * 2;
        for (qint64 j = 0; j < d; ++j)
            out[j] = bfloat16ToFloat(qFromLittleEndian<quint16>(src + 2 * j));
        break;
    }
    }
}

} // namespace micro::core
