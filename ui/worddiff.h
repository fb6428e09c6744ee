#pragma once

#include <QColor>
#include <QString>

namespace micro::ui {

// Two responses as HTML with the words only one of them has highlighted (a word-level
// longest-common-subsequence diff), so an annotator sees at once where two long responses
// differ. Whitespace and line breaks are kept; text is escaped. Past kMaxDiffCells words x
// words the texts are shown without highlighting (changed = -1).
struct DiffHtml
{
    QString left, right;
    int changedLeft = 0, changedRight = 0; // highlighted words
};

constexpr long long kMaxDiffCells = 4'000'000;

DiffHtml highlightDifferences(const QString &left, const QString &right, const QColor &mark);

} // namespace micro::ui
