// Data in and out of the window: the Comparisons view, importing text and embeddings,
// exporting a run.
#include "tst_mainwindow.h"

#include "assignmentview.h"
#include "curveplot.h"
#include "dataview.h"
#include "embeddingimportdialog.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "npywriter.h"
#include "runpresenter.h"
#include "runtablemodel.h"
#include "traindialog.h"
#include "weightsview.h"

#include "data/synthfile.h"
#include "data/synthgenerator.h"
#include "jobs/featurefileadding.h"
#include "jobs/runexport.h"
#include "jobs/training.h"
#include "store/projectstore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "projectfixture.h"
#include "screenshot.h"
#include "viewsshown.h"

using namespace micro::core;
using namespace micro::ui;

using micro::test::screenshot;
using micro::test::viewsShowTheRun;

void TestMainWindow::comparisonsTableSearchesFiltersAndShowsBothResponses()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.micro"));
    {
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig s;
        s.n = 1000;
        s.k = 2;
        Dataset d = generateSynthetic(s, QStringLiteral("texts"));
        for (int i = 0; i < d.size(); ++i) {
            Comparison &c = d.comparisons[std::size_t(i)];
            c.prompt = i % 10 == 0 ? QStringLiteral("How do I bake bread? (%1)").arg(i)
                                   : QStringLiteral("Explain entropy (%1)").arg(i);
            c.chosen = QStringLiteral("A careful answer %1").arg(i);
            c.rejected = QStringLiteral("A sloppy answer %1").arg(i);
        }
        store.saveDataset(d);
        Stage1Config c;
        c.k = 2;
        c.epochs = 2;
        trainAndStore(store, QStringLiteral("texts"), c);
    }
    MainWindow w;
    w.resize(1100, 800);
    w.show();
    QVERIFY(w.openProject(path, false));
    DataView *data = w.dataView();
    QCOMPARE(data->visibleRows(), 1000);
    // The rows the view calls "validation" are the rows `micro-cli eval` scores (one rule).
    data->setFilter(QStringLiteral("split"), QStringLiteral("validation"));
    {
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(data->visibleRows(), evaluateStoredRun(store, 1).rows);
    }
    data->setFilter(QStringLiteral("split"), QString());
    data->setSearch(QStringLiteral("bread"));
    QCOMPARE(data->visibleRows(), 100);
    data->setFilter(QStringLiteral("split"), QStringLiteral("validation"));
    QVERIFY(data->visibleRows() > 0 && data->visibleRows() < 100); // 10% held out
    data->setFilter(QStringLiteral("split"), QString());
    data->selectRow(0);
    QVERIFY(data->detailText().contains(QStringLiteral("bake bread")));
    QVERIFY(data->detailText().contains(QStringLiteral("careful answer")));
    QVERIFY(data->detailText().contains(QStringLiteral("sloppy answer")));
    w.views()->setCurrentWidget(data);
    screenshot(w, QStringLiteral("comparisons"));
    const QString csv = dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(data->exportCsv(csv));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(f.readAll()).count(QLatin1Char('\n')), 101); // header + the 100 found
}

