#include "featuresettings.h"

#include "util/error.h"

namespace micro::core {

QJsonObject FeatureSettings::toJson() const
{
    return QJsonObject{{QStringLiteral("kind"), QStringLiteral("hashed-tfidf")},
                       {QStringLiteral("dimension"), dimension},
                       {QStringLiteral("bigrams"), bigrams},
                       {QStringLiteral("context_in_router"), contextInRouter},
                       {QStringLiteral("length_feature"), lengthFeature},
                       {QStringLiteral("context_dimension"), contextDimension},
                       {QStringLiteral("reduced_width"), reducedWidth},
                       {QStringLiteral("seed"), QString::number(seed)}};
}

FeatureSettings FeatureSettings::fromJson(const QJsonObject &json)
{
    FeatureSettings s;
    s.dimension = json.value(QStringLiteral("dimension")).toInt(s.dimension);
    s.bigrams = json.value(QStringLiteral("bigrams")).toBool(s.bigrams);
    s.contextInRouter = json.value(QStringLiteral("context_in_router")).toBool(s.contextInRouter);
    s.lengthFeature = json.value(QStringLiteral("length_feature")).toBool(s.lengthFeature);
    s.contextDimension = json.value(QStringLiteral("context_dimension")).toInt(s.contextDimension);
    s.reducedWidth = json.value(QStringLiteral("reduced_width")).toInt(s.reducedWidth);
    s.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    return s;
}

void FeatureSettings::validate() const
{
    // Bounded so that dimension + context block (and any parameter vector over them)
    // stays well inside int indexing.
    if (dimension < 16 || dimension > (1 << 24))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("hash-dim"),
                         QStringLiteral("must be between 16 and 16777216"));
    if (contextDimension < 1 || contextDimension > (1 << 16))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("context-dim"),
                         QStringLiteral("must be between 1 and 65536"));
    if (reducedWidth < 0 || reducedWidth > 4096)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("reduce"),
                         QStringLiteral("must be between 0 (none) and 4096"));
}

QString FeatureSettings::label() const
{
    QString s = QStringLiteral("h%1").arg(dimension);
    if (!bigrams)
        s += QStringLiteral("-uni");
    if (!lengthFeature)
        s += QStringLiteral("-nolen");
    s += contextInRouter ? QStringLiteral("-ctx") : QStringLiteral("-noctx");
    if (contextDimension != FeatureSettings().contextDimension)
        s += QStringLiteral("-c%1").arg(contextDimension);
    if (reducedWidth > 0)
        s += QStringLiteral("-rp%1").arg(reducedWidth);
    if (seed != FeatureSettings().seed && reducedWidth > 0) // the seed only matters to the projection
        s += QStringLiteral("-s%1").arg(seed);
    return s;
}

} // namespace micro::core
