#pragma once

#include "featurematrix.h"

#include <QFile>
#include <QString>
#include <cstdint>
#include <future>
#include <memory>

namespace micro::core {

// Dense features that stay on disk (issue 15): a file beside the project holding, for each
// comparison, its difference row (diffCols values) followed by its router row (routerCols),
// as float32 or float16. The file is memory-mapped read-only and read a block of rows at a
// time, so a dataset larger than RAM trains with bounded resident memory: rows done are
// released (MADV_DONTNEED) and the next block is requested ahead (MADV_WILLNEED).
//
// Layout: a 64-byte header ("MICROFT1", u32 version 1, u32 type 1 = float32 / 2 = float16,
// u64 rows, u32 diff cols, u32 router cols, zeros), then the rows, little-endian.
enum class StoredFloat : std::uint32_t
{
    Float32 = 1,
    Float16 = 2
};

QString storedFloatName(StoredFloat type); // "float32", "float16"
bool parseStoredFloat(const QString &text, StoredFloat *out);

class MappedFeatureFile
{
public:
    static constexpr qint64 kHeaderBytes = 64;
    static QString suffix() { return QStringLiteral(".mfeat"); }

    // Throws MicroError: FileNotFound, FileUnreadable, BadFormat (naming what is wrong:
    // magic, version, type, shape, or a size that does not match the header).
    explicit MappedFeatureFile(const QString &path);
    ~MappedFeatureFile();
    MappedFeatureFile(const MappedFeatureFile &) = delete;
    MappedFeatureFile &operator=(const MappedFeatureFile &) = delete;

    const QString &path() const { return m_path; }
    int rows() const { return m_rows; }
    int diffCols() const { return m_diffCols; }
    int routerCols() const { return m_routerCols; }
    StoredFloat type() const { return m_type; }
    qint64 rowBytes() const;
    qint64 bytes() const { return m_size; }
    // Rows trained on together when no block size is set: about 64 MB of the file (16,384
    // rows of 1,024 + 1,024 float16 values), between 256 and 65,536 rows. Measured on a 36 GB
    // file: 16 MB blocks in shuffled order read at under half the disk's sequential rate,
    // 64 MB ones at its rate.
    int defaultBlockRows() const;

    // Rows [first, first + count) as float32 into rows [at, at + count) of diff and router
    // (which must have the columns and room), converted on `threads` threads. Rows are
    // checked finite: NonFinite names the file, the first such row and its column.
    void readRows(int first, int count, FeatureMatrix &diff, FeatureMatrix &router, int at = 0, int threads = 1) const;
    // Faults rows [first, first + count) in on a background thread, which waits for the disk
    // while the caller computes, so a later readRows finds them resident (measured: page
    // faults taken in readRows itself held a cold read to half of dd's rate). One prefetch
    // at a time: a new one waits for the previous.
    void prefetch(int first, int count) const;
    void waitForPrefetch() const;
    // Drops rows [first, first + count) from this process's resident memory (they stay in
    // the file and, while memory allows, in the page cache).
    void release(int first, int count) const;

private:
    const unsigned char *rowData(int row) const;
    void pageRange(int first, int count, std::uintptr_t *begin, std::size_t *length) const;

    QString m_path;
    int m_rows = 0, m_diffCols = 0, m_routerCols = 0;
    StoredFloat m_type = StoredFloat::Float32;
    qint64 m_size = 0;
    void *m_map = nullptr;
    mutable std::future<void> m_prefetch;
};

// Writes a feature file row by row, to PATH.partial renamed over PATH by finish(): a file
// that fails or is abandoned half-way never takes the name. Throws MicroError naming the
// file and the cause (a full or read-only disk said as such).
class MappedFeatureWriter
{
public:
    MappedFeatureWriter(const QString &path, StoredFloat type, int diffCols, int routerCols);
    ~MappedFeatureWriter(); // removes the partial file unless finish() ran
    void append(const float *diff, const float *router);
    void finish();
    qint64 rows() const { return m_rows; }

private:
    void flush();
    void fail(const QString &what);

    QString m_path;
    QFile m_file;
    StoredFloat m_type;
    int m_diffCols, m_routerCols;
    qint64 m_rows = 0;
    QByteArray m_buffer;
    bool m_finished = false;
};

} // namespace micro::core
