#include "delimitedtable.h"

#include "textinput.h"
#include "util/error.h"

#include <QSet>
#include <algorithm>
#include <cstring>

namespace micro::core {

namespace {

enum class RecordStatus
{
    Ok,
    Empty,        // a blank line, skipped
    End,          // no input left
    BadQuote,     // text after a closing quote; the rest of the line is skipped
    Unterminated, // input ended inside a quoted field
    TooLong,      // longer than kMaxRecordBytes
};

// Splits records off a buffer, tracking the line number of the read position.
class RecordReader
{
public:
    RecordReader(const QByteArray &content, char delimiter)
        : m_b(content.constData()), m_n(content.size()), m_delimiter(delimiter)
    {
    }

    qint64 pos() const { return m_pos; }
    int line() const { return m_line; }
    int quoteLine() const { return m_quoteLine; }

    RecordStatus read(QStringList &fields)
    {
        fields.clear();
        const qint64 start = m_pos;
        if (m_pos >= m_n) return RecordStatus::End;
        if (m_b[m_pos] == '\n' || (m_b[m_pos] == '\r' && (m_pos + 1 == m_n || m_b[m_pos + 1] == '\n'))) {
            m_pos = std::min(m_pos + 2 - (m_b[m_pos] == '\n'), m_n);
            ++m_line;
            return RecordStatus::Empty;
        }
        for (;;) {
            if (m_pos < m_n && m_b[m_pos] == '"') {
                const RecordStatus s = readQuoted(fields, start);
                if (s != RecordStatus::Ok) return s;
                if (m_pos == m_n) return RecordStatus::Ok;
                const char c = m_b[m_pos];
                if (c == m_delimiter) {
                    ++m_pos;
                    continue;
                }
                if (c == '\n' || (c == '\r' && (m_pos + 1 == m_n || m_b[m_pos + 1] == '\n'))) {
                    m_pos = std::min(m_pos + (c == '\r' ? 2 : 1), m_n);
                    ++m_line;
                    return RecordStatus::Ok;
                }
                skipLine();
                return RecordStatus::BadQuote;
            }
            // Bounded, so a runaway line is refused without scanning all of it.
            const qint64 limit = std::min(m_n, start + kMaxRecordBytes + 1);
            qint64 e = m_pos;
            while (e < limit && m_b[e] != m_delimiter && m_b[e] != '\n')
                ++e;
            if (e - start > kMaxRecordBytes) return RecordStatus::TooLong;
            const bool last = e == m_n || m_b[e] == '\n';
            const qint64 length = e - m_pos - (last && e > m_pos && m_b[e - 1] == '\r');
            fields.append(QString::fromUtf8(m_b + m_pos, length));
            m_pos = std::min(e + 1, m_n);
            if (last) {
                m_line += e < m_n;
                return RecordStatus::Ok;
            }
        }
    }

private:
    // At an opening quote: appends the unescaped field and leaves m_pos after the closing quote.
    RecordStatus readQuoted(QStringList &fields, qint64 recordStart)
    {
        const qint64 open = m_pos++;
        m_quoteLine = m_line;
        qint64 segment = m_pos;
        m_scratch.clear();
        bool escaped = false;
        for (;;) {
            const auto *q = static_cast<const char *>(std::memchr(m_b + m_pos, '"', size_t(m_n - m_pos)));
            if (!q) return RecordStatus::Unterminated;
            const qint64 qi = q - m_b;
            if (qi - recordStart > kMaxRecordBytes) return RecordStatus::TooLong;
            if (qi + 1 < m_n && m_b[qi + 1] == '"') { // doubled quote: keep one
                m_scratch.append(m_b + segment, qi + 1 - segment);
                m_pos = segment = qi + 2;
                escaped = true;
                continue;
            }
            m_pos = qi + 1;
            m_line += int(std::count(m_b + open, m_b + qi, '\n'));
            if (escaped) {
                m_scratch.append(m_b + segment, qi - segment);
                fields.append(QString::fromUtf8(m_scratch));
            } else {
                fields.append(QString::fromUtf8(m_b + segment, qi - segment));
            }
            return RecordStatus::Ok;
        }
    }

