#include "contextfeatures.h"

#include "util/error.h"

#include <QHash>
#include <algorithm>

namespace micro::core {

FeatureMatrix appendContextOneHot(const Dataset &data, const QStringList &contextOrder)
{
    if (data.isSparse())
        throw MicroError(ErrorCode::Internal, data.name, QStringLiteral("dense one-hot of sparse features"));
    const int p = data.routerDim(), c = int(contextOrder.size());
    QHash<QString, int> index;
    for (int j = 0; j < c; ++j)
        index.insert(contextOrder[j], j);
    FeatureMatrix out(data.size(), p + c);
    for (int i = 0; i < data.size(); ++i) {
        std::copy(data.router.row(i), data.router.row(i) + p, out.row(i));
        if (std::size_t(i) < data.comparisons.size()) {
            const auto it = index.constFind(data.comparisons[std::size_t(i)].context);
            if (it != index.constEnd()) out.row(i)[p + it.value()] = 1.f;
        }
    }
    return out;
}

Dataset withRouterInput(const Dataset &data, FeatureMatrix router)
{
    if (router.rows != data.size())
        throw MicroError(ErrorCode::ShapeMismatch, data.name,
                         QStringLiteral("%1 router rows for %2 comparisons").arg(router.rows).arg(data.size()));
    Dataset out;
    out.name = data.name;
    out.source = data.source;
    out.comparisons = data.comparisons;
    out.diff = data.diff;
    out.router = std::move(router);
    out.truth = data.truth;
    out.split = data.split;
    out.features = data.features;
    out.provenance = data.provenance;
    return out;
}

Dataset withContextOneHot(const Dataset &data, const QStringList &contextOrder)
{
    if (!data.isSparse()) return withRouterInput(data, appendContextOneHot(data, contextOrder));
    const int p = data.routerDim();
    QHash<QString, int> index;
    for (int j = 0; j < int(contextOrder.size()); ++j)
        index.insert(contextOrder[j], j);
    Dataset out;
    out.name = data.name;
    out.source = data.source;
    out.comparisons = data.comparisons;
    out.diffSparse = data.diffSparse;
    out.truth = data.truth;
    out.split = data.split;
    out.features = data.features;
    out.provenance = data.provenance;
    SparseMatrix &r = out.routerSparse;
    r.cols = p + int(contextOrder.size());
    r.index.reserve(data.routerSparse.index.size() + std::size_t(data.size()));
    r.values.reserve(r.index.capacity());
    r.rowStart.reserve(std::size_t(data.size()) + 1);
    for (int i = 0; i < data.size(); ++i) {
        const SparseRow row = data.routerSparse.row(i);
        r.index.insert(r.index.end(), row.index, row.index + row.count);
        r.values.insert(r.values.end(), row.value, row.value + row.count);
        if (std::size_t(i) < data.comparisons.size()) {
            const auto it = index.constFind(data.comparisons[std::size_t(i)].context);
            if (it != index.constEnd()) {
                r.index.push_back(p + it.value());
                r.values.push_back(1.f);
            }
        }
        r.rowStart.push_back(qint64(r.index.size()));
        ++r.rows;
    }
    return out;
}

} // namespace micro::core
