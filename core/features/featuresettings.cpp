#include "featuresettings.h"

#include "encoderpackage.h"
#include "util/error.h"

namespace micro::core {

namespace {
const char *storedKind(FeatureSettings::Kind kind)
{
    switch (kind) {
    case FeatureSettings::Kind::Encoder:
        return "encoder";
    case FeatureSettings::Kind::Both:
        return "encoder+hashed-tfidf";
    case FeatureSettings::Kind::TfIdf:
        break;
    }
    return "hashed-tfidf";
}
} // namespace

QJsonObject FeatureSettings::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), QLatin1String(storedKind(kind))},
                     {QStringLiteral("context_in_router"), contextInRouter},
                     {QStringLiteral("length_feature"), lengthFeature}};
    if (usesTfIdf()) { // only what changes the features is part of their identity
        json.insert(QStringLiteral("dimension"), dimension);
        json.insert(QStringLiteral("bigrams"), bigrams);
        json.insert(QStringLiteral("context_dimension"), contextDimension);
        json.insert(QStringLiteral("reduced_width"), reducedWidth);
        json.insert(QStringLiteral("seed"), QString::number(seed));
    }
    if (usesEncoder()) json.insert(QStringLiteral("encoder"), EncoderPackage::modelKey());
    return json;
}

FeatureSettings::Kind FeatureSettings::kindFromName(const QString &name)
{
    if (name == QLatin1String("tfidf")) return Kind::TfIdf;
    if (name == QLatin1String("encoder")) return Kind::Encoder;
    if (name == QLatin1String("both")) return Kind::Both;
    throw MicroError(ErrorCode::InvalidOption, QStringLiteral("features"),
                     QStringLiteral("\"%1\": expected encoder, tfidf or both").arg(name));
}

QString FeatureSettings::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Encoder:
        return QStringLiteral("encoder");
    case Kind::Both:
        return QStringLiteral("both");
    case Kind::TfIdf:
        break;
    }
    return QStringLiteral("tfidf");
}

bool FeatureSettings::madeFromText(const QJsonObject &storedFeatures)
{
    const QString kind = storedFeatures.value(QStringLiteral("kind")).toString();
    for (Kind k : {Kind::TfIdf, Kind::Encoder, Kind::Both})
        if (kind == QLatin1String(storedKind(k))) return true;
    return false;
}

FeatureSettings::Kind FeatureSettings::defaultKind()
{
    return EncoderPackage::locate().isEmpty() ? Kind::TfIdf : Kind::Encoder;
}

FeatureSettings FeatureSettings::fromJson(const QJsonObject &json)
{
    FeatureSettings s;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    s.kind = kind == QLatin1String("encoder")                ? Kind::Encoder
             : kind == QLatin1String("encoder+hashed-tfidf") ? Kind::Both
                                                             : Kind::TfIdf;
    s.dimension = json.value(QStringLiteral("dimension")).toInt(s.dimension);
    s.bigrams = json.value(QStringLiteral("bigrams")).toBool(s.bigrams);
    s.contextInRouter = json.value(QStringLiteral("context_in_router")).toBool(s.contextInRouter);
    s.lengthFeature = json.value(QStringLiteral("length_feature")).toBool(s.lengthFeature);
    s.contextDimension = json.value(QStringLiteral("context_dimension")).toInt(s.contextDimension);
    s.reducedWidth = json.value(QStringLiteral("reduced_width")).toInt(s.reducedWidth);
    if (json.contains(QStringLiteral("seed"))) s.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
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
    if (kind == Kind::Encoder) {
        QString s = QStringLiteral("enc");
        if (!lengthFeature) s += QStringLiteral("-nolen");
        s += contextInRouter ? QStringLiteral("-ctx") : QStringLiteral("-noctx");
        return s;
    }
    QString s = kind == Kind::Both ? QStringLiteral("enc+h%1").arg(dimension) : QStringLiteral("h%1").arg(dimension);
    if (!bigrams) s += QStringLiteral("-uni");
    if (!lengthFeature) s += QStringLiteral("-nolen");
    s += contextInRouter ? QStringLiteral("-ctx") : QStringLiteral("-noctx");
    if (contextDimension != FeatureSettings().contextDimension) s += QStringLiteral("-c%1").arg(contextDimension);
    if (reducedWidth > 0) s += QStringLiteral("-rp%1").arg(reducedWidth);
    if (seed != FeatureSettings().seed && reducedWidth > 0) // the seed only matters to the projection
        s += QStringLiteral("-s%1").arg(seed);
    return s;
}

} // namespace micro::core