// File > Import Embeddings runs the use case of `micro-cli embed-import` as a job: a bad
// file is refused by the dialog, a good set becomes a dataset the Data view shows.
void TestMainWindow::importEmbeddingsFromTheFileMenu()
{
    QTemporaryDir dir;
    QVERIFY(micro::test::writeNpyTriple(dir.path(), 40, 6, 3));
    MainWindow w;
    w.resize(1100, 750);
    w.show();
    QVERIFY(w.openProject(dir.filePath(QStringLiteral("p.micro")), true));
    auto *action = w.findChild<QAction *>(QStringLiteral("actionImportEmbeddings"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    EmbeddingImportDialog dialog({});
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // no dataset name, no file
    dialog.findChild<QComboBox *>(QStringLiteral("embedDataset"))->setEditText(QStringLiteral("mine"));
    dialog.fileField(QStringLiteral("chosen"))->setText(dir.filePath(QStringLiteral("missing.npy")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("embedMessage"))->text().contains(QStringLiteral("missing.npy")));
    dialog.fileField(QStringLiteral("chosen"))->setText(dir.filePath(QStringLiteral("chosen.npy")));
    dialog.fileField(QStringLiteral("rejected"))->setText(dir.filePath(QStringLiteral("rejected.npy")));
    dialog.fileField(QStringLiteral("prompt"))->setText(dir.filePath(QStringLiteral("prompt.npy")));
    QVERIFY(ok->isEnabled());
    screenshot(dialog, QStringLiteral("embedding-import"));
    QSignalSpy done(&w, &MainWindow::jobFinished);
    w.startEmbeddingImport(dialog.request());
    QVERIFY(done.wait(30000));
    ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::MustExist);
    const DatasetInfo info = store.datasetInfo(QStringLiteral("mine"));
    QCOMPARE(info.n, 40);
    QCOMPARE(info.headDim, 6);
    QCOMPARE(info.routerDim, 3);
    QCOMPARE(w.views()->currentWidget(), static_cast<QWidget *>(w.dataView()));
}

// File > Export Run (Ctrl+Alt+E) runs core's exportRun as a job: the JSON and the CSV are
// byte for byte what `micro-cli export` writes (tst_cli compares that side); a CSV of a
// run that does not exist fails with a message and writes nothing.
void TestMainWindow::exportRunFromTheFileMenu()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.micro"));
    qint64 runId = 0;
    {
        ProjectStore store(project, ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig s;
        s.n = 400;
        s.k = 2;
        store.saveDataset(generateSynthetic(s, QStringLiteral("d")));
        Stage1Config c;
        c.k = 2;
        c.epochs = 2;
        runId = trainAndStore(store, QStringLiteral("d"), c).runId;
    }
    MainWindow w;
    w.resize(1100, 750);
    w.show();
    QVERIFY(w.openProject(project, false));
    auto *action = w.findChild<QAction *>(QStringLiteral("actionExportRun"));
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    QSignalSpy done(&w, &MainWindow::jobFinished);
    for (const QString &ext : {QStringLiteral("json"), QStringLiteral("csv")}) {
        const QString gui = dir.filePath(QStringLiteral("gui.") + ext),
                      core = dir.filePath(QStringLiteral("core.") + ext);
        w.startRunExport(runId, gui);
        QVERIFY(done.wait(30000));
        {
            ProjectStore store(project, ProjectStore::OpenMode::MustExist);
            exportRun(store, runId, core);
        }
        QFile a(gui), b(core);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray bytes = a.readAll();
        QVERIFY(bytes.size() > 100);
        QCOMPARE(bytes, b.readAll());
    }
    const QString missing = dir.filePath(QStringLiteral("missing.csv"));
    // The error as the window shows it (offscreen: logged instead of a dialog).
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("\\b%1\\b").arg(runId + 100)));
    w.startRunExport(runId + 100, missing);
    QVERIFY(done.wait(30000));
    QVERIFY(!QFile::exists(missing));
}

