#include "errortext.h"

#include <QRegularExpression>

#include <QCoreApplication>

namespace micro::ui {

using micro::core::ErrorCode;

static QString tr(const char *text)
{
    // lupdate files free tr() calls under the enclosing namespace: same context here.
    return QCoreApplication::translate("micro::ui", text);
}

QString errorText(const micro::core::Error &e)
{
    const QString where = e.detail.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(e.detail);
    switch (e.code) {
    case ErrorCode::FileNotFound:
        return tr("File not found: %1. Check the path.").arg(e.subject);
    case ErrorCode::FileUnreadable:
        return tr("Cannot read %1%2.").arg(e.subject, where);
    case ErrorCode::FileWriteFailed:
        return tr("Cannot write %1%2.").arg(e.subject, where);
    case ErrorCode::BadFormat: {
        // "line N: what was expected" reads as the compiler-style file:line: message.
        static const QRegularExpression line(QStringLiteral("^line (\\d+): (.*)$"),
                                             QRegularExpression::DotMatchesEverythingOption);
        const QRegularExpressionMatch m = line.match(e.detail);
        if (m.hasMatch()) return tr("%1:%2: %3.").arg(e.subject, m.captured(1), m.captured(2));
        return tr("%1 is not in the expected format: %2.").arg(e.subject, e.detail);
    }
    case ErrorCode::ShapeMismatch:
        return tr("Shapes do not match in %1: %2.").arg(e.subject, e.detail);
    case ErrorCode::NonFinite:
        return tr("%1 contains NaN or Inf at %2; clean the features before training.").arg(e.subject, e.detail);
    case ErrorCode::UnknownDataset:
        return tr("No dataset named \"%1\" in this project; 'micro-cli runs' and the Data view list "
                  "what is there.")
            .arg(e.subject);
    case ErrorCode::UnknownRun:
        return tr("No usable run %1 in this project%2.").arg(e.subject, where);
    case ErrorCode::DuplicateName:
        return tr("A dataset named \"%1\" already exists; choose another name.").arg(e.subject);
    case ErrorCode::InvalidOption:
        return tr("Invalid value for %1: %2.").arg(e.subject, e.detail);
    case ErrorCode::NewerSchema:
        return tr("%1 was written by a newer MiCRo Studio (schema version %2); update the program "
                  "to open it.")
            .arg(e.subject, e.detail);
    case ErrorCode::NotAProject:
        return tr("%1 is not a MiCRo Studio project%2.").arg(e.subject, where);
    case ErrorCode::Database:
        return tr("The project file %1 could not be updated: %2.").arg(e.subject, e.detail);
    case ErrorCode::DiskFull:
        return tr("Not enough disk space to write %1%2. Free some space and try again; what was being "
                  "written was not kept, and the file is as it was.")
            .arg(e.subject, where);
    case ErrorCode::ReadOnly:
        return tr("%1 cannot be written: the file or its folder is read-only%2. Copy it to a folder you "
                  "can write to, or change its permissions.")
            .arg(e.subject, where);
    case ErrorCode::Busy:
        return tr("%1 is locked by another program (MiCRo Studio or micro-cli writing to it)%2. Try again "
                  "when it has finished.")
            .arg(e.subject, where);
    case ErrorCode::EncoderMissing:
        return tr("The built-in sentence encoder is not installed (looked in %1). Run %2 in the MiCRo "
                  "Studio source folder to install it, or choose TF-IDF features.")
            .arg(e.subject, e.detail);
    case ErrorCode::OnDiskOnly:
        return tr("Dataset \"%1\" keeps its features on disk%2, more than fits in memory for this "
                  "analysis. Training reads the file block by block; other analyses need a smaller "
                  "dataset.")
            .arg(e.subject, where);
    case ErrorCode::Distributed:
        return tr("Distributed training stopped on %1: %2. Every rank stops; the project is as it was.")
            .arg(e.subject, e.detail);
    case ErrorCode::Cancelled:
        return tr("Cancelled.");
    case ErrorCode::Internal:
        break;
    }
    return tr("Unexpected internal error in %1%2.").arg(e.subject, where);
}

} // namespace micro::ui
