#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <utility>
#include <vector>

namespace micro::core {

struct DelimitedRecord
{
    int line = 0; // 1-based line where the record starts
    QStringList fields;
};

struct DelimitedTable
{
    QStringList header;
    std::vector<DelimitedRecord> records;
    // (line, detail) of records that could not be read, in file order; the caller decides
    // whether to skip-and-count or stop. The line is where the record starts, except for
    // "unterminated quoted field", which names the line of the opening quote.
    std::vector<std::pair<int, QString>> errors;
};

// RFC 4180 reader for CSV (',') and TSV ('\t') already in memory (see readTextFile). A quote
// opens a quoted field only as a field's first character (elsewhere it is data, as TSV
// writers expect); quoted fields may hold the delimiter, doubled quotes and line breaks.
// Empty lines are skipped. Per-record problems go to `errors`: a wrong field count
// ("expected N fields, found M"), invalid UTF-8 ("invalid UTF-8 at byte B", B 1-based within
// the record), text after a closing quote; reading stops at "unterminated quoted field" and at
// a record longer than kMaxRecordBytes. Throws MicroError(BadFormat, path, "line 1: ...") when
// the header is missing, unreadable or names a column twice.
DelimitedTable readDelimited(const QByteArray &content, char delimiter, const QString &path);

// '\t' when the first record has at least one tab and no fewer tabs than commas outside
// quotes, else ','.
char sniffDelimiter(const QByteArray &content);

} // namespace micro::core
