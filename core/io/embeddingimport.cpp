#include "embeddingimport.h"

#include "embeddingfile.h"
#include "util/error.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QtEndian>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>

namespace micro::core {

namespace {

using TensorView = EmbeddingFile::TensorView;

// Each distinct path is mapped once, however many tensors come from it.
class OpenFiles
{
public:
    const EmbeddingFile &open(const QString &path)
    {
        for (const auto &f : m_files)
            if (f->path() == path) return *f;
        m_files.push_back(std::make_unique<EmbeddingFile>(path));
        return *m_files.back();
    }

private:
    std::vector<std::unique_ptr<EmbeddingFile>> m_files;
};

struct Input
{
    QString path;
    TensorView view;
};

// "tensor 'chosen' in /data/chosen.npy has shape [12, 4]": names the other side of a mismatch.
QString describe(const Input &in)
{
    return QStringLiteral("tensor '%1' in %2 has shape %3").arg(in.view.name, in.path, in.view.shapeText());
}

[[noreturn]] void shapeError(const Input &in, const QString &detail)
{
    throw MicroError(ErrorCode::ShapeMismatch, in.path, detail);
}

void requireRank2(const Input &in)
{
    if (in.view.shape.size() != 2)
        shapeError(in,
                   QStringLiteral("tensor '%1' has shape %2, expected [N, D]").arg(in.view.name, in.view.shapeText()));
}

void requireRowsMatch(const Input &in, const Input &reference)
{
    if (in.view.rows() != reference.view.rows())
        shapeError(in, QStringLiteral("tensor '%1' has shape %2, %3: row counts differ")
                           .arg(in.view.name, in.view.shapeText(), describe(reference)));
}

void requireColumns(const Input &in)
{
    if (in.view.cols() <= 0)
        shapeError(in, QStringLiteral("tensor '%1' has shape %2, no columns").arg(in.view.name, in.view.shapeText()));
    // FeatureMatrix counts rows and columns in int.
    if (in.view.cols() > std::numeric_limits<int>::max() || in.view.rows() > std::numeric_limits<int>::max())
        shapeError(in, QStringLiteral("tensor '%1' has shape %2, too large").arg(in.view.name, in.view.shapeText()));
}

// First non-finite value of a converted row, reported with 1-based row and column.
void checkFinite(const float *v, int cols, const Input &in, qint64 row)
{
    for (int j = 0; j < cols; ++j) {
        if (std::isfinite(v[j])) continue;
        const QString what = std::isnan(v[j]) ? QStringLiteral("NaN")
                             : v[j] > 0       ? QStringLiteral("Inf")
                                              : QStringLiteral("-Inf");
        throw MicroError(
            ErrorCode::NonFinite, in.path,
            QStringLiteral("tensor '%1': row %2, column %3 is %4").arg(in.view.name).arg(row + 1).arg(j + 1).arg(what));
    }
}

struct IdList
{
    std::vector<QString> ids;
    QString unit; // "line" (text) or "row" (.npy): how details point into the ids file
};

IdList readNpyIds(const QString &path, QFile &file)
{
    const qint64 size = file.size();
    const uchar *bytes = size > 0 ? file.map(0, size) : nullptr;
    if (size > 0 && !bytes) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    const EmbeddingFile::NpyHeader h = EmbeddingFile::parseNpyHeader(bytes, size, path);
    const bool is64 = h.descr == QLatin1String("<i8");
    if (!is64 && h.descr != QLatin1String("<i4"))
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("ids have dtype '%1', expected '<i4' or '<i8'").arg(h.descr));
    if (h.shape.size() != 1)
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("ids have %1 dimensions, expected a vector").arg(h.shape.size()));
    const qint64 n = h.shape[0];
    const qint64 item = is64 ? 8 : 4;
    if (n > (size - h.dataOffset) / item)
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("ids data is truncated: %1 bytes after the header, %2 ids need %3")
                             .arg(size - h.dataOffset)
                             .arg(n)
                             .arg(n * item));
    IdList out{{}, QStringLiteral("row")};
    out.ids.reserve(std::size_t(n));
    const uchar *data = bytes + h.dataOffset;
    for (qint64 i = 0; i < n; ++i)
        out.ids.push_back(QString::number(is64 ? qFromLittleEndian<qint64>(data + 8 * i)
                                               : qint64(qFromLittleEndian<qint32>(data + 4 * i))));
    return out;
}

