#include "importoptions.h"

#include "util/error.h"

#include <QJsonArray>

namespace micro::core {

bool ColumnMapping::isEmpty() const
{
    return prompt.isEmpty() && chosen.isEmpty() && rejected.isEmpty() && responseA.isEmpty() && responseB.isEmpty() &&
           label.isEmpty() && context.isEmpty() && group.isEmpty() && id.isEmpty();
}

ColumnMapping ColumnMapping::parse(const QString &text)
{
    ColumnMapping m;
    const QMap<QString, QString ColumnMapping::*> roles{{QStringLiteral("prompt"), &ColumnMapping::prompt},
                                                        {QStringLiteral("chosen"), &ColumnMapping::chosen},
                                                        {QStringLiteral("rejected"), &ColumnMapping::rejected},
                                                        {QStringLiteral("a"), &ColumnMapping::responseA},
                                                        {QStringLiteral("b"), &ColumnMapping::responseB},
                                                        {QStringLiteral("label"), &ColumnMapping::label},
                                                        {QStringLiteral("context"), &ColumnMapping::context},
                                                        {QStringLiteral("group"), &ColumnMapping::group},
                                                        {QStringLiteral("id"), &ColumnMapping::id}};
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString role = part.left(eq).trimmed(), column = part.mid(eq + 1).trimmed();
        if (eq < 0 || column.isEmpty() || !roles.contains(role))
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("map"),
                             QStringLiteral("'%1': expected ROLE=COLUMN with ROLE one of %2")
                                 .arg(part, QStringList(roles.keys()).join(QStringLiteral(", "))));
        QString &target = m.*roles.value(role);
        if (role == QLatin1String("label") && !target.isEmpty()) { // one label column per rater
            target += QLatin1Char('+') + column;
            continue;
        }
        if (!target.isEmpty())
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("map"),
                             QStringLiteral("'%1' is mapped twice (to '%2' and '%3'); only label= may name several "
                                            "columns")
                                 .arg(role, target, column));
        target = column;
    }
    return m;
}

QStringList ColumnMapping::labelColumns() const
{
    return label.split(QLatin1Char('+'), Qt::SkipEmptyParts);
}

QString ColumnMapping::roleList()
{
    return QStringLiteral("prompt, chosen, rejected, a, b, label, context, group, id");
}

QString ColumnMapping::toString() const
{
    QStringList parts;
    auto add = [&](const char *role, const QString &column) {
        if (!column.isEmpty()) parts << QLatin1String(role) + QLatin1Char('=') + column;
    };
    add("prompt", prompt);
    add("chosen", chosen);
    add("rejected", rejected);
    add("a", responseA);
    add("b", responseB);
    add("label", label);
    add("context", context);
    add("group", group);
    add("id", id);
    return parts.join(QLatin1Char(','));
}

LabelValues LabelValues::parse(const QString &text)
{
    LabelValues v;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString role = part.left(eq).trimmed(), value = part.mid(eq + 1).trimmed();
        if (eq < 0 || value.isEmpty())
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("label-values"),
                             QStringLiteral("'%1': expected a=V, b=V or tie=V").arg(part));
        if (role == QLatin1String("a"))
            v.a = value;
        else if (role == QLatin1String("b"))
            v.b = value;
        else if (role == QLatin1String("tie"))
            v.tie = value;
        else
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("label-values"),
                             QStringLiteral("'%1': the roles are a, b and tie").arg(role));
    }
    if (v.a.isEmpty() || v.b.isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("label-values"),
                         QStringLiteral("needs both a=V and b=V"));
    if (v.a == v.b || (!v.tie.isEmpty() && (v.tie == v.a || v.tie == v.b)))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("label-values"),
                         QStringLiteral("a, b and tie need different values"));
    return v;
}

void ImportOptions::validate() const
{
    static const QStringList formats{QStringLiteral("auto"),   QStringLiteral("jsonl"), QStringLiteral("json"),
                                     QStringLiteral("csv"),    QStringLiteral("tsv"),   QStringLiteral("hh"),
                                     QStringLiteral("ratings")};
    if (!formats.contains(format))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("format"),
                         QStringLiteral("'%1': one of %2").arg(format, formats.join(QStringLiteral(", "))));
    if (!(minGap > 0))
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("min-gap"), QStringLiteral("must be > 0"));
    if (maxPairsPerPrompt < 0)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("max-pairs-per-prompt"),
                         QStringLiteral("must be >= 0 (0: no cap)"));
}

int ImportReport::skippedTotal() const
{
    int n = 0;
    for (int v : skipped)
        n += v;
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonObject skip;
    for (auto it = skipped.cbegin(); it != skipped.cend(); ++it)
        skip.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("file"), path},
                       {QStringLiteral("container"), container},
                       {QStringLiteral("shape"), shape},
                       {QStringLiteral("shape_reason"), shapeReason},
                       {QStringLiteral("group_column"), groupColumn},
                       {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("imported"), imported},
                       {QStringLiteral("skipped"), skip},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
                       {QStringLiteral("contexts"), QJsonArray::fromStringList(contexts)},
                       {QStringLiteral("groups"), QJsonArray::fromStringList(groups)},
                       {QStringLiteral("pairs_not_formed"), double(pairsNotFormed)},
                       {QStringLiteral("max_pairs_per_prompt"), maxPairsPerPrompt},
                       {QStringLiteral("bytes"), double(bytes)},
                       {QStringLiteral("seconds"), seconds}};
}

ImportReport ImportReport::fromJson(const QJsonObject &json)
{
    ImportReport r;
    r.path = json.value(QStringLiteral("file")).toString();
    r.container = json.value(QStringLiteral("container")).toString();
    r.shape = json.value(QStringLiteral("shape")).toString();
    r.shapeReason = json.value(QStringLiteral("shape_reason")).toString();
    r.groupColumn = json.value(QStringLiteral("group_column")).toString();
    r.rowsRead = json.value(QStringLiteral("rows_read")).toInt();
    r.imported = json.value(QStringLiteral("imported")).toInt();
    const QJsonObject skip = json.value(QStringLiteral("skipped")).toObject();
    for (auto it = skip.constBegin(); it != skip.constEnd(); ++it)
        r.skipped.insert(it.key(), it.value().toInt());
    for (const QJsonValue &v : json.value(QStringLiteral("problems")).toArray())
        r.problems << v.toString();
    for (const QJsonValue &v : json.value(QStringLiteral("contexts")).toArray())
        r.contexts << v.toString();
    for (const QJsonValue &v : json.value(QStringLiteral("groups")).toArray())
        r.groups << v.toString();
    r.pairsNotFormed = qint64(json.value(QStringLiteral("pairs_not_formed")).toDouble());
    r.maxPairsPerPrompt = json.value(QStringLiteral("max_pairs_per_prompt")).toInt();
    r.bytes = qint64(json.value(QStringLiteral("bytes")).toDouble());
    r.seconds = json.value(QStringLiteral("seconds")).toDouble();
    return r;
}

} // namespace micro::core
