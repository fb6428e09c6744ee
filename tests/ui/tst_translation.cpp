// Korean: the catalogue is complete (every message translated, placeholders kept), and the
// main window built under it shows no English string that should have been translated.
#include "importwizard.h"
#include "mainwindow.h"
#include "projectfixture.h"
#include "translation.h"

#include "jobs/training.h"

#include <QAction>
#include <QFile>
#include <QFontDatabase>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QWizard>
#include <QXmlStreamReader>
#include <QtTest>

#include "screenshot.h"

using namespace micro::ui;

namespace {

// Names that stay as they are in Korean text: product, method and format names.
const QStringList kKeep{
    QStringLiteral("MiCRo"), QStringLiteral("Studio"), QStringLiteral("BT"),      QStringLiteral("NLL"),
    QStringLiteral("ARI"),   QStringLiteral("NMI"),    QStringLiteral("CSV"),     QStringLiteral("PNG"),
    QStringLiteral("PDF"),   QStringLiteral("JSON"),   QStringLiteral("JSONL"),   QStringLiteral("TSV"),
    QStringLiteral("gz"),    QStringLiteral("npy"),    QStringLiteral("mfeat"),   QStringLiteral("safetensors"),
    QStringLiteral("Hedge"), QStringLiteral("HyRe"),   QStringLiteral("ID"),      QStringLiteral("Ctrl"),
    QStringLiteral("Shift"), QStringLiteral("Alt"),    QStringLiteral("Esc"),     QStringLiteral("EM"),
    QStringLiteral("BIC"),   QStringLiteral("PCA"),    QStringLiteral("English"), QStringLiteral("Bradley"),
    QStringLiteral("Terry"), QStringLiteral("Cohen"),  QStringLiteral("kappa"),   QStringLiteral("Left"),
    QStringLiteral("Right"), QStringLiteral("Home"), // key names, as printed on keyboards
    QStringLiteral("px"),    QStringLiteral("dpi")}; // units as Korean software prints them

QStringList placeholders(const QString &s)
{
    QStringList out;
    static const QRegularExpression p(QStringLiteral("%(?:L?\\d|n|p|v|m)"));
    for (auto it = p.globalMatch(s); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// Latin words that are neither kept names nor inside a Korean sentence's technical part.
QStringList englishWords(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\(&.\\)")));
    s.remove(QLatin1Char('&'));
    QStringList out;
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (auto it = word.globalMatch(s); it.hasNext();) {
        const QString w = it.next().captured();
        if (!kKeep.contains(w)) out << w;
    }
    return out;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Under Korean, digits and "." come from DejaVu Sans (NanumGothic's "." made 0.834 read
    // as 0,834) and Hangul from the font before; English keeps the font it had.
    void koreanNumbersUseALatinFont()
    {
        if (!QFontDatabase::hasFamily(QStringLiteral("DejaVu Sans"))) QSKIP("DejaVu Sans is not installed");
        const QFont before = QGuiApplication::font();
        micro::ui::applyLanguageFont(QStringLiteral("en"));
        QCOMPARE(QGuiApplication::font(), before);
        micro::ui::applyLanguageFont(QStringLiteral("ko"));
        const QStringList families = QGuiApplication::font().families();
        QCOMPARE(families.value(0), QStringLiteral("DejaVu Sans"));
        QVERIFY(families.size() >= 2 || before.family() == QLatin1String("DejaVu Sans"));
        QGuiApplication::setFont(before);
    }

    // Settings > Language applies at once: the window is built again in the new language
    // with the same project, run and tab, and back again.
    void languageSwitchesLive()
    {
        QTemporaryDir dir;
        const QString path = micro::test::makeSyntheticProject(dir.filePath(QStringLiteral("l.micro")), 600);
        qint64 run = 0;
        {
            micro::core::ProjectStore store(path, micro::core::ProjectStore::OpenMode::MustExist);
            micro::core::Stage1Config c;
            c.k = 2;
            c.epochs = 2;
            run = micro::core::trainAndStore(store, QStringLiteral("d"), c).runId;
        }
        micro::ui::installTranslation(QStringLiteral("en"));
        const QVariant recent = QSettings().value(QStringLiteral("recentProjects")); // put back after
        QPointer<micro::ui::MainWindow> window = new micro::ui::MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
        QVERIFY(window->openProject(path, false));
        window->showRun(run);
        window->views()->setCurrentIndex(2);
        QCOMPARE(window->menuBar()->actions().first()->text(), QStringLiteral("&File"));
        for (const auto &[code, file] : {std::pair{"ko", "파일(&F)"}, std::pair{"en", "&File"}}) {
            micro::ui::MainWindow *next = nullptr;
            connect(window, &micro::ui::MainWindow::replacedBy, this, [&](micro::ui::MainWindow *w) { next = w; });
            window->findChild<QAction *>(QStringLiteral("actionLanguage_") + QLatin1String(code))->trigger();
            QVERIFY(next);
            QTRY_VERIFY(window.isNull()); // the old window closed and went away
            window = next;
            QCOMPARE(window->menuBar()->actions().first()->text(), QString::fromUtf8(file));
            QCOMPARE(window->shownRunId(), run);
            QCOMPARE(window->views()->currentIndex(), 2);
        }
        window->close();
        QTRY_VERIFY(window.isNull());
        QSettings().remove(QStringLiteral("language"));
        if (recent.isValid())
            QSettings().setValue(QStringLiteral("recentProjects"), recent);
        else
            QSettings().remove(QStringLiteral("recentProjects"));
    }

    void koreanCatalogueIsComplete()
    {
        QFile f(QStringLiteral(MICRO_TRANSLATIONS_DIR "/micro_studio_ko.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QStringList problems;
        QString source, translation;
        bool unfinished = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                unfinished = xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished") ||
                             xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished");
                translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                if (unfinished || translation.trimmed().isEmpty())
                    problems << QStringLiteral("untranslated: ") + source;
                else if (placeholders(source) != placeholders(translation))
                    problems << QStringLiteral("placeholders differ: ") + source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 500);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void mainWindowShowsNoUntranslatedString()
    {
        QCOMPARE(installTranslation(QStringLiteral("ko")), QStringLiteral("ko"));
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        micro::test::screenshot(w, QStringLiteral("main-window-korean"));
        QStringList shown;
        shown << w.windowTitle();
        std::function<void(QMenu *)> walkMenu = [&](QMenu *m) {
            shown << m->title();
            for (QAction *a : m->actions()) {
                if (a->menu())
                    walkMenu(a->menu());
                else if (!a->isSeparator() && !a->data().isValid()) // language names are their own
                    shown << a->text() << a->toolTip();
            }
        };
        for (QAction *a : w.menuBar()->actions())
            if (a->menu()) walkMenu(a->menu());
        for (int i = 0; i < w.views()->count(); ++i)
            shown << w.views()->tabText(i);
        for (QLabel *l : w.findChildren<QLabel *>())
            if (l->isVisibleTo(&w) || l->parentWidget()) shown << l->text() << l->toolTip();
        for (QAbstractButton *b : w.findChildren<QAbstractButton *>())
            shown << b->text() << b->toolTip();
        for (QGroupBox *g : w.findChildren<QGroupBox *>())
            shown << g->title();
        for (QTableView *t : w.findChildren<QTableView *>())
            if (t->model())
                for (int c = 0; c < t->model()->columnCount(); ++c)
                    shown << t->model()->headerData(c, Qt::Horizontal).toString();
        QStringList untranslated;
        for (const QString &s : shown) {
            const QStringList words = englishWords(s);
            if (!words.isEmpty())
                untranslated << QStringLiteral("\"%1\" (%2)").arg(s.left(80), words.join(QLatin1Char(' ')));
        }
        untranslated.removeDuplicates();
        installTranslation(QStringLiteral("en"));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
        QVERIFY(shown.size() > 100); // the walk reached the window's strings
    }

    // Qt's own buttons (the wizard's "< Back", "Next >", Cancel) follow the language too:
    // they stayed English while every string of ours was Korean. Needs Qt's catalogue
    // (qt6-translations-l10n, installed by setup.sh).
    void qtsOwnButtonsAreTranslated()
    {
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ko.qm")))
            QSKIP("Qt's Korean catalogue (qt6-translations-l10n) is not installed");
        installTranslation(QStringLiteral("ko"));
        QStringList untranslated;
        {
            ImportWizard wizard({});
            wizard.show();
            for (QWizard::WizardButton b : {QWizard::BackButton, QWizard::NextButton, QWizard::CancelButton}) {
                const QString text = wizard.buttonText(b);
                if (!englishWords(text).isEmpty()) untranslated << text;
            }
        }
        installTranslation(QStringLiteral("en"));
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
