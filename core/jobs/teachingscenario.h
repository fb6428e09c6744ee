#pragma once

#include "metrics/truthstats.h"
#include "model/stage1fitter.h"
#include "util/canceltoken.h"
#include "util/error.h"

#include <optional>
#include <vector>

namespace micro::core {

// The four demonstrations of teaching mode (TeachingView), in list order.
enum class TeachingScenario
{
    OneGroup,      // k = 1: a single BT ties with MiCRo
    OpposedGroups, // k = 2, opposed heads: the single BT stays above the theory's floor
    RouterLearns,  // informative prompts: MiCRo's router finds the groups
    HedgeAdapts,   // Stage 2 online: Hedge over the true heads on one group's labels
};
constexpr int kTeachingScenarioCount = 4;

// What the sliders set; every scenario starts from its own preset.
struct TeachingSettings
{
    int groups = 1;               // K: groups in the data (and heads of the fitted mixture)
    double separation = 4.0;      // norm of each group's reward vector
    double labelNoise = 0.0;      // probability a label is flipped
    double informativeness = 4.0; // how much the prompt says about the group
};

TeachingSettings teachingPreset(TeachingScenario scenario);

// Sizes of the demonstrations: small enough that a scenario computes well within a second
// on a busy machine, large enough that accuracies differ by more than their sampling error.
struct TeachingSizes
{
    static constexpr int comparisons = 3000;
    static constexpr int headDim = 8;
    static constexpr int routerDim = 4;
    static constexpr int epochs = 15;
    // As the built-in demo: the paper's 2e-3 leaves the router soft on this few pairs.
    static constexpr double lr = 0.01;
    static constexpr double alpha = 0.1;
    // One thread: on pairs this few, a two-thread OpenMP team spends its time in per-batch
    // barriers, and on a busy two-core machine it ran 10-20x slower than one thread (measured:
    // ~20 ms against 0.3-4 s for a 15-epoch K = 5 fit while a build was running).
    static constexpr int threads = 1;
    static constexpr double validationFraction = 0.2;
    static constexpr quint64 seed = 7;
    static constexpr int seedsSearched = 64; // OpposedGroups: seeds tried for opposed heads
    static constexpr int hedgeRounds = 100;  // labels in the Hedge session
    // BT losses are clipped at this value and divided by it, so they lie in [0, 1] as the
    // textbook regret bound requires (loss 2 = the label got under 14 % probability).
    static constexpr double hedgeLossCap = 2.0;
};

struct TeachingRequest
{
    TeachingScenario scenario = TeachingScenario::OneGroup;
    TeachingSettings settings;
};

// One fitted model's curves and its final scores on the validation rows.
struct TeachingFit
{
    int heads = 0;
    std::vector<micro::core::EpochMetrics> epochs;
    double accuracy = 0;
    double nll = 0;                  // empirical, on the sampled labels
    double expectedCrossEntropy = 0; // under the true label distribution (comparable with the bound)
    std::optional<double> ari;       // hard assignments vs the known groups
};

struct TeachingOutcome
{
    TeachingScenario scenario = TeachingScenario::OneGroup;
    TeachingSettings settings;
    bool cancelled = false;
    std::optional<micro::core::Error> error;

    quint64 seed = 0;
    int validationRows = 0;
    micro::core::TruthStats truth; // on the validation rows
    // The generating model's expected cross-entropy there (TruthStats has its empirical NLL).
    double trueExpectedCrossEntropy = 0;
    // Mean pairwise cosine between the true heads (NaN with one group).
    double headCosine = 0;
    TeachingFit single;
    TeachingFit micro;

    // HedgeAdapts: the labeller's group and, per round, each true head's clipped and
    // rescaled BT loss on that round's comparison.
    int labellerGroup = -1;
    std::vector<std::vector<double>> roundLosses;
};

// Runs a scenario synchronously (callers put it on a worker thread). Never throws: errors
// come back in `error`, a cancelled run with `cancelled` set.
TeachingOutcome computeTeachingScenario(const TeachingRequest &request, const micro::core::CancelToken *cancel);

} // namespace micro::core
