#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QString>
#include <cstddef>
#include <cstdint>

// The readers under test take a path (they map or stream files), so each input is written
// to one scratch file per process, on tmpfs when there is one, and read back from there.
namespace micro::fuzz {

inline QString scratchPath(const QString &suffix)
{
    static const QString folder =
        QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm") : QDir::tempPath();
    return QStringLiteral("%1/micro-fuzz-%2%3").arg(folder).arg(QCoreApplication::applicationPid()).arg(suffix);
}

inline QString writeScratch(const QString &suffix, const uint8_t *data, size_t size)
{
    const QString path = scratchPath(suffix);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(reinterpret_cast<const char *>(data), qint64(size));
        f.close();
    }
    return path;
}

} // namespace micro::fuzz