// Drop a CSV with its own column names on the window: the wizard opens on it, the user
// maps the columns and states the label values, the import runs as a job, and the
// comparisons appear with their split; then a training run on them.
void TestMainWindow::importThroughTheWizardWithACustomMapping()
{
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("votes.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("question,left,right,verdict,topic\n");
        for (int i = 0; i < 300; ++i)
            f.write(QStringLiteral("q%1,\"a careful, complete answer %2\",short %1,%3,%4\n")
                        .arg(i)
                        .arg(i % 11)
                        .arg(i % 7 == 0 ? 0 : (i % 3 ? 1 : 2))
                        .arg(i % 2 ? QStringLiteral("math") : QStringLiteral("travel"))
                        .toUtf8());
    }
    MainWindow w;
    w.resize(1100, 750);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openProject(dir.filePath(QStringLiteral("p.micro")), true));
    auto *import = w.findChild<QAction *>(QStringLiteral("actionImport"));
    QVERIFY(import && import->isEnabled());
    QCOMPARE(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    bool driven = false;
    QTimer poll; // the wizard is modal: drive it from the event loop once it is up
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *wizard = qobject_cast<ImportWizard *>(QApplication::activeModalWidget());
        if (!wizard) return;
        poll.stop();
        if (wizard->currentId() != int(ImportWizard::PreviewPage)) { // the dropped file is previewed
            wizard->reject();
            return;
        }
        screenshot(*wizard, QStringLiteral("import-preview"));
        wizard->next();
        auto set = [&](const char *name, const QString &column) {
            auto *c = wizard->findChild<QComboBox *>(QLatin1String(name));
            c->setCurrentIndex(c->findData(column));
        };
        set("importMapPrompt", QStringLiteral("question"));
        set("importMapA", QStringLiteral("left"));
        set("importMapB", QStringLiteral("right"));
        set("importMapLabel", QStringLiteral("verdict"));
        set("importMapContext", QStringLiteral("topic"));
        wizard->findChild<QLineEdit *>(QStringLiteral("importLabelA"))->setText(QStringLiteral("1"));
        wizard->findChild<QLineEdit *>(QStringLiteral("importLabelB"))->setText(QStringLiteral("2"));
        wizard->findChild<QLineEdit *>(QStringLiteral("importLabelTie"))->setText(QStringLiteral("0"));
        screenshot(*wizard, QStringLiteral("import-mapping"));
        wizard->next();
        if (wizard->currentId() != int(ImportWizard::DatasetPage)) {
            wizard->reject();
            return;
        }
        wizard->findChild<QLineEdit *>(QStringLiteral("importDatasetName"))->setText(QStringLiteral("votes"));
        screenshot(*wizard, QStringLiteral("import-dataset"));
        driven = true;
        wizard->accept();
    });
    poll.start();
    QSignalSpy done(&w, &MainWindow::jobFinished);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(csv)});
    QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&w, &drop);
    QTRY_VERIFY_WITH_TIMEOUT(!poll.isActive(), 10000);
    QVERIFY(driven);
    QVERIFY(done.wait(60000));
    // 300 rows, every 7th a tie (label 0): 43 ties, 257 comparisons.
    ProjectStore store(w.projectPath(), ProjectStore::OpenMode::MustExist);
    const DatasetInfo info = store.datasetInfo(QStringLiteral("votes"));
    QCOMPARE(info.n, 257);
    const std::vector<Comparison> rows = store.comparisons(info.id);
    QCOMPARE(rows[0].prompt, QStringLiteral("q1"));
    QCOMPARE(rows[0].context, QStringLiteral("math"));
    QCOMPARE(rows[0].chosen, QStringLiteral("a careful, complete answer 1")); // verdict 1: left
    QCOMPARE(store.split(info.id).size(), std::size_t(257));
    QCOMPARE(w.views()->currentWidget(), static_cast<QWidget *>(w.dataView()));
    screenshot(w, QStringLiteral("imported-data"));
    // The Train dialog offers other text features for imported text only.
    TrainDialog dialog({QStringLiteral("votes"), QStringLiteral("other")}, Stage1Config{});
    dialog.setTextDatasets({QStringLiteral("votes")});
    QVERIFY(!dialog.features()); // "as imported" by default
    auto *hashDim = dialog.findChild<QComboBox *>(QStringLiteral("trainHashDim"));
    QVERIFY(hashDim->isEnabled());
    hashDim->setCurrentIndex(hashDim->findData(1024));
    QCOMPARE(dialog.features()->dimension, 1024);
    Stage1Config c;
    c.k = 2;
    c.epochs = 2;
    w.startTraining(QStringLiteral("votes"), c, dialog.features());
    QVERIFY(done.wait(60000));
    QCOMPARE(w.runModel()->rowCount(), 1);
    QCOMPARE(w.runModel()->runAt(0)->status, QStringLiteral("finished"));
    QCOMPARE(w.runModel()->runAt(0)->datasetName, QStringLiteral("votes@h1024-ctx")); // featurized once, cached
}

