#include "contextfeatures.h"

#include "util/error.h"

#include <QHash>
#include <algorithm>

namespace micro::core {

FeatureMatrix appendContextOneHot(const Dataset &data, const QStringList &contextOrder)
{
    const int p = data.routerDim(), c = int(contextOrder.size());
    QHash<QString, int> index;
    for (int j = 0; j < c; ++j)
        index.insert(contextOrder[j], j);
    FeatureMatrix out(data.size(), p + c);
    for (int i = 0; i < data.size(); ++i) {
        std::copy(data.router.row(i), data.router.row(i) + p, out.row(i));
        if (std::size_t(i) < data.comparisons.size()) {
            const auto it = index.constFind(data.comparisons[std::size_t(i)].context);
            if (it != index.constEnd())
                out.row(i)[p + it.value()] = 1.f;
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
    return out;
}

} // namespace micro::core
