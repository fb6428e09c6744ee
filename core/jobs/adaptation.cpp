#include "adaptation.h"

#include "data/contextfeatures.h"
#include "model/prediction.h"
#include "pendingrun.h"
#include "routing/onlinehedge.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/jsonvalues.h"
#include "util/logistic.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace micro::core {

namespace {

struct Prepared
{
    RunInfo parent;
    MixtureModel parentModel;
    Dataset labels;
    RowSplit split;
    double valFraction = 0;
    qint64 labelsId = 0;
};

Prepared prepare(ProjectStore &store, qint64 parentRunId, const QString &labelsDataset)
{
    Prepared p;
    p.parent = store.run(parentRunId);
    if (p.parent.status != QLatin1String("finished"))
        throw MicroError(ErrorCode::UnknownRun, QString::number(parentRunId),
                         QStringLiteral("status %1, not finished").arg(p.parent.status));
    p.parentModel = store.parameters(parentRunId);
    const DatasetInfo info = store.datasetInfo(labelsDataset.isEmpty() ? p.parent.datasetName : labelsDataset);
    p.labelsId = info.id;
    p.labels = store.loadDataset(info.id);
    if (p.labels.headDim() != p.parentModel.headDim() || p.labels.routerDim() != p.parentModel.routerDim())
        throw MicroError(ErrorCode::ShapeMismatch, p.labels.name,
                         QStringLiteral("features %1 x %2, the run was fitted on %3 x %4")
                             .arg(p.labels.headDim())
                             .arg(p.labels.routerDim())
                             .arg(p.parentModel.headDim())
                             .arg(p.parentModel.routerDim()));
    if (p.labels.sortedContexts().isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("labels"),
                         QStringLiteral("dataset %1 has no contexts to route on").arg(p.labels.name));
    // Held-out rows must be rows the heads never saw: the parent's own validation rows when
    // the labels come from its dataset.
    const bool ownData = info.id == p.parent.datasetId;
    if (ownData && !(p.parent.config.valFraction > 0))
        throw MicroError(
            ErrorCode::InvalidOption, QStringLiteral("val"),
            QStringLiteral("run %1 held no rows out (val 0); train it with --val above 0 or pass other --labels")
                .arg(parentRunId));
    p.valFraction = p.parent.config.valFraction > 0 ? p.parent.config.valFraction : 0.2;
    p.split = splitRows(ownData ? p.labels.split : std::vector<SplitPart>{}, p.labels.size(), p.valFraction,
                        p.parent.config.seed);
    // Every method labels and scores the same rows: those with a context.
    auto withContext = [&](std::vector<int> &rows) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](int r) { return p.labels.comparisons[std::size_t(r)].context.isEmpty(); }),
                   rows.end());
    };
    withContext(p.split.train);
    withContext(p.split.validation);
    withContext(p.split.test);
    return p;
}

// HyRe's per-context weights as a linear router over [psi | one-hot context].
MixtureModel hyreAsModel(const MixtureModel &parent, const HyReResult &h, int promptDim)
{
    const int k = parent.k(), pc = promptDim + int(h.contexts.size());
    MixtureModel m(k, parent.headDim(), pc, MixtureModel::Router::Linear);
    std::copy(parent.parameters().begin(), parent.parameters().begin() + long(std::size_t(k) * parent.headDim()),
              m.parameters().begin());
    for (int j = 0; j < h.contexts.size(); ++j)
        for (int r = 0; r < k; ++r)
            m.parameters()[m.w1Offset() + std::size_t(r) * pc + std::size_t(promptDim + j)] =
                float(std::log(std::max(h.weights[std::size_t(j)][std::size_t(r)], 1e-30)));
    return m;
}

// Online Hedge over a context's labelled pairs in row order, BT losses clipped to [0, 1],
// eta tuned to their number.
std::vector<RoutingStep> hedgeReplay(const MixtureModel &parent, const Dataset &data, const std::vector<int> &rows)
{
    const RowPredictions pred = predictRows(parent, data, rows, 1);
    OnlineHedge hedge(parent.k(), OnlineHedge::tunedEta(parent.k(), std::max(1, pred.count())));
    std::vector<RoutingStep> out;
    for (int i = 0; i < pred.count(); ++i) {
        std::vector<double> loss(std::size_t(parent.k()));
        for (int r = 0; r < parent.k(); ++r) {
            const double delta = pred.rewardDiff.row(i)[r];
            loss[std::size_t(r)] = OnlineHedge::boundedLoss(-logSigmoid(delta));
        }
        const OnlineHedge::Step &s = hedge.update(loss);
        out.push_back(RoutingStep{s.round, s.weightsBefore, s.headLoss, s.mixtureLoss, s.cumulativeMixtureLoss,
                                  s.bestHead, s.bestHeadCumulativeLoss, s.regret});
    }
    return out;
}

