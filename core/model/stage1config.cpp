#include "stage1config.h"

#include "util/threads.h"

#include "util/error.h"

#include <QThread>
#include <cmath>

namespace micro::core {

QString modelKindName(ModelKind kind)
{
    switch (kind) {
    case ModelKind::Micro:
        return QStringLiteral("micro");
    case ModelKind::Single:
        return QStringLiteral("single");
    case ModelKind::Static:
        return QStringLiteral("static");
    }
    return {};
}

QString routerKindName(RouterKind kind)
{
    return kind == RouterKind::Mlp ? QStringLiteral("mlp") : QStringLiteral("linear");
}

QString initMethodName(InitMethod init)
{
    return init == InitMethod::Random ? QStringLiteral("random") : QStringLiteral("clusters");
}

bool parseInitMethod(const QString &text, InitMethod *out)
{
    for (InitMethod m : {InitMethod::Random, InitMethod::Clusters})
        if (text == initMethodName(m)) {
            *out = m;
            return true;
        }
    return false;
}

bool parseModelKind(const QString &text, ModelKind *out)
{
    for (ModelKind k : {ModelKind::Micro, ModelKind::Single, ModelKind::Static})
        if (text == modelKindName(k)) {
            *out = k;
            return true;
        }
    return false;
}

bool parseRouterKind(const QString &text, RouterKind *out)
{
    for (RouterKind k : {RouterKind::Linear, RouterKind::Mlp})
        if (text == routerKindName(k)) {
            *out = k;
            return true;
        }
    return false;
}

int Stage1Config::effectiveThreads() const
{
    return effectiveThreadCount(threads);
}

void Stage1Config::validate() const
{
    auto fail = [](const char *option, const QString &constraint) {
        throw MicroError(ErrorCode::InvalidOption, QString::fromLatin1(option), constraint);
    };
    if (k < 1) fail("k", QStringLiteral("%1 given, must be at least 1").arg(k));
    if (k > 256) fail("k", QStringLiteral("%1 given, must be at most 256").arg(k));
    if (batch <= 0) fail("batch", QStringLiteral("%1 given, must be at least 1").arg(batch));
    if (epochs <= 0) fail("epochs", QStringLiteral("%1 given, must be at least 1").arg(epochs));
    if (!(lr > 0) || !std::isfinite(lr)) fail("lr", QStringLiteral("%1 given, must be a positive number").arg(lr));
    if (!(alpha >= 0) || !std::isfinite(alpha))
        fail("alpha", QStringLiteral("%1 given, must be zero or positive").arg(alpha));
    if (!(weightDecay >= 0))
        fail("weight-decay", QStringLiteral("%1 given, must be zero or positive").arg(weightDecay));
    if (!(valFraction >= 0 && valFraction < 1))
        fail("val", QStringLiteral("%1 given, must be in [0, 1)").arg(valFraction));
    if (!(warmupFraction >= 0 && warmupFraction < 1))
        fail("warmup", QStringLiteral("%1 given, must be in [0, 1)").arg(warmupFraction));
    if (hidden < 1) fail("hidden", QStringLiteral("%1 given, must be at least 1").arg(hidden));
    if (fit == FitMethod::Em && (router == RouterKind::Mlp || model == ModelKind::Static))
        fail("fit", QStringLiteral("EM fits the linear router (model micro or single) only"));
    if (fit == FitMethod::Em && effectiveK() > 64)
        fail("k", QStringLiteral("%1 given, EM fits at most 64 heads").arg(k));
    if (emRestarts < 0) fail("restarts", QStringLiteral("%1 given, must be zero or more").arg(emRestarts));
    if (!(emRidge >= 0) || !std::isfinite(emRidge))
        fail("ridge", QStringLiteral("%1 given, must be zero or positive").arg(emRidge));
    if (emIterations < 1) fail("iterations", QStringLiteral("%1 given, must be at least 1").arg(emIterations));
    if (patience < 0) fail("patience", QStringLiteral("%1 given, must be zero (off) or more").arg(patience));
    if (threads < 0) fail("threads", QStringLiteral("%1 given, must be zero (all cores) or more").arg(threads));
    if (blockRows < 0)
        fail("block-rows", QStringLiteral("%1 given, must be zero (shuffle all rows) or more").arg(blockRows));
    if (workers < 0)
        fail("workers", QStringLiteral("%1 given, must be zero (follow the idle cores) or more").arg(workers));
}

QJsonObject Stage1Config::toJson() const
{
    return QJsonObject{
        {QStringLiteral("model"), modelKindName(model)},
        {QStringLiteral("k"), effectiveK()},
        {QStringLiteral("router"), routerKindName(router)},
        {QStringLiteral("hidden"), hidden},
        {QStringLiteral("alpha"), alpha},
        {QStringLiteral("epochs"), epochs},
        {QStringLiteral("batch"), batch},
        {QStringLiteral("lr"), lr},
        {QStringLiteral("weight_decay"), weightDecay},
        {QStringLiteral("warmup"), warmupFraction},
        {QStringLiteral("seed"), QString::number(seed)},
        {QStringLiteral("val"), valFraction},
        {QStringLiteral("threads"), threads},
        {QStringLiteral("block_rows"), blockRows},
        {QStringLiteral("fit"), fit == FitMethod::Em ? QStringLiteral("em") : QStringLiteral("gradient")},
        {QStringLiteral("em_restarts"), emRestarts},
        {QStringLiteral("em_iterations"), emIterations},
        {QStringLiteral("em_tolerance"), emTolerance},
        {QStringLiteral("em_ridge"), emRidge},
        {QStringLiteral("init"), initMethodName(init)},
        {QStringLiteral("patience"), patience},
        {QStringLiteral("keep_best_epoch"), keepBestEpoch},
        {QStringLiteral("lr_auto"), lrAuto},
        {QStringLiteral("alpha_auto"), alphaAuto},
    };
}

Stage1Config Stage1Config::fromJson(const QJsonObject &json)
{
    Stage1Config c;
    parseModelKind(json.value(QStringLiteral("model")).toString(), &c.model);
    parseRouterKind(json.value(QStringLiteral("router")).toString(), &c.router);
    c.k = json.value(QStringLiteral("k")).toInt(c.k);
    c.hidden = json.value(QStringLiteral("hidden")).toInt(c.hidden);
    c.alpha = json.value(QStringLiteral("alpha")).toDouble(c.alpha);
    c.epochs = json.value(QStringLiteral("epochs")).toInt(c.epochs);
    c.batch = json.value(QStringLiteral("batch")).toInt(c.batch);
    c.lr = json.value(QStringLiteral("lr")).toDouble(c.lr);
    c.weightDecay = json.value(QStringLiteral("weight_decay")).toDouble(c.weightDecay);
    c.warmupFraction = json.value(QStringLiteral("warmup")).toDouble(c.warmupFraction);
    c.seed = json.value(QStringLiteral("seed")).toString().toULongLong();
    c.valFraction = json.value(QStringLiteral("val")).toDouble(c.valFraction);
    c.threads = json.value(QStringLiteral("threads")).toInt(c.threads);
    c.blockRows = json.value(QStringLiteral("block_rows")).toInt(0);
    c.fit = json.value(QStringLiteral("fit")).toString() == QLatin1String("em") ? FitMethod::Em : FitMethod::Gradient;
    c.emRestarts = json.value(QStringLiteral("em_restarts")).toInt(c.emRestarts);
    c.emIterations = json.value(QStringLiteral("em_iterations")).toInt(c.emIterations);
    c.emTolerance = json.value(QStringLiteral("em_tolerance")).toDouble(c.emTolerance);
    c.emRidge = json.value(QStringLiteral("em_ridge")).toDouble(c.emRidge);
    // Runs stored before these options existed were fitted from a random start to the last
    // epoch: read them back as what they were.
    c.init = InitMethod::Random;
    parseInitMethod(json.value(QStringLiteral("init")).toString(), &c.init);
    c.patience = json.value(QStringLiteral("patience")).toInt(0);
    c.keepBestEpoch = json.value(QStringLiteral("keep_best_epoch")).toBool(false);
    c.lrAuto = json.value(QStringLiteral("lr_auto")).toBool(false);
    c.alphaAuto = json.value(QStringLiteral("alpha_auto")).toBool(false);
    return c;
}

} // namespace micro::core
