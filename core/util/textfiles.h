#pragma once

#include <QByteArray>
#include <QFileInfo>
#include <QSaveFile>
#include <QString>

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
    if (!ok && error) *error = file.errorString();
    return ok;
}

} // namespace micro::core