// Accuracy and NLL of a model on some rows, overall and per context, as stored in a Stage-2
// child's metrics ({accuracy, nll, rows, by_context: [{context, rows, accuracy}]}).
struct SplitScore
{
    int rows = 0;
    double accuracy = NAN, nll = NAN;
    QStringList contexts;
    std::vector<double> accuracyByContext;
    std::vector<int> rowsByContext;

    QJsonObject toJson() const
    {
        QJsonArray byContext;
        for (int j = 0; j < contexts.size(); ++j)
            byContext.append(QJsonObject{{QStringLiteral("context"), contexts[j]},
                                         {QStringLiteral("rows"), rowsByContext[std::size_t(j)]},
                                         {QStringLiteral("accuracy"), jsonNumber(accuracyByContext[std::size_t(j)])}});
        return QJsonObject{{QStringLiteral("accuracy"), jsonNumber(accuracy)},
                           {QStringLiteral("nll"), jsonNumber(nll)},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("by_context"), byContext}};
    }
};

// `model` reads `data`'s router input.
SplitScore scoreSplit(const MixtureModel &model, const Dataset &data, const std::vector<int> &rows,
                      const QStringList &contexts)
{
    const RowPredictions pred = predictRows(model, data, rows, 1);
    SplitScore s;
    s.rows = pred.count();
    if (s.rows > 0) {
        s.accuracy = pred.accuracy();
        s.nll = pred.meanNll();
    }
    s.contexts = contexts;
    accuracyByContext(pred, data, contexts, &s.accuracyByContext, &s.rowsByContext);
    return s;
}

double stdDev(const std::vector<double> &v, double mean)
{
    if (v.size() < 2) return 0.0;
    double s = 0;
    for (double x : v)
        s += (x - mean) * (x - mean);
    return std::sqrt(s / double(v.size() - 1));
}

} // namespace

AdaptOutcome adaptAndStore(ProjectStore &store, const AdaptRequest &request, const CancelToken *cancel)
{
    request.config.validate();
    QElapsedTimer timer;
    timer.start();
    const Prepared p = prepare(store, request.parentRunId, request.labelsDataset);
    const std::vector<int> labelled = sampleBudget(p.labels, p.split.train, request.config.budget, request.config.seed);
    const std::vector<int> &evaluation = p.split.validation;
    const QStringList contexts = p.labels.sortedContexts();
    const Dataset contextual = withContextOneHot(p.labels, contexts);

    AdaptOutcome out;
    MixtureModel model;
    if (request.method == AdaptRequest::Method::HyRe) {
        const HyReResult h = hyre(p.parentModel, p.labels, labelled, evaluation);
        model = hyreAsModel(p.parentModel, h, p.labels.routerDim());
        out.report = h.toJson();
        out.accuracyBefore = predictRows(p.parentModel, p.labels, evaluation, 1).accuracy();
        out.accuracyAfter = h.overall;
        out.report.insert(QStringLiteral("accuracy_before"), out.accuracyBefore);
        out.report.insert(QStringLiteral("accuracy_after"), out.accuracyAfter);
    } else {
        const Stage2Result r = adaptRouter(p.parentModel, p.labels, labelled, evaluation, request.config, cancel);
        if (r.cancelled) {
            out.cancelled = true;
            return out; // nothing was written
        }
        model = r.model;
        out.report = r.toJson();
        out.accuracyBefore = r.accuracyBefore;
        out.accuracyAfter = r.accuracyAfter;
    }
    // The child's own options, complete: what it is, where it came from, how it was fitted.
    QJsonObject config = request.config.toJson();
    const bool hyreMethod = request.method == AdaptRequest::Method::HyRe;
    config.insert(QStringLiteral("method"), hyreMethod ? QStringLiteral("hyre") : QStringLiteral("micro"));
    config.insert(QStringLiteral("model"), hyreMethod ? QStringLiteral("hyre") : QStringLiteral("adapted"));
    config.insert(QStringLiteral("k"), p.parentModel.k());
    config.insert(QStringLiteral("parent"), request.parentRunId);
    config.insert(QStringLiteral("labels"), p.labels.name);
    config.insert(QStringLiteral("val"), p.valFraction);
    config.insert(QStringLiteral("split_seed"), QString::number(p.parent.config.seed));
    config.insert(QStringLiteral("contexts"), QJsonArray::fromStringList(contexts));
    if (hyreMethod) // HyRe has no router to fit: only the budget and seed apply
        for (const char *key : {"tau", "epochs", "batch", "lr", "train_prompt_weights", "prior"})
            config.remove(QLatin1String(key));
    const QString kind = hyreMethod ? QStringLiteral("hyre") : QStringLiteral("adapted");
    out.runId =
        store.createRun(p.labelsId, kind, p.parentModel.k(), config, request.config.seed, request.parentRunId, {});
    {
        PendingRun pending(store, out.runId); // removed again unless finished
        const RowPredictions all = predictRows(model, contextual, allRows(contextual), 1);
        // Labels came from training rows; both held-out sides are scored, before (the
        // Stage-1 model) and after.
        const SplitScore testBefore = scoreSplit(p.parentModel, p.labels, p.split.test, contexts);
        QJsonObject metrics{
            {QStringLiteral("stage2"), out.report},
            {QStringLiteral("labelled"), int(labelled.size())},
            {QStringLiteral("validation"), scoreSplit(model, contextual, p.split.validation, contexts).toJson()},
            {QStringLiteral("before"),
             QJsonObject{{QStringLiteral("validation"),
                          scoreSplit(p.parentModel, p.labels, p.split.validation, contexts).toJson()},
                         {QStringLiteral("test"), testBefore.toJson()}}}};
        if (!p.split.test.empty()) {
            const SplitScore test = scoreSplit(model, contextual, p.split.test, contexts);
            metrics.insert(QStringLiteral("test"), test.toJson());
            out.testAccuracyAfter = test.accuracy;
            out.testAccuracyBefore = testBefore.accuracy;
            out.hasTest = true;
        }
        for (const QString &c : contexts) {
            std::vector<int> rows;
            for (int r : labelled)
                if (p.labels.comparisons[std::size_t(r)].context == c) rows.push_back(r);
            store.saveRoutingHistory(out.runId, c, hedgeReplay(p.parentModel, p.labels, rows));
        }
        store.finishRun(out.runId, model, all, metrics, double(timer.nsecsElapsed()) * 1e-9);
        pending.keep();
        out.metrics = metrics;
    }
    return out;
}

