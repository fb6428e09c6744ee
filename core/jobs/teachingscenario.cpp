#include "teachingscenario.h"

#include "data/synthgenerator.h"
#include "jobs/training.h"
#include "metrics/evaluation.h"
#include "routing/onlinehedge.h"
#include "util/logistic.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>

namespace micro::core {

namespace {

SynthConfig synthConfig(const TeachingSettings &s, quint64 seed, int n = TeachingSizes::comparisons)
{
    SynthConfig c;
    c.n = n;
    c.dim = TeachingSizes::headDim;
    c.routerDim = TeachingSizes::routerDim;
    c.k = s.groups;
    c.seed = seed;
    c.separation = s.separation;
    c.labelNoise = s.labelNoise;
    c.informativeness = s.informativeness;
    return c;
}

// Mean cosine over all pairs of the true heads: -1 for two opposed heads, about 0 for
// unrelated ones, 1 for identical ones. NaN with a single head (no pair to compare).
double meanPairwiseCosine(const FeatureMatrix &heads)
{
    double total = 0;
    int pairs = 0;
    for (int a = 0; a < heads.rows; ++a)
        for (int b = a + 1; b < heads.rows; ++b) {
            double dot = 0, na = 0, nb = 0;
            for (int j = 0; j < heads.cols; ++j) {
                dot += double(heads.row(a)[j]) * heads.row(b)[j];
                na += double(heads.row(a)[j]) * heads.row(a)[j];
                nb += double(heads.row(b)[j]) * heads.row(b)[j];
            }
            total += dot / std::sqrt(std::max(na * nb, 1e-300));
            ++pairs;
        }
    return pairs > 0 ? total / pairs : std::numeric_limits<double>::quiet_NaN();
}

// The generator draws the heads at random and has no "opposed" option. Its heads come
// first from the seeded stream, so a two-row draw shows a seed's heads cheaply: pick the
// seed whose heads point most nearly in opposite directions.
quint64 mostOpposedSeed(const TeachingSettings &s)
{
    if (s.groups < 2) return TeachingSizes::seed;
    quint64 best = TeachingSizes::seed;
    double bestCosine = std::numeric_limits<double>::infinity();
    for (quint64 seed = 1; seed <= quint64(TeachingSizes::seedsSearched); ++seed) {
        const Dataset probe = generateSynthetic(synthConfig(s, seed, 2), QStringLiteral("probe"));
        const double c = meanPairwiseCosine(probe.truth->heads);
        if (c < bestCosine) {
            bestCosine = c;
            best = seed;
        }
    }
    return best;
}

Stage1Config fitConfig(ModelKind kind, int heads, quint64 seed)
{
    Stage1Config c;
    c.model = kind;
    c.k = heads;
    c.epochs = TeachingSizes::epochs;
    c.lr = TeachingSizes::lr;
    c.alpha = TeachingSizes::alpha;
    c.threads = TeachingSizes::threads;
    c.seed = seed;
    c.valFraction = TeachingSizes::validationFraction;
    return c;
}

// Fits one model and scores it on the validation rows; false when cancelled.
bool fitAndScore(const Dataset &data, const RowSplit &split, ModelKind kind, int heads, quint64 seed,
                 const CancelToken *cancel, TeachingFit *out)
{
    const Stage1Config config = fitConfig(kind, heads, seed);
    Stage1Result result = Stage1Fitter::fit(data, config, split.train, split.validation, {}, cancel);
    if (result.status == Stage1Result::Status::Cancelled) return false;
    const RunEvaluation ev = evaluateModel(result.model, data, split.validation, config.threads);
    out->heads = config.effectiveK();
    out->epochs = std::move(result.epochs);
    out->accuracy = ev.accuracy;
    out->nll = ev.nll;
    out->expectedCrossEntropy = ev.expectedCrossEntropy.value_or(ev.nll);
    out->ari = ev.ari;
    return true;
}

// Stage 1 scenarios: a single BT and MiCRo on the same data and split. MiCRo gets at least
// two heads, so that with one group it has capacity the data cannot use.
void computeFits(const TeachingRequest &request, quint64 seed, const CancelToken *cancel, TeachingOutcome *out)
{
    const Dataset data = generateSynthetic(synthConfig(request.settings, seed), QStringLiteral("teaching"));
    const RowSplit split = splitRows(data.size(), TeachingSizes::validationFraction, seed);
    out->validationRows = int(split.validation.size());
    out->truth = computeTruthStats(data, split.validation, TeachingSizes::threads);
    out->trueExpectedCrossEntropy = expectedCrossEntropy(
        data, truePredictions(data, split.validation, TeachingSizes::threads), TeachingSizes::threads);
    out->headCosine = meanPairwiseCosine(data.truth->heads);
    const int microHeads = std::max(2, request.settings.groups);
    out->cancelled = !fitAndScore(data, split, ModelKind::Single, 1, seed, cancel, &out->single) ||
                     !fitAndScore(data, split, ModelKind::Micro, microHeads, seed, cancel, &out->micro);
}

// Stage 2 online: the first rounds' comparisons of the largest group (the labeller's),
// scored by every true head. The true heads stand in for fitted Stage-1 heads so that the
// lesson is about the routing alone.
void computeHedgeStream(const TeachingRequest &request, TeachingOutcome *out)
{
    const Dataset data = generateSynthetic(synthConfig(request.settings, out->seed), QStringLiteral("teaching"));
    const int k = request.settings.groups;
    std::vector<int> group(std::size_t(data.size()));
    std::vector<int> members(std::size_t(k), 0);
    for (int i = 0; i < data.size(); ++i) {
        // The generator names the groups "0".."K-1" after their heads' rows.
        group[std::size_t(i)] = data.comparisons[std::size_t(i)].knownGroup.toInt();
        ++members[std::size_t(group[std::size_t(i)])];
    }
    out->labellerGroup = int(std::max_element(members.begin(), members.end()) - members.begin());
    std::vector<int> rows;
    for (int i = 0; i < data.size() && int(rows.size()) < TeachingSizes::hedgeRounds; ++i)
        if (group[std::size_t(i)] == out->labellerGroup) rows.push_back(i);
    const RowPredictions pred = truePredictions(data, rows, TeachingSizes::threads);
    out->roundLosses.assign(rows.size(), std::vector<double>(std::size_t(k)));
    for (int t = 0; t < pred.count(); ++t)
        for (int h = 0; h < k; ++h)
            out->roundLosses[std::size_t(t)][std::size_t(h)] =
                OnlineHedge::boundedLoss(-logSigmoid(pred.rewardDiff.row(t)[h]), TeachingSizes::hedgeLossCap);
}

} // namespace

TeachingSettings teachingPreset(TeachingScenario scenario)
{
    TeachingSettings s;
    switch (scenario) {
    case TeachingScenario::OneGroup:
        s = {1, 4.0, 0.05, 4.0};
        break;
    case TeachingScenario::OpposedGroups:
        s = {2, 6.0, 0.0, 4.0};
        break;
    case TeachingScenario::RouterLearns:
        s = {3, 6.0, 0.0, 8.0};
        break;
    case TeachingScenario::HedgeAdapts:
        s = {3, 4.0, 0.05, 4.0};
        break;
    }
    return s;
}

TeachingOutcome computeTeachingScenario(const TeachingRequest &request, const CancelToken *cancel)
{
    TeachingOutcome out;
    out.scenario = request.scenario;
    out.settings = request.settings;
    // A request superseded while it waited for the pool is dropped without work.
    if (cancel && cancel->isCancelled()) {
        out.cancelled = true;
        return out;
    }
    try {
        out.seed = request.scenario == TeachingScenario::OpposedGroups ? mostOpposedSeed(request.settings)
                                                                       : TeachingSizes::seed;
        if (request.scenario == TeachingScenario::HedgeAdapts)
            computeHedgeStream(request, &out);
        else
            computeFits(request, out.seed, cancel, &out);
    } catch (const MicroError &e) {
        out.error = e.error();
    } catch (const std::exception &e) {
        out.error = Error{ErrorCode::Internal, QString(), QString::fromLocal8Bit(e.what())};
    } catch (...) {
        out.error = Error{ErrorCode::Internal, QString(), QString()};
    }
    return out;
}

} // namespace micro::core
