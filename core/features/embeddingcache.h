#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

namespace micro::core {

// Sentence-encoder vectors by text: the project keeps them (float16, keyed by the SHA-1 of
// the text's UTF-8 and the model), so featurizing again or importing overlapping data only
// runs the encoder on texts it has not seen. Vectors are rounded to float16 whether they
// come from the project or were just computed, so a dataset's features do not depend on
// whether the cache was warm.
class EmbeddingCache
{
public:
    struct Entry
    {
        QString model;
        QByteArray hash;
        std::vector<float> vector;
    };
    using Entries = std::vector<Entry>;

    explicit EmbeddingCache(QString model) : m_model(std::move(model)) {}

    static QByteArray hashOf(const QString &text);
    static QByteArray toHalfBlob(const std::vector<float> &vector);
    static std::vector<float> fromHalfBlob(const QByteArray &blob);
    static void roundToHalf(float *values, std::size_t count);

    const QString &model() const { return m_model; }
    const std::vector<float> *find(const QByteArray &hash) const;
    // A vector read from the project.
    void remember(const QByteArray &hash, std::vector<float> vector);
    // A vector just computed: kept, and listed in added() for the project to store.
    void add(const QByteArray &hash, std::vector<float> vector);
    const Entries &added() const { return m_added; }
    int hits() const { return m_hits; }
    void countHit() { ++m_hits; }

private:
    QString m_model;
    QHash<QByteArray, std::vector<float>> m_vectors;
    Entries m_added;
    int m_hits = 0;
};

} // namespace micro::core
