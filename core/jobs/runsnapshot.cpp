#include "runsnapshot.h"

#include "importing.h"
#include "util/error.h"

namespace micro::core {

std::map<QString, std::vector<RoutingStep>> loadRoutingHistory(ProjectStore &store, qint64 runId)
{
    std::map<QString, std::vector<RoutingStep>> history;
    for (const QString &c : store.routingContexts(runId))
        history[c] = store.routingHistory(runId, c);
    return history;
}

RunSnapshot loadRunSnapshot(ProjectStore &store, qint64 runId)
{
    RunSnapshot s;
    s.run = store.run(runId);
    s.epochs = store.epochs(runId);
    s.routingHistory = loadRoutingHistory(store, runId);
    // Budget curves are stored with the Stage-1 run they adapt.
    const QList<StoredAnalysis> curves = store.budgetCurves(s.isStage2() ? s.run.parentRunId : runId);
    if (!curves.isEmpty()) s.budgetCurve = BudgetCurve::fromJson(curves.back().result);
    const QList<StoredAnalysis> choices = store.modelSelections(s.run.datasetId);
    if (!choices.isEmpty()) s.modelSelection = SelectKResult::fromJson(choices.back().result);
    s.validation = RunEvaluation::fromJson(s.run.metrics.value(QStringLiteral("validation")).toObject());
    try { // only the Subgroups title names the group column: no reason to hold the run back
        s.importReport = storedImportReport(store, s.run.datasetName);
    } catch (const MicroError &) {
    }
    return s;
}

} // namespace micro::core
