#include "runpresenter.h"

#include "curveplot.h"
#include "errortext.h"
#include "modelchoiceview.h"
#include "routingview.h"
#include "weightsview.h"

#include "store/projectstore.h"

namespace micro::ui {

using namespace micro::core;

RunPresenter::RunPresenter(Views views, QObject *parent)
    : QObject(parent), m_views(views), m_snapshot(
                                           this, [this](RunSnapshot s) { apply(std::move(s)); },
                                           [this](const Error &e) {
                                               showNothing(errorText(e));
                                               Q_EMIT failed(e);
                                           }),
      m_points(
          this, [this](AssignmentView::Points p) { m_views.assignments->setPoints(std::move(p)); },
          [this](const Error &e) { m_views.assignments->clear(errorText(e)); })
{
    // Pools of their own: a run's snapshot never queues behind projections (seconds on
    // large data) or the Teaching view's fits; superseded projections run one at a time.
    m_loadPool.setMaxThreadCount(1);
    m_projectionPool.setMaxThreadCount(1);
}

void RunPresenter::show(const QString &projectPath, qint64 runId)
{
    const bool again = runId == m_runId; // asked for again while it loads: keep what it drew
    m_projectPath = projectPath;
    m_runId = runId;
    if (!again) m_epochsWhileLoading.clear();
    m_points.cancel(); // the previous run's projection, should it finish, is dropped
    // Another run's curves start empty, so that a run being trained draws each epoch the
    // moment it is reported, loaded or not (the snapshot then fills in what came before);
    // the run already shown keeps its curves until they are replaced (no blink on refresh).
    if (runId != m_shownRunId && !again) {
        m_views.curves->clear();
        m_views.curves->setTitle(tr("Run %1: loading…").arg(runId));
    }
    m_snapshot.start(
        [projectPath, runId](const CancelToken &cancel) {
            if (cancel.isCancelled()) return RunSnapshot(); // superseded while queued: dropped anyway
            ProjectStore store(projectPath, ProjectStore::OpenMode::MustExist);
            return loadRunSnapshot(store, runId);
        },
        &m_loadPool);
}

void RunPresenter::appendEpoch(qint64 runId, const EpochMetrics &epoch)
{
    if (runId != m_runId) return;
    if (isLoading()) m_epochsWhileLoading.push_back(epoch);
    m_views.curves->appendEpoch(epoch);
}

void RunPresenter::clear(const QString &reason)
{
    m_snapshot.cancel();
    m_points.cancel();
    m_runId = 0;
    showNothing(reason);
}

void RunPresenter::showNothing(const QString &reason)
{
    m_shownRunId = 0;
    m_epochsWhileLoading.clear();
    m_points.cancel();
    m_views.curves->clear();
    m_views.curves->setTitle(reason);
    m_views.routing->setHistory({});
    m_views.routing->setBudgetCurve({});
    m_views.weights->showReason(reason);
    m_views.headAccuracy->showReason(reason);
    m_views.modelChoice->setResult(SelectKResult(), QString());
    m_views.assignments->clear(reason);
}

void RunPresenter::waitForFinished()
{
    m_snapshot.waitForFinished();
    m_points.waitForFinished();
}

void RunPresenter::apply(RunSnapshot snapshot)
{
    const RunInfo &run = snapshot.run;
    const qint64 runId = run.id;
    // Epochs the training reported after the snapshot was read.
    for (const EpochMetrics &e : m_epochsWhileLoading)
        if (snapshot.epochs.empty() || e.epoch > snapshot.epochs.back().epoch) snapshot.epochs.push_back(e);
    m_epochsWhileLoading.clear();

    m_views.curves->setTitle(tr("%1 on %2").arg(run.name, run.datasetName));
    m_views.curves->setEpochs(snapshot.epochs);
    m_views.routing->setHistory(snapshot.routingHistory);
    m_views.routing->setBudgetCurve(snapshot.budgetCurve);
    const bool finished = snapshot.finished();
    const bool stage2 = snapshot.isStage2();
    const QString stage2Reason =
        tr("Run %1 is a Stage-2 adaptation of run %2 (its router was fitted to labelled pairs): see Routing "
           "convergence; this view shows Stage-1 runs.")
            .arg(runId)
            .arg(run.parentRunId);
    const QString notFinishedReason =
        run.status == QLatin1String("running")
            ? tr("Run %1 is still training: this view fills in when it finishes.").arg(runId)
            : tr("Run %1 did not finish (%2): nothing to show.").arg(runId).arg(run.status);
    m_views.curves->setEmptyText(stage2 ? tr("Run %1 is a Stage-2 adaptation of run %2: it has no Stage-1 epochs; "
                                             "see Routing convergence.")
                                              .arg(runId)
                                              .arg(run.parentRunId)
                                 : finished ? tr("Run %1 stored no epochs.").arg(runId)
                                            : tr("Run %1: waiting for its first epoch…").arg(runId));
    if (stage2 || !finished) {
        m_views.weights->showReason(stage2 ? stage2Reason : notFinishedReason);
        m_views.headAccuracy->showReason(stage2 ? stage2Reason : notFinishedReason);
    } else {
        m_views.weights->setMetrics(snapshot.validation, run.name, snapshot.epochs);
        m_views.headAccuracy->setMetrics(snapshot.validation, run.name);
    }
    m_views.modelChoice->setResult(snapshot.modelSelection.value_or(SelectKResult()), run.datasetName);
    if (finished) {
        m_views.assignments->showProjecting();
        const QString path = m_projectPath;
        m_points.start(
            [path, snapshot](const CancelToken &cancel) {
                if (cancel.isCancelled()) return AssignmentView::Points(); // superseded while queued
                ProjectStore store(path, ProjectStore::OpenMode::MustExist);
                return AssignmentView::project(store, snapshot);
            },
            &m_projectionPool);
    } else {
        m_views.assignments->clear(notFinishedReason);
    }
    m_shownRunId = runId;
    Q_EMIT shown(runId);
}

} // namespace micro::ui
