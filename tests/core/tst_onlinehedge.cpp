#include "routing/onlinehedge.h"
#include "util/random.h"

#include <QtTest>
#include <cmath>

using namespace micro::core;

class TestOnlineHedge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // By hand, eta = ln 2, uniform start. Round 1 losses (1, 0): mixture loss 1/2, weights
    // become (1/2, 1) / 1.5 = (1/3, 2/3). Round 2 losses (0, 1): mixture loss 2/3.
    // Cumulative: mixture 7/6, heads (1, 1): regret 1/6.
    void twoRoundsByHand()
    {
        OnlineHedge h(2, std::log(2.0));
        const OnlineHedge::Step &s1 = h.update({1.0, 0.0});
        QVERIFY(std::abs(s1.mixtureLoss - 0.5) < 1e-12);
        QVERIFY(std::abs(h.weights()[0] - 1.0 / 3.0) < 1e-12);
        const OnlineHedge::Step &s2 = h.update({0.0, 1.0});
        QVERIFY(std::abs(s2.mixtureLoss - 2.0 / 3.0) < 1e-12);
        QVERIFY(std::abs(s2.cumulativeMixtureLoss - 7.0 / 6.0) < 1e-12);
        QVERIFY(std::abs(s2.regret - 1.0 / 6.0) < 1e-12);
        QCOMPARE(int(h.history().size()), 2);
        QCOMPARE(h.history()[1].weightsBefore.size(), std::size_t(2));
    }

    void weightsConcentrateOnTheBestHead()
    {
        OnlineHedge h(3, 0.5);
        for (int t = 0; t < 200; ++t)
            h.update({0.9, 0.1, 0.6});
        QVERIFY(h.weights()[1] > 0.999);
        QCOMPARE(h.history().back().bestHead, 1);
    }

    // The textbook guarantee for losses in [0, 1] with eta = sqrt(8 ln K / T):
    // regret <= sqrt(T ln K / 2). Checked on random losses, on a sequence built to make
    // the leader switch, and on clipped BT losses.
    void regretStaysUnderTheBound_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("uniform random losses") << 0;
        QTest::newRow("leader switches every round") << 1;
        QTest::newRow("clipped Bradley-Terry losses") << 2;
    }
    void regretStaysUnderTheBound()
    {
        QFETCH(int, kind);
        const int k = 5, rounds = 2000;
        OnlineHedge h(k, OnlineHedge::tunedEta(k, rounds));
        Random rng(42);
        for (int t = 0; t < rounds; ++t) {
            std::vector<double> loss(k);
            for (int j = 0; j < k; ++j) {
                if (kind == 0)
                    loss[std::size_t(j)] = rng.uniform();
                else if (kind == 1)
                    loss[std::size_t(j)] = (j == 0) == (t % 2 == 0) ? 0.0 : 1.0;
                else // a head's BT loss on a pair: -log sigmoid(Delta), Delta ~ N(j / 4, 2)
                    loss[std::size_t(j)] =
                        OnlineHedge::boundedLoss(std::log1p(std::exp(-(j / 4.0 + 2 * rng.normal()))));
            }
            h.update(loss);
            // At every round t the fixed-eta bound ln K / eta + eta t / 8 holds; at t = T
            // with the tuned eta it equals sqrt(T ln K / 2).
            const double eta = h.eta();
            QVERIFY(h.history().back().regret <= std::log(double(k)) / eta + eta * (t + 1) / 8.0 + 1e-9);
        }
        const double regret = h.history().back().regret;
        QVERIFY2(
            regret <= OnlineHedge::regretBound(k, rounds),
            qPrintable(QStringLiteral("regret %1, bound %2").arg(regret).arg(OnlineHedge::regretBound(k, rounds))));
    }

    void refusesBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::exception, OnlineHedge(2, 0.0));
        OnlineHedge h(2, 0.1);
        QVERIFY_THROWS_EXCEPTION(std::exception, h.update({1.0}));
    }
};

QTEST_GUILESS_MAIN(TestOnlineHedge)
#include "tst_onlinehedge.moc"
