#include "demo.h"

#include "store/projectstore.h"
#include "util/error.h"

#include <QJsonArray>

namespace micro::core {

QJsonObject DemoReport::toJson() const
{
    QJsonArray models;
    for (const DemoRow &r : rows) {
        QJsonObject o{{QStringLiteral("model"), r.model},
                      {QStringLiteral("run"), r.runId},
                      {QStringLiteral("k"), r.k},
                      {QStringLiteral("accuracy"), r.accuracy},
                      {QStringLiteral("nll"), r.nll},
                      {QStringLiteral("seconds"), r.seconds}};
        if (r.ari)
            o.insert(QStringLiteral("ari"), *r.ari);
        models.append(o);
    }
    return QJsonObject{{QStringLiteral("dataset"), datasetName},
                       {QStringLiteral("truth"), truth.toJson()},
                       {QStringLiteral("models"), models},
                       {QStringLiteral("cancelled"), cancelled}};
}

static QString freeDatasetName(ProjectStore &store)
{
    QStringList taken;
    for (const DatasetInfo &d : store.datasets())
        taken << d.name;
    QString name = QStringLiteral("demo");
    for (int i = 2; taken.contains(name); ++i)
        name = QStringLiteral("demo-%1").arg(i);
    return name;
}

DemoReport runDemo(ProjectStore &store, const DemoConfig &config,
                   const TrainingCallbacks &callbacks, const CancelToken *cancel)
{
    DemoReport report;
    report.datasetName = freeDatasetName(store);
    const Dataset data = generateSynthetic(config.synth, report.datasetName);
    store.saveDataset(data);

    struct Plan
    {
        ModelKind model;
        int k;
    };
    const Plan plans[] = {{ModelKind::Single, 1},
                          {ModelKind::Static, config.synth.k},
                          {ModelKind::Micro, config.synth.k}};
    const int stages = int(std::size(plans));
    for (int stage = 0; stage < stages; ++stage) {
        Stage1Config c;
        c.model = plans[stage].model;
        c.k = plans[stage].k;
        c.epochs = config.epochs;
        c.lr = config.lr;
        c.alpha = config.alpha;
        c.threads = config.threads;
        c.seed = config.synth.seed;
        TrainingCallbacks cb = callbacks;
        cb.progress = [&](double f) {
            if (callbacks.progress)
                callbacks.progress((stage + f) / stages);
        };
        const TrainingOutcome out = trainAndStore(store, report.datasetName, c, cb, cancel);
        if (out.status == Stage1Result::Status::Cancelled) {
            report.cancelled = true;
            break;
        }
        if (out.validation.truth)
            report.truth = *out.validation.truth;
        report.rows.push_back(DemoRow{modelKindName(c.model), out.runId, c.effectiveK(),
                                      out.validation.accuracy, out.validation.nll,
                                      out.validation.ari, out.seconds});
    }
    return report;
}

} // namespace micro::core
