// MainWindow's runs table and the views that show the selected run.
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
#include "runtablemodel.h"
#include "teachingview.h"
#include "theme.h"
#include "traindialog.h"
#include "translation.h"
#include "weightsview.h"

#include "jobs/adaptation.h"
#include "jobs/labeladaptation.h"
#include "jobs/modelselection.h"
#include "metrics/evaluation.h"
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

void MainWindow::refreshRuns()
{
    if (!m_store) return;
    try {
        m_runs->setRuns(m_store->runs());
    } catch (const MicroError &e) {
        showError(e.error());
    }
    m_runView->resizeColumnsToContents();
    m_runView->horizontalHeader()->setSectionResizeMode(RunTableModel::Name, QHeaderView::Stretch);
    const int row = m_runs->rowOfRun(m_shownRunId);
    if (row >= 0) {
        QSignalBlocker block(m_runView->selectionModel());
        m_runView->selectRow(row);
        m_runView->scrollTo(m_runs->index(row, 0)); // a new run is never below the fold
    }
}

void MainWindow::showRun(qint64 runId)
{
    if (!m_store) return;
    m_shownRunId = runId;
    const int row = m_runs->rowOfRun(runId);
    if (row >= 0 && m_runView->currentIndex().row() != row) {
        QSignalBlocker block(m_runView->selectionModel());
        m_runView->selectRow(row);
    }
    try {
        const RunInfo run = m_store->run(runId);
        m_plot->setTitle(tr("%1 on %2").arg(run.name, run.datasetName));
        const std::vector<EpochMetrics> epochs = m_store->epochs(runId);
        m_plot->setEpochs(epochs);
        std::map<QString, std::vector<RoutingStep>> history;
        for (const QString &c : m_store->routingContexts(runId))
            history[c] = m_store->routingHistory(runId, c);
        m_routing->setHistory(std::move(history));
        // Budget curves are stored with the Stage-1 run they adapt: a child shows its parent's.
        const QList<StoredAnalysis> curves = m_store->budgetCurves(run.parentRunId > 0 ? run.parentRunId : runId);
        m_routing->setBudgetCurve(curves.isEmpty() ? BudgetCurve() : BudgetCurve::fromJson(curves.back().result));
        // Every view shows this run or clears itself with a one-line reason; none keeps the
        // previous run's figure under a new title.
        const RunEvaluation validation =
            RunEvaluation::fromJson(run.metrics.value(QStringLiteral("validation")).toObject());
        const bool finished = run.status == QLatin1String("finished");
        const bool stage2 = run.parentRunId > 0;
        const QString stage2Reason =
            tr("Run %1 is a Stage-2 adaptation of run %2 (its router was fitted to labelled pairs): see Routing "
               "convergence; this view shows Stage-1 runs.")
                .arg(runId)
                .arg(run.parentRunId);
        const QString notFinishedReason =
            run.status == QLatin1String("running")
                ? tr("Run %1 is still training: this view fills in when it finishes.").arg(runId)
                : tr("Run %1 did not finish (%2): nothing to show.").arg(runId).arg(run.status);
        m_plot->setEmptyText(stage2 ? tr("Run %1 is a Stage-2 adaptation of run %2: it has no Stage-1 epochs; see "
                                         "Routing convergence.")
                                          .arg(runId)
                                          .arg(run.parentRunId)
                             : finished ? tr("Run %1 stored no epochs.").arg(runId)
                                        : tr("Run %1: waiting for its first epoch…").arg(runId));
        if (stage2 || !finished) {
            m_weights->showReason(stage2 ? stage2Reason : notFinishedReason);
            m_headAccuracy->showReason(stage2 ? stage2Reason : notFinishedReason);
        } else {
            m_weights->setMetrics(validation, run.name, epochs);
            m_headAccuracy->setMetrics(validation, run.name);
        }
        if (finished)
            m_assignments->setRun(m_projectPath, runId);
        else
            m_assignments->clear(notFinishedReason);
        m_data->showRun(*m_store, runId);
        m_label->setRun(runId);
        const QList<StoredAnalysis> choices = m_store->modelSelections(run.datasetId);
        m_modelChoice->setResult(choices.isEmpty() ? SelectKResult() : SelectKResult::fromJson(choices.back().result),
                                 run.datasetName);
    } catch (const MicroError &e) {
        showError(e.error());
    }
}

void MainWindow::refreshRouting(qint64 runId)
{
    if (!m_store || runId != m_shownRunId) return;
    try {
        std::map<QString, std::vector<RoutingStep>> history;
        for (const QString &c : m_store->routingContexts(runId))
            history[c] = m_store->routingHistory(runId, c);
        m_routing->setHistory(std::move(history));
    } catch (const MicroError &e) {
        showError(e.error());
    }
}

void MainWindow::renameRun(qint64 runId, const QString &name)
{
    if (!m_store) return;
    try {
        m_store->renameRun(runId, name);
        m_runs->replaceRun(m_store->run(runId));
    } catch (const MicroError &e) {
        showError(e.error());
        refreshRuns();
    }
    if (runId == m_shownRunId) showRun(runId);
}

void MainWindow::compareRuns(const QList<qint64> &runIds)
{
    if (!m_store) return;
    QList<CompareView::Entry> entries;
    try {
        for (qint64 id : runIds)
            entries << CompareView::Entry{m_store->run(id), m_store->epochs(id)};
    } catch (const MicroError &e) {
        showError(e.error());
        return;
    }
    m_compare->setRuns(entries.size() >= 2 ? entries : QList<CompareView::Entry>());
}

void MainWindow::tagRun(qint64 runId, const QString &tags)
{
    if (!m_store) return;
    try {
        m_store->setRunTags(runId, tags);
        m_runs->replaceRun(m_store->run(runId));
    } catch (const MicroError &e) {
        showError(e.error());
        refreshRuns();
    }
}

bool MainWindow::deleteRun(qint64 runId)
{
    if (!m_store || (m_jobs->isBusy())) return false;
    try {
        m_store->deleteRun(runId);
    } catch (const MicroError &e) {
        showError(e.error());
        return false;
    }
    m_undo->clear(); // earlier edits may name the deleted run
    if (runId == m_shownRunId) m_shownRunId = 0;
    refreshRuns();
    if (m_shownRunId == 0 && m_runs->rowCount() > 0)
        showRun(m_runs->runAt(m_runs->rowCount() - 1)->id);
    else if (m_runs->rowCount() == 0)
        m_plot->clear();
    return true;
}

void MainWindow::applyRunFilter()
{
    const QStringList words = m_runFilter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int row = 0; row < m_runs->rowCount(); ++row) {
        QString text;
        for (int column : {int(RunTableModel::Name), int(RunTableModel::Dataset), int(RunTableModel::Model),
                           int(RunTableModel::Status), int(RunTableModel::Tags), int(RunTableModel::Id)})
            text += m_runs->index(row, column).data().toString() + QLatin1Char(' ');
        bool shown = true;
        for (const QString &w : words)
            shown = shown && text.contains(w, Qt::CaseInsensitive);
        m_runView->setRowHidden(row, !shown);
    }
}

int MainWindow::visibleRunCount() const
{
    int shown = 0;
    for (int row = 0; row < m_runs->rowCount(); ++row)
        shown += m_runView->isRowHidden(row) ? 0 : 1;
    return shown;
}

} // namespace micro::ui
