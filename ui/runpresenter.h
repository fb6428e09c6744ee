#pragma once

#include "assignmentview.h"
#include "jobs/runsnapshot.h"
#include "latestresult.h"

#include <QObject>
#include <QThreadPool>
#include <vector>

namespace micro::ui {

class CurvePlot;
class HeadAccuracyView;
class ModelChoiceView;
class RoutingView;
class WeightsView;

// Shows one run in the window's views: loads its snapshot (RunSnapshot: run, epochs,
// routing, budget curve, model choice, evaluation) off the GUI thread through its own
// project connection, hands each view its typed part, then projects the comparisons for
// the Subgroups view as a second background step. Asking for another run supersedes what
// is under way; every view shows the asked-for run or a one-line reason, never the
// previous run's figure under a new title.
class RunPresenter : public QObject
{
    Q_OBJECT
public:
    struct Views
    {
        CurvePlot *curves;
        RoutingView *routing;
        WeightsView *weights;
        HeadAccuracyView *headAccuracy;
        AssignmentView *assignments;
        ModelChoiceView *modelChoice;
    };
    RunPresenter(Views views, QObject *parent = nullptr);

    void show(const QString &projectPath, qint64 runId);
    // An epoch of a run being trained: drawn now if it is the run asked for, and kept until
    // its snapshot lands if that is still loading (the snapshot may have been read before it).
    void appendEpoch(qint64 runId, const micro::core::EpochMetrics &epoch);
    // No run to show (the project closed, its last run deleted): every view says `reason`
    // and nothing in flight may land afterwards.
    void clear(const QString &reason);
    qint64 runId() const { return m_runId; }           // asked for
    qint64 shownRunId() const { return m_shownRunId; } // whose data the views hold
    bool isLoading() const { return m_snapshot.isRunning(); }
    bool isProjecting() const { return m_points.isRunning(); }
    // Blocks until the background steps have returned (tests, closing time).
    void waitForFinished();

Q_SIGNALS:
    void shown(qint64 runId); // every view but Subgroups has this run's data
    void failed(const micro::core::Error &error);

private:
    void apply(micro::core::RunSnapshot snapshot);
    void showNothing(const QString &reason); // every view empty, `reason` as its title

    Views m_views;
    QString m_projectPath;
    qint64 m_runId = 0;
    qint64 m_shownRunId = 0;
    std::vector<micro::core::EpochMetrics> m_epochsWhileLoading;
    QThreadPool m_loadPool, m_projectionPool; // declared before the results: they outlive them
    LatestResult<micro::core::RunSnapshot> m_snapshot;
    LatestResult<AssignmentView::Points> m_points;
};

} // namespace micro::ui
