#include "mainwindow.h"

#include "adaptdialog.h"
#include "assignmentview.h"
#include "compareview.h"
#include "curveplot.h"
#include "dataview.h"
#include "embeddingimportdialog.h"
#include "encoderlocation.h"
#include "errortext.h"
#include "importwizard.h"
#include "jobrunner.h"
#include "labelview.h"
#include "modelchoiceview.h"
#include "plotview.h"
#include "routingview.h"
#include "runpresenter.h"
#include "runtablemodel.h"
#include "teachingview.h"
#include "theme.h"
#include "traindialog.h"
#include "translation.h"
#include "weightsview.h"

#include "jobs/labeladaptation.h"
#include "jobs/modelselection.h"
#include "store/projectstore.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace micro::ui {

using namespace micro::core;

namespace {

// Renaming or tagging a run, undoable: `apply` writes a value (MainWindow::renameRun or
// MainWindow::tagRun).
class EditRunCommand : public QUndoCommand
{
public:
    EditRunCommand(std::function<void(qint64, const QString &)> apply, const QString &text, qint64 runId,
                   QString before, QString after)
        : m_apply(std::move(apply)), m_runId(runId), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(text);
    }
    void redo() override { m_apply(m_runId, m_after); }
    void undo() override { m_apply(m_runId, m_before); }

private:
    std::function<void(qint64, const QString &)> m_apply;
    qint64 m_runId;
    QString m_before, m_after;
};

