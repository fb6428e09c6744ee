#include "stage2adapter.h"

#include "data/contextfeatures.h"
#include "model/prediction.h"
#include "util/error.h"
#include "util/logistic.h"
#include "util/random.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace micro::core {

namespace {

constexpr double kBeta1 = 0.9, kBeta2 = 0.999, kEps = 1e-8;

QJsonArray toArray(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

void logSoftmaxInPlace(std::vector<double> &v)
{
    const double mx = *std::max_element(v.begin(), v.end());
    double sum = 0;
    for (double x : v)
        sum += std::exp(x - mx);
    const double lse = mx + std::log(sum);
    for (double &x : v)
        x -= lse;
}

} // namespace

void accuracyByContext(const RowPredictions &pred, const Dataset &data, const QStringList &order,
                       std::vector<double> *accuracy, std::vector<int> *count)
{
    QHash<QString, int> index;
    for (int j = 0; j < order.size(); ++j)
        index.insert(order[j], j);
    accuracy->assign(std::size_t(order.size()), 0.0);
    count->assign(std::size_t(order.size()), 0);
    const double logHalf = std::log(0.5);
    for (int i = 0; i < pred.count(); ++i) {
        const auto it = index.constFind(data.comparisons[std::size_t(pred.rows[std::size_t(i)])].context);
        if (it == index.constEnd()) continue;
        (*count)[std::size_t(it.value())] += 1;
        (*accuracy)[std::size_t(it.value())] += pred.logLik[std::size_t(i)] > logHalf ? 1 : 0;
    }
    for (std::size_t j = 0; j < accuracy->size(); ++j)
        (*accuracy)[j] = (*count)[j] > 0 ? (*accuracy)[j] / (*count)[j] : NAN;
}

void Stage2Config::validate() const
{
    auto fail = [](const char *option, const QString &constraint) {
        throw MicroError(ErrorCode::InvalidOption, QString::fromLatin1(option), constraint);
    };
    if (!(tau > 0) || !std::isfinite(tau)) fail("tau", QStringLiteral("%1 given, must be a positive number").arg(tau));
    if (epochs < 1) fail("epochs", QStringLiteral("%1 given, must be at least 1").arg(epochs));
    if (batch < 1) fail("batch", QStringLiteral("%1 given, must be at least 1").arg(batch));
    if (!(lr > 0) || !std::isfinite(lr)) fail("lr", QStringLiteral("%1 given, must be a positive number").arg(lr));
    if (budget < 1) fail("budget", QStringLiteral("%1 given, must be at least 1").arg(budget));
    if (!(prior >= 0) || !std::isfinite(prior))
        fail("prior", QStringLiteral("%1 given, must be zero or positive").arg(prior));
}

QJsonObject Stage2Config::toJson() const
{
    return QJsonObject{{QStringLiteral("tau"), tau},
                       {QStringLiteral("epochs"), epochs},
                       {QStringLiteral("batch"), batch},
                       {QStringLiteral("lr"), lr},
                       {QStringLiteral("budget"), budget},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("train_prompt_weights"), trainPromptWeights},
                       {QStringLiteral("prior"), prior}};
}

Stage2Config Stage2Config::fromJson(const QJsonObject &json)
{
    Stage2Config c;
    c.tau = json.value(QStringLiteral("tau")).toDouble(c.tau);
    c.epochs = json.value(QStringLiteral("epochs")).toInt(c.epochs);
    c.batch = json.value(QStringLiteral("batch")).toInt(c.batch);
    c.lr = json.value(QStringLiteral("lr")).toDouble(c.lr);
    c.budget = json.value(QStringLiteral("budget")).toInt(c.budget);
    c.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    c.trainPromptWeights = json.value(QStringLiteral("train_prompt_weights")).toBool(c.trainPromptWeights);
    c.prior = json.value(QStringLiteral("prior")).toDouble(c.prior);
    return c;
}

QJsonObject Stage2Result::toJson() const
{
    QJsonArray perContext;
    for (const ContextOutcome &c : contexts)
        perContext.append(QJsonObject{{QStringLiteral("context"), c.context},
                                      {QStringLiteral("labelled"), c.labelled},
                                      {QStringLiteral("evaluated"), c.evaluated},
                                      {QStringLiteral("before"), c.before},
                                      {QStringLiteral("after"), c.after},
                                      {QStringLiteral("mean_router_weight"), toArray(c.meanWeightAfter)}});
    return QJsonObject{{QStringLiteral("contexts"), perContext},
                       {QStringLiteral("evaluated"), evaluated},
                       {QStringLiteral("accuracy_before"), accuracyBefore},
                       {QStringLiteral("accuracy_after"), accuracyAfter},
                       {QStringLiteral("epoch_loss"), toArray(epochLoss)},
                       {QStringLiteral("context_order"), QJsonArray::fromStringList(contextOrder)}};
}

