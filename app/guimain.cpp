// micro-studio: the desktop application. With no display (or --headless) it runs the
// built-in demo in the terminal instead and prints the comparison table.
#include "demoreport.h"
#include "errortext.h"
#include "mainwindow.h"
#include "theme.h"
#include "translation.h"

#include "jobs/demo.h"
#include "store/projectstore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <cstring>

namespace {

bool argumentGiven(int argc, char **argv, const char *name)
{
    for (int i = 1; i < argc; ++i)
        if (std::strcmp(argv[i], name) == 0) return true;
    return false;
}

// No X11/Wayland display and no platform chosen explicitly: a QApplication would abort.
bool noDisplay()
{
    return qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

void describeOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("demo"),
         QCoreApplication::translate("main", "Open a freshly generated demo project and train the demo models.")});
    parser.addOption({QStringLiteral("headless"),
                      QCoreApplication::translate("main", "Run the demo in the terminal without a window.")});
    parser.addOption({QStringLiteral("project"),
                      QCoreApplication::translate("main", "Project file to open (or to create for --demo)."),
                      QStringLiteral("FILE")});
    parser.addOption(
        {QStringLiteral("screenshot"),
         QCoreApplication::translate("main", "With --demo: save a PNG of the window when the demo is done, then quit."),
         QStringLiteral("PNG")});
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QCoreApplication::translate("main", "Project file to open."));
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MiCRo Studio"));
    QCoreApplication::setApplicationName(QStringLiteral("micro-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MICRO_VERSION));
}

int runHeadless(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);
    QTextStream out(stdout), err(stderr);
    const QString path = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                                 : micro::ui::MainWindow::newDemoProjectPath();
    err << QCoreApplication::translate("main", "No display: running the demo headless into %1\n").arg(path)
        << Qt::flush;
    try {
        micro::core::ProjectStore store(path, micro::core::ProjectStore::OpenMode::CreateIfMissing);
        micro::core::TrainingCallbacks cb;
        cb.progress = [&err](double f) { err << QStringLiteral("\r%1%").arg(int(f * 100), 3) << Qt::flush; };
        const micro::core::DemoReport report = micro::core::runDemo(store, {}, cb);
        err << QStringLiteral("\n");
        out << micro::app::formatDemoReport(report);
        out << QCoreApplication::translate("main", "Runs are stored in %1; open it with micro-studio or inspect it "
                                                   "with micro-cli runs --project FILE.\n")
                   .arg(path);
    } catch (const micro::core::MicroError &e) {
        err << micro::ui::errorText(e.error()) << QStringLiteral("\n");
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argumentGiven(argc, argv, "--headless") || noDisplay()) return runHeadless(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/micro-studio.png")));
    // The language chosen in Settings > Language, else the system's where a catalogue
    // exists (English source otherwise).
    micro::ui::applyLanguageFont(
        micro::ui::installTranslation(QSettings().value(QStringLiteral("language")).toString()));
    micro::ui::applyTheme(micro::ui::savedTheme());
    QCommandLineParser parser;
    describeOptions(parser);
    parser.process(app);

    // On the heap and deleted on close: Settings > Language builds the window again in the
    // new language and closes this one.
    auto *window = new micro::ui::MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->resize(1100, 760);
    window->show();
    const QStringList positional = parser.positionalArguments();
    const QString projectArg = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                               : positional.isEmpty()                  ? QString()
                                                                       : positional.first();
    if (parser.isSet(QStringLiteral("demo"))) {
        const QString path = projectArg.isEmpty() ? micro::ui::MainWindow::newDemoProjectPath() : projectArg;
        if (window->openProject(path, true)) window->startDemo();
        const QString shot = parser.value(QStringLiteral("screenshot"));
        if (!shot.isEmpty())
            QObject::connect(window, &micro::ui::MainWindow::jobFinished, &app, [window, shot] {
                QTimer::singleShot(300, window, [window, shot] {
                    window->grab().save(shot);
                    QApplication::quit();
                });
            });
    } else if (!projectArg.isEmpty()) {
        window->openProject(projectArg, false);
    }
    return app.exec();
}