namespace {

void meanAndSd(const std::vector<double> &v, double *mean, double *sd)
{
    *mean = 0;
    for (double x : v)
        *mean += x / double(v.size());
    *sd = stdDev(v, *mean);
}

} // namespace

QJsonObject BudgetCurve::toJson() const
{
    QJsonArray list;
    for (const BudgetPoint &b : points)
        list.append(QJsonObject{{QStringLiteral("budget"), b.budget},
                                {QStringLiteral("micro_mean"), b.microMean},
                                {QStringLiteral("micro_std"), b.microStd},
                                {QStringLiteral("hyre_mean"), b.hyreMean},
                                {QStringLiteral("hyre_std"), b.hyreStd},
                                {QStringLiteral("micro_test_mean"), jsonNumber(b.microTestMean)},
                                {QStringLiteral("micro_test_std"), jsonNumber(b.microTestStd)},
                                {QStringLiteral("hyre_test_mean"), jsonNumber(b.hyreTestMean)},
                                {QStringLiteral("hyre_test_std"), jsonNumber(b.hyreTestStd)},
                                {QStringLiteral("micro_test_by_context"), jsonNumbers(b.microTestByContext)},
                                {QStringLiteral("hyre_test_by_context"), jsonNumbers(b.hyreTestByContext)}});
    return QJsonObject{{QStringLiteral("points"), list},
                       {QStringLiteral("contexts"), QJsonArray::fromStringList(contexts)},
                       {QStringLiteral("stage1_accuracy"), stage1Accuracy},
                       {QStringLiteral("stage1_test_accuracy"), jsonNumber(stage1TestAccuracy)},
                       {QStringLiteral("stage1_test_by_context"), jsonNumbers(stage1TestByContext)}};
}

BudgetCurve BudgetCurve::fromJson(const QJsonObject &json)
{
    BudgetCurve curve;
    for (const QJsonValue &v : json.value(QStringLiteral("points")).toArray()) {
        const QJsonObject o = v.toObject();
        BudgetPoint b;
        b.budget = o.value(QStringLiteral("budget")).toInt();
        b.microMean = numberFromJson(o.value(QStringLiteral("micro_mean")));
        b.microStd = numberFromJson(o.value(QStringLiteral("micro_std")));
        b.hyreMean = numberFromJson(o.value(QStringLiteral("hyre_mean")));
        b.hyreStd = numberFromJson(o.value(QStringLiteral("hyre_std")));
        b.microTestMean = numberFromJson(o.value(QStringLiteral("micro_test_mean")));
        b.microTestStd = numberFromJson(o.value(QStringLiteral("micro_test_std")));
        b.hyreTestMean = numberFromJson(o.value(QStringLiteral("hyre_test_mean")));
        b.hyreTestStd = numberFromJson(o.value(QStringLiteral("hyre_test_std")));
        b.microTestByContext = numbersFromJson(o.value(QStringLiteral("micro_test_by_context")));
        b.hyreTestByContext = numbersFromJson(o.value(QStringLiteral("hyre_test_by_context")));
        curve.points.push_back(b);
    }
    curve.contexts = stringsFromJson(json.value(QStringLiteral("contexts")));
    curve.stage1Accuracy = numberFromJson(json.value(QStringLiteral("stage1_accuracy")));
    curve.stage1TestAccuracy = numberFromJson(json.value(QStringLiteral("stage1_test_accuracy")));
    curve.stage1TestByContext = numbersFromJson(json.value(QStringLiteral("stage1_test_by_context")));
    return curve;
}

