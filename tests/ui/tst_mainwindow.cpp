// Drives the main window as a user would, on the offscreen platform.
// Plots and views; the other tests are in tst_mainwindow_runs.cpp and tst_mainwindow_data.cpp.
#include "tst_mainwindow.h"

#include "assignmentview.h"
#include "compareview.h"
#include "curveplot.h"
#include "dataview.h"
#include "exportsizedialog.h"
#include "mainwindow.h"
#include "modelchoiceview.h"
#include "qcpwarnings.h"
#include "qcustomplotinclude.h"
#include "routingview.h"
#include "runtablemodel.h"
#include "teachingview.h"
#include "translation.h"
#include "weightsview.h"

#include "data/synthgenerator.h"
#include "jobs/adaptation.h"
#include "jobs/modelselection.h"
#include "jobs/training.h"
#include "store/projectstore.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "screenshot.h"
#include "viewsshown.h"

using namespace micro::core;
using namespace micro::ui;

using micro::test::screenshot;
using micro::test::viewsShowTheRun;

void TestMainWindow::initTestCase()
{
    micro::test::QcpWarnings::install();
}

// Any QCustomPlot warning fails the test that caused it.
void TestMainWindow::cleanup()
{
    const QStringList warnings = micro::test::QcpWarnings::take();
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
}

// Smoothing draws an exponential moving average (debiased: the first point is the raw
// one), the CSV export stays raw, the log NLL axis switches the scale, and both are
// remembered for the next window.
void TestMainWindow::curvesSmoothAndTakeALogAxis()
{
    std::vector<micro::core::EpochMetrics> epochs;
    const double nll[] = {0.9, 0.5, 0.7, 0.4};
    for (int i = 0; i < 4; ++i) {
        micro::core::EpochMetrics m;
        m.epoch = i + 1;
        m.trainNll = m.trainLoss = nll[i];
        m.valNll = nll[i] + 0.05;
        m.valAccuracy = 0.6 + 0.05 * i;
        epochs.push_back(m);
    }
    QTemporaryDir dir;
    {
        CurvePlot plot;
        plot.setSmoothing(0);
        plot.setLogNll(false);
        plot.setEpochs(epochs);
        auto *qcp = plot.findChild<QCustomPlot *>();
        QCOMPARE(qcp->graph(0)->data()->at(1)->value, 0.5);
        plot.setSmoothing(0.5);
        // EMA with weight 0.5, divided by (1 - 0.5^t): 0.9, then (0.225 + 0.25) / 0.75.
        QCOMPARE(qcp->graph(0)->data()->at(0)->value, 0.9);
        QVERIFY(std::abs(qcp->graph(0)->data()->at(1)->value - 0.475 / 0.75) < 1e-12);
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        QVERIFY(plot.exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(f.readAll().contains(",0.5,0.55,"), "the export is not the raw epochs");
        plot.setLogNll(true);
        QCOMPARE(qcp->yAxis->scaleType(), QCPAxis::stLogarithmic);
        QCOMPARE(qcp->yAxis2->scaleType(), QCPAxis::stLinear);
    }
    CurvePlot next; // remembered
    QCOMPARE(next.smoothing(), 0.5);
    QVERIFY(next.logNll());
    next.setSmoothing(0);
    next.setLogNll(false);
}

// Export at a chosen size and resolution: 600 x 400 at 192 dpi is a 1200 x 800 image
// that says 192 dpi; the dialog offers the last choice again.
void TestMainWindow::exportAtAChosenSizeAndResolution()
{
    std::vector<micro::core::EpochMetrics> epochs(3);
    for (int i = 0; i < 3; ++i) {
        epochs[std::size_t(i)].epoch = i + 1;
        epochs[std::size_t(i)].trainNll = epochs[std::size_t(i)].valNll = 0.7 - 0.1 * i;
        epochs[std::size_t(i)].valAccuracy = 0.6;
    }
    CurvePlot plot;
    plot.setEpochs(epochs);
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("v.png"));
    QVERIFY(plot.exportPng(png, PlotView::ExportSize{600, 400, 192}));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 800));
    QVERIFY(std::abs(image.dotsPerMeterX() - 192 / 0.0254) < 2);
    QVERIFY(plot.exportPng(png)); // the default: 1200 x 800 at 96 dpi
    QCOMPARE(QImage(png).size(), QSize(1200, 800));

    ExportSizeDialog first(true);
    first.findChild<QSpinBox *>(QStringLiteral("exportWidth"))->setValue(900);
    first.findChild<QSpinBox *>(QStringLiteral("exportDpi"))->setValue(300);
    first.remember();
    ExportSizeDialog pdf(false);
    QCOMPARE(pdf.size().width, 900);
    QCOMPARE(pdf.size().dpi, 300);
    QVERIFY(!pdf.findChild<QSpinBox *>(QStringLiteral("exportDpi"))->isEnabled()); // a PDF has none
    pdf.findChild<QSpinBox *>(QStringLiteral("exportWidth"))->setValue(1200);
    pdf.findChild<QSpinBox *>(QStringLiteral("exportDpi"))->setValue(96);
    pdf.remember();
}