const char *kGeometryKey = "mainWindow/geometry";
const char *kStateKey = "mainWindow/state";
const char *kSplitterKey = "mainWindow/splitter";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_runs(new RunTableModel(this)), m_undo(new QUndoStack(this))
{
    setWindowTitle(tr("MiCRo Studio"));
    setAcceptDrops(true); // a dropped data file opens the import wizard
    buildActions();
    buildLayout();
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    updateActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("actionNewProject"));
    m_openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::openProjectDialog);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setObjectName(QStringLiteral("actionOpenProject"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    file->addSeparator();
    m_importAction = file->addAction(tr("&Import Data…"), this, [this] { importDialog(); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setObjectName(QStringLiteral("actionImport"));
    m_importAction->setToolTip(tr("Read preference data (JSONL, JSON, CSV, TSV, .gz) into the project (Ctrl+I); "
                                  "dropping a file on the window does the same"));
    m_embedImportAction = file->addAction(tr("Import &Embeddings…"), this, [this] { embeddingImportDialog(); });
    m_embedImportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_embedImportAction->setObjectName(QStringLiteral("actionImportEmbeddings"));
    m_embedImportAction->setToolTip(
        tr("Your own embeddings (.npy, .safetensors) as the features of a dataset (Ctrl+Shift+I)"));
    m_addFeatureFileAction = file->addAction(tr("Add &Feature File…"), this, &MainWindow::addFeatureFileDialog);
    m_addFeatureFileAction->setObjectName(QStringLiteral("actionAddFeatureFile"));
    m_addFeatureFileAction->setToolTip(
        tr("A .mfeat feature file as a dataset whose features stay on disk, for embeddings larger than memory"));
    file->addSeparator();
    m_exportAction = file->addAction(tr("&Export View…"), this, &MainWindow::exportPlot);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportTableAction = file->addAction(tr("Export Runs &Table…"), this, &MainWindow::exportRunsTable);
    m_exportTableAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_exportTableAction->setObjectName(QStringLiteral("actionExportTable"));
    m_exportRunAction = file->addAction(tr("Export &Run…"), this, &MainWindow::exportRunDialog);
    m_exportRunAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_E));
    m_exportRunAction->setObjectName(QStringLiteral("actionExportRun"));
    m_exportRunAction->setToolTip(tr("The selected run: configuration, metrics, epochs and parameters as JSON, or "
                                     "its assignment and posterior per comparison as CSV (Ctrl+Alt+E)"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    QAction *rename = editMenu->addAction(tr("Re&name Run"), this, [this] {
        const QModelIndex current = m_runView->currentIndex();
        if (current.isValid()) m_runView->edit(m_runs->index(current.row(), RunTableModel::Name));
    });
    rename->setShortcut(QKeySequence(Qt::Key_F2));
    QAction *tag = editMenu->addAction(tr("&Tag Run"), this, [this] {
        const QModelIndex current = m_runView->currentIndex();
        if (current.isValid()) m_runView->edit(m_runs->index(current.row(), RunTableModel::Tags));
    });
    tag->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    editMenu->addSeparator();
    m_deleteAction = editMenu->addAction(tr("&Delete Run…"), this, [this] {
        const RunInfo *run = m_runs->runAt(m_runView->currentIndex().row());
        if (!run) return;
        // Deleting removes the run's epochs, parameters, assignments and history for good.
        const auto answer = QMessageBox::question(
            this, tr("Delete Run"),
            tr("Delete run %1 \"%2\" with its epochs, parameters and assignments? This cannot be undone.")
                .arg(run->id)
                .arg(run->name));
        if (answer == QMessageBox::Yes) deleteRun(run->id);
    });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteRun"));

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    m_demoAction = run->addAction(tr("Run &Demo"), this, [this] { startDemo(); });
    m_demoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_demoAction->setObjectName(QStringLiteral("actionRunDemo"));
    m_demoAction->setToolTip(tr(
        "Generate synthetic preferences from three groups and fit a single BT, a static mixture and MiCRo (Ctrl+D)"));
    m_trainAction = run->addAction(tr("&Train…"), this, &MainWindow::trainDialog);
    m_trainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_trainAction->setObjectName(QStringLiteral("actionTrain"));
    m_adaptAction = run->addAction(tr("&Adapt Routing…"), this, &MainWindow::adaptDialog);
    m_adaptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_adaptAction->setObjectName(QStringLiteral("actionAdapt"));
    m_adaptAction->setToolTip(
        tr("Stage 2: keep the selected run's heads and learn routing from a few labelled pairs per context"));
    QAction *labelling = run->addAction(tr("&Label Comparisons"), this, [this] { m_views->setCurrentWidget(m_label); });
    labelling->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    labelling->setObjectName(QStringLiteral("actionLabelling"));
    QAction *teaching = run->addAction(tr("Teac&hing Mode"), this, [this] { m_views->setCurrentWidget(m_teaching); });
    teaching->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    teaching->setObjectName(QStringLiteral("actionTeaching"));
    // Every analysis micro-cli runs, the window runs too, as a queued job on the selected run.
    m_chooseKAction = run->addAction(tr("Choose &K…"), this, &MainWindow::chooseKDialog);
    m_chooseKAction->setObjectName(QStringLiteral("actionChooseK"));
    m_budgetCurveAction = run->addAction(tr("&Budget Curve"), this, &MainWindow::startBudgetCurve);
    m_budgetCurveAction->setObjectName(QStringLiteral("actionBudgetCurve"));
    QAction *present = run->addAction(tr("&Present Teaching Full Screen"), this, [this] {
        m_views->setCurrentWidget(m_teaching);
        m_teaching->setPresentationMode(!m_presenting);
    });
    present->setShortcut(QKeySequence(Qt::Key_F11));
    present->setObjectName(QStringLiteral("actionPresent"));
    addAction(present); // F11 works with the menu bar hidden
    auto *leave = new QAction(this);
    leave->setShortcut(QKeySequence(Qt::Key_Escape));
    leave->setShortcutContext(Qt::WindowShortcut);
    leave->setEnabled(false); // only while presenting; Esc otherwise cancels the running job
    leave->setObjectName(QStringLiteral("actionLeavePresentation"));
    connect(leave, &QAction::triggered, this, [this] { m_teaching->setPresentationMode(false); });
    addAction(leave);
    m_cancelAction = run->addAction(tr("&Cancel"), this, &MainWindow::cancelJob);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setObjectName(QStringLiteral("actionCancel"));
    QAction *stop = run->addAction(tr("Stop and &Keep"), this, [this] { m_jobs->stopAndKeep(); });
    stop->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Escape));
    stop->setObjectName(QStringLiteral("actionStopAndKeep"));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *encoderAction = settingsMenu->addAction(tr("Sentence &Encoder Folder…"));
    encoderAction->setObjectName(QStringLiteral("actionEncoderFolder"));
    encoderAction->setToolTip(tr("Where the built-in sentence encoder's files are (the set-up script installs them)"));
    connect(encoderAction, &QAction::triggered, this, [this] { chooseEncoderFolder(this); });
    QMenu *themeMenu = settingsMenu->addMenu(tr("&Theme"));
    themeMenu->setObjectName(QStringLiteral("menuTheme"));
    auto *themes = new QActionGroup(this);
    for (const auto &[key, label] :
         {std::pair{"system", QT_TR_NOOP("Follow the &System")}, std::pair{"light", QT_TR_NOOP("&Light")},
          std::pair{"dark", QT_TR_NOOP("&Dark")}}) {
        QAction *a = themeMenu->addAction(tr(label));
        a->setCheckable(true);
        a->setChecked(savedTheme() == QLatin1String(key));
        a->setData(QLatin1String(key));
        a->setObjectName(QStringLiteral("actionTheme_") + QLatin1String(key));
        themes->addAction(a);
    }
    connect(themes, &QActionGroup::triggered, this, [](QAction *a) {
        QSettings().setValue(QStringLiteral("theme"), a->data().toString());
        applyTheme(a->data().toString()); // live: widgets and plots repaint in the new colours
    });
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("menuLanguage"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(QStringLiteral("language")).toString();
    auto addLanguage = [&](const QString &code, const QString &name) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        languages->addAction(a);
    };
    addLanguage(QString(), tr("System Default"));
    for (const QString &code : availableLanguages())
        addLanguage(code, languageName(code));
    connect(languages, &QActionGroup::triggered, this, [this](QAction *a) { switchLanguage(a->data().toString()); });
    for (QAction *a : languages->actions())
        a->setObjectName(QStringLiteral("actionLanguage_") +
                         (a->data().toString().isEmpty() ? QStringLiteral("system") : a->data().toString()));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addSeparator();
    bar->addAction(m_importAction);
    bar->addAction(m_demoAction);
    bar->addAction(m_trainAction);
    bar->addAction(m_adaptAction);
    bar->addAction(m_cancelAction);
    bar->addSeparator();
    bar->addAction(m_exportAction);
}

void MainWindow::buildLayout()
{
    m_runView = new QTableView;
    m_runView->setModel(m_runs);
    m_runView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runView->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows: compare
    m_runView->verticalHeader()->hide();
    m_runView->horizontalHeader()->setStretchLastSection(false);
    m_runView->setAlternatingRowColors(true);
    m_runView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(m_runs, &RunTableModel::editRequested, this,
            [this](qint64 id, int column, const QString &before, const QString &after) {
                if (column == RunTableModel::Tags)
                    m_undo->push(new EditRunCommand([this](qint64 runId, const QString &tags) { tagRun(runId, tags); },
                                                    tr("Tag run %1").arg(id), id, before, after));
                else
                    m_undo->push(
                        new EditRunCommand([this](qint64 runId, const QString &name) { renameRun(runId, name); },
                                           tr("Rename run %1").arg(id), id, before, after));
            });
    connect(m_runView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &row : m_runView->selectionModel()->selectedRows())
            if (const RunInfo *r = m_runs->runAt(row.row())) ids << r->id;
        std::sort(ids.begin(), ids.end());
        compareRuns(ids);
    });
    connect(m_runView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (const RunInfo *r = m_runs->runAt(current.row()))
                    if (r->id != m_shownRunId) showRun(r->id);
            });

    m_plot = new CurvePlot;
    m_routing = new RoutingView;
    m_modelChoice = new ModelChoiceView;
    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("views"));
    m_weights = new WeightsView;
    m_headAccuracy = new HeadAccuracyView;
    m_views->addTab(m_plot, tr("Training &curves"));
    m_assignments = new AssignmentView;
    m_data = new DataView;
    // Clicking a point of the subgroup view opens that comparison.
    connect(m_assignments, &AssignmentView::comparisonClicked, this, [this](int row) {
        m_data->showComparison(row);
        m_views->setCurrentWidget(m_data);
    });
    // A box drawn there filters the Comparisons table to the points inside.
    connect(m_assignments, &AssignmentView::rowsSelected, this, [this](const std::vector<int> &rows) {
        m_data->showOnly(rows);
        m_status->setText(tr("%n comparisons selected in the Subgroups view; the Comparisons table shows them.",
                             nullptr, int(rows.size())));
    });
    m_views->addTab(m_data, tr("Compar&isons"));
    m_views->addTab(m_assignments, tr("Su&bgroups"));
    m_views->addTab(m_weights, tr("Mixture &weights"));
    m_views->addTab(m_headAccuracy, tr("&Head accuracy"));
    m_views->addTab(m_routing, tr("Routin&g convergence"));
    m_views->addTab(m_modelChoice, tr("&Model choice"));
    m_compare = new CompareView;
    m_views->addTab(m_compare, tr("Com&pare runs"));
    m_label = new LabelView;
    m_views->addTab(m_label, tr("&Labelling"));
    connect(m_label, &LabelView::historyChanged, this, &MainWindow::refreshRouting);
    connect(m_label, &LabelView::adaptOnLabelsRequested, this, &MainWindow::startLabelAdaptation);
    m_teaching = new TeachingView;
    m_views->addTab(m_teaching, tr("&Teaching"));
    connect(m_teaching, &TeachingView::presentationModeChanged, this, &MainWindow::setPresenting);
    m_presenter = new RunPresenter({m_plot, m_routing, m_weights, m_headAccuracy, m_assignments, m_modelChoice}, this);
    // The views already say why the run could not be shown; a run that is gone (a job that
    // failed or was cancelled removed it while it loaded) needs no dialog on top of the job's.
    connect(m_presenter, &RunPresenter::failed, this, [this](const Error &e) {
        if (e.code != ErrorCode::UnknownRun) showError(e);
    });
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    // The runs table with a filter above it: rows whose name, dataset, model, status or tags
    // do not contain every word typed are hidden (the model keeps all runs, so row numbers
    // still name runs).
    m_runFilter = new QLineEdit;
    m_runFilter->setObjectName(QStringLiteral("runFilter"));
    m_runFilter->setPlaceholderText(tr("Filter runs by name, dataset, model, status or tag (e.g. \"ctx micro\")"));
    m_runFilter->setClearButtonEnabled(true);
    connect(m_runFilter, &QLineEdit::textChanged, this, &MainWindow::applyRunFilter);
    connect(m_runs, &QAbstractItemModel::modelReset, this, &MainWindow::applyRunFilter);
    // Group the runs by dataset, model or tag (remembered).
    m_runGroup = new QComboBox;
    m_runGroup->setObjectName(QStringLiteral("runGroup"));
    m_runGroup->addItem(tr("No grouping"), int(RunTableModel::ColumnCount));
    m_runGroup->addItem(tr("Group by dataset"), int(RunTableModel::Dataset));
    m_runGroup->addItem(tr("Group by model"), int(RunTableModel::Model));
    m_runGroup->addItem(tr("Group by tag"), int(RunTableModel::Tags));
    m_runGroup->setToolTip(tr("Runs of one dataset, model or tag together, groups shaded in turn"));
    m_runGroup->setCurrentIndex(std::max(
        0, m_runGroup->findData(QSettings().value(QStringLiteral("runs/groupBy"), int(RunTableModel::ColumnCount)))));
    m_runs->setGroupBy(RunTableModel::Column(m_runGroup->currentData().toInt()));
    connect(m_runGroup, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 shown = m_shownRunId;
        QSettings().setValue(QStringLiteral("runs/groupBy"), m_runGroup->currentData());
        m_runs->setGroupBy(RunTableModel::Column(m_runGroup->currentData().toInt()));
        if (shown > 0) m_runView->selectRow(m_runs->rowOfRun(shown)); // the shown run stays selected
    });
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_runFilter, 1);
    filterRow->addWidget(m_runGroup);
    auto *runsPane = new QWidget;
    auto *runsLayout = new QVBoxLayout(runsPane);
    runsLayout->setContentsMargins(0, 0, 0, 0);
    runsLayout->setSpacing(2);
    runsLayout->addLayout(filterRow);
    runsLayout->addWidget(m_runView, 1);
    splitter->addWidget(runsPane);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    if (!splitter->restoreState(QSettings().value(QLatin1String(kSplitterKey)).toByteArray())) {
        // First start: the runs table shows about six runs (the views' size hints left it
        // two and a half), the views the rest.
        const int rowHeight = m_runView->verticalHeader()->defaultSectionSize();
        const int tableHeight = m_runView->horizontalHeader()->sizeHint().height() + 6 * rowHeight + 6;
        splitter->setSizes({tableHeight, 3 * tableHeight});
    }
    setCentralWidget(splitter);

    m_status = new QLabel(tr("Open or create a project, or run the demo (Ctrl+D)."));
    m_status->setObjectName(QStringLiteral("statusLine"));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1000);
    // Wide enough for "100% · 59:59 left" in the status bar's font (it was clipped).
    m_progress->setMinimumWidth(m_progress->fontMetrics().horizontalAdvance(QStringLiteral("100% · 59:59 left")) +
                                m_progress->fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 40);
    m_progress->setMaximumWidth(std::max(260, m_progress->minimumWidth()));
    m_progress->setFormat(QStringLiteral("%p%"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"));
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    m_stopButton = new QPushButton(tr("Stop && Keep"));
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("End the training after this epoch and keep the run with the epochs done "
                                "(Shift+Esc); Cancel removes it."));
    statusBar()->addPermanentWidget(m_stopButton);
    statusBar()->addPermanentWidget(m_cancelButton);
    m_jobs = new JobRunner(m_progress, m_cancelButton, m_status, this);
    m_jobs->setStopButton(m_stopButton);
    connect(m_jobs, &JobRunner::started, this, &MainWindow::updateActions);
    connect(m_jobs, &JobRunner::runCreated, this, [this](qint64 runId) {
        m_liveRunId = runId;
        refreshRuns();
        showRun(runId);
    });
    connect(m_jobs, &JobRunner::epochFinished, this,
            [this](qint64 runId, const EpochMetrics &m) { m_presenter->appendEpoch(runId, m); });
    connect(m_jobs, &JobRunner::failed, this, [this](const Error &e) { showError(e); });
    connect(m_jobs, &JobRunner::finished, this, &MainWindow::onJobFinished);
}

