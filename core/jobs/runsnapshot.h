#pragma once

#include "adaptation.h"
#include "io/importoptions.h"
#include "metrics/evaluation.h"
#include "modelselection.h"
#include "store/projectstore.h"

#include <map>
#include <optional>
#include <vector>

namespace micro::core {

// Everything the window's views show of one stored run, read in one go and typed, so it
// can be loaded off the GUI thread and handed to each view as structs.
struct RunSnapshot
{
    RunInfo run;
    std::vector<EpochMetrics> epochs;
    std::map<QString, std::vector<RoutingStep>> routingHistory; // per context (Stage-2 runs)
    // The latest budget curve of the Stage-1 run (a child shows its parent's); no points: none.
    BudgetCurve budgetCurve;
    std::optional<SelectKResult> modelSelection; // the latest of the run's dataset
    RunEvaluation validation;                    // as stored with the run
    std::optional<ImportReport> importReport;    // of the file the dataset came from

    bool finished() const { return run.status == QLatin1String("finished"); }
    bool isStage2() const { return run.parentRunId > 0; }
};

RunSnapshot loadRunSnapshot(ProjectStore &store, qint64 runId);

// Only the routing history (it grows while labels come in).
std::map<QString, std::vector<RoutingStep>> loadRoutingHistory(ProjectStore &store, qint64 runId);

} // namespace micro::core