void TestMainWindow::demoByShortcutTrainsThreeRunsWithLiveCurves()
{
    QTemporaryDir dir;
    MainWindow w;
    w.resize(1000, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(dir.filePath(QStringLiteral("p.micro")), true));
    QSignalSpy done(&w, &MainWindow::jobFinished);
    auto *demo = w.findChild<QAction *>(QStringLiteral("actionRunDemo"));
    QVERIFY(demo && demo->isEnabled());
    QCOMPARE(demo->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
    demo->trigger(); // the default demo: 3 models x 30 epochs
    QVERIFY(w.currentJob() && w.currentJob()->isRunning());
    QVERIFY(!demo->isEnabled()); // one job at a time
    // Curves grow while the job runs: every delivered epoch is on the plot right after
    // the window handled it (this slot runs after the window's), and never twice (a run
    // shown mid-way is loaded with the epochs stored so far while theirs are queued).
    std::vector<int> lag;
    bool duplicates = false;
    connect(w.currentJob(), &Job::epochFinished, &w, [&](qint64 runId, const EpochMetrics &m) {
        if (runId != w.shownRunId()) return;
        lag.push_back(w.curvePlot()->pointCount() - m.epoch);
        const auto &shown = w.curvePlot()->epochs();
        for (std::size_t i = 1; i < shown.size(); ++i)
            duplicates |= shown[i].epoch <= shown[i - 1].epoch;
    });
    QVERIFY(done.wait(120000));
    QVERIFY(!lag.empty());
    QVERIFY(std::all_of(lag.begin(), lag.end(), [](int d) { return d >= 0; }));
    QVERIFY(!duplicates);
    QCOMPARE(w.runModel()->rowCount(), 3);
    // The shown run is the last one trained (MiCRo), with all its epochs.
    QCOMPARE(w.runModel()->runAt(2)->model, QStringLiteral("micro"));
    QCOMPARE(w.shownRunId(), w.runModel()->runAt(2)->id);
    QCOMPARE(w.curvePlot()->pointCount(), 30);
    screenshot(w, QStringLiteral("demo-finished"));
    // Hovering a point of a curve shows its exact values; empty space shows nothing.
    {
        auto *plot = w.curvePlot()->findChild<QCustomPlot *>();
        QVERIFY(plot);
        plot->replot();
        const QCPGraph *loss = plot->graph(0);
        const auto first = loss->data()->at(0);
        const QPointF at = loss->coordsToPixels(first->key, first->value) + QPointF(3, -2);
        const QString text = w.curvePlot()->valueAt(at);
        QVERIFY2(text.contains(QStringLiteral("training NLL")) && text.contains(QStringLiteral("epoch: 1")),
                 qPrintable(text));
        QVERIFY(text.contains(QString::number(first->value, 'g', 6)));
        QVERIFY(w.curvePlot()->valueAt(QPointF(-50, -50)).isEmpty());
    }
    ProjectStore store(w.projectPath(), ProjectStore::OpenMode::MustExist);
    const auto stored = store.epochs(w.shownRunId());
    QCOMPARE(w.curvePlot()->epochs().back().valAccuracy, stored.back().valAccuracy);

    // The MiCRo run's weights and head accuracy, by known group: each group has its own
    // best head (the demo's groups disagree).
    QVERIFY(viewsShowTheRun(w));
    QCOMPARE(w.weightsView()->categories().size(), 3);
    std::vector<int> best = w.headAccuracyView()->bestHeads();
    QCOMPARE(int(best.size()), 3);
    std::sort(best.begin(), best.end());
    QCOMPARE(best, (std::vector<int>{0, 1, 2}));
    // The subgroup view projects every comparison on a worker thread.
    QSignalSpy projected(w.assignmentView(), &AssignmentView::ready);
    w.showRun(w.runModel()->runAt(2)->id);
    QVERIFY(projected.wait(30000));
    QCOMPARE(w.assignmentView()->pointCount(), 6000);
    w.views()->setCurrentWidget(w.assignmentView());
    screenshot(w, QStringLiteral("subgroups"));
    w.assignmentView()->setColourByGroup(true);
    screenshot(w, QStringLiteral("subgroups-by-known-group"));
    // Known groups in natural order, each coloured like the head most of its points went
    // to: the demo's MiCRo recovers the groups, so every group keeps a head's colour.
    const AssignmentView::Points &points = w.assignmentView()->points();
    QCOMPARE(points.groupNames, (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}));
    for (int g = 0; g < 3; ++g) {
        std::vector<int> perHead(std::size_t(points.heads), 0);
        for (std::size_t i = 0; i < points.group.size(); ++i)
            if (points.group[i] == g) ++perHead[std::size_t(points.assignment[i])];
        const int majority = int(std::max_element(perHead.begin(), perHead.end()) - perHead.begin());
        QCOMPARE(points.groupColour[std::size_t(g)], majority);
    }
    QVERIFY(w.assignmentView()->exportTo(dir.filePath(QStringLiteral("subgroups.png"))));
    // A box selection restricts the Comparisons table to the points inside it.
    const std::vector<int> inBox = w.assignmentView()->rowsInside(-0.5, 0.5, -0.5, 0.5);
    QVERIFY(!inBox.empty() && inBox.size() < 6000);
    Q_EMIT w.assignmentView()->rowsSelected(inBox);
    QCOMPARE(w.dataView()->visibleRows(), int(inBox.size()));
    // Clicking a point opens its comparison in the Comparisons view.
    Q_EMIT w.assignmentView()->comparisonClicked(123);
    QCOMPARE(w.views()->currentWidget(), static_cast<QWidget *>(w.dataView()));
    QCOMPARE(w.dataView()->visibleRows(), 6000);
    w.views()->setCurrentWidget(w.weightsView());
    screenshot(w, QStringLiteral("mixture-weights"));
    w.views()->setCurrentWidget(w.headAccuracyView());
    screenshot(w, QStringLiteral("head-accuracy"));
    const QString heat = dir.filePath(QStringLiteral("heat.csv"));
    QVERIFY(w.headAccuracyView()->exportTo(heat));
    QFile hf(heat);
    QVERIFY(hf.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(hf.readAll()).count(QLatin1Char('\n')), 3 * 3 + 1);
    QVERIFY(w.weightsView()->exportTo(dir.filePath(QStringLiteral("weights.pdf"))));
    w.views()->setCurrentIndex(0);

    // One run selected: Compare runs says why it is empty, with no empty axes or table.
    QVERIFY(w.compareView()->shownTitle().contains(QStringLiteral("two or more")));
    QVERIFY(w.compareView()->findChild<QCustomPlot *>()->axisRects().isEmpty());
    QVERIFY(!w.compareView()->findChild<QTableWidget *>()->isVisibleTo(w.compareView()));
    // Selecting all three runs compares them.
    w.runView()->selectAll();
    QCOMPARE(w.compareView()->runCount(), 3);
    QCOMPARE(w.compareView()->metric(2, QStringLiteral("accuracy")),
             w.runModel()->index(2, RunTableModel::Accuracy).data().toString());
    // The best value per metric is highlighted: the demo's MiCRo (run 3) has the highest
    // accuracy and the lowest NLL of the three.
    QVERIFY(w.compareView()->isBest(2, QStringLiteral("validation accuracy")));
    QVERIFY(w.compareView()->isBest(2, QStringLiteral("validation NLL")));
    QVERIFY(!w.compareView()->isBest(0, QStringLiteral("validation accuracy")));
    w.views()->setCurrentWidget(w.compareView());
    screenshot(w, QStringLiteral("compare-runs"));
    QVERIFY(w.compareView()->exportTo(dir.filePath(QStringLiteral("compare.csv"))));
    w.views()->setCurrentIndex(0);

    // Selecting another run in the table shows its curves.
    w.runView()->selectRow(0);
    QCOMPARE(w.shownRunId(), w.runModel()->runAt(0)->id);
    QVERIFY(viewsShowTheRun(w));
    QCOMPARE(w.curvePlot()->pointCount(), 30);

    // Exports are real files of their formats.
    const QString png = dir.filePath(QStringLiteral("c.png")), pdf = dir.filePath(QStringLiteral("c.pdf")),
                  csv = dir.filePath(QStringLiteral("c.csv"));
    QVERIFY(w.curvePlot()->exportPng(png));
    QVERIFY(w.curvePlot()->exportPdf(pdf));
    QVERIFY(w.curvePlot()->exportCsv(csv));
    QImage image(png);
    QCOMPARE(image.size(), QSize(1200, 800));
    QFile pf(pdf);
    QVERIFY(pf.open(QIODevice::ReadOnly) && pf.read(5) == "%PDF-");
    QFile cf(csv);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(cf.readAll()).count(QLatin1Char('\n')), 31);
}