QJsonObject HyReResult::toJson() const
{
    QJsonArray perContext;
    for (int j = 0; j < contexts.size(); ++j)
        perContext.append(QJsonObject{{QStringLiteral("context"), contexts[j]},
                                      {QStringLiteral("weights"), toArray(weights[std::size_t(j)])},
                                      {QStringLiteral("accuracy"), accuracy[std::size_t(j)]}});
    return QJsonObject{{QStringLiteral("contexts"), perContext},
                       {QStringLiteral("accuracy"), overall},
                       {QStringLiteral("evaluated"), evaluated}};
}

std::vector<int> sampleBudget(const Dataset &data, const std::vector<int> &pool, int perContext, quint64 seed)
{
    QHash<QString, std::vector<int>> byContext;
    for (int r : pool)
        byContext[data.comparisons[std::size_t(r)].context].push_back(r);
    Random rng(seed ^ 0xB5297A4D3F84D5B5ull);
    std::vector<int> out;
    QStringList names = byContext.keys();
    names.sort(); // hash order is not stable; the draw must be
    for (const QString &name : names) {
        std::vector<int> rows = byContext.value(name);
        for (std::size_t i = rows.size(); i > 1; --i)
            std::swap(rows[i - 1], rows[std::size_t(rng.next() % i)]);
        rows.resize(std::min(rows.size(), std::size_t(perContext)));
        out.insert(out.end(), rows.begin(), rows.end());
    }
    std::sort(out.begin(), out.end());
    return out;
}

