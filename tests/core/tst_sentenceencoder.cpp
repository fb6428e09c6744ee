// The built-in sentence encoder against the model package's own JavaScript runtime
// (tests/encoder/reference.json, made by tests/encoder/make_reference.mjs): identical
// token ids and cosine >= 0.9999 per text. And what a user can break: a missing package,
// a damaged or truncated shard, the wrong version, empty, huge and invalid-UTF-8 texts,
// cancelling. The tests that need the package skip when it is not installed
// (`./setup.sh build` installs it).
#include "features/encoderpackage.h"
#include "features/sentenceencoder.h"
#include "util/error.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>

using namespace micro::core;

namespace {

double cosine(const float *a, const std::vector<double> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (std::size_t i = 0; i < b.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += b[i] * b[i];
    }
    return dot / std::sqrt(na * nb);
}

// A copy of the installed package that a test may damage.
QString copyPackage(const QString &from, const QString &to)
{
    QDir().mkpath(to + QStringLiteral("/dist"));
    QFile::copy(from + QStringLiteral("/package.json"), to + QStringLiteral("/package.json"));
    for (const QString &name : QDir(from + QStringLiteral("/dist")).entryList(QDir::Files))
        QFile::copy(from + QStringLiteral("/dist/") + name, to + QStringLiteral("/dist/") + name);
    return to;
}

ErrorCode loadError(const QString &folder, QString *detail = nullptr)
{
    try {
        SentenceEncoder encoder(folder);
    } catch (const MicroError &e) {
        if (detail) *detail = e.error().subject + QStringLiteral(": ") + e.error().detail;
        return e.error().code;
    }
    return ErrorCode::Internal; // loaded: not what the caller expected
}

} // namespace

class TestSentenceEncoder : public QObject
{
    Q_OBJECT

private:
    QString m_folder;
    std::unique_ptr<SentenceEncoder> m_encoder;

    void requirePackage()
    {
        if (!m_encoder) QSKIP("the encoder package is not installed (./setup.sh build installs it)");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_folder = EncoderPackage::locate();
        if (!m_folder.isEmpty()) m_encoder = std::make_unique<SentenceEncoder>(m_folder);
    }

