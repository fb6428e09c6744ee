#include "demo.h"

#include "store/projectstore.h"
#include "util/error.h"

#include <QJsonArray>

namespace micro::core {

QJsonObject DemoReport::toJson() const
{
    QJsonArray models;
    for (const DemoRow &r : rows) {
        QJsonObject o{{QStringLiteral("model"), r.model}, {QStringLiteral("run"), r.runId},
                      {QStringLiteral("k"), r.k},         {QStringLiteral("accuracy"), r.accuracy},
                      {QStringLiteral("nll"), r.nll},     {QStringLiteral("seconds"), r.seconds}};
        if (r.ari) o.insert(QStringLiteral("ari"), *r.ari);
        models.append(o);
    }
    return QJsonObject{{QStringLiteral("dataset"), datasetName},
                       {QStringLiteral("truth"), truth.toJson()},
                       {QStringLiteral("models"), models},
                       {QStringLiteral("cancelled"), cancelled}};
}

std::vector<Stage1Config> DemoConfig::modelConfigs() const
{
    std::vector<Stage1Config> out;
    for (ModelKind model : {ModelKind::Single, ModelKind::Static, ModelKind::Micro}) {
        Stage1Config c;
        c.model = model;
        c.k = model == ModelKind::Single ? 1 : synth.k;
        c.epochs = epochs;
        c.lr = lr;
        c.alpha = alpha;
        c.threads = threads;
        // Every epoch runs so the curves show the whole schedule; the best epoch is kept.
        c.patience = 0;
        c.seed = synth.seed;
        out.push_back(c);
    }
    return out;
}

void DemoConfig::validate() const
{
    synth.validate();
    for (const Stage1Config &c : modelConfigs())
        c.validate();
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

DemoReport runDemo(ProjectStore &store, const DemoConfig &config, const TrainingCallbacks &callbacks,
                   const CancelToken *cancel)
{
    config.validate();
    DemoReport report;
    report.datasetName = freeDatasetName(store);
    const Dataset data = generateSynthetic(config.synth, report.datasetName);
    store.saveDataset(data);

    const std::vector<Stage1Config> plans = config.modelConfigs();
    const int stages = int(plans.size());
    for (int stage = 0; stage < stages; ++stage) {
        const Stage1Config &c = plans[std::size_t(stage)];
        TrainingCallbacks cb = callbacks;
        cb.progress = [&](double f) {
            if (callbacks.progress) callbacks.progress((stage + f) / stages);
        };
        const TrainingOutcome out = trainAndStore(store, report.datasetName, c, cb, cancel);
        if (out.status == Stage1Result::Status::Cancelled) {
            report.cancelled = true;
            break;
        }
        if (out.validation.truth) report.truth = *out.validation.truth;
        report.rows.push_back(DemoRow{modelKindName(c.model), out.runId, c.effectiveK(), out.validation.accuracy,
                                      out.validation.nll, out.validation.ari, out.seconds});
    }
    return report;
}

} // namespace micro::core