void MainWindow::showError(const Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("MiCRo Studio"), errorText(error), QMessageBox::Ok, this);
    if (qApp->platformName() == QLatin1String("offscreen")) {
        // Tests and headless sessions: report, never block on a modal dialog.
        qWarning("%s", qPrintable(errorText(error)));
        return;
    }
    box.exec();
}

void MainWindow::updateActions()
{
    const bool busy = m_jobs->isBusy();
    const bool hasProject = !m_projectPath.isEmpty();
    m_demoAction->setEnabled(!busy);
    m_trainAction->setEnabled(hasProject); // while busy: queued
    m_importAction->setEnabled(!busy);
    m_embedImportAction->setEnabled(!busy); // an import does not queue: it is shown when it lands
    m_addFeatureFileAction->setEnabled(hasProject && !busy);
    m_adaptAction->setEnabled(hasProject);
    m_chooseKAction->setEnabled(hasProject);
    m_budgetCurveAction->setEnabled(hasProject);
    m_cancelAction->setEnabled(busy);
    m_newAction->setEnabled(!busy);
    m_openAction->setEnabled(!busy);
    m_recentMenu->setEnabled(!busy);
    m_exportAction->setEnabled(hasProject);
    m_exportTableAction->setEnabled(hasProject);
    m_exportRunAction->setEnabled(hasProject); // while busy: queued
    m_deleteAction->setEnabled(hasProject && !busy);
}