// F11 presents the Teaching view full screen with nothing else (the runs table, menus and
// tabs stayed and the window grew past the screen); Esc returns to the same geometry.
void TestMainWindow::presentationIsFullScreenAndRestoresTheWindow()
{
    MainWindow w;
    w.resize(1000, 700);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QSize before = w.size();
    auto *present = w.findChild<QAction *>(QStringLiteral("actionPresent"));
    QVERIFY(present);
    QCOMPARE(present->shortcut(), QKeySequence(Qt::Key_F11));
    present->trigger();
    QTRY_VERIFY(w.windowState() & Qt::WindowFullScreen);
    QVERIFY(!w.menuBar()->isVisible());
    QVERIFY(!w.runView()->isVisible());
    QCOMPARE(w.views()->currentWidget(), static_cast<QWidget *>(w.teachingView()));
    auto *leave = w.findChild<QAction *>(QStringLiteral("actionLeavePresentation"));
    QVERIFY(leave->isEnabled());
    QCOMPARE(leave->shortcut(), QKeySequence(Qt::Key_Escape));
    leave->trigger();
    QTRY_VERIFY(!(w.windowState() & Qt::WindowFullScreen));
    QVERIFY(w.menuBar()->isVisible());
    QVERIFY(w.runView()->isVisible());
    QTRY_COMPARE(w.size(), before);
    QVERIFY(!leave->isEnabled()); // Esc cancels jobs again
}

