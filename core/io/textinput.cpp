#include "textinput.h"

#include "util/error.h"

#include <QFile>
#include <QtEndian>
#include <algorithm>
#include <climits>
#include <cstring>
#include <libdeflate.h>
#include <new>
#include <zlib.h>

namespace micro::core {

namespace {

bool hasGzipMagic(const QByteArray &bytes)
{
    return bytes.size() >= 2 && uchar(bytes[0]) == 0x1f && uchar(bytes[1]) == 0x8b;
}

// Inflates all gzip members in `raw` (concatenated members are one file, as gzip -d does).
// `limit` >= 0: stop once that many bytes are out, and accept input that ends early (a
// prefix of the file, read for a preview).
QByteArray gunzip(const QByteArray &raw, const QString &path, qint64 limit = -1)
{
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        throw MicroError(ErrorCode::Internal, path, QStringLiteral("inflateInit2 failed"));
    struct End
    {
        z_stream *zs;
        ~End() { inflateEnd(zs); }
    } end{&zs};

    const auto *in = reinterpret_cast<const Bytef *>(raw.constData());
    qint64 inLeft = raw.size(); // not yet handed to zlib (avail_in is only 32 bits)
    QByteArray out;
    out.resize(std::max<qint64>(64 * 1024, raw.size() * 4));
    qint64 produced = 0;
    for (;;) {
        if (zs.avail_in == 0 && inLeft > 0) {
            zs.next_in = const_cast<Bytef *>(in);
            zs.avail_in = uInt(std::min<qint64>(inLeft, UINT_MAX));
            in += zs.avail_in;
            inLeft -= zs.avail_in;
        }
        if (produced == out.size()) out.resize(out.size() * 2);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        zs.avail_out = uInt(std::min<qint64>(out.size() - produced, UINT_MAX));
        const uInt before = zs.avail_out;
        const int ret = inflate(&zs, Z_NO_FLUSH);
        produced += before - zs.avail_out;
        if (limit >= 0 && (produced >= limit || (ret == Z_BUF_ERROR && inLeft == 0 && zs.avail_in == 0))) break;
        if (ret == Z_OK) continue;
        if (ret == Z_STREAM_END) {
            const qint64 rest = zs.avail_in + inLeft;
            if (rest == 0) break;
            // Zero padding after the last member (tape/block tools) is ignored, as gzip does.
            if (inLeft == 0 && std::all_of(zs.next_in, zs.next_in + zs.avail_in, [](Bytef b) { return b == 0; })) break;
            inflateReset(&zs); // next member
            continue;
        }
        // Output space and input are always provided, so a buffer error means the input ended
        // inside a member.
        if (ret == Z_BUF_ERROR) throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("truncated gzip stream"));
        if (ret == Z_MEM_ERROR) throw std::bad_alloc();
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("corrupt gzip stream: %1").arg(QLatin1String(zs.msg ? zs.msg : "error")));
    }
    out.truncate(produced);
    out.squeeze();
    return out;
}

} // namespace

// All members of a gzip file through libdeflate; false when it cannot (corrupt data, or a
// member that would inflate beyond 4 GiB), leaving the zlib path to report why.
static bool fastGunzip(const QByteArray &in, QByteArray *out)
{
    libdeflate_decompressor *d = libdeflate_alloc_decompressor();
    if (!d) return false;
    const auto *src = reinterpret_cast<const uchar *>(in.constData());
    std::size_t pos = 0, produced = 0;
    const std::size_t total = std::size_t(in.size());
    if (total < 18) { // shorter than a gzip header and trailer: zlib says what is wrong
        libdeflate_free_decompressor(d);
        return false;
    }
    // The trailer's ISIZE (size mod 2^32 of the last member) is the usual exact size; a
    // damaged one must not size the buffer beyond deflate's largest ratio (1032:1).
    quint32 isize = 0;
    std::memcpy(&isize, src + total - 4, 4);
    std::size_t capacity =
        std::min(std::max<std::size_t>(std::size_t(qFromLittleEndian(isize)), total * 4), total * 1032) + 64;
    bool ok = true;
    while (ok && pos < total) {
        if (std::all_of(src + pos, src + total, [](uchar c) { return c == 0; }))
            break; // zero padding after the last member, as gzip(1) allows
        std::size_t used = 0, written = 0;
        for (;;) {
            if (std::size_t(out->size()) < produced + capacity) out->resize(qsizetype(produced + capacity));
            const libdeflate_result r =
                libdeflate_gzip_decompress_ex(d, src + pos, total - pos, out->data() + produced,
                                              std::size_t(out->size()) - produced, &used, &written);
            if (r == LIBDEFLATE_SUCCESS) break;
            if (r != LIBDEFLATE_INSUFFICIENT_SPACE || capacity > total * 1032) {
                ok = false;
                break;
            }
            capacity *= 2;
        }
        pos += used;
        produced += written;
    }
    libdeflate_free_decompressor(d);
    if (ok) out->resize(qsizetype(produced));
    return ok;
}

