// MainWindow's files: projects (new, open, recent, dropped) and exports of the views and the runs table.
#include "mainwindow.h"
#include "runpresenter.h"

#include "curveplot.h"
#include "dataview.h"
#include "exportsizedialog.h"
#include "jobrunner.h"
#include "labelview.h"
#include "plotview.h"
#include "runtablemodel.h"

#include "jobs/featurefileadding.h"
#include "jobs/runexport.h"
#include "store/projectstore.h"
#include "util/textfiles.h"

#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace micro::ui {

using namespace micro::core;

namespace {
const char *kRecentKey = "recentProjects";
const char *kExportDirKey = "exportDir";
const char *kFeatureFileDirKey = "featureFileDir";
constexpr int kMaxRecent = 8;
} // namespace

QString MainWindow::newDemoProjectPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo-%1.micro")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))));
}

bool MainWindow::openProject(const QString &path, bool create)
{
    if (m_jobs->isBusy()) {
        QMessageBox::information(this, tr("Busy"), tr("Cancel or wait for the running job before switching projects."));
        return false;
    }
    try {
        auto store = std::make_unique<ProjectStore>(path, create ? ProjectStore::OpenMode::CreateIfMissing
                                                                 : ProjectStore::OpenMode::MustExist);
        m_store = std::move(store);
    } catch (const MicroError &e) {
        showError(e.error());
        return false;
    }
    m_projectPath = QFileInfo(path).absoluteFilePath();
    // Nothing of the previous project may land in the views.
    m_presenter->clear(tr("This project has no runs yet: train one (Run > Train…) or run the demo."));
    m_undo->clear(); // edits belong to the project they were made in
    m_label->setProject(m_store.get(), m_undo);
    setWindowTitle(tr("%1 — MiCRo Studio").arg(QFileInfo(path).fileName()));
    rememberRecent(m_projectPath);
    m_shownRunId = 0;
    refreshRuns();
    if (m_runs->rowCount() > 0) m_runView->selectRow(m_runs->rowCount() - 1);
    m_status->setText(tr("Project %1").arg(QDir::toNativeSeparators(m_projectPath)));
    updateActions();
    return true;
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(kRecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QLatin1String(kRecentKey), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(kRecentKey)).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path, false); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newProject()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("New Project"), QString(), tr("MiCRo Studio projects (*.micro)"));
    if (path.isEmpty()) return;
    const QString target =
        QFileInfo(path.endsWith(QLatin1String(".micro")) ? path : path + QStringLiteral(".micro")).absoluteFilePath();
    if (target == m_projectPath) {
        QMessageBox::information(
            this, tr("New Project"),
            tr("%1 is the open project; choose another name for the new one.").arg(QDir::toNativeSeparators(target)));
        return;
    }
    // QFileDialog already asked before overwriting. SQLite's side files go too: a stale
    // write-ahead log would otherwise be replayed into the new, empty project.
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(target + suffix) && !QFile::remove(target + suffix)) {
            showError(Error{ErrorCode::FileWriteFailed, target + suffix, {}});
            return;
        }
    }
    openProject(target, true);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QString(),
                                                      tr("MiCRo Studio projects (*.micro);;All files (*)"));
    if (!path.isEmpty()) openProject(path, false);
}

void MainWindow::exportRunsTable()
{
    QSettings settings;
    const QString dir = settings.value(QLatin1String(kExportDirKey), QDir::homePath()).toString();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Runs Table"), QDir(dir).filePath(QStringLiteral("runs.csv")), tr("CSV table (*.csv)"));
    if (path.isEmpty()) return;
    settings.setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    QString why;
    if (!writeFileAtomically(path, m_runs->toCsv().toUtf8(), &why))
        showError(Error{ErrorCode::FileWriteFailed, path, why});
    else
        m_status->setText(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::exportRunDialog()
{
    const RunInfo *run = m_runs->runAt(m_runView->currentIndex().row());
    if (!run) {
        QMessageBox::information(this, tr("Export Run"), tr("Select a run in the runs table first."));
        return;
    }
    QSettings settings;
    const QString dir = settings.value(QLatin1String(kExportDirKey), QDir::homePath()).toString();
    QString selected;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export Run"), QDir(dir).filePath(QStringLiteral("run-%1.json").arg(run->id)),
        tr("Run as JSON (*.json);;Assignments per comparison (*.csv)"), &selected);
    if (path.isEmpty()) return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) &&
        !path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += selected.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv") : QStringLiteral(".json");
    settings.setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    startRunExport(run->id, path);
}

