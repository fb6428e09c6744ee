#pragma once

#include <QByteArray>
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

// Writes the file whole or not at all (an existing file stays as it was on failure).
inline bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error = nullptr)
{
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok && error) *error = file.errorString();
    return ok;
}

} // namespace micro::core
