#include "hyperparametersearch.h"

#include "util/error.h"
#include "util/random.h"

#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace micro::core {

QJsonObject TuningReport::toJson() const
{
    QJsonArray list;
    for (const TuningCandidate &c : candidates)
        list.append(QJsonObject{{QStringLiteral("lr"), c.lr},
                                {QStringLiteral("alpha"), c.alpha},
                                {QStringLiteral("init"), initMethodName(c.init)},
                                {QStringLiteral("validation_nll"), c.validationNll},
                                {QStringLiteral("validation_accuracy"), c.validationAccuracy},
                                {QStringLiteral("best_epoch"), c.bestEpoch},
                                {QStringLiteral("seconds"), c.seconds}});
    return QJsonObject{{QStringLiteral("tuned_lr"), tunedLr},
                       {QStringLiteral("tuned_alpha"), tunedAlpha},
                       {QStringLiteral("lr"), lr},
                       {QStringLiteral("alpha"), alpha},
                       {QStringLiteral("init"), initMethodName(init)},
                       {QStringLiteral("search_rows"), searchRows},
                       {QStringLiteral("note"), note},
                       {QStringLiteral("criterion"), QStringLiteral("validation NLL")},
                       {QStringLiteral("candidates"), list}};
}

TuningReport TuningReport::fromJson(const QJsonObject &json)
{
    TuningReport r;
    r.tunedLr = json.value(QStringLiteral("tuned_lr")).toBool();
    r.tunedAlpha = json.value(QStringLiteral("tuned_alpha")).toBool();
    r.lr = json.value(QStringLiteral("lr")).toDouble();
    r.alpha = json.value(QStringLiteral("alpha")).toDouble();
    r.searchRows = json.value(QStringLiteral("search_rows")).toInt();
    r.note = json.value(QStringLiteral("note")).toString();
    parseInitMethod(json.value(QStringLiteral("init")).toString(), &r.init);
    for (const QJsonValue &v : json.value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject o = v.toObject();
        TuningCandidate c;
        c.lr = o.value(QStringLiteral("lr")).toDouble();
        c.alpha = o.value(QStringLiteral("alpha")).toDouble();
        parseInitMethod(o.value(QStringLiteral("init")).toString(), &c.init);
        c.validationNll = o.value(QStringLiteral("validation_nll")).toDouble();
        c.validationAccuracy = o.value(QStringLiteral("validation_accuracy")).toDouble();
        c.bestEpoch = o.value(QStringLiteral("best_epoch")).toInt();
        c.seconds = o.value(QStringLiteral("seconds")).toDouble();
        r.candidates.push_back(c);
    }
    return r;
}

namespace {

const EpochMetrics *bestEpochOf(const Stage1Result &r)
{
    for (const EpochMetrics &e : r.epochs)
        if (e.epoch == r.bestEpoch) return &e;
    return r.epochs.empty() ? nullptr : &r.epochs.back();
}

} // namespace