IdList readTextIds(const QString &path, QFile &file)
{
    IdList out{{}, QStringLiteral("line")};
    qint64 line = 0;
    qint64 firstBlank = 0; // blank lines are fine at the end only: elsewhere they shift rows
    while (!file.atEnd()) {
        QByteArray bytes = file.readLine();
        ++line;
        if (line == 1 && bytes.startsWith("\xef\xbb\xbf")) // UTF-8 byte order mark
            bytes.remove(0, 3);
        const QString id = QString::fromUtf8(bytes).trimmed();
        if (id.isEmpty()) {
            if (firstBlank == 0) firstBlank = line;
            continue;
        }
        if (firstBlank != 0)
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line %1 is empty").arg(firstBlank));
        out.ids.push_back(id);
    }
    return out;
}

IdList readIds(const QString &path)
{
    QFile file(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    const QByteArray magic = file.peek(6);
    if (magic == QByteArray("\x93NUMPY") || QFileInfo(path).suffix().toLower() == QLatin1String("npy"))
        return readNpyIds(path, file);
    return readTextIds(path, file);
}

// Dataset row of each embedding row, checking that the ids are known, unique and cover the
// dataset.
std::vector<int> alignIds(const QString &path, const IdList &list, const QStringList &datasetIds)
{
    constexpr int Ambiguous = -1;
    QHash<QString, int> rowOf;
    rowOf.reserve(datasetIds.size());
    for (int r = 0; r < datasetIds.size(); ++r) {
        auto it = rowOf.find(datasetIds[r]);
        if (it == rowOf.end())
            rowOf.insert(datasetIds[r], r);
        else
            *it = Ambiguous; // only an error if the ids file names it (see below)
    }

    std::vector<int> order(list.ids.size());
    std::vector<qint64> claimedBy(std::size_t(datasetIds.size()), -1);
    for (std::size_t i = 0; i < list.ids.size(); ++i) {
        const QString &id = list.ids[i];
        const auto it = rowOf.constFind(id);
        if (it == rowOf.constEnd())
            throw MicroError(ErrorCode::BadFormat, path,
                             QStringLiteral("id '%1' on %2 %3 is not in the dataset").arg(id, list.unit).arg(i + 1));
        if (*it == Ambiguous)
            throw MicroError(
                ErrorCode::BadFormat, path,
                QStringLiteral("id '%1' on %2 %3 names several dataset rows").arg(id, list.unit).arg(i + 1));
        qint64 &claim = claimedBy[std::size_t(*it)];
        if (claim >= 0)
            throw MicroError(
                ErrorCode::BadFormat, path,
                QStringLiteral("id '%1' appears on %2s %3 and %4").arg(id, list.unit).arg(claim + 1).arg(i + 1));
        claim = qint64(i);
        order[i] = *it;
    }

    qint64 missing = 0;
    int firstMissing = -1;
    for (int r = 0; r < datasetIds.size(); ++r) {
        if (claimedBy[std::size_t(r)] < 0) {
            if (firstMissing < 0) firstMissing = r;
            ++missing;
        }
    }
    if (missing > 0)
        throw MicroError(ErrorCode::ShapeMismatch, path,
                         QStringLiteral("%1 of %2 dataset rows have no embedding; the first is id '%3'")
                             .arg(missing)
                             .arg(datasetIds.size())
                             .arg(datasetIds[firstMissing]));
    return order;
}

} // namespace

