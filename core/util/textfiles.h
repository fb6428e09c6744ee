#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>
#include <QString>
#include <algorithm>

namespace micro::core {

// A CSV field: quoted (with doubled quotes) when it holds a comma, a quote or a newline.
inline QString csvField(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

// Why `path` cannot take a file written whole: an existing target that is not a regular file
// (a symbolic link, whose target would be replaced, a folder or a device), or a folder that
// does not exist or cannot be written. Empty when it can. Checked before work whose result
// is to be written, so a bad target is refused before anything is computed or stored.
inline QString unwritableReason(const QString &path)
{
    const QFileInfo target(path);
    if (target.isSymLink()) return QStringLiteral("is a symbolic link; name the file itself");
    if (target.exists() && !target.isFile()) return QStringLiteral("exists and is not a regular file");
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir()) return QStringLiteral("folder %1 does not exist").arg(folder.absoluteFilePath());
    if (!folder.isWritable()) return QStringLiteral("folder %1 is not writable").arg(folder.absoluteFilePath());
    return {};
}

// A read-only or full disk under `path`, in words (empty when neither): Qt reports a full
// disk as "Unknown error". `bytes`: how much was to be written (0: unknown).
inline QString diskProblem(const QString &path, qint64 bytes)
{
    const QStorageInfo volume(QFileInfo(path).absolutePath());
    if (!volume.isValid()) return {};
    if (volume.isReadOnly()) return QStringLiteral("the disk is mounted read-only");
    if (volume.bytesAvailable() < bytes + 4096)
        return QStringLiteral("the disk is full: %1 KB to write, %2 KB free")
            .arg((bytes + 1023) / 1024)
            .arg(std::max<qint64>(0, volume.bytesAvailable()) / 1024);
    return {};
}

// Why a file could not be written to `path`, for a writer that only says it failed.
inline QString whyNotWritten(const QString &path)
{
    const QString target = unwritableReason(path);
    return target.isEmpty() ? diskProblem(path, 0) : target;
}

// Why writing `bytes` to `path` failed, in words.
inline QString writeFailureReason(const QFileDevice &file, const QString &path, qint64 bytes)
{
    const QString disk = diskProblem(path, bytes);
    if (!disk.isEmpty()) return disk;
    const QString qt = file.errorString();
    return qt.isEmpty() || qt == QLatin1String("Unknown error") ? QStringLiteral("the write failed") : qt;
}

// Writes the file whole or not at all (an existing file stays as it was on failure).
inline bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr)
{
    const QString reason = unwritableReason(path);
    if (!reason.isEmpty()) {
        if (error) *error = reason;
        return false;
    }
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error) *error = writeFailureReason(file, path, bytes.size());
    return ok;
}

} // namespace micro::core
