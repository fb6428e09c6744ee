#include "worddiff.h"

#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <vector>

namespace micro::ui {

namespace {

// Alternating runs of whitespace and of other characters; words are the latter.
QStringList tokens(const QString &text)
{
    static const QRegularExpression run(QStringLiteral("\\s+|\\S+"));
    QStringList out;
    for (auto it = run.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

bool isSpace(const QString &token)
{
    return !token.isEmpty() && token.front().isSpace();
}

QString html(const QStringList &parts, const std::vector<bool> &marked, const QColor &mark)
{
    QString out = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    std::size_t word = 0;
    for (const QString &t : parts) {
        const QString escaped = t.toHtmlEscaped();
        if (isSpace(t)) {
            out += escaped;
            continue;
        }
        out += marked.empty() || !marked[word]
                   ? escaped
                   : QStringLiteral("<span style=\"background-color:%1\">%2</span>").arg(mark.name(), escaped);
        ++word;
    }
    return out + QStringLiteral("</div>");
}

} // namespace

DiffHtml highlightDifferences(const QString &left, const QString &right, const QColor &mark)
{
    const QStringList a = tokens(left), b = tokens(right);
    QStringList wa, wb;
    for (const QString &t : a)
        if (!isSpace(t)) wa << t;
    for (const QString &t : b)
        if (!isSpace(t)) wb << t;
    DiffHtml out;
    const long long cells = (long long)(wa.size() + 1) * (long long)(wb.size() + 1);
    if (cells > kMaxDiffCells) {
        out.left = html(a, {}, mark);
        out.right = html(b, {}, mark);
        out.changedLeft = out.changedRight = -1;
        return out;
    }
    // LCS lengths from the ends, then one forward walk marks what is not common.
    const std::size_t n = std::size_t(wa.size()), m = std::size_t(wb.size());
    std::vector<int> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> int & { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) =
                wa[qsizetype(i)] == wb[qsizetype(j)] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    std::vector<bool> markA(n, true), markB(m, true);
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (wa[qsizetype(i)] == wb[qsizetype(j)]) {
            markA[i++] = false;
            markB[j++] = false;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    out.changedLeft = int(std::count(markA.begin(), markA.end(), true));
    out.changedRight = int(std::count(markB.begin(), markB.end(), true));
    out.left = html(a, markA, mark);
    out.right = html(b, markB, mark);
    return out;
}

} // namespace micro::ui