bool BudgetCurve::hasTest() const
{
    return !points.empty() && std::isfinite(points.front().microTestMean);
}

BudgetCurve budgetCurveAndStore(ProjectStore &store, const BudgetCurveRequest &request,
                                const std::function<void(double)> &progress, const CancelToken *cancel)
{
    request.config.validate();
    if (request.seeds < 1 || request.budgets.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("seeds"),
                         QStringLiteral("at least one seed and one budget are needed"));
    for (int budget : request.budgets)
        if (budget < 1)
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("budgets"),
                             QStringLiteral("%1 given, budgets must be at least 1").arg(budget));
    const Prepared p = prepare(store, request.parentRunId, request.labelsDataset);
    BudgetCurve curve;
    curve.contexts = p.labels.sortedContexts();
    const bool haveTest = !p.split.test.empty();
    const Dataset contextual = withContextOneHot(p.labels, curve.contexts);
    curve.stage1Accuracy = predictRows(p.parentModel, p.labels, p.split.validation, 1).accuracy();
    if (haveTest) {
        const SplitScore stage1 = scoreSplit(p.parentModel, p.labels, p.split.test, curve.contexts);
        curve.stage1TestAccuracy = stage1.accuracy;
        curve.stage1TestByContext = stage1.accuracyByContext;
    }
    const int total = int(request.budgets.size()) * request.seeds;
    const std::size_t nc = std::size_t(curve.contexts.size());
    int done = 0;
    for (int budget : request.budgets) {
        std::vector<double> micro, hy, microTest, hyTest;
        std::vector<std::vector<double>> microCtx(nc), hyCtx(nc);
        for (int s = 0; s < request.seeds; ++s) {
            if (cancel && cancel->isCancelled()) {
                curve.cancelled = true;
                return curve; // nothing stored
            }
            Stage2Config c = request.config;
            c.seed = request.config.seed + quint64(s);
            const std::vector<int> labelled = sampleBudget(p.labels, p.split.train, budget, c.seed);
            const Stage2Result adapted = adaptRouter(p.parentModel, p.labels, labelled, p.split.validation, c, cancel);
            if (adapted.cancelled) {
                curve.cancelled = true;
                return curve;
            }
            micro.push_back(adapted.accuracyAfter);
            hy.push_back(hyre(p.parentModel, p.labels, labelled, p.split.validation).overall);
            if (haveTest) {
                const SplitScore mt = scoreSplit(adapted.model, contextual, p.split.test, curve.contexts);
                microTest.push_back(mt.accuracy);
                const HyReResult h = hyre(p.parentModel, p.labels, labelled, p.split.test);
                hyTest.push_back(h.overall);
                for (std::size_t j = 0; j < nc; ++j) {
                    microCtx[j].push_back(mt.accuracyByContext[j]);
                    hyCtx[j].push_back(h.accuracy[j]);
                }
            }
            if (progress) progress(double(++done) / total);
        }
        BudgetPoint pt;
        pt.budget = budget;
        meanAndSd(micro, &pt.microMean, &pt.microStd);
        meanAndSd(hy, &pt.hyreMean, &pt.hyreStd);
        if (haveTest) {
            meanAndSd(microTest, &pt.microTestMean, &pt.microTestStd);
            meanAndSd(hyTest, &pt.hyreTestMean, &pt.hyreTestStd);
            double sd;
            for (std::size_t j = 0; j < nc; ++j) {
                double m;
                meanAndSd(microCtx[j], &m, &sd);
                pt.microTestByContext.push_back(m);
                meanAndSd(hyCtx[j], &m, &sd);
                pt.hyreTestByContext.push_back(m);
            }
        }
        curve.points.push_back(pt);
    }
    QJsonObject config = request.config.toJson();
    config.remove(QStringLiteral("budget")); // the curve has its own list of budgets
    QJsonArray budgets;
    for (int b : request.budgets)
        budgets.append(b);
    config.insert(QStringLiteral("budgets"), budgets);
    config.insert(QStringLiteral("seeds"), request.seeds);
    config.insert(QStringLiteral("labels"), p.labels.name);
    curve.storedId = store.saveBudgetCurve(request.parentRunId, config, curve.toJson());
    return curve;
}

} // namespace micro::core
