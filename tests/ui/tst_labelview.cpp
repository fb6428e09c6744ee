// The labelling workspace driven by keyboard inside the main window: choose with 1 / Right,
// tie, skip, undo with Ctrl+Z; every decision is a stored row with annotator, context,
// choice, shown order and time; the context's Hedge weights move and are saved as the
// run's routing history; agreement, JSONL export and one-click adaptation.
#include "labelview.h"
#include "mainwindow.h"
#include "qcpwarnings.h"
#include "routingview.h"
#include "runtablemodel.h"
#include "worddiff.h"

#include "qcustomplotinclude.h"

#include "data/synthgenerator.h"
#include "jobs/labeltransfer.h"
#include "jobs/training.h"
#include "store/projectstore.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include "screenshot.h"

using namespace micro::core;
using namespace micro::ui;

using micro::test::screenshot;

class TestLabelView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { micro::test::QcpWarnings::install(); }

    // The words only one response has are marked, whitespace and line breaks kept, text
    // escaped; identical responses mark nothing; huge ones are shown plain.
    void differencesBetweenResponsesAreHighlighted()
    {
        const QColor mark(253, 230, 138);
        const DiffHtml d = highlightDifferences(QStringLiteral("The cat sat\non <the> mat."),
                                                QStringLiteral("The dog sat on the mat."), mark);
        QCOMPARE(d.changedLeft, 2);  // "cat", "<the>"
        QCOMPARE(d.changedRight, 2); // "dog", "the"
        const QString span = QStringLiteral("<span style=\"background-color:%1\">").arg(mark.name());
        QVERIFY2(d.left.contains(span + QStringLiteral("cat</span>")), qPrintable(d.left));
        QVERIFY2(d.left.contains(span + QStringLiteral("&lt;the&gt;</span>")), qPrintable(d.left));
        QVERIFY2(d.right.contains(span + QStringLiteral("dog</span>")), qPrintable(d.right));
        QVERIFY(d.left.contains(QStringLiteral("sat\non"))); // the line break survives (pre-wrap)
        QVERIFY(!d.right.contains(span + QStringLiteral("mat.")));
        QCOMPARE(highlightDifferences(QStringLiteral("same words"), QStringLiteral("same words"), mark).changedLeft, 0);
        QString big;
        for (int i = 0; i < 2100; ++i)
            big += QStringLiteral("w%1 ").arg(i);
        QCOMPARE(highlightDifferences(big, big + QStringLiteral("x"), mark).changedLeft, -1);
    }
    // Any QCustomPlot warning fails the test that caused it.
    void cleanup()
    {
        const QStringList warnings = micro::test::QcpWarnings::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }
    // Guidelines are per context and kept in the project: typed under c0, saved when the
    // context changes, shown again for c0 (and not for c1), saved on close, and cleared by
    // emptying them.
    void guidelinesPerContextAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.micro"));
        qint64 datasetId = 0;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            SynthConfig s;
            s.n = 200;
            s.contexts = 2;
            datasetId = store.saveDataset(generateSynthetic(s, QStringLiteral("ctx")));
        }
        const QString c0Text = QStringLiteral("Prefer the answer that asks before assuming.");
        {
            MainWindow w;
            QVERIFY(w.openProject(path, false));
            LabelView *view = w.labelView();
            view->setDataset(datasetId);
            auto *edit = view->findChild<QPlainTextEdit *>(QStringLiteral("labelGuidelines"));
            view->setContext(QStringLiteral("c0"));
            QVERIFY(edit->isEnabled());
            QVERIFY(edit->toPlainText().isEmpty());
            edit->setPlainText(c0Text); // as typed
            view->setContext(QStringLiteral("c1"));
            QVERIFY(edit->toPlainText().isEmpty());
            edit->setPlainText(QStringLiteral("Shorter is better."));
            // Saved a moment after typing stops, without switching.
            QTRY_COMPARE_WITH_TIMEOUT(
                ProjectStore(path, ProjectStore::OpenMode::MustExist).guidelines(datasetId, QStringLiteral("c1")),
                QStringLiteral("Shorter is better."), 5000);
            view->setContext(QStringLiteral("c0"));
            QCOMPARE(edit->toPlainText(), c0Text);
            edit->setPlainText(c0Text + QStringLiteral(" Ties are fine.")); // pending when the window closes
            w.close();
        }
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(store.guidelines(datasetId, QStringLiteral("c0")), c0Text + QStringLiteral(" Ties are fine."));
        QCOMPARE(store.guidelines(datasetId, QStringLiteral("c1")), QStringLiteral("Shorter is better."));
        store.setGuidelines(datasetId, QStringLiteral("c1"), QStringLiteral("  "));
        QVERIFY(store.guidelines(datasetId, QStringLiteral("c1")).isEmpty());
    }

    void labellingByKeyboardEndToEnd()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("l.micro"));
        qint64 runId = 0;
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            SynthConfig s;
            s.n = 1500;
            s.k = 3;
            s.contexts = 2;
            Dataset d = generateSynthetic(s, QStringLiteral("ctx"));
            for (std::size_t i = 0; i < d.comparisons.size(); ++i) { // texts to read, as an annotator would
                d.comparisons[i].prompt =
                    QStringLiteral("Question %1: how should I plan a three-day trip to Lisbon on a budget?").arg(i);
                d.comparisons[i].chosen =
                    QStringLiteral("Day one: walk Alfama and take tram 28 early... (answer %1, detailed)").arg(i);
                d.comparisons[i].rejected = QStringLiteral("Just book a tour. (answer %1, short)").arg(i);
            }
            store.saveDataset(d);
            Stage1Config c;
            c.k = 3;
            c.epochs = 4;
            c.lr = 0.01;
            c.alpha = 0.1;
            runId = trainAndStore(store, QStringLiteral("ctx"), c).runId;
        }
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.activateWindow(); // keyboard shortcuts act in the active window
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(w.openProject(path, false));
        w.showRun(runId);
        auto *labelling = w.findChild<QAction *>(QStringLiteral("actionLabelling"));
        QCOMPARE(labelling->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        labelling->trigger();
        LabelView *view = w.labelView();
        QCOMPARE(w.views()->currentWidget(), static_cast<QWidget *>(view));
        view->setAnnotator(QStringLiteral("kim"));
        view->setContext(QStringLiteral("c0"));
        QVERIFY(view->start());
        QTRY_VERIFY(view->isReady()); // the features load on a worker the first time
        QVERIFY(view->currentRow() >= 0);
        QCOMPARE(int(view->weights().size()), 3);

        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        const qint64 datasetId = store.datasets().front().id;
        struct Expect
        {
            int row;
            bool left;
            LabelChoice choice;
        };
        std::vector<Expect> expected;
        auto press = [&](Qt::Key key, LabelChoice ifLeft, LabelChoice ifRight) {
            const int row = view->currentRow();
            const bool left = view->leftIsChosen();
            QTest::keyClick(view, key);
            expected.push_back({row, left, left ? ifLeft : ifRight});
            QVERIFY(view->currentRow() != row); // the next item is up
        };
        press(Qt::Key_1, LabelChoice::Chosen, LabelChoice::Rejected);     // left is better
        press(Qt::Key_Right, LabelChoice::Rejected, LabelChoice::Chosen); // right is better
        press(Qt::Key_2, LabelChoice::Rejected, LabelChoice::Chosen);
        press(Qt::Key_T, LabelChoice::Tie, LabelChoice::Tie);
        press(Qt::Key_S, LabelChoice::Skip, LabelChoice::Skip);
        press(Qt::Key_Left, LabelChoice::Chosen, LabelChoice::Rejected);
        screenshot(w, QStringLiteral("labelling"));
        // The routing plot: its legend under the axes (inside, it covered the first rounds),
        // whole-number rounds, and the theme's colours like the views' plots.
        auto *routing = view->findChild<QCustomPlot *>(QStringLiteral("labelWeightsPlot"));
        QVERIFY(routing && routing->legend->visible());
        QCOMPARE(routing->axisRect()->insetLayout()->elementCount(), 0);
        QVERIFY(!routing->xAxis->ticker().dynamicCast<QCPAxisTickerFixed>().isNull());
        QPalette dark = view->palette();
        dark.setColor(QPalette::Base, QColor(30, 30, 32));
        dark.setColor(QPalette::Text, QColor(230, 230, 230));
        view->setPalette(dark);
        routing->replot();
        QCOMPARE(routing->axisRect()->backgroundBrush().color(), QColor(30, 30, 32));
        QCOMPARE(routing->xAxis->tickLabelColor(), QColor(230, 230, 230));
        view->setPalette(QPalette());
        std::vector<Label> stored = store.labels(datasetId);
        QCOMPARE(int(stored.size()), 6);
        for (std::size_t i = 0; i < stored.size(); ++i) {
            QCOMPARE(stored[i].row, expected[i].row);
            QCOMPARE(stored[i].choice, expected[i].choice);
            QCOMPARE(stored[i].leftIsChosen, expected[i].left);
            QCOMPARE(stored[i].annotator, QStringLiteral("kim"));
            QCOMPARE(stored[i].context, QStringLiteral("c0"));
            QVERIFY(stored[i].seconds >= 0);
        }
        QCOMPARE(view->labelledInContext(), 5); // the skip is not a label
        // Four chosen/rejected decisions: four Hedge rounds, saved with the run.
        QCOMPARE(int(store.routingHistory(runId, QStringLiteral("c0 (labels by kim)")).size()), 4);

        // Ctrl+Z twice: the last two labels are gone and the earlier item is back.
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
        stored = store.labels(datasetId);
        QCOMPARE(int(stored.size()), 4);
        QCOMPARE(view->currentRow(), expected[4].row);
        QCOMPARE(view->labelledInContext(), 4);
        QCOMPARE(int(store.routingHistory(runId, QStringLiteral("c0 (labels by kim)")).size()), 3);
        // Redo (Edit > Redo; its key differs between platforms) puts one back.
        w.undoStack()->redo();
        QCOMPARE(int(store.labels(datasetId).size()), 5);

        // A second annotator on the same rows: agreement per context appears.
        for (const Expect &e : expected) {
            Label l;
            l.datasetId = datasetId;
            l.row = e.row;
            l.annotator = QStringLiteral("lee");
            l.context = QStringLiteral("c0");
            l.choice = LabelChoice::Chosen;
            store.addLabel(l);
        }
        view->setContext(QStringLiteral("c0"));
        QVERIFY(view->start());       // resumes: kim's labels replayed (the redone one is the skip)
        QTRY_VERIFY(view->isReady()); // the features load on a worker the first time
        QCOMPARE(view->labelledInContext(), 4);
        QCOMPARE(view->agreementTable()->rowCount(), 1);
        QCOMPARE(view->agreementTable()->item(0, 1)->text(),
                 QStringLiteral("4")); // rows both labelled (kim's skip is out)

        const QString out = dir.filePath(QStringLiteral("labels.jsonl"));
        QVERIFY(view->exportLabels(out));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(written.count('\n'), qsizetype(store.labels(datasetId).size()));
        // What `micro-cli labels-export` writes: the one use case, byte for byte.
        const QString viaCore = dir.filePath(QStringLiteral("core-labels.jsonl"));
        QCOMPARE(exportDatasetLabels(store, datasetId, viaCore), int(store.labels(datasetId).size()));
        QFile c(viaCore);
        QVERIFY(c.open(QIODevice::ReadOnly));
        QCOMPARE(c.readAll(), written);

        // One click: the labels become the labelled set of a Stage-2 adaptation.
        QSignalSpy done(&w, &MainWindow::jobFinished);
        view->findChild<QPushButton *>(QStringLiteral("labelAdapt"))->click();
        QVERIFY(done.wait(60000));
        QCOMPARE(w.runModel()->rowCount(), 2);
        QCOMPARE(w.runModel()->runAt(1)->model, QStringLiteral("adapted"));

        // Undo after moving to another context: the label goes from the project, the shown
        // session is left alone (and nothing reads a row it does not have).
        w.showRun(runId);
        view->setContext(QStringLiteral("c1"));
        QVERIFY(view->start());
        QTRY_VERIFY(view->isReady()); // the features load on a worker the first time
        QTest::keyClick(view, Qt::Key_1);
        const std::size_t withC1 = store.labels(datasetId).size();
        view->setContext(QStringLiteral("c0"));
        QVERIFY(view->start());
        QTRY_VERIFY(view->isReady()); // the features load on a worker the first time
        const int c0Labelled = view->labelledInContext();
        w.undoStack()->undo(); // the c1 label
        QCOMPARE(store.labels(datasetId).size(), withC1 - 1);
        QCOMPARE(view->labelledInContext(), c0Labelled);
        w.undoStack()->redo();
        QCOMPARE(store.labels(datasetId).size(), withC1);
    }
};

QTEST_MAIN(TestLabelView)
#include "tst_labelview.moc"
