#include "error.h"

namespace micro::core {

static QByteArray describeForLog(const Error &e)
{
    return QStringLiteral("error %1: %2 %3").arg(static_cast<int>(e.code)).arg(e.subject, e.detail).toUtf8();
}

MicroError::MicroError(Error error) : m_error(std::move(error)), m_what(describeForLog(m_error)) {}

MicroError::MicroError(ErrorCode code, QString subject, QString detail)
    : MicroError(Error{code, std::move(subject), std::move(detail)})
{
}

} // namespace micro::core
