#include "npydataset.h"

#include "npyreader.h"
#include "util/error.h"

#include <QDir>
#include <QFileInfo>

namespace micro::core {

Dataset loadNpyDataset(const QString &dir, const QString &name)
{
    const QDir d(dir);
    if (!QFileInfo(dir).isDir()) throw MicroError(ErrorCode::FileNotFound, dir);
    const QString chosenPath = d.filePath(QStringLiteral("chosen.npy"));
    const QString rejectedPath = d.filePath(QStringLiteral("rejected.npy"));
    const QString promptPath = d.filePath(QStringLiteral("prompt.npy"));
    const QString groupsPath = d.filePath(QStringLiteral("groups.npy"));

    Dataset ds;
    ds.name = name;
    ds.source = QStringLiteral("npy:") + QFileInfo(dir).absoluteFilePath();
    FeatureMatrix chosen = NpyReader::readFloatMatrix(chosenPath);
    const FeatureMatrix rejected = NpyReader::readFloatMatrix(rejectedPath);
    if (chosen.rows != rejected.rows || chosen.cols != rejected.cols)
        throw MicroError(ErrorCode::ShapeMismatch, rejectedPath,
                         QStringLiteral("%1 x %2 vs chosen.npy %3 x %4")
                             .arg(rejected.rows)
                             .arg(rejected.cols)
                             .arg(chosen.rows)
                             .arg(chosen.cols));
    // chosen becomes the difference in place: one N x D buffer instead of three.
    for (std::size_t i = 0; i < chosen.values.size(); ++i)
        chosen.values[i] -= rejected.values[i];
    ds.diff = std::move(chosen);
    ds.router = NpyReader::readFloatMatrix(promptPath);
    if (ds.router.rows != ds.diff.rows)
        throw MicroError(ErrorCode::ShapeMismatch, promptPath,
                         QStringLiteral("%1 rows vs %2 in chosen.npy").arg(ds.router.rows).arg(ds.diff.rows));
    ds.comparisons.resize(std::size_t(ds.diff.rows));
    for (int i = 0; i < ds.diff.rows; ++i)
        ds.comparisons[std::size_t(i)].id = QString::number(i);
    if (QFileInfo::exists(groupsPath)) {
        const std::vector<int> groups = NpyReader::readIntVector(groupsPath);
        if (int(groups.size()) != ds.diff.rows)
            throw MicroError(
                ErrorCode::ShapeMismatch, groupsPath,
                QStringLiteral("%1 entries vs %2 rows in chosen.npy").arg(groups.size()).arg(ds.diff.rows));
        for (int i = 0; i < ds.diff.rows; ++i)
            ds.comparisons[std::size_t(i)].knownGroup = QString::number(groups[std::size_t(i)]);
    }
    ds.validate();
    return ds;
}

} // namespace micro::core
