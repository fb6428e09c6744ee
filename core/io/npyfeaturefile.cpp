#include "npyfeaturefile.h"

#include "data/npyreader.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <cmath>
#include <qfloat16.h>
#include <vector>

namespace micro::core {

namespace {

constexpr int kChunkRows = 4096;

// One .npy matrix read a chunk of rows at a time, as float32.
class NpyRows
{
public:
    explicit NpyRows(const QString &path) : m_path(path), m_file(path)
    {
        const NpyReader::Header h = NpyReader::readHeader(path); // FileNotFound, BadFormat
        if (h.descr != QLatin1String("<f4") && h.descr != QLatin1String("<f2"))
            throw MicroError(
                ErrorCode::BadFormat, path,
                QStringLiteral("dtype %1 found, float32 ('<f4') or float16 ('<f2') expected").arg(h.descr));
        if (h.fortranOrder)
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("Fortran order found, C order expected"));
        if (h.shape.size() != 2 || h.shape[1] < 1 || h.shape[0] > std::numeric_limits<int>::max() ||
            h.shape[1] > (1 << 24))
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("an N x D matrix expected"));
        m_half = h.descr == QLatin1String("<f2");
        m_rows = int(h.shape[0]);
        m_cols = int(h.shape[1]);
        if (!m_file.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, m_file.errorString());
        const qint64 need = h.dataOffset + qint64(m_rows) * m_cols * (m_half ? 2 : 4);
        if (m_file.size() < need)
            throw MicroError(ErrorCode::BadFormat, path,
                             QStringLiteral("%1 bytes, the header's %2 x %3 needs %4")
                                 .arg(m_file.size())
                                 .arg(m_rows)
                                 .arg(m_cols)
                                 .arg(need));
        m_file.seek(h.dataOffset);
    }
    int rows() const { return m_rows; }
    int cols() const { return m_cols; }

    // The next `count` rows into out (count x cols), checked finite.
    void next(int count, float *out)
    {
        const qint64 values = qint64(count) * m_cols;
        const qint64 bytes = values * (m_half ? 2 : 4);
        char *target = m_half ? (m_raw.resize(std::size_t(bytes)), m_raw.data()) : reinterpret_cast<char *>(out);
        if (m_file.read(target, bytes) != bytes)
            throw MicroError(ErrorCode::FileUnreadable, m_path,
                             QStringLiteral("could not read row %1").arg(m_done + 1));
        if (m_half) qFloatFromFloat16(out, reinterpret_cast<const qfloat16 *>(m_raw.data()), values);
        for (qint64 i = 0; i < values; ++i)
            if (!std::isfinite(out[i]))
                throw MicroError(ErrorCode::NonFinite, m_path,
                                 QStringLiteral("row %1, column %2").arg(m_done + i / m_cols + 1).arg(i % m_cols + 1));
        m_done += count;
    }

private:
    QString m_path;
    QFile m_file;
    bool m_half = false;
    int m_rows = 0, m_cols = 0;
    qint64 m_done = 0;
    std::vector<char> m_raw;
};

} // namespace

qint64 writeFeatureFileFromNpy(const QString &dir, const QString &out, StoredFloat type,
                               const std::function<void(double)> &progress, const CancelToken *cancel)
{
    const QDir d(dir);
    NpyRows chosen(d.filePath(QStringLiteral("chosen.npy")));
    NpyRows rejected(d.filePath(QStringLiteral("rejected.npy")));
    NpyRows prompt(d.filePath(QStringLiteral("prompt.npy")));
    if (rejected.rows() != chosen.rows() || rejected.cols() != chosen.cols())
        throw MicroError(ErrorCode::ShapeMismatch, dir,
                         QStringLiteral("chosen.npy is %1 x %2, rejected.npy %3 x %4")
                             .arg(chosen.rows())
                             .arg(chosen.cols())
                             .arg(rejected.rows())
                             .arg(rejected.cols()));
    if (prompt.rows() != chosen.rows())
        throw MicroError(ErrorCode::ShapeMismatch, dir,
                         QStringLiteral("chosen.npy has %1 rows, prompt.npy %2").arg(chosen.rows()).arg(prompt.rows()));
    MappedFeatureWriter writer(out, type, chosen.cols(), prompt.cols());
    std::vector<float> a(std::size_t(kChunkRows) * std::size_t(chosen.cols())), b(a.size()),
        p(std::size_t(kChunkRows) * std::size_t(prompt.cols()));
    const int n = chosen.rows();
    for (int first = 0; first < n; first += kChunkRows) {
        if (cancel && cancel->isCancelled()) return -1; // the writer removes its partial file
        const int count = std::min(kChunkRows, n - first);
        chosen.next(count, a.data());
        rejected.next(count, b.data());
        prompt.next(count, p.data());
        for (std::size_t i = 0; i < std::size_t(count) * std::size_t(chosen.cols()); ++i)
            a[i] -= b[i];
        for (int i = 0; i < count; ++i)
            writer.append(a.data() + std::size_t(i) * std::size_t(chosen.cols()),
                          p.data() + std::size_t(i) * std::size_t(prompt.cols()));
        if (progress) progress(double(first + count) / double(n));
    }
    writer.finish();
    return n;
}

} // namespace micro::core