void MainWindow::switchLanguage(const QString &code)
{
    QSettings().setValue(QStringLiteral("language"), code);
    // Menus, dialogs and views are built in their language: the window is built again in the
    // new one, with the same project, run, tab and geometry. A running job would be lost, so
    // then the change waits for the next start.
    if (m_jobs->isBusy() || !testAttribute(Qt::WA_DeleteOnClose)) {
        QMessageBox::information(this, tr("Language"),
                                 tr("The language changes when the running job has finished and MiCRo Studio "
                                    "starts again."));
        return;
    }
    applyLanguageFont(installTranslation(code));
    const QString project = m_projectPath;
    const qint64 run = m_shownRunId;
    const int tab = m_views->currentIndex();
    auto *next = new MainWindow;
    next->setAttribute(Qt::WA_DeleteOnClose);
    next->restoreGeometry(saveGeometry());
    close(); // saves the layout, releases the project (deleted on close)
    next->show();
    if (!project.isEmpty() && next->openProject(project, false) && run > 0) next->showRun(run);
    next->m_views->setCurrentIndex(tab);
    Q_EMIT replacedBy(next);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    if (auto *splitter = qobject_cast<QSplitter *>(centralWidget()))
        settings.setValue(QLatin1String(kSplitterKey), splitter->saveState());
    m_jobs->stop(); // cancels a running job and waits for it (checked every batch: short)
    m_label->flushEdits();
    event->accept();
}

void MainWindow::setPresenting(bool on)
{
    if (on == m_presenting) return;
    m_presenting = on;
    // Esc leaves the presentation instead of cancelling a job while presenting.
    auto *leave = findChild<QAction *>(QStringLiteral("actionLeavePresentation"));
    leave->setEnabled(on);
    m_cancelAction->setShortcut(on ? QKeySequence() : QKeySequence(Qt::Key_Escape));
    if (on) {
        m_wasMaximized = isMaximized();
        m_geometryBeforePresenting = saveGeometry();
    }
    // Only the Teaching view: no menus, toolbars, runs table, tabs or status line.
    menuBar()->setVisible(!on);
    for (QToolBar *bar : findChildren<QToolBar *>())
        bar->setVisible(!on);
    statusBar()->setVisible(!on);
    m_runView->setVisible(!on);
    m_views->tabBar()->setVisible(!on);
    if (on) {
        showFullScreen();
        m_status->setText(tr("Presenting: Esc or F11 returns to the window."));
    } else {
        showNormal();
        restoreGeometry(m_geometryBeforePresenting); // the window's size before, never wider
        if (m_wasMaximized) showMaximized();
    }
}

} // namespace micro::ui