Stage2Result adaptRouter(const MixtureModel &parent, const Dataset &data, const std::vector<int> &labelled,
                         const std::vector<int> &evaluation, const Stage2Config &config, const CancelToken *cancel)
{
    config.validate();
    const int k = parent.k();
    if (k < 2)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("k"),
                         QStringLiteral("routing needs a parent run with at least 2 heads"));
    if (labelled.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("labels"), QStringLiteral("no labelled pairs"));
    // Context-only keeps the Stage-1 prompt weights, so it needs a linear Stage-1 router
    // on these features; any other parent gets every router weight trained.
    const bool contextOnly = !config.trainPromptWeights && parent.router() == MixtureModel::Router::Linear &&
                             parent.routerDim() == data.routerDim();
    Stage2Result result;
    result.contextOrder = data.sortedContexts();
    const Dataset contextual = withContextOneHot(data, result.contextOrder);
    const int p = data.routerDim(), pc = contextual.routerDim();
    const int threads = config.threads > 0 ? config.threads : 1;

    // The adapted router starts from the parent's where it can: its prompt weights (when
    // linear on the same features), zero weight on the context, its bias or static logits.
    MixtureModel model(k, parent.headDim(), pc, MixtureModel::Router::Linear);
    std::vector<float> &w = model.parameters();
    const std::vector<float> &pw = parent.parameters();
    std::copy(pw.begin(), pw.begin() + long(std::size_t(k) * parent.headDim()), w.begin());
    if (parent.router() == MixtureModel::Router::Linear && parent.routerDim() == p) {
        for (int r = 0; r < k; ++r) {
            std::copy_n(pw.begin() + long(parent.w1Offset() + std::size_t(r) * p), p,
                        w.begin() + long(model.w1Offset() + std::size_t(r) * pc));
            w[model.b1Offset() + std::size_t(r)] = pw[parent.b1Offset() + std::size_t(r)];
        }
    } else if (parent.router() == MixtureModel::Router::Static) {
        for (int r = 0; r < k; ++r)
            w[model.b1Offset() + std::size_t(r)] = pw[parent.b2Offset() + std::size_t(r)];
    }

    // Per-expert losses L_ik are fixed (heads frozen): compute them once.
    const RowPredictions labelledPred = predictRows(parent, data, labelled, threads);
    const int n = labelledPred.count();
    std::vector<double> loss(std::size_t(n) * std::size_t(k));
    for (int i = 0; i < n; ++i)
        for (int r = 0; r < k; ++r)
            loss[std::size_t(i) * k + r] = -logSigmoid(labelledPred.rewardDiff.row(i)[r]);

    // Only the router block is trained; the prior pulls it back to where it started.
    const std::size_t begin = model.w1Offset(), end = model.parameterCount();
    const std::vector<float> initial(w.begin() + long(begin), w.end());
    const double priorPerRow = config.prior / std::max(1, int(labelled.size()));
    std::vector<float> grad(end - begin), m(end - begin), v(end - begin);
    std::vector<double> targets(std::size_t(n) * std::size_t(k)), logf(static_cast<std::size_t>(k));
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    Random rng(config.seed);
    // Calls fn(column, value) for the router input's entries of labelled pair i: every
    // column of a dense row, the non-zeros of a sparse one (hashed text, 2^18 columns).
    auto forEachInput = [&](int i, auto &&fn) {
        const int row = labelled[std::size_t(i)];
        if (contextual.isSparse()) {
            const SparseRow x = contextual.routerSparse.row(row);
            for (int e = 0; e < x.count; ++e)
                fn(x.index[e], x.value[e]);
        } else {
            const float *x = contextual.router.row(row);
            for (int j = 0; j < pc; ++j)
                fn(j, x[j]);
        }
    };
    auto routerLogProbs = [&](int i) {
        for (int r = 0; r < k; ++r) {
            double z = w[model.b1Offset() + std::size_t(r)];
            const float *a = w.data() + model.w1Offset() + std::size_t(r) * pc;
            forEachInput(i, [&](int j, float x) { z += double(a[j]) * x; });
            logf[std::size_t(r)] = z;
        }
        logSoftmaxInPlace(logf);
    };
    long long step = 0;
    for (int epoch = 0; epoch < config.epochs; ++epoch) {
        if (cancel && cancel->isCancelled()) {
            result.cancelled = true;
            break;
        }
        // Targets: one Hedge step from the current router, in log space.
        for (int i = 0; i < n; ++i) {
            routerLogProbs(i);
            std::vector<double> t(static_cast<std::size_t>(k));
            for (int r = 0; r < k; ++r)
                t[std::size_t(r)] = logf[std::size_t(r)] - loss[std::size_t(i) * k + r] / config.tau;
            logSoftmaxInPlace(t);
            for (int r = 0; r < k; ++r)
                targets[std::size_t(i) * k + r] = std::exp(t[std::size_t(r)]);
        }
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[std::size_t(rng.next() % i)]);
        double epochLoss = 0;
        for (int start = 0; start < n; start += config.batch) {
            const int len = std::min(config.batch, n - start);
            std::fill(grad.begin(), grad.end(), 0.f);
            for (int b = 0; b < len; ++b) {
                const int i = order[std::size_t(start + b)];
                routerLogProbs(i);
                const int firstTrained = contextOnly ? p : 0;
                for (int r = 0; r < k; ++r) {
                    const double target = targets[std::size_t(i) * k + r];
                    epochLoss -= target * logf[std::size_t(r)];
                    // d/dz_r of -sum_j w_j log f_j with sum_j w_j = 1: f_r - w_r.
                    const float g = float((std::exp(logf[std::size_t(r)]) - target) / len);
                    float *ga = grad.data() + std::size_t(r) * pc;
                    forEachInput(i, [&](int j, float x) {
                        if (j >= firstTrained) ga[j] += g * x;
                    });
                    grad[model.b1Offset() - begin + std::size_t(r)] += g;
                }
            }
            // The prior's gradient on the trained weights (2 prior / n (w - w0)).
            for (int r = 0; r < k; ++r) {
                for (int j = contextOnly ? p : 0; j < pc; ++j) {
                    const std::size_t at = std::size_t(r) * pc + std::size_t(j);
                    grad[at] += float(2 * priorPerRow * (w[begin + at] - initial[at]));
                }
                const std::size_t bias = model.b1Offset() - begin + std::size_t(r);
                grad[bias] += float(2 * priorPerRow * (w[begin + bias] - initial[bias]));
            }
            ++step;
            const double bc1 = 1 - std::pow(kBeta1, double(step)), bc2 = 1 - std::pow(kBeta2, double(step));
            for (std::size_t j = 0; j < grad.size(); ++j) {
                m[j] = float(kBeta1 * m[j] + (1 - kBeta1) * grad[j]);
                v[j] = float(kBeta2 * v[j] + (1 - kBeta2) * double(grad[j]) * grad[j]);
                w[begin + j] -= float(config.lr * (m[j] / bc1) / (std::sqrt(v[j] / bc2) + kEps));
            }
        }
        result.epochLoss.push_back(epochLoss / n);
    }
    result.model = model;

    // Before (Stage-1 router on the prompt) and after (adapted router on prompt + context).
    const RowPredictions before = predictRows(parent, data, evaluation, threads);
    const RowPredictions after = predictRows(model, contextual, evaluation, threads);
    result.evaluated = after.count();
    result.accuracyBefore = before.accuracy();
    result.accuracyAfter = after.accuracy();
    std::vector<double> accBefore, accAfter;
    std::vector<int> count;
    accuracyByContext(before, data, result.contextOrder, &accBefore, &count);
    accuracyByContext(after, data, result.contextOrder, &accAfter, &count);
    std::vector<int> labelledCount(std::size_t(result.contextOrder.size()), 0);
    for (int r : labelled) {
        const int j = int(result.contextOrder.indexOf(data.comparisons[std::size_t(r)].context));
        if (j >= 0) ++labelledCount[std::size_t(j)];
    }
    for (int j = 0; j < result.contextOrder.size(); ++j) {
        ContextOutcome c;
        c.context = result.contextOrder[j];
        c.labelled = labelledCount[std::size_t(j)];
        c.evaluated = count[std::size_t(j)];
        c.before = accBefore[std::size_t(j)];
        c.after = accAfter[std::size_t(j)];
        c.meanWeightAfter.assign(std::size_t(k), 0.0);
        for (int i = 0; i < after.count(); ++i)
            if (data.comparisons[std::size_t(after.rows[std::size_t(i)])].context == c.context)
                for (int r = 0; r < k; ++r)
                    c.meanWeightAfter[std::size_t(r)] += after.routerWeights.row(i)[r] / std::max(1, c.evaluated);
        result.contexts.push_back(std::move(c));
    }
    return result;
}

