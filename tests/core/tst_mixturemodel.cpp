#include "data/synthgenerator.h"
#include "model/mixturemodel.h"
#include "torchreference.h"

#include <QtTest>
#include <cmath>

using namespace micro::core;

Q_DECLARE_METATYPE(MixtureModel::Router)

namespace {

// The fused kernel's mean objective and gradient over `rows`, as the fitter computes them.
double fusedObjective(const MixtureModel &m, const Dataset &data, const std::vector<int> &rows, float alpha,
                      std::vector<float> *grad)
{
    MixtureModel::Scratch s = m.makeScratch();
    if (grad) grad->assign(m.parameterCount(), 0.f);
    std::vector<float> scratchGrad(m.parameterCount());
    double loss = 0;
    for (int r : rows) {
        double ll;
        loss += m.accumulateRowGradient(data.diff.row(r), data.router.row(r), alpha, 1.0f / float(rows.size()),
                                        grad ? grad->data() : scratchGrad.data(), s, &ll);
    }
    return loss / double(rows.size());
}

// Where our float32 loss and gradient and LibTorch's float64 autograd of the same objective
// differ by more than float32 rounding (the loss by 1e-5 relative, a gradient entry by
// 1e-4 of the largest); empty when they agree.
QString disagreementWithTorch(double loss, const std::vector<float> &grad, const ReferenceObjective &ref)
{
    if (!(std::abs(loss - ref.loss) < 1e-5 * std::max(1.0, std::abs(ref.loss))))
        return QStringLiteral("loss %1, torch %2").arg(loss, 0, 'g', 12).arg(ref.loss, 0, 'g', 12);
    double scale = 0;
    for (double g : ref.gradient)
        scale = std::max(scale, std::abs(g));
    for (std::size_t i = 0; i < grad.size(); ++i)
        if (!(std::abs(grad[i] - ref.gradient[i]) <= 1e-4 * std::max(1.0, scale)))
            return QStringLiteral("parameter %1: ours %2, torch %3").arg(i).arg(grad[i]).arg(ref.gradient[i]);
    return {};
}

Dataset smallData()
{
    SynthConfig c;
    c.n = 12;
    c.dim = 5;
    c.routerDim = 4;
    c.k = 3;
    c.seed = 11;
    c.separation = 2.0;
    c.informativeness = 1.5;
    return generateSynthetic(c, QStringLiteral("grad"));
}

MixtureModel makeModel(MixtureModel::Router router, int k)
{
    MixtureModel m(k, 5, 4, router, 6);
    m.initialise(5);
    // Larger weights than the default init, so that sigmoids and softmaxes are far from
    // their linear regime and every term of the gradient matters.
    for (float &p : m.parameters())
        p *= 3.0f;
    return m;
}

} // namespace

class TestMixtureModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gradient_data()
    {
        QTest::addColumn<MixtureModel::Router>("router");
        QTest::addColumn<int>("k");
        QTest::addColumn<float>("alpha");
        QTest::newRow("single BT") << MixtureModel::Router::None << 1 << 0.5f;
        QTest::newRow("static mixture") << MixtureModel::Router::Static << 3 << 0.5f;
        QTest::newRow("linear router") << MixtureModel::Router::Linear << 3 << 0.5f;
        QTest::newRow("linear router, no entropy term") << MixtureModel::Router::Linear << 3 << 0.0f;
        QTest::newRow("MLP router") << MixtureModel::Router::Mlp << 3 << 0.5f;
    }

    // Central finite differences on the objective (float32 parameters, step 1e-2 after
    // scaling): agreement to 2e-3 absolute + 2% relative, the accuracy float32 allows.
    void gradient()
    {
        QFETCH(MixtureModel::Router, router);
        QFETCH(int, k);
        QFETCH(float, alpha);
        const Dataset data = smallData();
        std::vector<int> rows(12);
        std::iota(rows.begin(), rows.end(), 0);
        MixtureModel m = makeModel(router, k);
        std::vector<float> analytic;
        fusedObjective(m, data, rows, alpha, &analytic);
        const float h = 1e-2f;
        for (std::size_t i = 0; i < m.parameterCount(); ++i) {
            const float saved = m.parameters()[i];
            m.parameters()[i] = saved + h;
            const double up = fusedObjective(m, data, rows, alpha, nullptr);
            m.parameters()[i] = saved - h;
            const double down = fusedObjective(m, data, rows, alpha, nullptr);
            m.parameters()[i] = saved;
            const double numeric = (up - down) / (2.0 * double(h));
            const double tolerance = 2e-3 + 0.02 * std::abs(numeric);
            QVERIFY2(std::abs(numeric - analytic[i]) <= tolerance,
                     qPrintable(
                         QStringLiteral("parameter %1: analytic %2, numeric %3").arg(i).arg(analytic[i]).arg(numeric)));
        }
    }

    void matchesTorchAutograd_data() { gradient_data(); }

    // LibTorch's autograd in float64 is an independent implementation of the same loss:
    // the fused float32 kernel must agree to float32 rounding (1e-4 relative).
    void matchesTorchAutograd()
    {
        QFETCH(MixtureModel::Router, router);
        QFETCH(int, k);
        QFETCH(float, alpha);
        const Dataset data = smallData();
        std::vector<int> rows(12);
        std::iota(rows.begin(), rows.end(), 0);
        const MixtureModel m = makeModel(router, k);
        std::vector<float> fused;
        const double loss = fusedObjective(m, data, rows, alpha, &fused);
        const ReferenceObjective ref = torchObjective(m, data, rows, alpha, 2);
        const QString why = disagreementWithTorch(loss, fused, ref);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void batchKernelMatchesTorchAutograd_data()
    {
        QTest::addColumn<MixtureModel::Router>("router");
        QTest::addColumn<int>("k");
        QTest::newRow("linear router, K = 4") << MixtureModel::Router::Linear << 4;
        QTest::newRow("linear router, K = 5") << MixtureModel::Router::Linear << 5;
        QTest::newRow("MLP router, K = 3") << MixtureModel::Router::Mlp << 3;
    }

    // The mini-batch kernel the fitter runs (register-blocked over four heads at a time,
    // two vectors of columns wide) on dimensions that use its vector loop and its tail
    // (37 and 40 columns) and heads that are not a multiple of four: the summed gradient of
    // 12 rows agrees with LibTorch's float64 autograd to float32 rounding (1e-4 relative).
    void batchKernelMatchesTorchAutograd()
    {
        QFETCH(MixtureModel::Router, router);
        QFETCH(int, k);
        SynthConfig c;
        c.n = 12;
        c.dim = 37;
        c.routerDim = 40;
        c.k = 3;
        c.seed = 7;
        const Dataset data = generateSynthetic(c, QStringLiteral("batch"));
        std::vector<int> rows(12);
        std::iota(rows.begin(), rows.end(), 0);
        MixtureModel m(k, c.dim, c.routerDim, router, 6);
        m.initialise(3);
        for (float &p : m.parameters())
            p *= 3.0f;
        std::vector<const float *> diffs, psis;
        for (int r : rows) {
            diffs.push_back(data.diff.row(r));
            psis.push_back(data.router.row(r));
        }
        MixtureModel::Scratch s = m.makeScratch();
        std::vector<float> grad(m.parameterCount(), 0.f);
        double ll;
        const double loss = m.accumulateBatchGradient(diffs.data(), psis.data(), int(rows.size()), 0.5f,
                                                      1.0f / float(rows.size()), grad.data(), s, &ll) /
                            double(rows.size());
        const ReferenceObjective ref = torchObjective(m, data, rows, 0.5, 2);
        const QString why = disagreementWithTorch(loss, grad, ref);
        QVERIFY2(why.isEmpty(), qPrintable(why));
    }

    void posteriorIsNormalisedAndFavoursTheHeadThatExplainsTheLabel()
    {
        // Two heads, equal router weights; head 0 says the chosen response is far better,
        // head 1 says it is worse: the posterior must lean to head 0 by the likelihood ratio.
        MixtureModel m(2, 1, 1, MixtureModel::Router::Static);
        m.parameters() = {4.0f, -4.0f, 0.0f, 0.0f};
        MixtureModel::Scratch s = m.makeScratch();
        const float d = 1.0f, psi = 0.0f;
        const double ll = m.forwardRow(&d, &psi, s);
        const double s0 = 1 / (1 + std::exp(-4.0)), s1 = 1 / (1 + std::exp(4.0));
        QVERIFY(std::abs(ll - std::log(0.5 * s0 + 0.5 * s1)) < 1e-6);
        QVERIFY(std::abs(s.gamma[0] - s0 / (s0 + s1)) < 1e-6);
        QVERIFY(std::abs(s.gamma[0] + s.gamma[1] - 1.0) < 1e-6);
    }

    void headRemovedAndAdded_data()
    {
        QTest::addColumn<MixtureModel::Router>("router");
        QTest::newRow("static mixture") << MixtureModel::Router::Static;
        QTest::newRow("linear router") << MixtureModel::Router::Linear;
        QTest::newRow("MLP router") << MixtureModel::Router::Mlp;
    }

    // select-k's pruned and grown starts. Without head j the likelihood of every row is the
    // other heads' mixture with their router shares renormalised (from the full model's own
    // shares and sigmoids, to 1e-5); a head added and taken out again gives back the same
    // parameters exactly, and the added head starts with a small share.
    void headRemovedAndAdded()
    {
        QFETCH(MixtureModel::Router, router);
        const Dataset data = smallData();
        const MixtureModel m = makeModel(router, 3);
        MixtureModel::Scratch full = m.makeScratch();
        for (int j = 0; j < 3; ++j) {
            const MixtureModel less = m.withoutHead(j);
            QCOMPARE(less.k(), 2);
            MixtureModel::Scratch s = less.makeScratch();
            for (int r = 0; r < data.size(); ++r) {
                m.forwardRow(data.diff.row(r), data.router.row(r), full);
                double num = 0, den = 0;
                for (int k = 0; k < 3; ++k)
                    if (k != j) {
                        num += double(full.prob[std::size_t(k)]) * double(full.sigmoid[std::size_t(k)]);
                        den += double(full.prob[std::size_t(k)]);
                    }
                const double ll = less.forwardRow(data.diff.row(r), data.router.row(r), s);
                QVERIFY2(std::abs(ll - std::log(num / den)) < 1e-5,
                         qPrintable(QStringLiteral("head %1, row %2").arg(j).arg(r)));
            }
        }
        const MixtureModel more = m.withExtraHead(9);
        QCOMPARE(more.k(), 4);
        QCOMPARE(more.withoutHead(3).parameters(), m.parameters());
        MixtureModel::Scratch s = more.makeScratch();
        double newShare = 0;
        for (int r = 0; r < data.size(); ++r) {
            more.forwardRow(data.diff.row(r), data.router.row(r), s);
            newShare += double(s.prob[3]) / data.size();
        }
        if (router != MixtureModel::Router::Mlp) QVERIFY2(newShare < 0.05, qPrintable(QString::number(newShare)));
        QVERIFY(newShare < 0.5);

        // One head gains a router: two heads, the old one with its weights.
        const MixtureModel single = makeModel(MixtureModel::Router::None, 1);
        const MixtureModel two = single.withExtraHead(9);
        QCOMPARE(two.router(), MixtureModel::Router::Linear);
        QCOMPARE(two.withoutHead(1).parameters(), single.parameters());
    }

    void layoutRoundTrip()
    {
        const MixtureModel m = makeModel(MixtureModel::Router::Mlp, 3);
        const MixtureModel back = MixtureModel::fromLayout(m.layoutJson(), m.parameters());
        QCOMPARE(back.router(), MixtureModel::Router::Mlp);
        QCOMPARE(back.hidden(), 6);
        QCOMPARE(back.parameters(), m.parameters());
    }
};

QTEST_GUILESS_MAIN(TestMixtureModel)
#include "tst_mixturemodel.moc"
