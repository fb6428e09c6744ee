// MainWindow's long work: the dialogs that start it and the queued jobs that run it.
#include "mainwindow.h"
#include "runpresenter.h"

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
#include "runtablemodel.h"
#include "teachingview.h"
#include "theme.h"
#include "traindialog.h"
#include "translation.h"
#include "weightsview.h"

#include "jobs/importing.h"
#include "jobs/labeladaptation.h"
#include "jobs/localranks.h"
#include "jobs/modelselection.h"
#include "store/projectstore.h"
#include "util/textfiles.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace micro::ui {

using namespace micro::core;

void MainWindow::startDemo(const DemoConfig &config)
{
    if (m_projectPath.isEmpty() && !openProject(newDemoProjectPath(), true)) return;
    const QString path = m_projectPath;
    m_jobs->run(
        tr("Demo"),
        [path, config](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return runDemo(store, config, cb, &cancel);
        },
        [this](const DemoReport &r) { showRunAfterJob(r.rows.isEmpty() ? 0 : r.rows.back().runId); });
}

void MainWindow::startTraining(const QString &dataset, const Stage1Config &config,
                               const std::optional<FeatureSettings> &features, int processes)
{
    if (m_projectPath.isEmpty()) return;
    const QString path = m_projectPath;
    if (processes > 1 && !features) {
        const QString cli = rankProgram();
        m_jobs->run(
            tr("Training on %1 processes").arg(processes),
            [path, dataset, config, processes, cli](const TrainingCallbacks &cb, const CancelToken &cancel) {
                ProjectStore store(path, ProjectStore::OpenMode::MustExist);
                return trainWithLocalRanks(store, dataset, config, processes, cli, cb, &cancel);
            },
            [this](const TrainingOutcome &o) { showRunAfterJob(o.runId); });
        return;
    }
    m_jobs->run(
        tr("Training"),
        [path, dataset, config, features](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return trainWithFeatures(store, dataset, config, features, cb, &cancel);
        },
        [this](const TrainingOutcome &o) { showRunAfterJob(o.runId); });
}

QString MainWindow::rankProgram()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/micro-cli");
}

void MainWindow::startAdaptation(const AdaptRequest &request)
{
    if (m_projectPath.isEmpty()) return;
    const QString path = m_projectPath;
    m_jobs->run(
        tr("Adaptation"),
        [path, request](const TrainingCallbacks &, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return adaptAndStore(store, request, &cancel);
        },
        [this](const AdaptOutcome &o) { showRunAfterJob(o.runId); }); // the new child run
}

void MainWindow::importDialog(const QString &path)
{
    if (m_jobs->isBusy()) {
        // An import shows its dataset when it lands, so it does not queue behind other work.
        m_status->setText(tr("Wait for the running job (or cancel it) before importing."));
        return;
    }
    if (m_projectPath.isEmpty()) {
        newProject(); // data needs a project to live in
        if (m_projectPath.isEmpty()) return;
    }
    QStringList taken;
    try {
        for (const DatasetInfo &d : m_store->datasets())
            taken << d.name;
    } catch (const MicroError &e) {
        showError(e.error());
        return;
    }
    ImportWizard wizard(taken, this);
    if (!path.isEmpty()) wizard.setFile(path);
    if (wizard.exec() == QDialog::Accepted) startImport(wizard.request());
}

void MainWindow::startImport(const ImportRequest &request)
{
    if (m_projectPath.isEmpty() || (m_jobs->isBusy())) return;
    const QString path = m_projectPath;
    const QString name = request.datasetName;
    m_jobs->run(
        tr("Import"),
        [path, request](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return importAndStore(store, request, &cancel, cb.progress);
        },
        [this, name](const ImportOutcome &o) {
            showImported(name);
            m_status->setText(tr("Imported %1 comparisons into \"%2\" (%3 rows read, %4 skipped).")
                                  .arg(o.report.imported)
                                  .arg(name)
                                  .arg(o.report.rowsRead)
                                  .arg(o.report.skippedTotal()));
        });
}

void MainWindow::embeddingImportDialog()
{
    if (m_jobs->isBusy()) {
        m_status->setText(tr("Wait for the running job (or cancel it) before importing."));
        return;
    }
    if (m_projectPath.isEmpty()) {
        newProject();
        if (m_projectPath.isEmpty()) return;
    }
    QStringList names;
    try {
        for (const DatasetInfo &d : m_store->datasets())
            names << d.name;
    } catch (const MicroError &e) {
        showError(e.error());
        return;
    }
    EmbeddingImportDialog dialog(names, this);
    if (dialog.exec() == QDialog::Accepted) startEmbeddingImport(dialog.request());
}

