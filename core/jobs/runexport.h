#pragma once

#include <QString>

namespace micro::core {

class ProjectStore;

// The user action "export a run" (micro-cli export, File > Export Run…). By the target's
// extension: `.csv` writes one line per comparison (row, id, known group, context, hard
// assignment, posterior per head; finished runs only), anything else JSON (id, name,
// dataset, status, times, the stored config and metrics, every epoch, and the parameters
// with their layout once finished). Written atomically: a failure leaves any earlier file.
// Throws MicroError (UnknownRun, FileWriteFailed, Database).
enum class RunExportFormat
{
    Json,
    AssignmentsCsv
};
RunExportFormat runExportFormatFor(const QString &path);
void exportRun(ProjectStore &store, qint64 runId, const QString &path);

} // namespace micro::core
