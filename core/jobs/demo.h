#pragma once

#include "data/synthgenerator.h"
#include "training.h"

#include <QJsonObject>
#include <QList>

namespace micro::core {

class ProjectStore;

// The built-in demonstration: synthetic preferences from K groups that the prompt reveals,
// fitted by a single BT, a static mixture and MiCRo, so the three can be compared.
struct DemoConfig
{
    SynthConfig synth{6000, 16, 8, 3, 7, 6.0, 0.0, 8.0};
    int epochs = 30;
    // Faster and sharper than the paper's defaults (2e-3, 0.5), which are tuned for one
    // epoch over ~700K pairs: on 6,000 pairs they leave the router soft (see README).
    double lr = 0.01;
    double alpha = 0.1;
    int threads = 0;

    // The three models' configurations, in training order (single, static, MiCRo).
    std::vector<Stage1Config> modelConfigs() const;
    // Throws MicroError(InvalidOption) before anything is generated or written.
    void validate() const;
};

struct DemoRow
{
    QString model; // "single", "static", "micro"
    qint64 runId = 0;
    int k = 0;
    double accuracy = 0; // validation
    double nll = 0;
    std::optional<double> ari;
    double seconds = 0;
};

struct DemoReport
{
    QString datasetName;
    TruthStats truth; // on the validation rows
    QList<DemoRow> rows;
    bool cancelled = false;
    QJsonObject toJson() const;
};

// Generates the dataset (named "demo", "demo-2", ... whichever is free), stores it, and
// trains the three models one after another. `callbacks.progress` sees the whole demo's
// progress in [0, 1].
DemoReport runDemo(ProjectStore &store, const DemoConfig &config, const TrainingCallbacks &callbacks = {},
                   const CancelToken *cancel = nullptr);

} // namespace micro::core
