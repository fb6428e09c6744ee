#pragma once

#include <QFile>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace micro::core {

// Embedding tensors from a .npy (format 1-3, '<f4' or '<f2', C order) or a .safetensors file
// (F32, F16, BF16), memory-mapped: opening reads only the header, rows are converted on
// demand, so a file larger than RAM is never read whole.
//
// The constructor validates the structure (magic, header, every tensor's extent against the
// file size) and throws MicroError (FileNotFound, FileUnreadable, BadFormat; subject = path).
// Views point into the mapping and share its ownership, so a view outlives the object safely.
class EmbeddingFile
{
public:
    struct TensorView
    {
        QString name;
        std::vector<qint64> shape;
        enum Dtype
        {
            F32,
            F16,
            BF16
        } dtype = F32;
        const uchar *data = nullptr;
        std::shared_ptr<const void> owner; // the mapped file; keeps `data` valid

        qint64 rows() const { return shape.empty() ? 0 : shape.front(); }
        qint64 cols() const { return shape.empty() ? 0 : shape.back(); }
        QString shapeText() const; // "[10, 2, 4]", for error details
    };

    // Layout of a .npy header; shared with the id-vector reader (which accepts integers).
    struct NpyHeader
    {
        QString descr; // e.g. "<f4"
        bool fortranOrder = false;
        std::vector<qint64> shape;
        qint64 dataOffset = 0;
    };

    explicit EmbeddingFile(const QString &path);
    EmbeddingFile(const EmbeddingFile &) = delete;
    EmbeddingFile &operator=(const EmbeddingFile &) = delete;

    const QString &path() const { return m_path; }
    // Every tensor in the file, including ones whose dtype tensor() refuses. For .npy: one,
    // named after the file's base name ("chosen.npy" -> "chosen").
    QStringList tensorNames() const;
    // An empty name selects the only tensor. Throws BadFormat for an unknown name (listing the
    // names there are), for an empty name when there are several, and for unsupported dtypes.
    TensorView tensor(const QString &name = {}) const;

    // Converts row `row` of a [N, D] tensor (inner must be 0) or slice `inner` of row `row` of
    // a [N, K, D] tensor to float32. `out` holds `cols` floats and cols must equal D; misuse
    // throws MicroError(Internal).
    static void readRow(const TensorView &t, qint64 row, qint64 inner, float *out, qint64 cols);

    // Parses the magic, version and header dict of .npy bytes; does not check the data size.
    static NpyHeader parseNpyHeader(const uchar *bytes, qint64 size, const QString &path);

    static float halfToFloat(quint16 bits);
    static float bfloat16ToFloat(quint16 bits);

private:
    struct Entry
    {
        TensorView view;
        QString dtypeName; // as written in the file, for refusals
        bool supported = false;
    };

    void openNpy();
    void openSafetensors();

    QString m_path;
    // Kept open: the mapping lives as long as the file object, which views share.
    std::shared_ptr<QFile> m_file = std::make_shared<QFile>();
    const uchar *m_bytes = nullptr;
    qint64 m_size = 0;
    std::vector<Entry> m_entries;
};

} // namespace micro::core
