// Teaching mode: each guided scenario runs in a worker thread and shows its figures; the
// Hedge scenario steps one round at a time; presentation mode enlarges the text; the
// figure exports.
#include "qcpwarnings.h"
#include "teachingview.h"

#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include "screenshot.h"

using namespace micro::ui;

using micro::test::screenshot;

class TestTeachingView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { micro::test::QcpWarnings::install(); }
    // Any QCustomPlot warning fails the test that caused it.
    void cleanup()
    {
        const QStringList warnings = micro::test::QcpWarnings::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }
    void everyScenarioRunsAndShowsItsFigures()
    {
        TeachingView view;
        view.resize(1200, 760);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.scenarioCount(), 4);
        QTemporaryDir dir;
        for (int i = 0; i < view.scenarioCount(); ++i) {
            QSignalSpy finished(&view, &TeachingView::scenarioFinished);
            view.setScenario(i);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() && finished.last().at(0).toInt() == i && !view.isBusy(),
                                     60000);
            const QString figures = view.figuresText();
            QVERIFY2(figures.contains(QRegularExpression(QStringLiteral("\\d\\.\\d"))), qPrintable(figures));
            const QString png = dir.filePath(QStringLiteral("s%1.png").arg(i));
            QVERIFY(view.exportTo(png));
            QVERIFY(QFileInfo(png).size() > 1000);
            screenshot(view, QStringLiteral("teaching-%1").arg(i + 1));
        }
        // Scenario 4 steps Hedge one round at a time: the figures line moves on.
        const QString before = view.figuresText();
        view.stepHedge();
        view.stepHedge();
        QVERIFY(view.figuresText() != before);
        // And from the keyboard (no Alt letter is free for Step and Reset): Alt+Home
        // rewinds to the start, Alt+Right steps again.
        view.show();
        view.activateWindow(); // window shortcuts reach the active window only (as a user types)
        QVERIFY(QTest::qWaitForWindowActive(&view));
        const QString stepped = view.figuresText();
        QTest::keyClick(&view, Qt::Key_Home, Qt::AltModifier);
        QTRY_COMPARE(view.figuresText(), before); // a button's shortcut clicks it after 100 ms
        QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
        QTRY_VERIFY(view.figuresText().startsWith(QStringLiteral("Round 1 ")));
        QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE(view.figuresText(), stepped);
        const int normal = view.font().pointSize();
        view.resize(1920, 1080); // a projector
        view.setPresentationMode(true);
        QVERIFY(view.presentationMode());
        QVERIFY(view.font().pointSize() > normal || view.font().pixelSize() > 0);
        QTest::qWait(100); // the layouts take the larger fonts on the next event-loop pass
        screenshot(view, QStringLiteral("teaching-presentation"));
        view.setPresentationMode(false);
    }
};

QTEST_MAIN(TestTeachingView)
#include "tst_teachingview.moc"
