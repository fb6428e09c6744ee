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
#include "runpresenter.h"
#include "runtablemodel.h"
#include "teachingview.h"
#include "theme.h"
#include "traindialog.h"
#include "translation.h"
#include "weightsview.h"

#include "jobs/labeladaptation.h"
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
    // The views get the run's data when its snapshot has loaded off the GUI thread; the
    // Data and Labelling views read through the window's own connection.
    m_presenter->show(m_projectPath, runId);
    try {
        m_data->showRun(*m_store, runId);
        m_label->setRun(runId);
    } catch (const MicroError &e) {
        showError(e.error());
    }
}

void MainWindow::refreshRouting(qint64 runId)
{
    if (!m_store || runId != m_shownRunId) return;
    try {
        m_routing->setHistory(loadRoutingHistory(*m_store, runId));
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
        m_presenter->clear(tr("This project has no runs yet: train one (Run > Train…) or run the demo."));
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
