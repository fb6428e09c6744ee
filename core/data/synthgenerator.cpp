#include "synthgenerator.h"

#include "contextfeatures.h"
#include "datasetsplit.h"

#include <algorithm>

#include "util/error.h"
#include "util/random.h"

#include <cmath>

namespace micro::core {

void SynthConfig::validate() const
{
    auto fail = [](const char *option, const QString &constraint) {
        throw MicroError(ErrorCode::InvalidOption, QString::fromLatin1(option), constraint);
    };
    if (n < 2) fail("n", QStringLiteral("%1 given, must be at least 2").arg(n));
    if (dim < 1) fail("dim", QStringLiteral("%1 given, must be at least 1").arg(dim));
    if (routerDim < 1) fail("router-dim", QStringLiteral("%1 given, must be at least 1").arg(routerDim));
    if (k < 1) fail("k", QStringLiteral("%1 given, must be at least 1").arg(k));
    if (!(separation >= 0)) fail("separation", QStringLiteral("%1 given, must be zero or positive").arg(separation));
    if (!(labelNoise >= 0 && labelNoise < 0.5))
        fail("noise", QStringLiteral("%1 given, must be in [0, 0.5)").arg(labelNoise));
    if (!(testFraction >= 0 && valFraction >= 0 && testFraction + valFraction < 1))
        fail("test", QStringLiteral("validation %1 and test %2 must be >= 0 and leave training rows")
                         .arg(valFraction)
                         .arg(testFraction));
    if (noiseColumns < 0 || noiseNonZeros < 0 || noiseNonZeros > noiseColumns)
        fail("noise-columns",
             QStringLiteral("%1 columns with %2 set per row: both >= 0, and no more set than there are")
                 .arg(noiseColumns)
                 .arg(noiseNonZeros));
    if (contexts < 0) fail("contexts", QStringLiteral("%1 given, must be zero or more").arg(contexts));
    if (!(informativeness >= 0))
        fail("informativeness", QStringLiteral("%1 given, must be zero or positive").arg(informativeness));
}

QJsonObject SynthConfig::toJson() const
{
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("dim"), dim},
                       {QStringLiteral("router_dim"), routerDim},
                       {QStringLiteral("k"), k},
                       {QStringLiteral("seed"), QString::number(seed)},
                       {QStringLiteral("separation"), separation},
                       {QStringLiteral("noise"), labelNoise},
                       {QStringLiteral("informativeness"), informativeness},
                       {QStringLiteral("contexts"), contexts},
                       {QStringLiteral("context_strength"), contextStrength},
                       {QStringLiteral("context_in_router"), contextInRouter},
                       {QStringLiteral("noise_columns"), noiseColumns},
                       {QStringLiteral("noise_nonzeros"), noiseNonZeros},
                       {QStringLiteral("test"), testFraction},
                       {QStringLiteral("val"), valFraction}};
}

static FeatureMatrix unitRows(int rows, int cols, double scale, Random &rng)
{
    FeatureMatrix m(rows, cols);
    for (int r = 0; r < rows; ++r) {
        double norm = 0;
        for (int j = 0; j < cols; ++j) {
            const double v = rng.normal();
            m.row(r)[j] = float(v);
            norm += v * v;
        }
        norm = std::sqrt(std::max(norm, 1e-12));
        for (int j = 0; j < cols; ++j)
            m.row(r)[j] = float(m.row(r)[j] / norm * scale);
    }
    return m;
}

