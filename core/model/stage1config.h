#pragma once

#include <QJsonObject>
#include <QString>

namespace micro::core {

// Which Stage-1 model to fit (METHOD.md "Stage 1" and its baselines).
enum class ModelKind
{
    Micro,
    Single,
    Static
};
enum class RouterKind
{
    Linear,
    Mlp
};
enum class FitMethod
{
    Gradient,
    Em
};
// How the router starts: Random is nn.Linear's default (the paper); Clusters starts it as a
// soft nearest-centre rule over a seeded k-means++ clustering of the router inputs, so the
// heads see different rows from the first step instead of staying identical.
enum class InitMethod
{
    Random,
    Clusters
};

QString modelKindName(ModelKind kind);   // "micro", "single", "static"
QString routerKindName(RouterKind kind); // "linear", "mlp"
QString initMethodName(InitMethod init); // "random", "clusters"
bool parseInitMethod(const QString &text, InitMethod *out);
bool parseModelKind(const QString &text, ModelKind *out);
bool parseRouterKind(const QString &text, RouterKind *out);

struct Stage1Config
{
    ModelKind model = ModelKind::Micro;
    int k = 4; // heads; forced to 1 for ModelKind::Single
    RouterKind router = RouterKind::Linear;
    int hidden = 128;   // MLP router width (paper: one hidden layer of 128 ReLU)
    double alpha = 0.5; // weight of the negative-entropy term (paper: 0.5)
    int epochs = 5;
    int batch = 32;   // paper's effective batch
    double lr = 2e-3; // paper: AdamW 2e-3
    double weightDecay = 0.0;
    double warmupFraction = 0.05; // cosine schedule with 5% linear warm-up
    quint64 seed = 0;
    double valFraction = 0.1; // held out at random (seeded) for validation metrics
    int threads = 0;          // 0: all cores
    // Workers that actually run (at most `threads`); 0: as many as other processes leave
    // cores idle, re-decided during the fit. Results depend on `threads` only.
    int workers = 0;
    // Row order: 0 shuffles all training rows each epoch; > 0 shuffles blocks of this many
    // consecutive rows and the rows within each block, batches never crossing a block (how
    // rows on disk are read: block after block). Features on disk default to 4,096.
    int blockRows = 0;
    FitMethod fit = FitMethod::Gradient;
    int emRestarts = 1;        // EM: random starts besides the gradient start
    int emIterations = 200;    // EM: iteration cap
    double emTolerance = 1e-6; // EM: stop when the log-likelihood changes less than this, relatively
    // EM: L2 penalty on every coefficient (in summed-log-likelihood units). The default only
    // keeps Newton steps finite; on a few thousand rows of 100+ columns the heads then
    // separate their rows perfectly and held-out NLL explodes (select-k on 10k x 256:
    // K = 2 at 8.2 nats), where --ridge 10 finds the true K.
    double emRidge = 1e-4;
    InitMethod init = InitMethod::Random; // the search (lrAuto/alphaAuto) also tries Clusters
    // Early stopping on validation NLL: the parameters of the best epoch are kept, and the
    // fit stops after `patience` epochs without a new best (0: run every epoch, still keep
    // the best). Needs validation rows; without them the last epoch is kept.
    int patience = 3;
    bool keepBestEpoch = true;
    // Chosen on the validation rows by a short search before the fit (trainAndStore) when
    // set; the values above are then replaced by the chosen ones.
    bool lrAuto = false;
    bool alphaAuto = false;

    int effectiveK() const { return model == ModelKind::Single ? 1 : k; }
    int effectiveThreads() const;

    // Throws MicroError(InvalidOption) naming the option and its allowed range.
    void validate() const;
    QJsonObject toJson() const;
    static Stage1Config fromJson(const QJsonObject &json);
};

} // namespace micro::core