TunedFit fitWithTuning(const Dataset &data, const Stage1Config &config, const std::vector<int> &trainRows,
                       const std::vector<int> &valRows, const FitCallbacks &callbacks, const CancelToken *cancel)
{
    config.validate();
    TunedFit out;
    TuningReport &report = out.tuning;
    // The entropy term is zero with one head; EM has neither a learning rate nor alpha.
    report.tunedLr = config.lrAuto && config.fit == FitMethod::Gradient;
    report.tunedAlpha = config.alphaAuto && config.fit == FitMethod::Gradient && config.effectiveK() > 1;
    report.lr = config.lr;
    report.alpha = config.alpha;
    report.init = config.init;
    if (!report.tunedLr && !report.tunedAlpha) {
        out.result = Stage1Fitter::fit(data, config, trainRows, valRows, callbacks, cancel);
        return out;
    }
    if (valRows.empty()) {
        // Nothing to choose on: the given values (the paper's unless set), said in the run.
        report.tunedLr = report.tunedAlpha = false;
        report.note =
            QStringLiteral("no validation rows: lr %1 and alpha %2 used as given").arg(config.lr).arg(config.alpha);
        out.result = Stage1Fitter::fit(data, config, trainRows, valRows, callbacks, cancel);
        return out;
    }

    std::vector<int> searchRows = trainRows;
    const bool subsample = int(searchRows.size()) > kMaxSearchRows;
    if (subsample) {
        Random rng(config.seed ^ 0x94D049BB133111EBull);
        for (std::size_t i = 0; i < std::size_t(kMaxSearchRows); ++i)
            std::swap(searchRows[i], searchRows[i + std::size_t(rng.next() % (searchRows.size() - i))]);
        searchRows.resize(std::size_t(kMaxSearchRows));
        std::sort(searchRows.begin(), searchRows.end());
    }
    report.searchRows = int(searchRows.size());

    const std::vector<double> lrs = report.tunedLr ? kLrGrid : std::vector<double>{config.lr};
    const std::vector<double> alphas = report.tunedAlpha ? kAlphaGrid : std::vector<double>{config.alpha};
    const double alphaWhileLr = report.tunedAlpha ? 0.1 : config.alpha;
    // A router start only matters with a router that reads inputs.
    const bool tryStarts =
        config.effectiveK() > 1 && config.model == ModelKind::Micro && config.router == RouterKind::Linear;
    const int planned =
        int(lrs.size()) + (report.tunedAlpha ? int(alphas.size()) - 1 : 0) + (tryStarts ? 1 : 0) + (subsample ? 1 : 0);
    int done = 0;
    Stage1Result bestFit;
    double bestNll = INFINITY;

    auto tryCandidate = [&](double lr, double alpha, InitMethod init) {
        Stage1Config c = config;
        c.lr = lr;
        c.alpha = alpha;
        c.init = init;
        FitCallbacks cb;
        if (callbacks.progress) cb.progress = [&](double f) { callbacks.progress((double(done) + f) / planned); };
        Stage1Result r = Stage1Fitter::fit(data, c, searchRows, valRows, cb, cancel);
        ++done;
        if (r.status == Stage1Result::Status::Cancelled) {
            bestFit = std::move(r);
            return false;
        }
        const EpochMetrics *e = bestEpochOf(r);
        TuningCandidate t{lr,          alpha,           init, e ? e->valNll : NAN, e ? e->valAccuracy : NAN,
                          r.bestEpoch, r.elapsedSeconds};
        report.candidates.push_back(t);
        if (t.validationNll < bestNll || bestFit.epochs.empty()) {
            bestNll = t.validationNll;
            report.lr = lr;
            report.alpha = alpha;
            report.init = init;
            bestFit = std::move(r);
        }
        return true;
    };

    // Staged: the rate first, then alpha at that rate, then the other start. A cancelled
    // candidate ends the search (its result, marked cancelled, is returned).
    bool running = true;
    for (double lr : lrs)
        running = running && tryCandidate(lr, alphaWhileLr, config.init);
    if (report.tunedAlpha) {
        const double lr = report.lr;
        for (double alpha : alphas)
            running = running && (alpha == alphaWhileLr || tryCandidate(lr, alpha, config.init));
    }
    if (tryStarts)
        running =
            running && tryCandidate(report.lr, report.alpha,
                                    config.init == InitMethod::Random ? InitMethod::Clusters : InitMethod::Random);
    if (!running) {
        out.result = std::move(bestFit);
        return out;
    }

    if (subsample) {
        Stage1Config c = config;
        c.lr = report.lr;
        c.alpha = report.alpha;
        c.init = report.init;
        FitCallbacks cb = callbacks;
        if (callbacks.progress) cb.progress = [&](double f) { callbacks.progress((double(done) + f) / planned); };
        out.result = Stage1Fitter::fit(data, c, trainRows, valRows, cb, cancel);
        return out;
    }
    // The winning candidate already saw every training row: it is the fit. Its epochs are
    // handed on now, as if they had just been run.
    out.result = std::move(bestFit);
    if (callbacks.epochFinished)
        for (const EpochMetrics &e : out.result.epochs)
            callbacks.epochFinished(e);
    return out;
}

} // namespace micro::core
