#include "mappedfeatures.h"

#include "util/error.h"
#include "util/textfiles.h"

#include <QFileInfo>
#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#ifdef __F16C__
#include <immintrin.h>
#endif
#include <limits>
#include <qfloat16.h>
#include <sys/mman.h>
#ifndef MADV_POPULATE_READ
#define MADV_POPULATE_READ 22 // Linux 5.14; older kernels answer EINVAL
#endif
#include <unistd.h>

namespace micro::core {

namespace {

constexpr char kMagic[8] = {'M', 'I', 'C', 'R', 'O', 'F', 'T', '1'};
constexpr std::uint32_t kVersion = 1;

struct Header
{
    char magic[8];
    std::uint32_t version;
    std::uint32_t type;
    std::uint64_t rows;
    std::uint32_t diffCols;
    std::uint32_t routerCols;
    unsigned char reserved[32];
};
static_assert(sizeof(Header) == MappedFeatureFile::kHeaderBytes, "the header is 64 bytes");

qint64 valueBytes(StoredFloat type)
{
    return type == StoredFloat::Float16 ? 2 : 4;
}

// Converts n stored values to float32. With F16C (built with -march=native on a CPU that
// has it) eight values per instruction: Qt's qFloatFromFloat16 measured 1.6 ns a value here,
// which made conversion, not the disk, the limit of training from a float16 file.
void toFloat(StoredFloat type, const unsigned char *in, float *out, int n)
{
    if (type == StoredFloat::Float32) {
        std::memcpy(out, in, std::size_t(n) * sizeof(float));
        return;
    }
#ifdef __F16C__
    int i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(out + i, _mm256_cvtph_ps(_mm_loadu_si128(reinterpret_cast<const __m128i *>(in + 2 * i))));
    if (i < n) qFloatFromFloat16(out + i, reinterpret_cast<const qfloat16 *>(in + 2 * i), n - i);
#else
    qFloatFromFloat16(out, reinterpret_cast<const qfloat16 *>(in), n);
#endif
}

// Any NaN or Inf among n values: their exponent bits are all ones. An integer OR-reduction
// vectorises (a float sum would not, without -ffast-math, and ran at one value a cycle
// chain: 3 s per 4 GB, more than the disk read).
bool allFinite(const float *v, int n)
{
    const std::uint32_t *bits = reinterpret_cast<const std::uint32_t *>(v);
    std::uint32_t bad = 0;
    for (int i = 0; i < n; ++i)
        bad |= std::uint32_t((bits[i] & 0x7F800000u) == 0x7F800000u);
    return bad == 0;
}

} // namespace

QString storedFloatName(StoredFloat type)
{
    return type == StoredFloat::Float16 ? QStringLiteral("float16") : QStringLiteral("float32");
}

bool parseStoredFloat(const QString &text, StoredFloat *out)
{
    if (text == QLatin1String("float32") || text == QLatin1String("f32")) {
        *out = StoredFloat::Float32;
        return true;
    }
    if (text == QLatin1String("float16") || text == QLatin1String("f16")) {
        *out = StoredFloat::Float16;
        return true;
    }
    return false;
}

MappedFeatureFile::MappedFeatureFile(const QString &path) : m_path(path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw MicroError(errno == ENOENT ? ErrorCode::FileNotFound : ErrorCode::FileUnreadable, path,
                         QString::fromLocal8Bit(std::strerror(errno)));
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer{fd};
    const off_t size = ::lseek(fd, 0, SEEK_END);
    Header h{};
    if (size < kHeaderBytes || ::pread(fd, &h, sizeof h, 0) != ssize_t(sizeof h))
        throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("shorter than the 64-byte feature-file header"));
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0)
        throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("not a MiCRo feature file (no MICROFT1 header)"));
    if (h.version != kVersion)
        throw MicroError(
            ErrorCode::BadFormat, path,
            QStringLiteral("feature-file version %1; this build reads version %2").arg(h.version).arg(kVersion));
    if (h.type != std::uint32_t(StoredFloat::Float32) && h.type != std::uint32_t(StoredFloat::Float16))
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("value type %1 is neither float32 (1) nor float16 (2)").arg(h.type));
    if (h.rows > std::uint64_t(std::numeric_limits<int>::max()) || h.diffCols < 1 || h.diffCols > (1u << 24) ||
        h.routerCols > (1u << 24))
        throw MicroError(
            ErrorCode::BadFormat, path,
            QStringLiteral("impossible shape: %1 rows, %2 + %3 columns").arg(h.rows).arg(h.diffCols).arg(h.routerCols));
    m_type = StoredFloat(h.type);
    m_rows = int(h.rows);
    m_diffCols = int(h.diffCols);
    m_routerCols = int(h.routerCols);
    m_size = qint64(size);
    const qint64 expected = kHeaderBytes + qint64(m_rows) * rowBytes();
    if (m_size != expected)
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("%1 bytes, but the header's %2 rows of %3 + %4 %5 values need %6")
                             .arg(m_size)
                             .arg(m_rows)
                             .arg(m_diffCols)
                             .arg(m_routerCols)
                             .arg(storedFloatName(m_type))
                             .arg(expected));
    m_map = ::mmap(nullptr, std::size_t(m_size), PROT_READ, MAP_SHARED, fd, 0);
    if (m_map == MAP_FAILED) {
        m_map = nullptr;
        throw MicroError(ErrorCode::FileUnreadable, path, QString::fromLocal8Bit(std::strerror(errno)));
    }
    // Reads are block after block: a larger kernel read-ahead, and no read-around.
    ::madvise(m_map, std::size_t(m_size), MADV_SEQUENTIAL);
}

