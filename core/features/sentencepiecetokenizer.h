#pragma once

#include <QString>
#include <unordered_map>
#include <vector>

namespace micro::core {

// The sentence encoder's tokenizer: a SentencePiece unigram vocabulary decoded by Viterbi,
// written to give exactly the ids of the model package's own JavaScript runtime
// (@energetic-ai/embeddings 0.2.0), quirks included, because the encoder's weights were
// trained on those ids:
//  - NFKC, then U+2581 before the text and in place of every space (newlines and tabs stay
//    and are unknown);
//  - positions count code points; a code point that starts no piece is an unknown of
//    length 1 with score 0;
//  - best[end] is replaced when it is still 0 or when a candidate scores >= it (ties go
//    to the later candidate, candidates by ascending start);
//  - the walk back from the end steps by the piece's length in UTF-16 units;
//  - runs of unknowns become one unknown (id 0).
class SentencePieceTokenizer
{
public:
    // vocabulary[i] = (piece, score); the first `reserved` ids are never produced except 0.
    struct Piece
    {
        QString text;
        double score = 0;
    };
    explicit SentencePieceTokenizer(std::vector<Piece> vocabulary, int reserved = 6);

    // Reads the package's vocab.json ([[piece, score|null], ...]). Throws MicroError
    // BadFormat (naming the file and entry) when it is not such a list.
    static SentencePieceTokenizer fromVocabularyFile(const QString &path);

    std::vector<int> encode(const QString &text) const;
    int vocabularySize() const { return int(m_vocabulary.size()); }

private:
    struct Node
    {
        std::unordered_map<char32_t, int> children;
        int pieceId = -1; // a piece ends here
    };
    std::vector<Piece> m_vocabulary;
    std::vector<int> m_pieceCodePoints; // per id: its length in code points
    std::vector<Node> m_trie;           // node 0 is the root
};

} // namespace micro::core