void MainWindow::startEmbeddingImport(const EmbedImportRequest &request)
{
    if (m_projectPath.isEmpty() || (m_jobs->isBusy())) return;
    const QString path = m_projectPath;
    m_jobs->run(
        tr("Embeddings import"),
        [path, request](const TrainingCallbacks &, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return importEmbeddingsAndStore(store, request, &cancel);
        },
        [this](const EmbedImportOutcome &o) {
            showImported(o.dataset);
            m_status->setText(tr("Stored \"%1\": %2 comparisons, %3 response and %4 prompt dimensions.")
                                  .arg(o.dataset)
                                  .arg(o.rows)
                                  .arg(o.responseDim)
                                  .arg(o.promptDim));
        });
}

void MainWindow::startLabelAdaptation(qint64 parentRunId, qint64 datasetId)
{
    if (m_projectPath.isEmpty()) return;
    const QString path = m_projectPath;
    m_jobs->run(
        tr("Adaptation on labels"),
        [path, parentRunId, datasetId](const TrainingCallbacks &, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return adaptOnLabels(store, parentRunId, datasetId, &cancel);
        },
        [this](const AdaptOutcome &o) { showRunAfterJob(o.runId); });
}

void MainWindow::adaptDialog()
{
    const RunInfo *run = m_runs->runAt(m_runView->currentIndex().row());
    if (!m_store || !run) return;
    if (run->status != QLatin1String("finished") || run->k < 2) {
        QMessageBox::information(
            this, tr("Adapt Routing"),
            tr("Select a finished run with at least two heads; its heads stay fixed while the routing adapts."));
        return;
    }
    // Stage 2 routes on contexts: only datasets with the run's features and a context
    // column can supply its labels. Refused here, not after the job has started.
    QStringList labelSets;
    try {
        const int headDim = m_store->datasetInfo(run->datasetName).headDim;
        for (const DatasetOverview &d : m_store->datasetOverviews())
            if (d.info.headDim == headDim && d.contexts > 0) labelSets << d.info.name;
    } catch (const MicroError &e) {
        showError(e.error());
        return;
    }
    if (labelSets.isEmpty()) {
        QMessageBox::information(
            this, tr("Adapt Routing"),
            tr("Adapting routes on contexts, and no dataset with this run's features has any: \"%1\" has no "
               "context column. Import data with one (a context, scenario or criteria column, or --map "
               "context=COLUMN), or label pairs under a context in the Labelling tab.")
                .arg(run->datasetName));
        return;
    }
    if (labelSets.removeAll(run->datasetName) > 0) labelSets.prepend(run->datasetName);
    AdaptDialog dialog(run->name, labelSets, this);
    if (dialog.exec() == QDialog::Accepted) startAdaptation(dialog.request(run->id));
}

void MainWindow::cancelJob()
{
    m_jobs->cancel();
}

Job *MainWindow::currentJob() const
{
    return m_jobs->current();
}

int MainWindow::queuedJobs() const
{
    return m_jobs->queued();
}

void MainWindow::onJobFinished(bool failed, bool cancelled)
{
    const qint64 live = m_liveRunId;
    m_liveRunId = 0;
    // A job that succeeded has shown its outcome already (its continuation); after a failure
    // or cancel the run it made is gone: show what the project holds now.
    if (failed || cancelled) {
        refreshRuns();
        if (m_runs->rowOfRun(live) >= 0)
            showRun(live);
        else
            showRunAfterJob(m_shownRunId);
    }
    updateActions();
    Q_EMIT jobFinished();
}

void MainWindow::showRunAfterJob(qint64 runId)
{
    refreshRuns();
    if (runId > 0 && m_runs->rowOfRun(runId) >= 0)
        showRun(runId);
    else if (m_runs->rowOfRun(m_shownRunId) >= 0)
        showRun(m_shownRunId);
    else if (m_runs->rowCount() > 0)
        showRun(m_runs->runAt(m_runs->rowCount() - 1)->id);
    else
        m_presenter->clear(tr("This project has no runs yet: train one (Run > Train…) or run the demo."));
}

void MainWindow::showImported(const QString &dataset)
{
    m_lastImported = dataset;
    try {
        const DatasetInfo info = m_store->datasetInfo(dataset);
        m_data->showDataset(*m_store, info.id);
        m_label->setDataset(info.id);
        m_views->setCurrentWidget(m_data);
    } catch (const MicroError &e) {
        showError(e.error());
    }
}

