#include "model/vectormath.h"

#include <QtTest>
#include <cfloat>
#include <cmath>
#include <vector>

using namespace micro::core;

namespace {

// Relative error of a float result against the double-precision function, in units of
// float's epsilon (1.19e-7): the vector library promises at most 4 ulp.
double ulps(float got, double want)
{
    return std::abs(double(got) - want) / std::max(std::abs(want), 1e-30) / double(FLT_EPSILON);
}

} // namespace

// The forward pass's exp/log/log1p over arrays (eight at a time through glibc's libmvec
// where available): accurate, and a value's result independent of where it sits.
class TestVectorMath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchDoublePrecisionWithinFourUlp()
    {
        // Every range the model feeds them: exp of logits and of -|Delta| (<= 0, down to
        // underflow), log of sums in [1, K], log1p of exp(-|Delta|) in (0, 1].
        std::vector<float> x;
        for (int i = 0; i <= 20000; ++i)
            x.push_back(-80.f + 160.f * float(i) / 20000.f);
        std::vector<float> e = x;
        vec::expInPlace(e.data(), e.size());
        double worst = 0;
        for (std::size_t i = 0; i < x.size(); ++i)
            if (std::exp(double(x[i])) > 1e-37) worst = std::max(worst, ulps(e[i], std::exp(double(x[i]))));
        QVERIFY2(worst <= 4, qPrintable(QStringLiteral("exp: %1 ulp").arg(worst)));

        std::vector<float> pos;
        for (int i = 0; i <= 20000; ++i)
            pos.push_back(std::ldexp(1.0f + float(i % 1000) / 1000.f, i / 1000 - 10)); // 2^-10 .. 2^10
        std::vector<float> l = pos;
        vec::logInPlace(l.data(), l.size());
        worst = 0;
        for (std::size_t i = 0; i < pos.size(); ++i)
            if (pos[i] != 1.0f) // ln 1 = 0: relative error undefined
                worst = std::max(worst, ulps(l[i], std::log(double(pos[i]))));
        QVERIFY2(worst <= 4, qPrintable(QStringLiteral("log: %1 ulp").arg(worst)));

        std::vector<float> small;
        for (int i = 1; i <= 20000; ++i)
            small.push_back(std::exp(-30.f * float(i) / 20000.f)); // exp(-|Delta|), |Delta| to 30
        std::vector<float> l1 = small;
        vec::log1pInPlace(l1.data(), l1.size());
        worst = 0;
        for (std::size_t i = 0; i < small.size(); ++i)
            worst = std::max(worst, ulps(l1[i], std::log1p(double(small[i]))));
        QVERIFY2(worst <= 4, qPrintable(QStringLiteral("log1p: %1 ulp").arg(worst)));
    }

    void aValuesResultDoesNotDependOnItsPlace()
    {
        // A row finishes alone (predictions, sparse rows) or in a batch of any length
        // (lanes, ranks): the same value must give the same bits in a full group of eight,
        // in a short tail and alone.
        std::vector<float> values;
        for (int i = 0; i < 37; ++i)
            values.push_back(-3.f + 0.173f * float(i));
        for (auto fn : {&vec::expInPlace, &vec::log1pInPlace}) {
            std::vector<float> all = values;
            fn(all.data(), all.size());
            for (std::size_t i = 0; i < values.size(); ++i) {
                float one = values[i];
                fn(&one, 1);
                QCOMPARE(one, all[i]);
            }
        }
        std::vector<float> positive;
        for (float v : values)
            positive.push_back(std::abs(v) + 0.5f);
        std::vector<float> all = positive;
        vec::logInPlace(all.data(), all.size());
        for (std::size_t i = 0; i < positive.size(); ++i) {
            float one = positive[i];
            vec::logInPlace(&one, 1);
            QCOMPARE(one, all[i]);
        }
    }
};

QTEST_GUILESS_MAIN(TestVectorMath)
#include "tst_vectormath.moc"
