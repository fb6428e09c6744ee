#include "names.h"

#include "error.h"

#include <QRegularExpression>

namespace micro::core {

void checkUserName(const QString &name, const QString &what)
{
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            throw MicroError(ErrorCode::InvalidOption, what,
                             QStringLiteral("must not contain control characters (U+%1)")
                                 .arg(QString::number(c.unicode(), 16).toUpper().rightJustified(4, QLatin1Char('0'))));
    static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
    if (placeholder.match(name).hasMatch())
        throw MicroError(ErrorCode::InvalidOption, what, QStringLiteral("must not contain %% followed by a digit"));
}

} // namespace micro::core