// Moves the dense features into CSR and appends the noise block to the response features;
// the true heads read zeros there.
static void makeSparseWithNoise(Dataset &ds, SyntheticTruth &truth, const SynthConfig &config, Random &rng)
{
    const int dim = ds.diff.cols;
    SparseMatrix diff, router;
    diff.cols = dim + config.noiseColumns;
    router.cols = ds.router.cols;
    std::vector<int> index, columns;
    std::vector<float> values;
    for (int i = 0; i < ds.diff.rows; ++i) {
        index.clear();
        values.clear();
        for (int j = 0; j < dim; ++j) {
            index.push_back(j);
            values.push_back(ds.diff.row(i)[j]);
        }
        columns.clear();
        while (int(columns.size()) < config.noiseNonZeros) { // distinct, by rejection (few per row)
            const int c = int(rng.next() % std::uint64_t(config.noiseColumns));
            if (std::find(columns.begin(), columns.end(), c) == columns.end()) columns.push_back(c);
        }
        // Scaled to unit expected norm per row, as L2-normalised TF-IDF rows are.
        const double scale = 1.0 / std::sqrt(double(std::max(1, config.noiseNonZeros)));
        for (int c : columns) {
            index.push_back(dim + c);
            values.push_back(float(scale * rng.normal()));
        }
        diff.appendRow(index.data(), values.data(), int(index.size()));
        index.clear();
        for (int j = 0; j < router.cols; ++j)
            index.push_back(j);
        router.appendRow(index.data(), ds.router.row(i), router.cols);
    }
    ds.diffSparse = std::move(diff);
    ds.routerSparse = std::move(router);
    ds.diff = FeatureMatrix();
    ds.router = FeatureMatrix();
    FeatureMatrix heads(truth.heads.rows, dim + config.noiseColumns);
    for (int k = 0; k < heads.rows; ++k)
        std::copy_n(truth.heads.row(k), dim, heads.row(k));
    truth.heads = std::move(heads);
}

Dataset generateSynthetic(const SynthConfig &config, const QString &name)
{
    config.validate();
    Random rng(config.seed);
    SyntheticTruth truth;
    truth.heads = unitRows(config.k, config.dim, config.separation, rng);
    const FeatureMatrix promptRouter = unitRows(config.k, config.routerDim, config.informativeness, rng);
    truth.labelNoise = config.labelNoise;
    // Router over [psi | one-hot context]: the prompt part, then E scaled by contextStrength.
    const int nContexts = config.contexts;
    truth.router = FeatureMatrix(config.k, config.routerDim + nContexts);
    for (int k = 0; k < config.k; ++k) {
        std::copy(promptRouter.row(k), promptRouter.row(k) + config.routerDim, truth.router.row(k));
        for (int j = 0; j < nContexts; ++j)
            truth.router.row(k)[config.routerDim + j] = k % nContexts == j ? float(config.contextStrength) : 0.f;
    }
    for (int j = 0; j < nContexts; ++j)
        truth.contextOrder << QStringLiteral("c%1").arg(j);

    Dataset ds;
    ds.name = name;
    ds.source = QStringLiteral("synthetic");
    ds.diff = FeatureMatrix(config.n, config.dim);
    ds.router = FeatureMatrix(config.n, config.routerDim);
    ds.comparisons.resize(std::size_t(config.n));
    std::vector<double> weights(std::size_t(config.k));
    for (int i = 0; i < config.n; ++i) {
        float *psi = ds.router.row(i);
        for (int j = 0; j < config.routerDim; ++j)
            psi[j] = float(rng.normal());
        const int context = nContexts > 0 ? int(rng.next() % std::uint64_t(nContexts)) : -1;
        double mx = -INFINITY;
        for (int k = 0; k < config.k; ++k) {
            double logit = context >= 0 ? double(truth.router.row(k)[config.routerDim + context]) : 0.0;
            for (int j = 0; j < config.routerDim; ++j)
                logit += double(truth.router.row(k)[j]) * psi[j];
            weights[std::size_t(k)] = logit;
            mx = std::max(mx, logit);
        }
        for (double &w : weights)
            w = std::exp(w - mx);
        const int z = rng.categorical(weights);

        float *d = ds.diff.row(i);
        double score = 0;
        for (int j = 0; j < config.dim; ++j) {
            d[j] = float(rng.normal());
            score += double(truth.heads.row(z)[j]) * d[j];
        }
        bool firstWins = rng.uniform() < 1.0 / (1.0 + std::exp(-score));
        if (rng.uniform() < config.labelNoise) firstWins = !firstWins;
        if (!firstWins)
            for (int j = 0; j < config.dim; ++j)
                d[j] = -d[j];
        Comparison &c = ds.comparisons[std::size_t(i)];
        c.id = QString::number(i);
        c.knownGroup = QString::number(z);
        if (context >= 0) c.context = truth.contextOrder[context];
    }
    if (config.contextInRouter && nContexts > 0) ds.router = appendContextOneHot(ds, truth.contextOrder);
    if (config.noiseColumns > 0) makeSparseWithNoise(ds, truth, config, rng);
    if (config.testFraction > 0)
        ds.split = splitByPrompt(ds.comparisons, config.valFraction, config.testFraction, config.seed);
    ds.truth = std::move(truth);
    return ds;
}

} // namespace micro::core
