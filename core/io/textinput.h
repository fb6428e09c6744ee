#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace micro::core {

// Records (lines) longer than this are refused rather than parsed, so a runaway 100 MB line
// (a missing closing quote, a binary file picked by mistake) gives a message instead of
// exhausting memory.
constexpr qint64 kMaxRecordBytes = 32 * 1024 * 1024;

// The whole file as bytes, gunzipped when it starts with the gzip magic (multi-member files
// included) and without a leading UTF-8 BOM. Throws MicroError: FileNotFound, FileUnreadable,
// BadFormat ("empty file", "truncated gzip stream", "corrupt gzip stream: <zlib message>").
// *gzip (may be null) says whether the file was gzip-compressed.
QByteArray readTextFile(const QString &path, bool *gzip = nullptr);

// Byte offset of the first invalid UTF-8 sequence (overlong, surrogate, above U+10FFFF,
// stray continuation byte, truncated sequence), or -1 when all of it is valid.
// At most the first `maxBytes` of text (inflated when gzip), cut after the last whole line:
// what a preview needs from a file of any size. *truncated says whether more follows.
QByteArray readTextPrefix(const QString &path, qint64 maxBytes, bool *truncated = nullptr, bool *gzip = nullptr);

qint64 firstInvalidUtf8(const char *data, qint64 size);

// 1-based line number of a byte offset (a '\n' belongs to the line it ends).
int lineNumberAt(const QByteArray &content, qint64 offset);

// Iterates the lines of a buffer without copying; a trailing '\r' is stripped, blank lines
// are returned (skipping them is the caller's job). The buffer must outlive the cursor.
class LineCursor
{
public:
    explicit LineCursor(QByteArrayView content) : m_data(content) {}
    explicit LineCursor(QByteArray &&) = delete; // the views would dangle

    bool next(QByteArrayView *line);
    // 1-based number of the line last returned by next() (0 before the first call).
    int lineNumber() const { return m_line; }

private:
    QByteArrayView m_data;
    qint64 m_pos = 0;
    int m_line = 0;
};

} // namespace micro::core