// Settings > Theme > Dark applies live to widgets and plots (backgrounds, axes, legends);
// Light brings the light look back; the choice is remembered.
void TestMainWindow::darkThemeAppliesLiveToThePlots()
{
    MainWindow w;
    w.resize(1100, 760);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *plot = w.curvePlot()->findChild<QCustomPlot *>();
    auto background = [plot] {
        plot->replot();
        return plot->toPixmap(200, 150).toImage().pixelColor(5, 75).lightness();
    };
    w.findChild<QAction *>(QStringLiteral("actionTheme_dark"))->trigger();
    QTRY_VERIFY2(background() < 80, qPrintable(QString::number(background())));
    QVERIFY(w.palette().color(QPalette::Window).lightness() < 80);
    QCOMPARE(QSettings().value(QStringLiteral("theme")).toString(), QStringLiteral("dark"));
    screenshot(w, QStringLiteral("dark-theme"));
    w.findChild<QAction *>(QStringLiteral("actionTheme_light"))->trigger();
    QTRY_VERIFY2(background() > 200, qPrintable(QString::number(background())));
    w.findChild<QAction *>(QStringLiteral("actionTheme_system"))->trigger();
    QSettings().remove(QStringLiteral("theme"));
}

// Alt+letter reaches one place: no two tabs or menus share a mnemonic (Alt+H went to two
// tabs, Alt+R and Alt+S to a menu and a tab), in either language.
void TestMainWindow::mnemonicsAreUnique()
{
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ko")}) {
        micro::ui::installTranslation(language);
        MainWindow w;
        QMap<QChar, QString> seen;
        auto check = [&seen](const QString &text) {
            const qsizetype at = text.indexOf(QLatin1Char('&'));
            if (at < 0 || at + 1 >= text.size()) return;
            const QChar key = text.at(at + 1).toLower();
            QVERIFY2(!seen.contains(key),
                     qPrintable(QStringLiteral("'%1' and '%2' share Alt+%3").arg(seen.value(key), text, QString(key))));
            seen.insert(key, text);
        };
        for (QAction *menu : w.menuBar()->actions())
            check(menu->text());
        for (int i = 0; i < w.views()->count(); ++i)
            check(w.views()->tabText(i));
        // A view's own labels and buttons are live while it is the current tab: none may
        // take a letter of the menus or tabs (Alt+G once moved to the curves' smoothing
        // slider instead of the Routing tab), nor one of its siblings'.
        const QMap<QChar, QString> global = seen;
        for (int i = 0; i < w.views()->count(); ++i) {
            seen = global;
            QWidget *view = w.views()->widget(i);
            for (const QLabel *label : view->findChildren<QLabel *>())
                if (label->buddy()) check(label->text());
            for (const QAbstractButton *button : view->findChildren<QAbstractButton *>())
                check(button->text());
        }
    }
    micro::ui::installTranslation(QStringLiteral("en"));
}

