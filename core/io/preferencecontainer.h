#pragma once

// Internal to the preference importer (preferenceimporter.cpp, preferencepreview.cpp): how a
// file's records are packed (the container) and where each JSON record lies, shared by the
// import and its preview so both choose the same way.

#include <QByteArray>
#include <QString>
#include <vector>

namespace micro::core::records {

enum class Container
{
    Jsonl,
    JsonArray,
    Csv,
    Tsv
};

// The name a report shows: jsonl, json, csv or tsv.
QString containerName(Container c);

// The user's --format if given, else the file name's extension (.gz stripped), else the
// content: '[' is a JSON array, '{' JSONL, otherwise CSV or TSV by the sniffed delimiter.
Container chooseContainer(const QString &path, const QString &format, const QByteArray &content);

// One record's bytes and where it starts.
struct Span
{
    qint64 offset = 0;
    qint64 length = 0;
    int line = 0;
};

// Top-level elements of a JSON array, found by a string-aware bracket scan, so each one can
// be parsed (and its errors reported with a line) on its own. Throws BadFormat (subject =
// path) when the content is not an array or, unless prefixOnly (the head of a larger file:
// the elements complete so far), when the array is not closed.
std::vector<Span> arrayElements(const QByteArray &content, const QString &path, bool prefixOnly = false);

} // namespace micro::core::records
