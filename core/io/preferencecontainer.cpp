#include "preferencecontainer.h"

#include "delimitedtable.h"
#include "textinput.h"
#include "util/error.h"

#include <QFileInfo>
#include <cctype>

namespace micro::core::records {

namespace {

char firstNonSpace(const QByteArray &content)
{
    for (char c : content)
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return c;
    return 0;
}

} // namespace

QString containerName(Container c)
{
    switch (c) {
    case Container::Jsonl:
        return QStringLiteral("jsonl");
    case Container::JsonArray:
        return QStringLiteral("json");
    case Container::Csv:
        return QStringLiteral("csv");
    case Container::Tsv:
        return QStringLiteral("tsv");
    }
    return {};
}

Container chooseContainer(const QString &path, const QString &format, const QByteArray &content)
{
    if (format == QLatin1String("jsonl")) return Container::Jsonl;
    if (format == QLatin1String("json")) return firstNonSpace(content) == '[' ? Container::JsonArray : Container::Jsonl;
    if (format == QLatin1String("csv")) return Container::Csv;
    if (format == QLatin1String("tsv")) return Container::Tsv;
    QString name = QFileInfo(path).fileName().toLower();
    if (name.endsWith(QLatin1String(".gz"))) name.chop(3);
    if (name.endsWith(QLatin1String(".jsonl")) || name.endsWith(QLatin1String(".ndjson"))) return Container::Jsonl;
    if (name.endsWith(QLatin1String(".json")))
        return firstNonSpace(content) == '[' ? Container::JsonArray : Container::Jsonl;
    if (name.endsWith(QLatin1String(".csv"))) return Container::Csv;
    if (name.endsWith(QLatin1String(".tsv")) || name.endsWith(QLatin1String(".tab"))) return Container::Tsv;
    const char c = firstNonSpace(content);
    if (c == '[') return Container::JsonArray;
    if (c == '{') return Container::Jsonl;
    return sniffDelimiter(content) == '\t' ? Container::Tsv : Container::Csv;
}

std::vector<Span> arrayElements(const QByteArray &content, const QString &path, bool prefixOnly)
{
    std::vector<Span> out;
    const char *p = content.constData();
    const qint64 n = content.size();
    qint64 i = 0;
    while (i < n && std::isspace(uchar(p[i])))
        ++i;
    if (i >= n || p[i] != '[')
        throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line 1: expected a JSON array of objects"));
    ++i;
    int depth = 0, line = lineNumberAt(content, i);
    bool inString = false;
    qint64 start = -1;
    int startLine = 0;
    for (; i < n; ++i) {
        const char c = p[i];
        if (c == '\n') ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0) { // the closing bracket of the array
                if (start >= 0) out.push_back({start, i - start, startLine});
                return out;
            }
            --depth;
        } else if (c == ',' && depth == 0) {
            if (start >= 0) out.push_back({start, i - start, startLine});
            start = -1;
            continue;
        }
        if (start < 0 && !std::isspace(uchar(c))) {
            start = i;
            startLine = line;
        }
    }
    if (prefixOnly) // the head of a larger file: the elements complete so far
        return out;
    throw MicroError(ErrorCode::BadFormat, path,
                     QStringLiteral("line %1: the JSON array is not closed (truncated file?)").arg(line));
}

} // namespace micro::core::records
