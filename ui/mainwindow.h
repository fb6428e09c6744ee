#pragma once

#include "jobs/embeddingimporting.h"

#include "jobs/adaptation.h"
#include "jobs/demo.h"
#include "jobs/importing.h"
#include "jobs/job.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <deque>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QTableView;
class QLineEdit;
class QTabWidget;
class QUndoStack;

namespace micro::core {
class ProjectStore;
}

namespace micro::ui {

class CurvePlot;
class JobRunner;
class ModelChoiceView;
class RoutingView;
class WeightsView;
class AssignmentView;
class DataView;
class CompareView;
class HeadAccuracyView;
class LabelView;
class TeachingView;
class RunTableModel;
class RunPresenter;

// The minimal desktop window: a project, its runs, and the selected run's training curves.
// Training runs in a micro::core::Job; the window only reacts to its queued signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openProject(const QString &path, bool create);
    // Settings > Language: saved, and applied at once by building the window again in the
    // new language (same project, run, tab, geometry) when this window deletes itself on close
    // and no job runs; otherwise from the next start.
    void switchLanguage(const QString &code);
    QString projectPath() const { return m_projectPath; }
    void startDemo(const micro::core::DemoConfig &config = {});
    // With `features`, an imported text dataset is featurized again (or the cached features
    // are reused) and the run trains on those.
    // processes > 1: data-parallel, this process rank 0 and micro-cli (beside this program)
    // the other ranks.
    void startTraining(const QString &dataset, const micro::core::Stage1Config &config,
                       const std::optional<micro::core::FeatureSettings> &features = std::nullopt, int processes = 1);
    void startAdaptation(const micro::core::AdaptRequest &request);
    void startImport(const micro::core::ImportRequest &request);
    // Stage 2 of a run's heads on the labels given in the Labelling view (as a job).
    void startLabelAdaptation(qint64 parentRunId, qint64 datasetId);
    // The import wizard, on `path` when given (a dropped file).
    void importDialog(const QString &path = {});
    void embeddingImportDialog();
    // File > Import Embeddings as a job (the use case of `micro-cli embed-import`).
    void startEmbeddingImport(const micro::core::EmbedImportRequest &request);
    // File > Export Run…: the run as JSON, or its assignments as CSV (by the extension), as
    // micro-cli export writes them (core's exportRun), as a queued job.
    void startRunExport(qint64 runId, const QString &path);
    // File > Add Feature File…: a .mfeat file becomes a dataset whose features stay in the
    // file (core's addFeatureFileAndStore, as micro-cli add-feature-file), as a queued job.
    void startFeatureFileAdd(const QString &featureFile, const QString &datasetName);
    void cancelJob();
    micro::core::Job *currentJob() const;
    int queuedJobs() const;

    CurvePlot *curvePlot() const { return m_plot; }
    RoutingView *routingView() const { return m_routing; }
    ModelChoiceView *modelChoiceView() const { return m_modelChoice; }
    WeightsView *weightsView() const { return m_weights; }
    AssignmentView *assignmentView() const { return m_assignments; }
    DataView *dataView() const { return m_data; }
    CompareView *compareView() const { return m_compare; }
    // Fills the Compare view with these runs (what selecting several rows does).
    void compareRuns(const QList<qint64> &runIds);
    HeadAccuracyView *headAccuracyView() const { return m_headAccuracy; }
    LabelView *labelView() const { return m_label; }
    TeachingView *teachingView() const { return m_teaching; }
    QTabWidget *views() const { return m_views; }
    RunTableModel *runModel() const { return m_runs; }
    QTableView *runView() const { return m_runView; }
    QLineEdit *runFilter() const { return m_runFilter; }
    int visibleRunCount() const; // rows the filter leaves
    QUndoStack *undoStack() const { return m_undo; }
    qint64 shownRunId() const { return m_shownRunId; }
    // Selects the run and asks the presenter for it: the views fill in when its snapshot
    // has loaded (RunPresenter::shown).
    void showRun(qint64 runId);
    RunPresenter *runPresenter() const { return m_presenter; }
    // Run > Train… and Run > Adapt Routing… (modal dialogs, then a queued job).
    void trainDialog();
    void adaptDialog();
    // Run > Choose K… (select-k on the selected run's dataset) and Run > Budget Curve (on the
    // selected Stage-1 run), as queued jobs whose results the views show when they land.
    void chooseKDialog();
    void startChooseK(const QString &dataset, int kMax);
    void startBudgetCurve();

    // A fresh file for the built-in demo in the user's data folder.
    static QString newDemoProjectPath();
    static QString rankProgram(); // micro-cli beside this program: the other ranks of a data-parallel run

Q_SIGNALS:
    void jobFinished();
    // The language changed and `next` took this window's place (this one closes).
    void replacedBy(micro::ui::MainWindow *next);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void refreshRuns();
    void onJobFinished(bool failed, bool cancelled);
    // What a job that succeeded shows: the project's runs again with `runId` (else the run
    // shown, else the newest), or the dataset it stored in the Comparisons view.
    void showRunAfterJob(qint64 runId);
    void showImported(const QString &dataset);
    void showError(const micro::core::Error &error);
    void refreshRouting(qint64 runId);
    void updateActions();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void newProject();
    void openProjectDialog();
    void exportPlot();
    void exportRunsTable();
    void exportRunDialog();
    void addFeatureFileDialog();
    void renameRun(qint64 runId, const QString &name);
    void tagRun(qint64 runId, const QString &tags);

public:
    // Deletes a run and everything stored with it (not undoable; the menu action asks first).
    bool deleteRun(qint64 runId);

private:
    std::unique_ptr<micro::core::ProjectStore> m_store; // GUI-thread reads
    QString m_projectPath;
    // Background work, one job at a time; trainings and adaptations asked for meanwhile queue.
    JobRunner *m_jobs = nullptr;
    qint64 m_liveRunId = 0;
    QString m_lastImported; // the Train dialog starts on it when no run is selected
    qint64 m_shownRunId = 0;

    RunTableModel *m_runs = nullptr;
    RunPresenter *m_presenter = nullptr; // loads the shown run off the GUI thread
    QTableView *m_runView = nullptr;
    CurvePlot *m_plot = nullptr;
    RoutingView *m_routing = nullptr;
    ModelChoiceView *m_modelChoice = nullptr;
    WeightsView *m_weights = nullptr;
    AssignmentView *m_assignments = nullptr;
    DataView *m_data = nullptr;
    CompareView *m_compare = nullptr;
    HeadAccuracyView *m_headAccuracy = nullptr;
    LabelView *m_label = nullptr;
    TeachingView *m_teaching = nullptr;
    QTabWidget *m_views = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_stopButton = nullptr; // Stop and keep
    // Presentation: full screen with only the Teaching view; what to restore afterwards.
    void setPresenting(bool on);
    bool m_presenting = false;
    bool m_wasMaximized = false;
    QByteArray m_geometryBeforePresenting;
    QLabel *m_status = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_demoAction = nullptr;
    QAction *m_trainAction = nullptr;
    QAction *m_embedImportAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_adaptAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_chooseKAction = nullptr;
    QLineEdit *m_runFilter = nullptr;
    QComboBox *m_runGroup = nullptr;
    void applyRunFilter();
    QAction *m_budgetCurveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_exportTableAction = nullptr;
    QAction *m_exportRunAction = nullptr;
    QAction *m_addFeatureFileAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QUndoStack *m_undo = nullptr;
};

} // namespace micro::ui