    void matchesTheJavaScriptReference()
    {
        requirePackage();
        QFile file(QStringLiteral(MICRO_ENCODER_REFERENCE));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray cases =
            QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("texts")).toArray();
        QVERIFY(cases.size() >= 20);
        QStringList texts;
        for (const QJsonValue &c : cases)
            texts << c.toObject().value(QStringLiteral("text")).toString();
        // All texts in one call: batching by length must not change any vector.
        const FeatureMatrix vectors = m_encoder->encode(texts, 2);
        QCOMPARE(vectors.rows, int(texts.size()));
        QCOMPARE(vectors.cols, 512);
        int compared = 0;
        double worst = 1;
        for (int i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            std::vector<int> expectedIds;
            for (const QJsonValue &id : c.value(QStringLiteral("ids")).toArray())
                expectedIds.push_back(id.toInt());
            const std::vector<int> ids = m_encoder->tokenize(texts.at(i));
            if (ids != expectedIds)
                QFAIL(qPrintable(QStringLiteral("token ids differ for text %1 (%2 vs %3 ids)")
                                     .arg(i)
                                     .arg(ids.size())
                                     .arg(expectedIds.size())));
            const QJsonArray reference = c.value(QStringLiteral("vector")).toArray();
            if (reference.isEmpty()) { // the reference cannot embed a text without tokens
                for (int j = 0; j < 512; ++j)
                    QCOMPARE(vectors.row(i)[j], 0.f);
                continue;
            }
            std::vector<double> expected;
            for (const QJsonValue &v : reference)
                expected.push_back(v.toDouble());
            const double cos = cosine(vectors.row(i), expected);
            if (!(cos >= 0.9999))
                QFAIL(qPrintable(QStringLiteral("text %1: cosine %2 < 0.9999").arg(i).arg(cos, 0, 'g', 8)));
            worst = std::min(worst, cos);
            ++compared;
        }
        qInfo("worst cosine against the reference over %d texts: %.9f", compared, worst);
        QVERIFY(compared >= 18);
    }

    void oneTextAtATimeGivesTheSameVectorsAsABatch()
    {
        requirePackage();
        const QStringList texts = {QStringLiteral("short"), QStringLiteral("a somewhat longer sentence than the first"),
                                   QStringLiteral("mid length text here")};
        const FeatureMatrix together = m_encoder->encode(texts, 1);
        for (int i = 0; i < texts.size(); ++i) {
            const FeatureMatrix alone = m_encoder->encode({texts.at(i)}, 1);
            for (int j = 0; j < 512; ++j)
                QVERIFY(std::abs(alone.row(0)[j] - together.row(i)[j]) < 1e-5f); // float32 sums in another order
        }
    }

    void hugeEmptyAndInvalidTextsGiveFiniteVectors()
    {
        requirePackage();
        QString huge;
        while (huge.size() < (1 << 20))
            huge += QStringLiteral("A very long response that keeps going and going. ");
        static const char invalid[] = "valid start \xff\xfe\xc3 broken \xe2\x82 end";
        const QByteArray invalidUtf8(invalid, sizeof invalid - 1); // ASan caught a hand-counted 31 (29 + NUL)
        const QStringList texts = {huge, QString(), QString::fromUtf8(invalidUtf8), QString(100000, QChar(0xD55C))};
        const FeatureMatrix v = m_encoder->encode(texts, 2);
        QCOMPARE(v.rows, 4);
        for (int i = 0; i < v.rows; ++i)
            for (int j = 0; j < 512; ++j)
                QVERIFY(std::isfinite(v.row(i)[j]));
        // The 1 MB text is cut at 128 tokens: its vector is that of its first sentences.
        const FeatureMatrix start = m_encoder->encode({huge.left(2000)}, 1);
        double dot = 0;
        for (int j = 0; j < 512; ++j)
            dot += double(start.row(0)[j]) * v.row(0)[j];
        QVERIFY(dot > 0.99999);
        QCOMPARE(m_encoder->tokenize(huge).size() > 128, true);
    }

    void cancelStopsBetweenBatches()
    {
        requirePackage();
        QStringList texts;
        for (int i = 0; i < 200; ++i)
            texts << QStringLiteral("text number %1 with a few words").arg(i);
        CancelToken cancel;
        int calls = 0;
        try {
            m_encoder->encode(texts, 1, &cancel, [&](int done, int total) {
                ++calls;
                QVERIFY(done <= total);
                cancel.cancel();
            });
            QFAIL("not cancelled");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::Cancelled);
        }
        QCOMPARE(calls, 1);
    }

    void missingPackageNamesTheInstallCommand()
    {
        QTemporaryDir empty;
        QString detail;
        QCOMPARE(loadError(empty.path(), &detail), ErrorCode::EncoderMissing);
        QVERIFY(detail.contains(QLatin1String("setup.sh")));
        QCOMPARE(loadError(QString(), &detail), ErrorCode::EncoderMissing);
    }

    void damagedTruncatedOrWrongVersionIsABadFormatNamingTheFile()
    {
        requirePackage();
        QTemporaryDir dir;
        {
            const QString copy = copyPackage(m_folder, dir.path() + QStringLiteral("/damaged"));
            QFile shard(copy + QStringLiteral("/dist/group1-shard3of7"));
            QVERIFY(shard.open(QIODevice::ReadWrite));
            shard.seek(1000);
            shard.write("\x7f\x7f\x7f\x7f", 4); // same size, other bytes
            shard.close();
            QString detail;
            QCOMPARE(loadError(copy, &detail), ErrorCode::BadFormat);
            QVERIFY2(detail.contains(QLatin1String("checksum")), qPrintable(detail));
        }
        {
            const QString copy = copyPackage(m_folder, dir.path() + QStringLiteral("/truncated"));
            QVERIFY(QFile::resize(copy + QStringLiteral("/dist/group1-shard7of7"), 1000));
            QString detail;
            QCOMPARE(loadError(copy, &detail), ErrorCode::BadFormat);
            QVERIFY2(detail.contains(QLatin1String("truncated")), qPrintable(detail));
        }
        {
            const QString copy = copyPackage(m_folder, dir.path() + QStringLiteral("/missing-shard"));
            QVERIFY(QFile::remove(copy + QStringLiteral("/dist/group1-shard5of7")));
            QString detail;
            QCOMPARE(loadError(copy, &detail), ErrorCode::BadFormat);
            QVERIFY2(detail.contains(QLatin1String("group1-shard5of7")), qPrintable(detail));
        }
        {
            const QString copy = copyPackage(m_folder, dir.path() + QStringLiteral("/version"));
            QFile package(copy + QStringLiteral("/package.json"));
            QVERIFY(package.open(QIODevice::ReadOnly));
            QByteArray json = package.readAll();
            package.close();
            json.replace("\"version\": \"0.2.0\"", "\"version\": \"0.3.0\"");
            QVERIFY(package.open(QIODevice::WriteOnly | QIODevice::Truncate));
            package.write(json);
            package.close();
            QString detail;
            QCOMPARE(loadError(copy, &detail), ErrorCode::BadFormat);
            QVERIFY2(detail.contains(QLatin1String("0.3.0")), qPrintable(detail));
        }
    }
};

QTEST_GUILESS_MAIN(TestSentenceEncoder)
#include "tst_sentenceencoder.moc"
