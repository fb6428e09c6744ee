#include "preferenceimporter.h"

#include "delimitedtable.h"
#include "preferencecontainer.h"
#include "rowshape.h"
#include "sourcerow.h"
#include "textinput.h"
#include "transcripts.h"
#include "util/error.h"

#include <QHash>
#include <algorithm>
#include <simdjson.h>

namespace micro::core {

using records::arrayElements;
using records::chooseContainer;
using records::Container;
using records::containerName;
using records::Span;

FilePreview previewPreferenceFile(const QString &path, const ImportOptions &options, int maxRows)
{
    FilePreview out;
    // A preview reads the head of the file only, so a large file opens at once.
    constexpr qint64 kPreviewBytes = 4 * 1024 * 1024;
    bool truncated = false;
    bool gzip = false;
    QByteArray content = readTextPrefix(path, kPreviewBytes, &truncated, &gzip);
    const Container container = chooseContainer(path, options.format, content);
    out.container = containerName(container) + (gzip ? QStringLiteral(", gzip") : QString());
    auto cut = [](const QString &s) { return s.size() > 200 ? s.left(200) + QChar(0x2026) : s; };
    // Responses that repeat their prompt (HH transcripts) share a long prefix: each cell then
    // starts shortly before where they differ, so the columns do not look identical.
    auto cutRow = [&](QStringList texts) {
        std::vector<qsizetype> start(std::size_t(texts.size()), 0);
        for (int i = 0; i < texts.size(); ++i)
            for (int j = i + 1; j < texts.size(); ++j) {
                const qsizetype n = std::min(texts[i].size(), texts[j].size());
                qsizetype common = 0;
                while (common < n && texts[i][common] == texts[j][common])
                    ++common;
                if (common > 80 && common < n) {
                    start[std::size_t(i)] = std::max(start[std::size_t(i)], common - 40);
                    start[std::size_t(j)] = std::max(start[std::size_t(j)], common - 40);
                }
            }
        QStringList cells;
        for (int i = 0; i < texts.size(); ++i)
            cells << (start[std::size_t(i)] > 0 ? QString(QChar(0x2026)) + cut(texts[i].mid(start[std::size_t(i)]))
                                                : cut(texts[i]));
        return cells;
    };
    // No shape is a finding, not the end of the preview: the rows are what the user maps.
    auto planPreview = [&](const SourceRow &row) {
        try {
            const ShapePlan plan = planShape(row, options, path);
            out.shape = shapeName(plan.shape);
            out.shapeReason = plan.reason;
            const std::pair<const char *, const std::string *> roles[] = {{"prompt", &plan.prompt},
                                                                          {"chosen", &plan.chosen},
                                                                          {"rejected", &plan.rejected},
                                                                          {"a", &plan.a},
                                                                          {"b", &plan.b},
                                                                          {"label", &plan.label},
                                                                          {"context", &plan.context},
                                                                          {"group", &plan.group},
                                                                          {"id", &plan.id}};
            for (const auto &[role, column] : roles)
                if (!column->empty()) out.detected.insert(QLatin1String(role), QString::fromStdString(*column));
            if (plan.shape == RowShape::Ratings)
                out.detected.insert(QStringLiteral("chosen"), QString::fromStdString(plan.response));
            if (!plan.raters.empty()) {
                QStringList raters;
                for (const std::string &r : plan.raters)
                    raters << QString::fromStdString(r);
                out.detected.insert(QStringLiteral("label"), raters.join(QLatin1Char('+')));
            }
        } catch (const MicroError &e) {
            out.problem = e.error().detail;
        }
    };
    try {
        if (container == Container::Csv || container == Container::Tsv) {
            const DelimitedTable table = readDelimited(content, container == Container::Tsv ? '\t' : ',', path);
            out.columns = table.header;
            QHash<QString, int> columns;
            for (int j = 0; j < table.header.size(); ++j)
                columns.insert(table.header[j], j);
            for (const DelimitedRecord &r : table.records) {
                if (int(out.rows.size()) >= maxRows) break;
                if (out.rows.empty()) planPreview(DelimitedRow(columns, table.header, r.fields));
                out.rows.push_back(cutRow(r.fields));
            }
            return out;
        }
        const qint64 logical = content.size();
        content.append(QByteArray(simdjson::SIMDJSON_PADDING, ' '));
        std::vector<Span> spans;
        if (container == Container::JsonArray) {
            spans = arrayElements(QByteArray::fromRawData(content.constData(), logical), path, truncated);
        } else {
            LineCursor cursor(QByteArrayView(content.constData(), logical));
            QByteArrayView line;
            while (int(spans.size()) < maxRows && cursor.next(&line))
                if (!line.trimmed().isEmpty())
                    spans.push_back({qint64(line.data() - content.constData()), line.size(), cursor.lineNumber()});
        }
        simdjson::dom::parser parser;
        for (const Span &s : spans) {
            if (int(out.rows.size()) >= maxRows) break;
            simdjson::dom::element e;
            simdjson::dom::object obj;
            if (s.length > kMaxRecordBytes ||
                parser.parse(content.constData() + s.offset, std::size_t(s.length), false).get(e) !=
                    simdjson::SUCCESS ||
                e.get(obj) != simdjson::SUCCESS) {
                if (out.problem.isEmpty()) out.problem = QStringLiteral("line %1: expected a JSON object").arg(s.line);
                continue;
            }
            const JsonRow row(obj);
            if (out.columns.isEmpty()) {
                out.columns = row.keys();
                planPreview(row);
            }
            QStringList texts;
            for (const QString &c : out.columns) {
                const std::string key = c.toStdString();
                QString text;
                if (!row.text(key, &text)) {
                    QStringList list;
                    std::vector<Message> messages;
                    if (row.stringList(key, &list))
                        text = QStringLiteral("[") + list.join(QStringLiteral(" | ")) + QStringLiteral("]");
                    else if (row.messages(key, &messages))
                        text = renderConversation(messages);
                }
                texts << text;
            }
            out.rows.push_back(cutRow(texts));
        }
    } catch (const MicroError &e) {
        out.problem = e.error().detail;
    }
    return out;
}

} // namespace micro::core
