#pragma once

// Helpers shared by the files of ProjectStore (projectstore*.cpp); not part of its interface.

#include <QByteArray>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cerrno>
#include <cstring>
#include <signal.h>
#include <vector>

namespace micro::core::storeinternal {

constexpr int kBlockRows = 4096;
const QString kIncompleteKey = QStringLiteral("incomplete_owner_pid");

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

inline QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// An empty array is stored as an empty blob, not NULL (the columns are NOT NULL): a block
// with no non-zeros (e.g. every prompt empty) must store.
template <typename T> inline QByteArray toBlob(const T *data, std::size_t count)
{
    if (count == 0) return QByteArray("", 0);
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(count * sizeof(T)));
}

template <typename T> inline std::vector<T> fromBlob(const QByteArray &blob)
{
    std::vector<T> out(std::size_t(blob.size()) / sizeof(T));
    if (!out.empty()) std::memcpy(out.data(), blob.constData(), out.size() * sizeof(T));
    return out;
}

inline bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace micro::core::storeinternal