QByteArray readTextFile(const QString &path, bool *gzip)
{
    QFile file(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    file.close();

    if (gzip) *gzip = hasGzipMagic(bytes);
    if (hasGzipMagic(bytes)) {
        // libdeflate inflates whole buffers 2-3x faster than zlib's stream; anything it
        // refuses goes through zlib, whose messages say what is wrong with the stream.
        QByteArray fast;
        bytes = fastGunzip(bytes, &fast) ? std::move(fast) : gunzip(bytes, path);
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3);
    if (bytes.isEmpty()) throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("empty file"));
    return bytes;
}

QByteArray readTextPrefix(const QString &path, qint64 maxBytes, bool *truncated, bool *gzip)
{
    QFile file(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    const qint64 size = file.size();
    QByteArray bytes = file.read(maxBytes);
    bool cut = size > bytes.size();
    if (gzip) *gzip = hasGzipMagic(bytes);
    if (hasGzipMagic(bytes)) {
        bytes = gunzip(bytes, path, maxBytes);
        cut = cut || bytes.size() >= maxBytes;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) bytes.remove(0, 3);
    if (cut) { // the last line is most likely cut in two: leave it out (one-line JSON keeps all)
        const qsizetype newline = bytes.lastIndexOf('\n');
        if (newline >= 0) bytes.truncate(newline + 1);
    }
    if (bytes.isEmpty()) throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("empty file"));
    if (truncated) *truncated = cut;
    return bytes;
}

qint64 firstInvalidUtf8(const char *data, qint64 size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(data);
    constexpr quint64 highBits = 0x8080808080808080ULL;
    qint64 i = 0;
    while (i < size) {
        // ASCII fast path: 8 bytes per step, then jump straight to the first non-ASCII byte.
        while (i + 8 <= size) {
            quint64 w;
            std::memcpy(&w, s + i, 8);
            w &= highBits;
            if (w) {
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
                i += __builtin_ctzll(w) / 8;
#else
                i += __builtin_clzll(w) / 8;
#endif
                break;
            }
            i += 8;
        }
        if (i >= size) break;
        const unsigned c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        // Table 3-7 of the Unicode standard: the second byte's range excludes overlongs
        // (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
        int n;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            n = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            n = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            n = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            return i; // continuation byte without lead, C0/C1 overlong leads, F5..FF
        }
        if (size - i <= n) return i;
        if (s[i + 1] < lo || s[i + 1] > hi) return i;
        for (int k = 2; k <= n; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) return i;
        }
        i += n + 1;
    }
    return -1;
}

int lineNumberAt(const QByteArray &content, qint64 offset)
{
    offset = std::clamp<qint64>(offset, 0, content.size());
    return 1 + int(std::count(content.constData(), content.constData() + offset, '\n'));
}

bool LineCursor::next(QByteArrayView *line)
{
    if (m_pos >= m_data.size()) return false;
    const char *begin = m_data.data() + m_pos;
    const qint64 left = m_data.size() - m_pos;
    const auto *nl = static_cast<const char *>(std::memchr(begin, '\n', size_t(left)));
    qint64 length = nl ? nl - begin : left;
    m_pos += nl ? length + 1 : length;
    if (length > 0 && begin[length - 1] == '\r') --length;
    *line = QByteArrayView(begin, length);
    ++m_line;
    return true;
}

} // namespace micro::core
