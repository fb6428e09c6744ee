#pragma once

#include "transcripts.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <string_view>
#include <vector>

namespace simdjson::dom {
class object;
}

namespace micro::core {

enum class ValueKind
{
    Missing,
    Null,
    Bool,
    Number,
    String,
    Array,
    Object
};

// One input row, whatever the container (a JSON object or a CSV/TSV record), seen through
// the few questions the row shapes ask of it. Keys are UTF-8 column names.
class SourceRow
{
public:
    virtual ~SourceRow() = default;
    virtual QStringList keys() const = 0;
    virtual ValueKind kind(std::string_view key) const = 0;
    // A string value; a number or bool rendered as text ("1", "2.5", "true") so labels read
    // alike from JSON and CSV. False for other kinds.
    virtual bool text(std::string_view key, QString *out) const = 0;
    // A number, or a string holding one (CSV). False otherwise.
    virtual bool number(std::string_view key, double *out) const = 0;
    virtual bool stringList(std::string_view key, QStringList *out) const = 0;
    virtual bool numberList(std::string_view key, std::vector<double> *out) const = 0;
    // A conversation: an array of {role, content} objects.
    virtual bool messages(std::string_view key, std::vector<Message> *out) const = 0;

    bool has(std::string_view key) const { return kind(key) != ValueKind::Missing; }
};

// A row of a JSON/JSONL file, parsed by simdjson (valid only while its parser lives).
class JsonRow : public SourceRow
{
public:
    explicit JsonRow(const simdjson::dom::object &object);
    ~JsonRow() override;
    QStringList keys() const override;
    ValueKind kind(std::string_view key) const override;
    bool text(std::string_view key, QString *out) const override;
    bool number(std::string_view key, double *out) const override;
    bool stringList(std::string_view key, QStringList *out) const override;
    bool numberList(std::string_view key, std::vector<double> *out) const override;
    bool messages(std::string_view key, std::vector<Message> *out) const override;

private:
    struct Impl;
    Impl *d;
};

// A CSV/TSV record: every cell is text; a cell holding a JSON array is read as a list.
class DelimitedRow : public SourceRow
{
public:
    DelimitedRow(const QHash<QString, int> &columns, const QStringList &header, const QStringList &fields)
        : m_columns(columns), m_header(header), m_fields(fields)
    {
    }
    QStringList keys() const override { return m_header; }
    ValueKind kind(std::string_view key) const override;
    bool text(std::string_view key, QString *out) const override;
    bool number(std::string_view key, double *out) const override;
    bool stringList(std::string_view key, QStringList *out) const override;
    bool numberList(std::string_view key, std::vector<double> *out) const override;
    bool messages(std::string_view key, std::vector<Message> *out) const override;

private:
    const QString *cell(std::string_view key) const;
    const QHash<QString, int> &m_columns;
    const QStringList &m_header;
    const QStringList &m_fields;
};

} // namespace micro::core
