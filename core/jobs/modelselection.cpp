#include "modelselection.h"

#include "model/emfitter.h"
#include "model/prediction.h"
#include "model/stage1fitter.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <cmath>

namespace micro::core {

void SelectKConfig::validate() const
{
    if (kMin < 1 || kMax < kMin || kMax > 64)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("k"),
                         QStringLiteral("range %1..%2 given, must satisfy 1 <= min <= max <= 64").arg(kMin).arg(kMax));
    Stage1Config c = base;
    c.k = kMax;
    c.validate();
}

QJsonObject SelectKResult::toJson() const
{
    QJsonArray list;
    for (const SelectKRow &r : rows)
        list.append(QJsonObject{{QStringLiteral("k"), r.k},
                                {QStringLiteral("held_out_nll"), r.heldOutNll},
                                {QStringLiteral("train_loglik"), r.trainLogLik},
                                {QStringLiteral("parameters"), r.parameters},
                                {QStringLiteral("bic"), r.bic},
                                {QStringLiteral("seconds"), r.seconds}});
    return QJsonObject{{QStringLiteral("rows"), list},
                       {QStringLiteral("best_by_held_out_nll"), bestByHeldOutNll},
                       {QStringLiteral("best_by_bic"), bestByBic},
                       {QStringLiteral("suggested"), suggested}};
}

SelectKResult selectK(const Dataset &data, const RowSplit &split, const SelectKConfig &config,
                      const std::function<void(double)> &progress, const CancelToken *cancel)
{
    config.validate();
    if (split.train.empty() || split.validation.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("val"),
                         QStringLiteral("choosing K needs both training and validation rows"));
    SelectKResult out;
    const int threads = config.base.effectiveThreads();
    const double n = double(split.train.size());
    for (int k = config.kMin; k <= config.kMax; ++k) {
        if (cancel && cancel->isCancelled()) {
            out.cancelled = true;
            break;
        }
        QElapsedTimer timer;
        timer.start();
        Stage1Config c = config.base;
        c.k = k;
        c.alpha = 0; // the likelihood alone: BIC and held-out NLL assume a likelihood fit
        c.model = k == 1 ? ModelKind::Single : ModelKind::Micro;
        MixtureModel model;
        if (c.fit == FitMethod::Em) {
            EmConfig em;
            em.k = k;
            em.seed = c.seed;
            em.threads = c.threads;
            em.restarts = c.emRestarts;
            em.maxIterations = c.emIterations;
            em.tolerance = c.emTolerance;
            model = fitEm(data, split.train, em, {}, cancel).model;
        } else {
            model = Stage1Fitter::fit(data, c, split.train, split.validation, {}, cancel).model;
        }
        if (cancel && cancel->isCancelled()) { // the fit stopped early: not a result
            out.cancelled = true;
            break;
        }
        SelectKRow row;
        row.k = k;
        row.heldOutNll = predictRows(model, data, split.validation, threads).meanNll();
        row.trainLogLik = logLikelihood(model, data, split.train, threads);
        row.parameters = k * data.headDim() + (k - 1) * (data.routerDim() + 1);
        row.bic = -2 * row.trainLogLik + row.parameters * std::log(n);
        row.seconds = double(timer.nsecsElapsed()) * 1e-9;
        out.rows.push_back(row);
        if (progress)
            progress(double(k - config.kMin + 1) / double(config.kMax - config.kMin + 1));
    }
    if (!out.rows.empty()) {
        const SelectKRow *bestNll = &out.rows.front(), *bestBic = &out.rows.front();
        for (const SelectKRow &r : out.rows) {
            if (r.heldOutNll < bestNll->heldOutNll)
                bestNll = &r;
            if (r.bic < bestBic->bic)
                bestBic = &r;
        }
        out.bestByHeldOutNll = bestNll->k;
        out.bestByBic = bestBic->k;
        out.suggested = bestBic->k;
    }
    return out;
}

} // namespace micro::core
