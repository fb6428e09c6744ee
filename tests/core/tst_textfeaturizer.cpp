// The built-in text features and what trains on them: TF-IDF values against a hand
// computation, sparse storage that grows with the non-zeros, the random projection, the
// split by prompt, the feature cache, and the sparse engine giving the same model as the
// dense one on the same numbers.
#include "data/contextfeatures.h"
#include "data/datasetsplit.h"
#include "data/synthgenerator.h"
#include "features/textfeaturizer.h"
#include "jobs/importing.h"
#include "model/mixturemodel.h"
#include "model/prediction.h"
#include "model/stage1fitter.h"
#include "routing/stage2adapter.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <map>

using namespace micro::core;

namespace {

int column(const QString &word, quint32 dim)
{
    std::vector<int> c;
    hashWords(word, dim, false, c);
    return c.size() == 1 ? c[0] : -1;
}

std::map<int, float> rowMap(const SparseMatrix &m, int i)
{
    std::map<int, float> out;
    const SparseRow r = m.row(i);
    for (int e = 0; e < r.count; ++e)
        out[r.index[e]] = r.value[e];
    return out;
}

// The same numbers as a dense dataset, stored sparse (every entry kept).
Dataset sparseCopy(const Dataset &dense)
{
    Dataset s;
    s.name = dense.name;
    s.comparisons = dense.comparisons;
    auto convert = [](const FeatureMatrix &m, SparseMatrix &out) {
        out.cols = m.cols;
        std::vector<int> idx;
        std::vector<float> val;
        for (int i = 0; i < m.rows; ++i) {
            idx.clear();
            val.clear();
            for (int j = m.cols - 1; j >= 0; --j) // reversed: the kernels must not rely on order
                if (m.row(i)[j] != 0.f) {
                    idx.push_back(j);
                    val.push_back(m.row(i)[j]);
                }
            out.appendRow(idx.data(), val.data(), int(idx.size()));
        }
    };
    convert(dense.diff, s.diffSparse);
    convert(dense.router, s.routerSparse);
    return s;
}

} // namespace

class TestTextFeaturizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordsHashAlike()
    {
        const quint32 dim = 1u << 18;
        QCOMPARE(column(QStringLiteral("Apple"), dim), column(QStringLiteral("apple"), dim));
        std::vector<int> a, b;
        QCOMPARE(hashWords(QStringLiteral("Hello, world! hello"), dim, true, a), 3);
        QCOMPARE(int(a.size()), 5); // 3 words + 2 bigrams
        QCOMPARE(a[0], a[3]);       // order: hello, world, (hello world), hello, (world hello)
        hashWords(QStringLiteral("안녕하세요 세계"), dim, false, b);
        QCOMPARE(int(b.size()), 2); // Hangul words are words
        for (int c : a)
            QVERIFY(c >= 0 && c < int(dim));
    }

    // Sublinear TF-IDF with L2 normalisation, checked against values computed by hand
    // (python3: idf = ln((1+n)/(1+df)) + 1, tf = 1 + ln(count), then row / ||row||):
    //   responses {red red apple}, {green apple}, {blue sky}, {sky}; prompts {what is red},
    //   {what is blue}.
    void tfidfMatchesHandComputation()
    {
        const quint32 dim = 1u << 20;
        QSet<int> columns;
        for (const char *w : {"red", "apple", "green", "blue", "sky", "what", "is"})
            columns.insert(column(QLatin1String(w), dim));
        QCOMPARE(columns.size(), 7); // no collisions among these words
        Dataset ds;
        ds.name = QStringLiteral("t");
        ds.comparisons = {{QStringLiteral("1"),
                           QStringLiteral("what is red"),
                           QStringLiteral("red red apple"),
                           QStringLiteral("green apple"),
                           QStringLiteral("concise"),
                           {}},
                          {QStringLiteral("2"),
                           QStringLiteral("what is blue"),
                           QStringLiteral("blue sky"),
                           QStringLiteral("sky"),
                           {},
                           {}}};
        FeatureSettings s;
        s.dimension = int(dim);
        s.bigrams = false;
        s.lengthFeature = false;
        featurizeText(ds, s);
        QVERIFY(ds.isSparse());
        QVERIFY(ds.diff.values.empty());
        auto c = [&](const char *w) { return column(QLatin1String(w), dim); };
        const auto r1 = rowMap(ds.diffSparse, 0), r2 = rowMap(ds.diffSparse, 1);
        QCOMPARE(int(r1.size()), 3);
        QVERIFY(std::abs(r1.at(c("red")) - 0.9065365f) < 1e-5f);
        QVERIFY(std::abs(r1.at(c("apple")) + 0.1970029f) < 1e-5f);
        QVERIFY(std::abs(r1.at(c("green")) + 0.7852883f) < 1e-5f);
        QCOMPARE(int(r2.size()), 2);
        QVERIFY(std::abs(r2.at(c("blue")) - 0.7852883f) < 1e-5f);
        QVERIFY(std::abs(r2.at(c("sky")) + 0.3808697f) < 1e-5f);
        const auto p1 = rowMap(ds.routerSparse, 0);
        QCOMPARE(int(p1.size()), 4); // what, is, red + the context word
        QVERIFY(std::abs(p1.at(c("what")) - 0.5015489f) < 1e-5f);
        QVERIFY(std::abs(p1.at(c("red")) - 0.7049095f) < 1e-5f);
        const int ctx = column(QStringLiteral("concise"), quint32(s.contextDimension));
        QCOMPARE(p1.at(int(dim) + ctx), 1.0f);
        QCOMPARE(int(rowMap(ds.routerSparse, 1).size()), 3); // no context
        QCOMPARE(ds.routerDim(), int(dim) + s.contextDimension);
    }

    void lengthFeatureAndDeterminism()
    {
        Dataset ds;
        ds.comparisons = {
            {QStringLiteral("1"), QStringLiteral("p"), QStringLiteral("one two three"), QStringLiteral("one"), {}, {}}};
        FeatureSettings s;
        featurizeText(ds, s);
        const auto r = rowMap(ds.diffSparse, 0);
        QVERIFY(std::abs(r.at(s.dimension) - float(0.5 * (std::log(4.0) - std::log(2.0)))) < 1e-6f);
        Dataset again = ds;
        featurizeText(again, s);
        QCOMPARE(again.diffSparse.index, ds.diffSparse.index);
        QCOMPARE(again.diffSparse.values, ds.diffSparse.values);
    }

    // Memory follows the non-zeros: 2,000 rows at 2^18 columns store a few entries per
    // word, where a dense matrix would need 2 GB.
    void storageGrowsWithNonZeros()
    {
        Dataset ds;
        for (int i = 0; i < 2000; ++i)
            ds.comparisons.push_back({QString::number(i),
                                      QStringLiteral("prompt %1 about topic %2").arg(i).arg(i % 13),
                                      QStringLiteral("a helpful answer number %1 with detail").arg(i),
                                      QStringLiteral("short reply %1").arg(i),
                                      {},
                                      {}});
        featurizeText(ds, FeatureSettings());
        QCOMPARE(ds.headDim(), (1 << 18) + 1);
        // At most one entry per word and bigram of the two responses, + the length.
        QVERIFY(ds.diffSparse.nonZeros() <= 2000LL * (13 + 7 + 1));
        QVERIFY(ds.diffSparse.nonZeros() > 2000LL * 10);
        ds.validate();
    }

    // Random projection keeps norms and inner products in expectation; with 2,048
    // columns the spread is about 1/sqrt(2048) = 0.022 for unit vectors (tolerance 0.12).
    void randomProjectionKeepsGeometry()
    {
        SparseMatrix m;
        m.cols = 100000;
        std::mt19937 rng(3);
        for (int i = 0; i < 20; ++i) {
            std::vector<int> idx;
            std::vector<float> val;
            QSet<int> seen;
            double norm = 0;
            while (idx.size() < 50) {
                const int c = int(rng() % 100000);
                if (seen.contains(c)) continue;
                seen.insert(c);
                idx.push_back(c);
                val.push_back(float(int(rng() % 200) - 100) / 100.f);
                norm += double(val.back()) * val.back();
            }
            for (float &v : val)
                v = float(v / std::sqrt(norm));
            m.appendRow(idx.data(), val.data(), int(idx.size()));
        }
        const FeatureMatrix p = randomProjection(m, 2048, 7);
        const FeatureMatrix q = randomProjection(m, 2048, 7);
        QCOMPARE(p.values, q.values); // seeded
        for (int i = 0; i < 20; ++i) {
            double sq = 0;
            for (int j = 0; j < 2048; ++j)
                sq += double(p.row(i)[j]) * p.row(i)[j];
            QVERIFY2(std::abs(sq - 1.0) < 0.12, qPrintable(QString::number(sq)));
        }
    }

    void splitKeepsPromptsTogetherAndStratifies()
    {
        std::vector<Comparison> rows;
        for (int i = 0; i < 3000; ++i) {
            Comparison c;
            c.prompt = QStringLiteral("prompt %1").arg(i % 900); // about 3 rows per prompt
            c.context = (i % 900) < 600 ? QStringLiteral("A") : QStringLiteral("B");
            rows.push_back(c);
        }
        const auto split = splitByPrompt(rows, 0.1, 0.2, 5);
        QHash<QString, int> sideOf;
        std::map<QString, std::array<int, 3>> perContext;
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const int side = int(split[i]);
            const auto it = sideOf.constFind(rows[i].prompt);
            QVERIFY(it == sideOf.constEnd() || it.value() == side); // no prompt on two sides
            sideOf.insert(rows[i].prompt, side);
            ++perContext[rows[i].context][std::size_t(side)];
        }
        for (const auto &[context, counts] : perContext) {
            const double total = counts[0] + counts[1] + counts[2];
            // Whole prompts (3-4 rows) are moved: within 5 rows of the target per stratum.
            QVERIFY2(std::abs(counts[1] - 0.1 * total) <= 5, qPrintable(context));
            QVERIFY2(std::abs(counts[2] - 0.2 * total) <= 5, qPrintable(context));
        }
        QVERIFY(splitByPrompt(rows, 0.1, 0.2, 5) == split);
        // Rows without a prompt are split one by one, not all to one side.
        std::vector<Comparison> noPrompt(1000);
        const auto loose = splitByPrompt(noPrompt, 0.1, 0.2, 5);
        QVERIFY(std::abs(std::count(loose.begin(), loose.end(), SplitPart::Test) - 200) <= 1);
        QVERIFY(std::abs(std::count(loose.begin(), loose.end(), SplitPart::Validation) - 100) <= 1);
        QVERIFY(splitByPrompt(rows, 0.1, 0.2, 6) != split);
        QVERIFY_THROWS_EXCEPTION(MicroError, splitByPrompt(rows, 0.6, 0.5, 1));
    }

    // The same numbers through the sparse and the dense kernels give the same forward pass
    // and gradient (float tolerance 1e-5 relative), for both router kinds.
    void sparseKernelsMatchDense_data()
    {
        QTest::addColumn<int>("router");
        QTest::newRow("linear") << int(MixtureModel::Router::Linear);
        QTest::newRow("mlp") << int(MixtureModel::Router::Mlp);
        QTest::newRow("static") << int(MixtureModel::Router::Static);
    }

    void sparseKernelsMatchDense()
    {
        QFETCH(int, router);
        SynthConfig sc;
        sc.n = 64;
        sc.dim = 20;
        sc.routerDim = 12;
        const Dataset dense = generateSynthetic(sc, QStringLiteral("d"));
        const Dataset sparse = sparseCopy(dense);
        MixtureModel m(3, 20, 12, MixtureModel::Router(router), 8);
        m.initialise(11);
        MixtureModel::Scratch s1 = m.makeScratch(), s2 = m.makeScratch();
        std::vector<float> g1(m.parameterCount(), 0.f), g2(m.parameterCount(), 0.f);
        for (int i = 0; i < dense.size(); ++i) {
            double ll1, ll2;
            const double l1 =
                m.accumulateRowGradient(dense.diff.row(i), dense.router.row(i), 0.3f, 0.5f, g1.data(), s1, &ll1);
            const double l2 = m.accumulateSparseRowGradient(sparse.diffSparse.row(i), sparse.routerSparse.row(i), 0.3f,
                                                            0.5f, g2.data(), s2, &ll2);
            QVERIFY(std::abs(l1 - l2) < 1e-5 * (1 + std::abs(l1)));
            QVERIFY(std::abs(ll1 - ll2) < 1e-5 * (1 + std::abs(ll1)));
        }
        for (std::size_t j = 0; j < g1.size(); ++j)
            QVERIFY2(std::abs(g1[j] - g2[j]) < 1e-4f * (1.f + std::abs(g1[j])), qPrintable(QString::number(j)));
    }

    // A Stage-1 fit and a Stage-2 adaptation on sparse rows land where the dense ones do.
    void sparseFitsMatchDense()
    {
        SynthConfig sc;
        sc.n = 1500;
        sc.dim = 16;
        sc.routerDim = 8;
        sc.contexts = 2;
        const Dataset dense = generateSynthetic(sc, QStringLiteral("d"));
        const Dataset sparse = sparseCopy(dense);
        Stage1Config c;
        c.k = 3;
        c.epochs = 4;
        c.lr = 0.01;
        c.alpha = 0.1;
        c.threads = 2;
        std::vector<int> train, val;
        for (int i = 0; i < dense.size(); ++i)
            (i % 5 ? train : val).push_back(i);
        const Stage1Result a = Stage1Fitter::fit(dense, c, train, val, {});
        const Stage1Result b = Stage1Fitter::fit(sparse, c, train, val, {});
        QVERIFY(std::abs(a.epochs.back().valNll - b.epochs.back().valNll) < 1e-3);
        QVERIFY(std::abs(a.epochs.back().valAccuracy - b.epochs.back().valAccuracy) < 0.01);
        qInfo("dense %.4f / sparse %.4f", a.epochs.back().valAccuracy, b.epochs.back().valAccuracy);
        QVERIFY(a.epochs.back().valAccuracy > 0.6); // it learned something (chance: 0.5)

        Stage2Config s2;
        s2.tau = 1.0;
        s2.epochs = 20;
        s2.threads = 1;
        std::vector<int> labelled(train.begin(), train.begin() + 100);
        const Stage2Result da = adaptRouter(a.model, dense, labelled, val, s2);
        const Stage2Result sa = adaptRouter(a.model, sparse, labelled, val, s2);
        QVERIFY2(std::abs(da.accuracyAfter - sa.accuracyAfter) < 0.01,
                 qPrintable(QStringLiteral("%1 vs %2").arg(da.accuracyAfter).arg(sa.accuracyAfter)));
    }

    // Training again with the same settings reuses the cached features; other settings
    // featurize once into a derived dataset, which is then the cache for those settings.
    void featureCache()
    {
        QTemporaryDir dir;
        const QString jsonl = dir.filePath(QStringLiteral("d.jsonl"));
        {
            QFile f(jsonl);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 50; ++i)
                f.write(
                    QStringLiteral("{\"prompt\":\"q%1\",\"chosen\":\"long good answer %1\",\"rejected\":\"bad %1\"}\n")
                        .arg(i)
                        .toUtf8());
        }
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        ImportRequest r;
        r.path = jsonl;
        r.datasetName = QStringLiteral("d");
        importAndStore(store, r);
        bool reused = false;
        QCOMPARE(datasetWithFeatures(store, QStringLiteral("d"), FeatureSettings(), &reused), QStringLiteral("d"));
        QVERIFY(reused);
        FeatureSettings small;
        small.dimension = 1024;
        const QString derived = datasetWithFeatures(store, QStringLiteral("d"), small, &reused);
        QVERIFY(!reused);
        QCOMPARE(store.loadDataset(derived).headDim(), 1025);
        QCOMPARE(store.loadDataset(derived).split.size(), std::size_t(50)); // the split travels along
        QCOMPARE(datasetWithFeatures(store, QStringLiteral("d"), small, &reused), derived);
        QVERIFY(reused);
        QCOMPARE(datasetWithFeatures(store, derived, FeatureSettings(), &reused), QStringLiteral("d"));
        QCOMPARE(store.datasets().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestTextFeaturizer)
#include "tst_textfeaturizer.moc"
