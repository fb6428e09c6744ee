#pragma once

#include <QString>
#include <exception>

namespace micro::core {

// What went wrong, as data. Core never writes user sentences (they are translated in the
// app/ui layer, see app/errortext.cpp); it says which kind of failure, about what
// (file, dataset, run, option) and where (line, row, column, field).
enum class ErrorCode
{
    FileNotFound,
    FileUnreadable,
    FileWriteFailed,
    BadFormat,     // a file is not what it should be (detail says what was expected)
    ShapeMismatch, // matrices whose row/column counts disagree
    NonFinite,     // NaN or Inf in features
    UnknownDataset,
    UnknownRun,
    DuplicateName,
    InvalidOption,  // subject = option name, detail = the offending value / constraint
    NewerSchema,    // project written by a newer build
    NotAProject,    // the file is not a MiCRo Studio project
    Database,       // SQLite failure (detail carries SQLite's own message)
    DiskFull,       // no space left for a write (subject = the file)
    ReadOnly,       // the file or its folder cannot be written (read-only mount, permissions)
    Busy,           // another process held the project's write lock for too long
    EncoderMissing, // the sentence encoder package is not installed (subject = where it was looked for)
    OnDiskOnly,     // a dataset's features stay in a file too large to load (subject = dataset, detail = file, size)
    Distributed,    // a data-parallel fit failed (subject = "rank R of N", detail = the cause)
    Cancelled,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString subject; // file path, dataset name, run id, option name
    QString detail;  // where/what: "row 12, column 3", "must be >= 1", driver message
};

class MicroError : public std::exception
{
public:
    explicit MicroError(Error error);
    MicroError(ErrorCode code, QString subject, QString detail = {});
    const Error &error() const { return m_error; }
    const char *what() const noexcept override { return m_what.constData(); }

private:
    Error m_error;
    QByteArray m_what; // for logs and uncaught cases; not a user sentence
};

} // namespace micro::core