    void skipLine()
    {
        const auto *nl = static_cast<const char *>(std::memchr(m_b + m_pos, '\n', size_t(m_n - m_pos)));
        m_pos = nl ? nl - m_b + 1 : m_n;
        m_line += nl != nullptr;
    }

    const char *m_b;
    qint64 m_n;
    char m_delimiter;
    qint64 m_pos = 0;
    int m_line = 1;
    int m_quoteLine = 0;
    QByteArray m_scratch;
};

QString recordTooLong()
{
    return QStringLiteral("record longer than %1 bytes").arg(kMaxRecordBytes);
}

} // namespace

DelimitedTable readDelimited(const QByteArray &content, char delimiter, const QString &path)
{
    DelimitedTable table;
    RecordReader reader(content, delimiter);
    // One validation pass over the whole buffer; after a bad record it resumes behind it.
    qint64 badByte = firstInvalidUtf8(content.constData(), content.size());
    auto rescanFrom = [&](qint64 from) {
        const qint64 off = firstInvalidUtf8(content.constData() + from, content.size() - from);
        badByte = off < 0 ? -1 : from + off;
    };

    auto badHeader = [&](const QString &what) {
        throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line 1: ") + what);
    };
    switch (reader.read(table.header)) {
    case RecordStatus::Ok:
        break;
    case RecordStatus::Empty:
    case RecordStatus::End:
        badHeader(QStringLiteral("missing header"));
        break;
    case RecordStatus::BadQuote:
        badHeader(QStringLiteral("unexpected character after closing quote"));
        break;
    case RecordStatus::Unterminated:
        badHeader(QStringLiteral("unterminated quoted field"));
        break;
    case RecordStatus::TooLong:
        badHeader(recordTooLong());
        break;
    }
    if (badByte >= 0 && badByte < reader.pos()) badHeader(QStringLiteral("invalid UTF-8 at byte %1").arg(badByte + 1));
    QSet<QString> seen;
    for (const QString &name : std::as_const(table.header)) {
        if (seen.contains(name)) badHeader(QStringLiteral("duplicate column \"%1\"").arg(name));
        seen.insert(name);
    }

    const qsizetype expected = table.header.size();
    QStringList fields;
    for (;;) {
        const qint64 start = reader.pos();
        const int line = reader.line();
        const RecordStatus status = reader.read(fields);
        if (status == RecordStatus::End) break;
        if (status == RecordStatus::Unterminated) {
            table.errors.emplace_back(reader.quoteLine(), QStringLiteral("unterminated quoted field"));
            break;
        }
        if (status == RecordStatus::TooLong) {
            table.errors.emplace_back(line, recordTooLong());
            break;
        }
        const bool invalidUtf8 = badByte >= 0 && badByte < reader.pos();
        if (status == RecordStatus::BadQuote) {
            table.errors.emplace_back(line, QStringLiteral("unexpected character after closing quote"));
        } else if (invalidUtf8) {
            table.errors.emplace_back(line, QStringLiteral("invalid UTF-8 at byte %1").arg(badByte - start + 1));
        } else if (status == RecordStatus::Ok) {
            if (fields.size() == expected)
                table.records.push_back({line, std::move(fields)});
            else
                table.errors.emplace_back(
                    line, QStringLiteral("expected %1 fields, found %2").arg(expected).arg(fields.size()));
        }
        if (invalidUtf8) rescanFrom(reader.pos());
    }
    return table;
}

char sniffDelimiter(const QByteArray &content)
{
    qint64 commas = 0, tabs = 0;
    bool quoted = false, fieldStart = true, justClosed = false;
    for (const char c : content) {
        if (quoted) {
            if (c == '"') {
                quoted = false;
                justClosed = true;
            }
            continue;
        }
        // A quote opens a field at its start; right after a closing quote it is a doubled one.
        if (c == '"' && (fieldStart || justClosed)) {
            quoted = true;
            fieldStart = justClosed = false;
            continue;
        }
        justClosed = false;
        if (c == '\n') break;
        fieldStart = c == ',' || c == '\t';
        commas += c == ',';
        tabs += c == '\t';
    }
    return tabs > 0 && tabs >= commas ? '\t' : ',';
}

} // namespace micro::core
