#include "dataset.h"

#include "util/error.h"

#include <QHash>
#include <cmath>

namespace micro::core {

static std::vector<int> indexLabels(const std::vector<Comparison> &rows, QString Comparison::*field, QStringList *names)
{
    QHash<QString, int> index;
    QStringList order;
    std::vector<int> out;
    out.reserve(rows.size());
    for (const Comparison &c : rows) {
        const QString &label = c.*field;
        if (label.isEmpty()) {
            out.push_back(-1);
            continue;
        }
        auto it = index.constFind(label);
        if (it == index.constEnd()) {
            it = index.insert(label, int(order.size()));
            order.push_back(label);
        }
        out.push_back(it.value());
    }
    if (names) *names = order;
    return out;
}

// A dataset may carry features without comparisons (validate() allows it): every row is
// then unlabelled, and callers index the result by row, so it always has size() entries.
std::vector<int> Dataset::knownGroupIndices(QStringList *names) const
{
    if (comparisons.empty()) {
        if (names) names->clear();
        return std::vector<int>(std::size_t(size()), -1);
    }
    return indexLabels(comparisons, &Comparison::knownGroup, names);
}

std::vector<int> Dataset::contextIndices(QStringList *names) const
{
    if (comparisons.empty()) {
        if (names) names->clear();
        return std::vector<int>(std::size_t(size()), -1);
    }
    return indexLabels(comparisons, &Comparison::context, names);
}

QStringList Dataset::sortedContexts() const
{
    QStringList names;
    contextIndices(&names);
    names.sort();
    return names;
}

bool Dataset::hasKnownGroups() const
{
    for (const Comparison &c : comparisons)
        if (!c.knownGroup.isEmpty()) return true;
    return false;
}

static void checkFinite(const FeatureMatrix &m, const QString &what)
{
    for (int i = 0; i < m.rows; ++i) {
        const float *r = m.row(i);
        for (int j = 0; j < m.cols; ++j)
            if (!std::isfinite(r[j]))
                throw MicroError(ErrorCode::NonFinite, what, QStringLiteral("row %1, column %2").arg(i + 1).arg(j + 1));
    }
}

static void checkSparse(const SparseMatrix &m, const QString &what)
{
    // Offsets and columns are checked before anything indexes with them: a damaged file
    // must give an error, not a read outside the arrays.
    if (int(m.rowStart.size()) != m.rows + 1 || m.rowStart.front() != 0 ||
        m.rowStart.back() != qint64(m.index.size()) || m.index.size() != m.values.size())
        throw MicroError(ErrorCode::ShapeMismatch, what, QStringLiteral("row offsets do not match the entries"));
    for (int i = 0; i < m.rows; ++i) {
        const qint64 b = m.rowStart[std::size_t(i)], e = m.rowStart[std::size_t(i) + 1];
        if (e < b)
            throw MicroError(ErrorCode::ShapeMismatch, what, QStringLiteral("row %1 has negative length").arg(i + 1));
        for (qint64 j = b; j < e; ++j) {
            const int c = m.index[std::size_t(j)];
            if (c < 0 || c >= m.cols)
                throw MicroError(ErrorCode::ShapeMismatch, what,
                                 QStringLiteral("row %1: column %2 out of range").arg(i + 1).arg(c));
            if (!std::isfinite(m.values[std::size_t(j)]))
                throw MicroError(ErrorCode::NonFinite, what, QStringLiteral("row %1, column %2").arg(i + 1).arg(c + 1));
        }
    }
}

void Dataset::validate() const
{
    if (!split.empty() && int(split.size()) != size())
        throw MicroError(ErrorCode::ShapeMismatch, name,
                         QStringLiteral("%1 split entries vs %2 rows").arg(split.size()).arg(size()));
    if (isSparse()) {
        if (!diff.isEmpty() || !router.isEmpty())
            throw MicroError(ErrorCode::ShapeMismatch, name, QStringLiteral("both dense and sparse features"));
        if (diffSparse.rows != routerSparse.rows)
            throw MicroError(
                ErrorCode::ShapeMismatch, name,
                QStringLiteral("%1 difference rows vs %2 router rows").arg(diffSparse.rows).arg(routerSparse.rows));
        if (!comparisons.empty() && int(comparisons.size()) != diffSparse.rows)
            throw MicroError(
                ErrorCode::ShapeMismatch, name,
                QStringLiteral("%1 comparisons vs %2 feature rows").arg(comparisons.size()).arg(diffSparse.rows));
        if (diffSparse.cols <= 0)
            throw MicroError(ErrorCode::ShapeMismatch, name, QStringLiteral("no feature columns"));
        checkSparse(diffSparse, name + QStringLiteral(" (response differences)"));
        checkSparse(routerSparse, name + QStringLiteral(" (router inputs)"));
        return;
    }
    if (diff.rows != router.rows)
        throw MicroError(ErrorCode::ShapeMismatch, name,
                         QStringLiteral("%1 difference rows vs %2 router rows").arg(diff.rows).arg(router.rows));
    if (!comparisons.empty() && int(comparisons.size()) != diff.rows)
        throw MicroError(ErrorCode::ShapeMismatch, name,
                         QStringLiteral("%1 comparisons vs %2 feature rows").arg(comparisons.size()).arg(diff.rows));
    if (diff.cols <= 0 || diff.rows <= 0)
        throw MicroError(ErrorCode::ShapeMismatch, name, QStringLiteral("no feature rows"));
    checkFinite(diff, name + QStringLiteral(" (response differences)"));
    checkFinite(router, name + QStringLiteral(" (router inputs)"));
}

} // namespace micro::core