void TestMainWindow::routingAndModelChoiceViewsShowStoredAnalyses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.micro"));
    qint64 child = 0;
    {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig s;
        s.n = 3000;
        s.k = 3;
        s.contexts = 2;
        s.contextStrength = 16;
        store.saveDataset(generateSynthetic(s, QStringLiteral("ctx")));
        Stage1Config c;
        c.k = 3;
        c.epochs = 10;
        c.lr = 0.01;
        c.valFraction = 0.25;
        AdaptRequest a;
        a.parentRunId = trainAndStore(store, QStringLiteral("ctx"), c).runId;
        a.config.budget = 30;
        a.config.tau = 1.0;
        child = adaptAndStore(store, a).runId;
        BudgetCurveRequest curve;
        curve.parentRunId = a.parentRunId;
        curve.budgets = {2, 8, 30};
        curve.seeds = 2;
        curve.config.tau = 1.0;
        budgetCurveAndStore(store, curve);
        const Dataset data = store.loadDataset(QStringLiteral("ctx"));
        SelectKConfig k;
        k.kMin = 1;
        k.kMax = 4;
        k.base.fit = FitMethod::Em;
        store.saveModelSelection(store.datasetInfo(QStringLiteral("ctx")).id, {},
                                 selectK(data, splitRows(data.size(), 0.2, 0), k).toJson());
    }
    MainWindow w;
    w.resize(1000, 800);
    w.show();
    QVERIFY(w.openProject(path, false));
    w.showRun(child);
    QVERIFY(viewsShowTheRun(w));
    QCOMPARE(w.routingView()->context(), QStringLiteral("c0"));
    QCOMPARE(w.routingView()->roundCount(), 30);
    QCOMPARE(w.modelChoiceView()->pointCount(), 4);
    QCOMPARE(w.routingView()->budgetPoints(), 3); // the parent's curve, shown with the child
    w.views()->setCurrentWidget(w.routingView());
    screenshot(w, QStringLiteral("routing-convergence"));
    w.views()->setCurrentWidget(w.modelChoiceView());
    screenshot(w, QStringLiteral("model-choice"));
    for (const QString &ext : {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("csv")}) {
        const QString r = dir.filePath(QStringLiteral("routing.") + ext),
                      m = dir.filePath(QStringLiteral("choice.") + ext);
        const bool okR = ext == QLatin1String("png")   ? w.routingView()->exportPng(r)
                         : ext == QLatin1String("pdf") ? w.routingView()->exportPdf(r)
                                                       : w.routingView()->exportCsv(r);
        const bool okM = ext == QLatin1String("png")   ? w.modelChoiceView()->exportPng(m)
                         : ext == QLatin1String("pdf") ? w.modelChoiceView()->exportPdf(m)
                                                       : w.modelChoiceView()->exportCsv(m);
        QVERIFY(okR && okM);
        QVERIFY(QFileInfo(r).size() > 100 && QFileInfo(m).size() > 50);
    }
    QFile csv(dir.filePath(QStringLiteral("routing.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    // 2 contexts x 30 rounds x 3 heads, plus the header.
    QCOMPARE(QString::fromUtf8(csv.readAll()).count(QLatin1Char('\n')), 2 * 30 * 3 + 1);
    QVERIFY(!QImage(dir.filePath(QStringLiteral("choice.png"))).isNull());
}

QTEST_MAIN(TestMainWindow)
