#include "sourcerow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <simdjson.h>

namespace micro::core {

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString numberText(double v)
{
    // Labels written as 1.0 mean 1: integral values print without a fraction.
    if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15) return QString::number(qint64(v));
    return QString::number(v, 'g', 17);
}

bool elementText(const simdjson::dom::element &e, QString *out)
{
    switch (e.type()) {
    case simdjson::dom::element_type::STRING:
        *out = fromView(std::string_view(e));
        return true;
    case simdjson::dom::element_type::INT64:
        *out = QString::number(int64_t(e));
        return true;
    case simdjson::dom::element_type::UINT64:
        *out = QString::number(uint64_t(e));
        return true;
    case simdjson::dom::element_type::DOUBLE:
        *out = numberText(double(e));
        return true;
    case simdjson::dom::element_type::BOOL:
        *out = bool(e) ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    default:
        return false;
    }
}

bool elementNumber(const simdjson::dom::element &e, double *out)
{
    switch (e.type()) {
    case simdjson::dom::element_type::INT64:
        *out = double(int64_t(e));
        return true;
    case simdjson::dom::element_type::UINT64:
        *out = double(uint64_t(e));
        return true;
    case simdjson::dom::element_type::DOUBLE:
        *out = double(e);
        return true;
    case simdjson::dom::element_type::STRING: {
        bool ok = false;
        *out = fromView(std::string_view(e)).trimmed().toDouble(&ok);
        return ok && std::isfinite(*out);
    }
    default:
        return false;
    }
}

} // namespace

struct JsonRow::Impl
{
    simdjson::dom::object object;
    bool find(std::string_view key, simdjson::dom::element *e) const
    {
        return object.at_key(key).get(*e) == simdjson::SUCCESS;
    }
};

JsonRow::JsonRow(const simdjson::dom::object &object) : d(new Impl{object}) {}
JsonRow::~JsonRow()
{
    delete d;
}

QStringList JsonRow::keys() const
{
    QStringList out;
    for (auto field : d->object)
        out << fromView(field.key);
    return out;
}

ValueKind JsonRow::kind(std::string_view key) const
{
    simdjson::dom::element e;
    if (!d->find(key, &e)) return ValueKind::Missing;
    switch (e.type()) {
    case simdjson::dom::element_type::ARRAY:
        return ValueKind::Array;
    case simdjson::dom::element_type::OBJECT:
        return ValueKind::Object;
    case simdjson::dom::element_type::STRING:
        return ValueKind::String;
    case simdjson::dom::element_type::BOOL:
        return ValueKind::Bool;
    case simdjson::dom::element_type::NULL_VALUE:
        return ValueKind::Null;
    default:
        return ValueKind::Number;
    }
}

bool JsonRow::text(std::string_view key, QString *out) const
{
    simdjson::dom::element e;
    return d->find(key, &e) && elementText(e, out);
}

bool JsonRow::number(std::string_view key, double *out) const
{
    simdjson::dom::element e;
    return d->find(key, &e) && elementNumber(e, out);
}

bool JsonRow::stringList(std::string_view key, QStringList *out) const
{
    simdjson::dom::element e;
    simdjson::dom::array a;
    if (!d->find(key, &e) || e.get(a) != simdjson::SUCCESS) return false;
    out->clear();
    for (simdjson::dom::element item : a) {
        std::string_view s;
        if (item.get(s) != simdjson::SUCCESS) return false;
        out->push_back(fromView(s));
    }
    return true;
}

bool JsonRow::numberList(std::string_view key, std::vector<double> *out) const
{
    simdjson::dom::element e;
    simdjson::dom::array a;
    if (!d->find(key, &e) || e.get(a) != simdjson::SUCCESS) return false;
    out->clear();
    for (simdjson::dom::element item : a) {
        double v;
        if (!elementNumber(item, &v)) return false;
        out->push_back(v);
    }
    return true;
}

bool JsonRow::messages(std::string_view key, std::vector<Message> *out) const
{
    simdjson::dom::element e;
    simdjson::dom::array a;
    if (!d->find(key, &e) || e.get(a) != simdjson::SUCCESS) return false;
    out->clear();
    for (simdjson::dom::element item : a) {
        simdjson::dom::object m;
        std::string_view role, content;
        if (item.get(m) != simdjson::SUCCESS || m.at_key("role").get(role) != simdjson::SUCCESS ||
            m.at_key("content").get(content) != simdjson::SUCCESS)
            return false;
        out->push_back({fromView(role), fromView(content)});
    }
    return true;
}

const QString *DelimitedRow::cell(std::string_view key) const
{
    const auto it = m_columns.constFind(fromView(key));
    if (it == m_columns.constEnd() || it.value() >= m_fields.size()) return nullptr;
    return &m_fields[it.value()];
}

ValueKind DelimitedRow::kind(std::string_view key) const
{
    const QString *c = cell(key);
    if (!c) return ValueKind::Missing;
    return c->startsWith(QLatin1Char('[')) ? ValueKind::Array : ValueKind::String;
}

bool DelimitedRow::text(std::string_view key, QString *out) const
{
    const QString *c = cell(key);
    if (!c) return false;
    *out = *c;
    return true;
}

bool DelimitedRow::number(std::string_view key, double *out) const
{
    const QString *c = cell(key);
    bool ok = false;
    if (c) *out = c->trimmed().toDouble(&ok);
    return ok && std::isfinite(*out); // "nan" / "inf" are not scores
}

// A CSV cell holding a JSON array (lists and conversations written by pandas or by hand).
static bool cellArray(const QString *cell, QJsonArray *out)
{
    if (!cell) return false;
    const QJsonDocument doc = QJsonDocument::fromJson(cell->toUtf8());
    if (!doc.isArray()) return false;
    *out = doc.array();
    return true;
}

bool DelimitedRow::stringList(std::string_view key, QStringList *out) const
{
    QJsonArray a;
    if (!cellArray(cell(key), &a)) return false;
    out->clear();
    for (const QJsonValue &v : a) {
        if (!v.isString()) return false;
        out->push_back(v.toString());
    }
    return true;
}

bool DelimitedRow::numberList(std::string_view key, std::vector<double> *out) const
{
    QJsonArray a;
    if (!cellArray(cell(key), &a)) return false;
    out->clear();
    for (const QJsonValue &v : a) {
        if (!v.isDouble()) return false;
        out->push_back(v.toDouble());
    }
    return true;
}

bool DelimitedRow::messages(std::string_view key, std::vector<Message> *out) const
{
    QJsonArray a;
    if (!cellArray(cell(key), &a)) return false;
    out->clear();
    for (const QJsonValue &v : a) {
        const QJsonObject m = v.toObject();
        if (!m.value(QStringLiteral("role")).isString() || !m.value(QStringLiteral("content")).isString()) return false;
        out->push_back({m.value(QStringLiteral("role")).toString(), m.value(QStringLiteral("content")).toString()});
    }
    return true;
}

} // namespace micro::core
