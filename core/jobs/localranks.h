#pragma once

#include "training.h"

#include <QStringList>

namespace micro::core {

// The command-line flags of `micro-cli train` that reproduce a Stage-1 configuration (the
// ranks of a data-parallel fit must all fit the same one).
QStringList trainArguments(const Stage1Config &config);

// Trains on `ranks` data-parallel processes of this machine (issue 15): this process is
// rank 0 and stores the run through trainAndStore; ranks 1..N-1 are `cliPath train ...
// --rank R` child processes meeting on a free loopback port. Children that are still alive
// when this returns or throws (a failure, a cancel) are killed. ranks == 1: trainAndStore.
TrainingOutcome trainWithLocalRanks(ProjectStore &store, const QString &datasetName, const Stage1Config &config,
                                    int ranks, const QString &cliPath, const TrainingCallbacks &callbacks = {},
                                    const CancelToken *cancel = nullptr);

} // namespace micro::core