// File > Add Feature File runs core's addFeatureFileAndStore (micro-cli add-feature-file's
// use case) as a job: the dataset records the file beside the project, never a copy, and the
// Train dialog starts on it; a file that is not a feature file adds nothing.
void TestMainWindow::addFeatureFileFromTheFileMenu()
{
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.micro"));
    const QString file = dir.filePath(QStringLiteral("emb.mfeat"));
    SynthFileConfig c;
    c.rows = 20000;
    c.dim = 32;
    c.routerDim = 16;
    c.k = 2;
    QVERIFY(writeSyntheticFeatureFile(c, file));
    MainWindow w;
    w.resize(1100, 750);
    w.show();
    QVERIFY(w.openProject(project, true));
    auto *action = w.findChild<QAction *>(QStringLiteral("actionAddFeatureFile"));
    QVERIFY(action && action->isEnabled());
    QSignalSpy done(&w, &MainWindow::jobFinished);
    w.startFeatureFileAdd(file, QStringLiteral("emb"));
    QVERIFY(done.wait(30000));
    {
        ProjectStore store(project, ProjectStore::OpenMode::MustExist);
        const DatasetInfo info = store.datasetInfo(QStringLiteral("emb"));
        QCOMPARE(info.n, 20000);
        QCOMPARE(info.headDim, 32);
        QCOMPARE(info.routerDim, 16);
        QCOMPARE(QFileInfo(store.featureFilePath(info.id)).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
    }
    QVERIFY(QFileInfo(project).size() < QFileInfo(file).size() / 4); // referenced, not copied (1.9 MB)
    QVERIFY(w.findChild<QLabel *>(QStringLiteral("statusLine"))->text().contains(QStringLiteral("\"emb\"")));

    const QString notFeatures = dir.filePath(QStringLiteral("notes.mfeat"));
    {
        QFile f(notFeatures);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a feature file\n");
    }
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("notes\\.mfeat")));
    w.startFeatureFileAdd(notFeatures, QStringLiteral("notes"));
    QVERIFY(done.wait(30000));
    ProjectStore store(project, ProjectStore::OpenMode::MustExist);
    QCOMPARE(int(store.datasets().size()), 1);
}

// Runs load off the GUI thread: clicking through runs faster than they load shows the last
// one asked for, in every view, and nothing of the runs skipped lands afterwards.
void TestMainWindow::runsAskedForInQuickSuccessionShowTheLast()
{
    QTemporaryDir dir;
    const QString path = micro::test::makeSyntheticProject(dir.filePath(QStringLiteral("p.micro")), 3000, 8, 4);
    std::vector<qint64> ids;
    {
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        for (int k : {2, 3, 4}) {
            Stage1Config c;
            c.k = k;
            c.epochs = 2 + k;
            c.threads = 2;
            ids.push_back(trainAndStore(store, QStringLiteral("d"), c).runId);
        }
    }
    MainWindow w;
    w.resize(1100, 760);
    w.show();
    QVERIFY(w.openProject(path, false));
    QVERIFY(viewsShowTheRun(w));
    QCOMPARE(w.runPresenter()->shownRunId(), ids[2]);
    QSignalSpy shown(w.runPresenter(), &RunPresenter::shown);
    QSignalSpy projected(w.assignmentView(), &AssignmentView::ready);
    w.showRun(ids[0]);
    w.showRun(ids[1]);
    QVERIFY(viewsShowTheRun(w));
    QVERIFY(projected.wait(30000));
    QTest::qWait(200); // time for a superseded load to land, were it not dropped
    QCOMPARE(shown.count(), 1);
    QCOMPARE(shown.front().front().toLongLong(), ids[1]);
    QCOMPARE(projected.count(), 1);
    const QString name = w.runModel()->runAt(w.runModel()->rowOfRun(ids[1]))->name;
    QVERIFY2(w.curvePlot()->shownTitle().contains(name), qPrintable(w.curvePlot()->shownTitle()));
    QCOMPARE(w.curvePlot()->pointCount(), 5); // run 1 trained 5 epochs (runs 0 and 2: 4 and 6)
    QCOMPARE(w.assignmentView()->points().heads, 3);
    QVERIFY2(w.assignmentView()->shownTitle().contains(name), qPrintable(w.assignmentView()->shownTitle()));
}
