#pragma once

#include "data/dataset.h"
#include "importoptions.h"
#include "util/canceltoken.h"

#include <QMap>
#include <functional>

namespace micro::core {

struct ImportedComparisons
{
    std::vector<Comparison> comparisons;
    ImportReport report;
};

// Reads a preference file (JSONL, JSON array, CSV or TSV, plain or gzip) of any row shape
// in FORMATS.md into comparisons, and says what it did: the container and shape it chose
// and why, rows read, imported and skipped by reason.
// Throws MicroError: BadFormat "line N: what was expected" (subject = the file) when the
// file cannot be read as any shape, when a row is malformed and options.onError is Stop,
// or when the label values cannot be read unambiguously (they are listed, never guessed);
// Cancelled when asked to stop. Nothing is written anywhere.
ImportedComparisons readPreferenceFile(const QString &path, const ImportOptions &options,
                                       const CancelToken *cancel = nullptr,
                                       const std::function<void(double)> &progress = {});

// The first rows of a file as a table (column names and cell texts, long texts cut), with
// the container and shape the import would choose: what an import wizard previews.
struct FilePreview
{
    QString container;
    QString shape; // empty when no shape fits (then `problem` says why)
    QString shapeReason;
    QString problem;
    QStringList columns;
    std::vector<QStringList> rows;
    // Role (prompt, chosen, rejected, a, b, label, context, group, id) -> the column the
    // import would use for it, so "(detected)" can name it.
    QMap<QString, QString> detected;
};
FilePreview previewPreferenceFile(const QString &path, const ImportOptions &options, int maxRows = 20);

} // namespace micro::core
