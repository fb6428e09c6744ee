#include "embeddingcache.h"

#include <QCryptographicHash>
#include <QtEndian>
#include <cstring>
#include <qfloat16.h>

namespace micro::core {

QByteArray EmbeddingCache::hashOf(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
}

QByteArray EmbeddingCache::toHalfBlob(const std::vector<float> &vector)
{
    std::vector<qfloat16> half(vector.size());
    qFloatToFloat16(half.data(), vector.data(), qsizetype(vector.size()));
    QByteArray blob(qsizetype(vector.size() * 2), Qt::Uninitialized);
    for (std::size_t i = 0; i < half.size(); ++i) {
        quint16 bits;
        std::memcpy(&bits, &half[i], 2);
        qToLittleEndian<quint16>(bits, blob.data() + 2 * i);
    }
    return blob;
}

std::vector<float> EmbeddingCache::fromHalfBlob(const QByteArray &blob)
{
    const std::size_t n = std::size_t(blob.size()) / 2;
    std::vector<qfloat16> half(n);
    for (std::size_t i = 0; i < n; ++i) {
        const quint16 bits = qFromLittleEndian<quint16>(blob.constData() + 2 * i);
        std::memcpy(static_cast<void *>(&half[i]), &bits, 2); // qfloat16 is 16 raw bits
    }
    std::vector<float> out(n);
    qFloatFromFloat16(out.data(), half.data(), qsizetype(n));
    return out;
}

void EmbeddingCache::roundToHalf(float *values, std::size_t count)
{
    std::vector<qfloat16> half(count);
    qFloatToFloat16(half.data(), values, qsizetype(count));
    qFloatFromFloat16(values, half.data(), qsizetype(count));
}

const std::vector<float> *EmbeddingCache::find(const QByteArray &hash) const
{
    auto it = m_vectors.constFind(hash);
    return it == m_vectors.constEnd() ? nullptr : &it.value();
}

void EmbeddingCache::remember(const QByteArray &hash, std::vector<float> vector)
{
    m_vectors.insert(hash, std::move(vector));
}

void EmbeddingCache::add(const QByteArray &hash, std::vector<float> vector)
{
    roundToHalf(vector.data(), vector.size());
    m_added.push_back({m_model, hash, vector});
    m_vectors.insert(hash, std::move(vector));
}

} // namespace micro::core