MappedFeatureFile::~MappedFeatureFile()
{
    waitForPrefetch();
    if (m_map) ::munmap(m_map, std::size_t(m_size));
}

qint64 MappedFeatureFile::rowBytes() const
{
    return qint64(m_diffCols + m_routerCols) * valueBytes(m_type);
}

int MappedFeatureFile::defaultBlockRows() const
{
    return int(std::clamp<qint64>((qint64(64) << 20) / std::max<qint64>(1, rowBytes()), 256, 65536));
}

const unsigned char *MappedFeatureFile::rowData(int row) const
{
    return static_cast<const unsigned char *>(m_map) + kHeaderBytes + qint64(row) * rowBytes();
}

void MappedFeatureFile::readRows(int first, int count, FeatureMatrix &diff, FeatureMatrix &router, int at,
                                 int threads) const
{
    if (first < 0 || count < 0 || first + count > m_rows || diff.cols != m_diffCols || router.cols != m_routerCols ||
        at < 0 || at + count > diff.rows || at + count > router.rows)
        throw MicroError(ErrorCode::Internal, m_path,
                         QStringLiteral("rows %1..%2 read out of range").arg(first).arg(first + count));
    const qint64 diffBytes = qint64(m_diffCols) * valueBytes(m_type);
    // A block of training rows is converted by the workers that will train on it: one
    // thread converting 64 MB took as long as training it, while the others spun idle.
    int firstBad = count;
    // clang-format off
#pragma omp parallel for num_threads(std::max(1, threads)) schedule(static) reduction(min : firstBad) \
    if (threads > 1 && count >= 256)
    // clang-format on
    for (int i = 0; i < count; ++i) {
        const unsigned char *src = rowData(first + i);
        float *d = diff.row(at + i);
        float *r = router.row(at + i);
        toFloat(m_type, src, d, m_diffCols);
        toFloat(m_type, src + diffBytes, r, m_routerCols);
        if (!allFinite(d, m_diffCols) || !allFinite(r, m_routerCols)) firstBad = std::min(firstBad, i);
    }
    if (firstBad < count) {
        const float *d = diff.row(at + firstBad);
        const bool inDiff = !allFinite(d, m_diffCols);
        const float *v = inDiff ? d : router.row(at + firstBad);
        int col = 0;
        while (std::isfinite(v[col]))
            ++col;
        throw MicroError(ErrorCode::NonFinite, m_path,
                         QStringLiteral("row %1, column %2 of the %3 features")
                             .arg(first + firstBad + 1)
                             .arg(col + 1)
                             .arg(inDiff ? QStringLiteral("difference") : QStringLiteral("router")));
    }
}

void MappedFeatureFile::pageRange(int first, int count, std::uintptr_t *begin, std::size_t *length) const
{
    static const std::uintptr_t page = std::uintptr_t(sysconf(_SC_PAGESIZE));
    const std::uintptr_t base = reinterpret_cast<std::uintptr_t>(m_map);
    const std::uintptr_t from = reinterpret_cast<std::uintptr_t>(rowData(first)) & ~(page - 1);
    const std::uintptr_t to =
        std::min(base + std::uintptr_t(m_size), reinterpret_cast<std::uintptr_t>(rowData(first + count)));
    *begin = std::max(base, from);
    *length = to > *begin ? std::size_t(to - *begin) : 0;
}

