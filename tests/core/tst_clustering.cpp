#include "metrics/clustering.h"

#include <QtTest>

using namespace micro::core;

// Golden values are hand-computed from the contingency tables (the same definitions as
// scikit-learn's adjusted_rand_score and normalized_mutual_info_score, arithmetic mean).
class TestClustering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void adjustedRand_data()
    {
        QTest::addColumn<std::vector<int>>("a");
        QTest::addColumn<std::vector<int>>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 0, 1, 1} << 1.0;
        QTest::newRow("relabelled") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{1, 1, 0, 0} << 1.0;
        // 4/7: sum_cells 1, rows 1, cols 2, expected 1/3, max 3/2.
        QTest::newRow("split one cluster") << std::vector<int>{0, 0, 1, 2} << std::vector<int>{0, 0, 1, 1} << 4.0 / 7.0;
        // Worse than chance: (0 - 2/3) / (2 - 2/3).
        QTest::newRow("crossed") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 1, 0, 1} << -0.5;
        QTest::newRow("one vs singletons") << std::vector<int>{0, 0, 0, 0} << std::vector<int>{0, 1, 2, 3} << 0.0;
        QTest::newRow("unknown rows skipped")
            << std::vector<int>{0, 0, 1, 1, 0} << std::vector<int>{1, 1, 0, 0, -1} << 1.0;
    }
    void adjustedRand()
    {
        QFETCH(std::vector<int>, a);
        QFETCH(std::vector<int>, b);
        QFETCH(double, expected);
        QVERIFY2(std::abs(adjustedRandIndex(a, b) - expected) < 1e-12,
                 qPrintable(QString::number(adjustedRandIndex(a, b))));
    }

    void normalizedMutualInformation_data()
    {
        QTest::addColumn<std::vector<int>>("a");
        QTest::addColumn<std::vector<int>>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("identical") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{1, 1, 0, 0} << 1.0;
        // I = ln 2, H(a) = ln 2, H(b) = 1.5 ln 2: NMI = 1 / 1.25.
        QTest::newRow("refinement") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 0, 1, 2} << 0.8;
        QTest::newRow("independent") << std::vector<int>{0, 0, 1, 1} << std::vector<int>{0, 1, 0, 1} << 0.0;
    }
    void normalizedMutualInformation()
    {
        QFETCH(std::vector<int>, a);
        QFETCH(std::vector<int>, b);
        QFETCH(double, expected);
        QVERIFY(std::abs(micro::core::normalizedMutualInformation(a, b) - expected) < 1e-12);
    }

    void matchingPrefersTheBestTotal()
    {
        // Greedy would take (0,0)=0.9 and then be forced into (1,1)=0.0: total 0.9.
        // The best one-to-one matching is (0,1) + (1,0) = 0.8 + 0.85.
        const std::vector<std::vector<double>> score{{0.9, 0.8}, {0.85, 0.0}};
        QCOMPARE(matchMaxScore(score), (std::vector<int>{1, 0}));
    }

    void matchingWithMoreColumnsThanRows()
    {
        const std::vector<std::vector<double>> score{{0.1, 0.2, 0.9}, {0.8, 0.1, 0.3}};
        QCOMPARE(matchMaxScore(score), (std::vector<int>{2, 0}));
    }

    void matchingWithMoreRowsThanColumns()
    {
        const std::vector<std::vector<double>> score{{0.1}, {0.7}, {0.2}};
        QCOMPARE(matchMaxScore(score), (std::vector<int>{-1, 0, -1}));
    }
};

QTEST_GUILESS_MAIN(TestClustering)
#include "tst_clustering.moc"
