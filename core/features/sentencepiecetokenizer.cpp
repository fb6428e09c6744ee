#include "sentencepiecetokenizer.h"

#include "util/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace micro::core {

namespace {

std::vector<char32_t> codePoints(const QString &text)
{
    std::vector<char32_t> out;
    out.reserve(std::size_t(text.size()));
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out.push_back(QChar::surrogateToUcs4(c, text.at(i + 1)));
            ++i;
        } else {
            out.push_back(c.unicode()); // a lone surrogate stays one code point, as in JS
        }
    }
    return out;
}

} // namespace

SentencePieceTokenizer::SentencePieceTokenizer(std::vector<Piece> vocabulary, int reserved)
    : m_vocabulary(std::move(vocabulary))
{
    m_trie.emplace_back();
    m_pieceCodePoints.assign(m_vocabulary.size(), 1);
    for (int id = reserved; id < int(m_vocabulary.size()); ++id) {
        const std::vector<char32_t> symbols = codePoints(m_vocabulary[std::size_t(id)].text);
        m_pieceCodePoints[std::size_t(id)] = int(symbols.size());
        if (symbols.empty()) continue;
        int node = 0;
        for (char32_t s : symbols) {
            auto it = m_trie[std::size_t(node)].children.find(s);
            if (it == m_trie[std::size_t(node)].children.end()) {
                const int child = int(m_trie.size());
                m_trie[std::size_t(node)].children.emplace(s, child);
                m_trie.emplace_back();
                node = child;
            } else {
                node = it->second;
            }
        }
        m_trie[std::size_t(node)].pieceId = id; // a later duplicate wins, as in the JS trie
    }
}

SentencePieceTokenizer SentencePieceTokenizer::fromVocabularyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull())
        throw MicroError(
            ErrorCode::BadFormat, path,
            QStringLiteral("JSON error at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!doc.isArray() || doc.array().isEmpty())
        throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("expected a list of [piece, score] entries"));
    std::vector<Piece> pieces;
    const QJsonArray entries = doc.array();
    pieces.reserve(std::size_t(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonArray entry = entries.at(i).toArray();
        if (entry.size() != 2 || !entry.at(0).isString() || !(entry.at(1).isDouble() || entry.at(1).isNull()))
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("entry %1: expected [piece, score]").arg(i));
        pieces.push_back({entry.at(0).toString(), entry.at(1).isNull() ? 0.0 : entry.at(1).toDouble()});
    }
    return SentencePieceTokenizer(std::move(pieces));
}

std::vector<int> SentencePieceTokenizer::encode(const QString &text) const
{
    QString normalized = text.normalized(QString::NormalizationForm_KC);
    if (normalized.isEmpty()) return {};
    normalized.replace(QLatin1Char(' '), QChar(0x2581));
    normalized.prepend(QChar(0x2581));
    const std::vector<char32_t> symbols = codePoints(normalized);
    const std::size_t n = symbols.size();

    // best/words per end position; 0 doubles as "not reached yet", as in the reference.
    std::vector<double> best(n + 1, 0.0);
    std::vector<int> words(n + 1, 0);
    // Candidates are visited by end, then by ascending start: collect per end position.
    struct Candidate
    {
        int start;
        int id; // 0: unknown
        double score;
    };
    std::vector<std::vector<Candidate>> endingAt(n + 1);
    for (std::size_t start = 0; start < n; ++start) {
        bool any = false;
        int node = 0;
        for (std::size_t i = start; i < n; ++i) {
            const auto &children = m_trie[std::size_t(node)].children;
            auto it = children.find(symbols[i]);
            if (it == children.end()) break;
            node = it->second;
            const int id = m_trie[std::size_t(node)].pieceId;
            if (id >= 0) {
                endingAt[i + 1].push_back({int(start), id, m_vocabulary[std::size_t(id)].score});
                any = true;
            }
        }
        if (!any) endingAt[start + 1].push_back({int(start), 0, 0.0});
    }
    for (std::size_t end = 0; end <= n; ++end) {
        for (const Candidate &c : endingAt[end]) { // already in ascending start order
            const double score = c.score + best[std::size_t(c.start)];
            if (best[end] == 0.0 || score >= best[end]) {
                best[end] = score;
                words[end] = c.id;
            }
        }
    }
    std::vector<int> reversed;
    long position = long(n);
    while (position > 0) {
        const int id = words[std::size_t(position)];
        reversed.push_back(id);
        // The reference steps back by the piece's JavaScript length (UTF-16 units).
        position -= std::max<long>(1, m_vocabulary[std::size_t(id)].text.size());
    }
    std::vector<int> ids;
    ids.reserve(reversed.size());
    bool previousUnknown = false;
    for (int id : reversed) {
        if (!(previousUnknown && id == 0)) ids.push_back(id);
        previousUnknown = id == 0;
    }
    std::reverse(ids.begin(), ids.end());
    return ids;
}

} // namespace micro::core