EmbeddingFeatures readEmbeddingFeatures(const EmbeddingSources &src, const QStringList &datasetIds,
                                        const std::function<bool()> &cancelled)
{
    OpenFiles files;
    // A tensor named without a path lives in the chosen file.
    const auto pathFor = [&](const QString &path, const QString &tensor) {
        return path.isEmpty() && !tensor.isEmpty() ? src.chosenPath : path;
    };
    const QString rejectedPath = pathFor(src.rejectedPath, src.rejectedTensor);
    const QString promptPath = pathFor(src.promptPath, src.promptTensor);
    const bool pair = rejectedPath.isEmpty();

    const Input chosen{src.chosenPath, files.open(src.chosenPath).tensor(src.chosenTensor)};
    Input rejected;
    if (pair) {
        if (chosen.view.shape.size() != 3 || chosen.view.shape[1] != 2)
            shapeError(chosen, QStringLiteral("tensor '%1' has shape %2, expected a pair tensor "
                                              "[N, 2, D] as no rejected tensor is given")
                                   .arg(chosen.view.name, chosen.view.shapeText()));
        rejected = chosen;
    } else {
        requireRank2(chosen);
        rejected = Input{rejectedPath, files.open(rejectedPath).tensor(src.rejectedTensor)};
        requireRank2(rejected);
        requireRowsMatch(rejected, chosen);
        if (rejected.view.cols() != chosen.view.cols())
            shapeError(rejected, QStringLiteral("tensor '%1' has shape %2, %3: column counts differ")
                                     .arg(rejected.view.name, rejected.view.shapeText(), describe(chosen)));
    }
    requireColumns(chosen);

    const bool hasPrompt = !promptPath.isEmpty();
    Input prompt;
    if (hasPrompt) {
        prompt = Input{promptPath, files.open(promptPath).tensor(src.promptTensor)};
        requireRank2(prompt);
        requireRowsMatch(prompt, chosen);
        requireColumns(prompt);
    }

    const qint64 n = chosen.view.rows();
    std::vector<int> order;
    if (src.idsPath.isEmpty()) {
        if (n != datasetIds.size())
            shapeError(chosen,
                       QStringLiteral("%1, the dataset has %2 rows").arg(describe(chosen)).arg(datasetIds.size()));
        order.resize(std::size_t(n));
        for (int i = 0; i < int(n); ++i)
            order[std::size_t(i)] = i;
    } else {
        const IdList ids = readIds(src.idsPath);
        if (qint64(ids.ids.size()) != n)
            throw MicroError(ErrorCode::ShapeMismatch, src.idsPath,
                             QStringLiteral("%1 ids, %2").arg(ids.ids.size()).arg(describe(chosen)));
        order = alignIds(src.idsPath, ids, datasetIds);
    }

    const int d = int(chosen.view.cols());
    const int p = hasPrompt ? int(prompt.view.cols()) : 0;
    EmbeddingFeatures out;
    out.diff = FeatureMatrix(int(datasetIds.size()), d);
    if (hasPrompt) out.prompt = FeatureMatrix(int(datasetIds.size()), p);
    std::vector<float> rejectedRow(static_cast<std::size_t>(d));
    for (qint64 i = 0; i < n; ++i) {
        if ((i & 4095) == 0 && cancelled && cancelled()) throw MicroError(ErrorCode::Cancelled, src.chosenPath);
        const int target = order[std::size_t(i)];
        float *diff = out.diff.row(target);
        EmbeddingFile::readRow(chosen.view, i, 0, diff, d);
        checkFinite(diff, d, chosen, i);
        EmbeddingFile::readRow(rejected.view, i, pair ? 1 : 0, rejectedRow.data(), d);
        checkFinite(rejectedRow.data(), d, rejected, i);
        bool finite = true;
        for (int j = 0; j < d; ++j) {
            diff[j] -= rejectedRow[std::size_t(j)];
            finite = finite && std::isfinite(diff[j]);
        }
        if (!finite) { // two large finite values of opposite sign
            for (int j = 0; j < d; ++j)
                if (!std::isfinite(diff[j]))
                    throw MicroError(ErrorCode::NonFinite, chosen.path,
                                     QStringLiteral("tensor '%1' minus tensor '%2': row %3, column %4 "
                                                    "overflows float32")
                                         .arg(chosen.view.name, rejected.view.name)
                                         .arg(i + 1)
                                         .arg(j + 1));
        }
        if (hasPrompt) {
            float *row = out.prompt.row(target);
            EmbeddingFile::readRow(prompt.view, i, 0, row, p);
            checkFinite(row, p, prompt, i);
        }
    }
    out.order = std::move(order);
    return out;
}

} // namespace micro::core
