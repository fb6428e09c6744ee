#include "clicommands.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("MiCRo Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("micro-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MICRO_VERSION));
    return micro::app::runCli(QCoreApplication::arguments());
}