void MappedFeatureFile::prefetch(int first, int count) const
{
    waitForPrefetch();
    count = std::min(count, m_rows - first);
    if (first < 0 || count <= 0) return;
    std::uintptr_t begin;
    std::size_t length;
    pageRange(first, count, &begin, &length);
    if (!length) return;
    m_prefetch = std::async(std::launch::async, [begin, length] {
        void *at = reinterpret_cast<void *>(begin);
        // Every read of the block queued at once (the kernel's read-ahead of the whole
        // range), then the pages mapped as they arrive: the disk gets a deep queue of large
        // requests, as dd gives it, instead of one read-ahead window per fault.
        ::madvise(at, length, MADV_WILLNEED);
        if (::madvise(at, length, MADV_POPULATE_READ) == 0) return;
        // Kernels before 5.14: touch one byte a page.
        static const std::size_t page = std::size_t(sysconf(_SC_PAGESIZE));
        unsigned char sum = 0;
        for (std::size_t o = 0; o < length; o += page)
            sum ^= *(reinterpret_cast<const volatile unsigned char *>(begin + o));
        (void)sum;
    });
}

void MappedFeatureFile::waitForPrefetch() const
{
    if (m_prefetch.valid()) m_prefetch.get();
}

void MappedFeatureFile::release(int first, int count) const
{
    count = std::min(count, m_rows - first);
    if (first < 0 || count <= 0) return;
    std::uintptr_t begin;
    std::size_t length;
    pageRange(first, count, &begin, &length);
    if (length) ::madvise(reinterpret_cast<void *>(begin), length, MADV_DONTNEED);
}

MappedFeatureWriter::MappedFeatureWriter(const QString &path, StoredFloat type, int diffCols, int routerCols)
    : m_path(path), m_file(path + QStringLiteral(".partial")), m_type(type), m_diffCols(diffCols),
      m_routerCols(routerCols)
{
    if (diffCols < 1 || routerCols < 0)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("dim"),
                         QStringLiteral("at least one difference column"));
    const QString bad = unwritableReason(path);
    if (!bad.isEmpty()) throw MicroError(ErrorCode::FileWriteFailed, path, bad);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) fail(m_file.errorString());
    m_buffer.reserve(1 << 22);
    m_buffer.append(QByteArray(int(MappedFeatureFile::kHeaderBytes), '\0'));
}

MappedFeatureWriter::~MappedFeatureWriter()
{
    if (!m_finished) {
        m_file.close();
        m_file.remove();
    }
}

void MappedFeatureWriter::fail(const QString &what)
{
    const QString disk = diskProblem(m_path, 0);
    throw MicroError(ErrorCode::FileWriteFailed, m_path, disk.isEmpty() ? what : disk);
}

void MappedFeatureWriter::append(const float *diff, const float *router)
{
    auto put = [&](const float *v, int n) {
        if (m_type == StoredFloat::Float32) {
            m_buffer.append(reinterpret_cast<const char *>(v), qsizetype(n) * 4);
            return;
        }
        const qsizetype at = m_buffer.size();
        m_buffer.resize(at + qsizetype(n) * 2);
        qFloatToFloat16(reinterpret_cast<qfloat16 *>(m_buffer.data() + at), v, n);
    };
    put(diff, m_diffCols);
    put(router, m_routerCols);
    ++m_rows;
    if (m_buffer.size() >= (1 << 22)) flush();
}

void MappedFeatureWriter::flush()
{
    if (m_buffer.isEmpty()) return;
    if (m_file.write(m_buffer) != m_buffer.size()) fail(m_file.errorString());
    m_buffer.clear();
}

void MappedFeatureWriter::finish()
{
    flush();
    Header h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kVersion;
    h.type = std::uint32_t(m_type);
    h.rows = std::uint64_t(m_rows);
    h.diffCols = std::uint32_t(m_diffCols);
    h.routerCols = std::uint32_t(m_routerCols);
    if (!m_file.seek(0) || m_file.write(reinterpret_cast<const char *>(&h), sizeof h) != qint64(sizeof h) ||
        !m_file.flush())
        fail(m_file.errorString());
    m_file.close();
    QFile::remove(m_path);
    if (!QFile::rename(m_file.fileName(), m_path))
        fail(QStringLiteral("could not rename the finished file into place"));
    m_finished = true;
}

} // namespace micro::core