void MainWindow::trainDialog()
{
    if (!m_store) return;
    QStringList names, text;
    try {
        for (const DatasetInfo &d : m_store->datasets()) {
            names << d.name;
            if (FeatureSettings::madeFromText(d.meta.value(QStringLiteral("features")).toObject()))
                text << d.name; // imported text: can be featurized again
        }
    } catch (const MicroError &e) {
        showError(e.error());
        return;
    }
    if (names.isEmpty()) {
        QMessageBox::information(this, tr("No data"),
                                 tr("This project has no dataset yet: import data (Ctrl+I) or run the demo (Ctrl+D)."));
        return;
    }
    // The settings of the last training started from here, else those of micro-cli train
    // without --lr/--alpha; on the selected run's dataset, else the one just imported.
    QSettings settings;
    Stage1Config defaults;
    defaults.lrAuto = defaults.alphaAuto = true;
    const QJsonObject remembered =
        QJsonDocument::fromJson(settings.value(QStringLiteral("train/config")).toByteArray()).object();
    if (!remembered.isEmpty()) {
        try {
            defaults = Stage1Config::fromJson(remembered);
            defaults.validate();
        } catch (const MicroError &) {
            defaults = Stage1Config(); // written by another version: start from the defaults
            defaults.lrAuto = defaults.alphaAuto = true;
        }
    }
    TrainDialog dialog(names, defaults, this);
    dialog.setTextDatasets(text);
    dialog.setRankProgram(rankProgram());
    const RunInfo *selected = m_runs->runAt(m_runView->currentIndex().row());
    dialog.setDataset(selected ? selected->datasetName : m_lastImported);
    if (dialog.exec() != QDialog::Accepted) return;
    settings.setValue(QStringLiteral("train/config"), QJsonDocument(dialog.config().toJson()).toJson());
    startTraining(dialog.dataset(), dialog.config(), dialog.features(), dialog.processes());
}

void MainWindow::chooseKDialog()
{
    if (!m_store) return;
    const RunInfo *selected = m_runs->runAt(m_runView->currentIndex().row());
    const QString dataset = selected ? selected->datasetName : m_lastImported;
    if (dataset.isEmpty()) {
        QMessageBox::information(this, tr("Choose K"), tr("Select a run (or import data) to choose K on its dataset."));
        return;
    }
    bool ok = false;
    const int kMax = QInputDialog::getInt(this, tr("Choose K"),
                                          tr("Held-out NLL for K = 1 … N on \"%1\" (a fifth of the rows held out, the "
                                             "suggestion by the one-standard-error rule). Largest K:")
                                              .arg(dataset),
                                          6, 2, 16, 1, &ok);
    if (ok) startChooseK(dataset, kMax);
}

void MainWindow::startChooseK(const QString &dataset, int kMax)
{
    if (m_projectPath.isEmpty()) return;
    SelectKConfig config = SelectKConfig::defaults();
    config.kMax = kMax;
    const QString path = m_projectPath;
    m_jobs->run(
        tr("Choose K on %1").arg(dataset),
        [path, dataset, config](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return selectKAndStore(store, dataset, config, cb.progress, &cancel);
        },
        [this, dataset](const SelectKOutcome &o) {
            showRunAfterJob(m_shownRunId); // the Model choice view reads the stored result
            m_status->setText(tr("Choose K on %1: K = %2 by held-out NLL (one-standard-error rule); BIC says %3.")
                                  .arg(dataset)
                                  .arg(o.result.suggested)
                                  .arg(o.result.bestByBic));
        });
    m_views->setCurrentWidget(m_modelChoice);
}

void MainWindow::startBudgetCurve()
{
    const RunInfo *run = m_runs->runAt(m_runView->currentIndex().row());
    if (!m_store || !run) return;
    if (run->status != QLatin1String("finished") || run->k < 2 || run->parentRunId > 0) {
        QMessageBox::information(this, tr("Budget Curve"),
                                 tr("Select a finished Stage-1 run with at least two heads: the curve adapts its "
                                    "routing to 1, 2, 4, … 50 labelled pairs per context, MiCRo against HyRe."));
        return;
    }
    try {
        for (const DatasetOverview &d : m_store->datasetOverviews())
            if (d.info.name == run->datasetName && d.contexts == 0) {
                QMessageBox::information(this, tr("Budget Curve"),
                                         tr("\"%1\" has no contexts: the budget curve adapts the routing per "
                                            "context.")
                                             .arg(run->datasetName));
                return;
            }
    } catch (const MicroError &e) {
        showError(e.error());
        return;
    }
    BudgetCurveRequest request;
    request.parentRunId = run->id;
    const QString path = m_projectPath;
    m_jobs->run(
        tr("Budget curve of run %1").arg(run->id),
        [path, request](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            return budgetCurveAndStore(store, request, cb.progress, &cancel);
        },
        [this](const BudgetCurve &) { showRunAfterJob(m_shownRunId); }); // the Routing view shows it
    m_views->setCurrentWidget(m_routing);
}

} // namespace micro::ui
