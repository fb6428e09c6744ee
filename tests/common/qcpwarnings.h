#pragma once

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QtGlobal>

// Catches QCustomPlot's complaints (e.g. "QCPItemPosition::pixelPosition() ... no axes were
// defined": an item left on a removed axis rect, printed on every replot). Every message is
// still passed on to the previous handler. A UI test installs it in initTestCase() and checks
// take() is empty in cleanup(), so any such warning fails the test that caused it.
namespace micro::test {

class QcpWarnings
{
public:
    static void install() { previous() = qInstallMessageHandler(&handle); }
    static QStringList take()
    {
        QMutexLocker lock(&mutex());
        QStringList out;
        out.swap(seen());
        return out;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (message.contains(QLatin1String("QCP"))) {
            QMutexLocker lock(&mutex());
            if (seen().size() < 5) seen() << message;
        }
        if (previous()) previous()(type, context, message);
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static QStringList &seen()
    {
        static QStringList messages;
        return messages;
    }
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
};

} // namespace micro::test
