#include "metrics/projection.h"
#include "util/random.h"

#include <QtTest>
#include <cmath>
#include <numeric>

using namespace micro::core;

class TestProjection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Points spread 10x more along a known unit direction u than elsewhere: the first
    // component must be u (up to sign), so projections correlate with x . u almost exactly.
    void firstComponentFollowsTheLargestSpread()
    {
        const int n = 3000, p = 20;
        Random rng(3);
        std::vector<double> u(p);
        double norm = 0;
        for (double &e : u) {
            e = rng.normal();
            norm += e * e;
        }
        for (double &e : u)
            e /= std::sqrt(norm);
        FeatureMatrix x(n, p);
        std::vector<double> along(n);
        for (int i = 0; i < n; ++i) {
            along[std::size_t(i)] = 10 * rng.normal();
            for (int j = 0; j < p; ++j)
                x.row(i)[j] = float(5.0 + along[std::size_t(i)] * u[std::size_t(j)] + rng.normal());
        }
        std::vector<int> rows(n);
        std::iota(rows.begin(), rows.end(), 0);
        const FeatureMatrix y = principalProjection(x, rows, 2, 1000, 1);
        QCOMPARE(y.rows, n);
        QCOMPARE(y.cols, 2);
        double sxy = 0, sxx = 0, syy = 0, mean = 0;
        for (int i = 0; i < n; ++i)
            mean += y.row(i)[0] / n;
        for (int i = 0; i < n; ++i) {
            const double a = y.row(i)[0] - mean, b = along[std::size_t(i)];
            sxy += a * b;
            sxx += a * a;
            syy += b * b;
        }
        const double corr = std::abs(sxy) / std::sqrt(sxx * syy);
        QVERIFY2(corr > 0.99, qPrintable(QString::number(corr)));
        // Centred: the projections average to about zero.
        QVERIFY(std::abs(mean) < 1.0);
    }

    void emptyInputGivesEmptyOutput()
    {
        const FeatureMatrix y = principalProjection(FeatureMatrix(0, 5), {}, 2);
        QCOMPARE(y.rows, 0);
    }
};

QTEST_GUILESS_MAIN(TestProjection)
#include "tst_projection.moc"