void MainWindow::startRunExport(qint64 runId, const QString &path)
{
    if (m_projectPath.isEmpty()) return;
    const QString project = m_projectPath;
    m_jobs->start(
        tr("Export of run %1").arg(runId),
        [project, runId, path](const TrainingCallbacks &, const CancelToken &) {
            ProjectStore store(project, ProjectStore::OpenMode::MustExist);
            exportRun(store, runId, path);
        },
        [this, runId, path] {
            m_status->setText(tr("Exported run %1 to %2.").arg(runId).arg(QDir::toNativeSeparators(path)));
        });
}

void MainWindow::addFeatureFileDialog()
{
    if (m_projectPath.isEmpty()) return;
    QSettings settings;
    const QString dir = settings.value(QLatin1String(kFeatureFileDirKey), QDir::homePath()).toString();
    const QString file =
        QFileDialog::getOpenFileName(this, tr("Add Feature File"), dir, tr("Feature files (*.mfeat);;All files (*)"));
    if (file.isEmpty()) return;
    settings.setValue(QLatin1String(kFeatureFileDirKey), QFileInfo(file).absolutePath());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Feature File"), tr("Name of the dataset in this project:"),
                                               QLineEdit::Normal, QFileInfo(file).completeBaseName(), &ok)
                             .trimmed();
    if (ok && !name.isEmpty()) startFeatureFileAdd(file, name);
}

void MainWindow::startFeatureFileAdd(const QString &featureFile, const QString &datasetName)
{
    if (m_projectPath.isEmpty()) return;
    const QString project = m_projectPath;
    AddFeatureFileRequest request;
    request.featureFile = featureFile;
    request.name = datasetName;
    m_jobs->run(
        tr("Adding feature file %1").arg(QFileInfo(featureFile).fileName()),
        [project, request](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(project, ProjectStore::OpenMode::MustExist);
            return addFeatureFileAndStore(store, request, cb.progress, &cancel);
        },
        [this, datasetName](const AddFeatureFileOutcome &o) {
            // Its rows stay on disk (perhaps more than memory holds): named, not loaded into a view.
            m_lastImported = datasetName;
            m_status->setText(tr("Added \"%1\": %2 comparisons, %3 response and %4 prompt dimensions; the "
                                 "features stay in their file and training reads them block by block.")
                                  .arg(datasetName)
                                  .arg(o.rows)
                                  .arg(o.diffCols)
                                  .arg(o.routerCols));
        });
}

void MainWindow::exportPlot()
{
    QSettings settings;
    const QString dir = settings.value(QLatin1String(kExportDirKey), QDir::homePath()).toString();
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export View"), QDir(dir).filePath(QStringLiteral("view.png")),
                                     tr("PNG image (*.png);;PDF document (*.pdf);;CSV table (*.csv)"), &selected);
    if (path.isEmpty()) return;
    settings.setValue(QLatin1String(kExportDirKey), QFileInfo(path).absolutePath());
    // The view on the current tab, as an image, a document or its data.
    const bool known = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ||
                       path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ||
                       path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    const auto *view = qobject_cast<const PlotView *>(m_views->currentWidget());
    const QString target = known ? path : path + QStringLiteral(".png");
    PlotView::ExportSize size = ExportSizeDialog::remembered();
    // A figure (not a table's CSV): at which size and resolution.
    if (view && !target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        ExportSizeDialog dialog(!target.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive), this);
        if (dialog.exec() != QDialog::Accepted) return;
        dialog.remember();
        size = dialog.size();
    }
    const bool ok = m_views->currentWidget() == m_data
                        ? m_data->exportCsv(path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                                                ? path
                                                : path + QStringLiteral(".csv"))
                        : view && view->exportTo(target, size);
    if (!ok)
        showError(Error{ErrorCode::FileWriteFailed, path, micro::core::whyNotWritten(path)});
    else
        m_status->setText(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = event->mimeData()->urls().front().toLocalFile();
    event->acceptProposedAction();
    // A project opens; anything else is data to import.
    if (path.endsWith(QLatin1String(".micro")))
        openProject(path, false);
    else
        QTimer::singleShot(0, this, [this, path] { importDialog(path); }); // not inside the drop
}

} // namespace micro::ui