HyReResult hyre(const MixtureModel &parent, const Dataset &data, const std::vector<int> &labelled,
                const std::vector<int> &evaluation)
{
    const int k = parent.k();
    HyReResult out;
    out.contexts = data.sortedContexts();
    const int c = int(out.contexts.size());
    QHash<QString, int> index;
    for (int j = 0; j < c; ++j)
        index.insert(out.contexts[j], j);
    // Uniform prior, then softmax of minus the summed per-expert losses.
    std::vector<std::vector<double>> score(std::size_t(c), std::vector<double>(std::size_t(k), 0.0));
    const RowPredictions lab = predictRows(parent, data, labelled, 1);
    for (int i = 0; i < lab.count(); ++i) {
        const auto it = index.constFind(data.comparisons[std::size_t(lab.rows[std::size_t(i)])].context);
        if (it == index.constEnd()) continue;
        for (int r = 0; r < k; ++r)
            score[std::size_t(it.value())][std::size_t(r)] += logSigmoid(lab.rewardDiff.row(i)[r]);
    }
    for (auto &s : score) {
        logSoftmaxInPlace(s);
        for (double &x : s)
            x = std::exp(x);
    }
    out.weights = score;
    const RowPredictions ev = predictRows(parent, data, evaluation, 1);
    std::vector<double> correct(std::size_t(c), 0), count(std::size_t(c), 0);
    double allCorrect = 0;
    for (int i = 0; i < ev.count(); ++i) {
        const auto it = index.constFind(data.comparisons[std::size_t(ev.rows[std::size_t(i)])].context);
        if (it == index.constEnd()) continue;
        double p = 0;
        for (int r = 0; r < k; ++r)
            p += score[std::size_t(it.value())][std::size_t(r)] * std::exp(logSigmoid(ev.rewardDiff.row(i)[r]));
        const double hit = p > 0.5 ? 1 : 0;
        correct[std::size_t(it.value())] += hit;
        count[std::size_t(it.value())] += 1;
        allCorrect += hit;
        ++out.evaluated;
    }
    for (int j = 0; j < c; ++j)
        out.accuracy.push_back(count[std::size_t(j)] > 0 ? correct[std::size_t(j)] / count[std::size_t(j)] : NAN);
    out.overall = out.evaluated > 0 ? allCorrect / out.evaluated : 0.0;
    return out;
}

} // namespace micro::core
