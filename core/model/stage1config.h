#pragma once

#include <QJsonObject>
#include <QString>

namespace micro::core {

// Which Stage-1 model to fit (METHOD.md "Stage 1" and its baselines).
enum class ModelKind { Micro, Single, Static };
enum class RouterKind { Linear, Mlp };
enum class FitMethod { Gradient, Em };

QString modelKindName(ModelKind kind);   // "micro", "single", "static"
QString routerKindName(RouterKind kind); // "linear", "mlp"
bool parseModelKind(const QString &text, ModelKind *out);
bool parseRouterKind(const QString &text, RouterKind *out);

struct Stage1Config
{
    ModelKind model = ModelKind::Micro;
    int k = 4;                      // heads; forced to 1 for ModelKind::Single
    RouterKind router = RouterKind::Linear;
    int hidden = 128;               // MLP router width (paper: one hidden layer of 128 ReLU)
    double alpha = 0.5;             // weight of the negative-entropy term (paper: 0.5)
    int epochs = 5;
    int batch = 32;                 // paper's effective batch
    double lr = 2e-3;               // paper: AdamW 2e-3
    double weightDecay = 0.0;
    double warmupFraction = 0.05;   // cosine schedule with 5% linear warm-up
    quint64 seed = 0;
    double valFraction = 0.1;       // held out at random (seeded) for validation metrics
    int threads = 0;                // 0: all cores
    FitMethod fit = FitMethod::Gradient;
    int emRestarts = 1;             // EM: random starts besides the gradient start
    int emIterations = 200;         // EM: iteration cap
    double emTolerance = 1e-6;      // EM: stop when the log-likelihood changes less than this, relatively

    int effectiveK() const { return model == ModelKind::Single ? 1 : k; }
    int effectiveThreads() const;

    // Throws MicroError(InvalidOption) naming the option and its allowed range.
    void validate() const;
    QJsonObject toJson() const;
    static Stage1Config fromJson(const QJsonObject &json);
};

} // namespace micro::core
