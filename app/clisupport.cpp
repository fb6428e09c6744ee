// Helpers every micro-cli command shares (see clisupport.h).
#include "clisupport.h"

#include <algorithm>

#include "demoreport.h"
#include "errortext.h"

#include "data/datasetsplit.h"
#include "data/labelledcsv.h"
#include "data/npydataset.h"
#include "data/synthgenerator.h"
#include "features/encoderpackage.h"
#include "features/sentenceencoder.h"
#include "features/textfeaturizer.h"
#include "io/embeddingfile.h"
#include "io/embeddingimport.h"
#include "io/preferenceimporter.h"
#include "jobs/adaptation.h"
#include "jobs/demo.h"
#include "jobs/embeddingimporting.h"
#include "jobs/importing.h"
#include "jobs/modelselection.h"
#include "jobs/training.h"
#include "metrics/runsummary.h"
#include "model/emfitter.h"
#include "model/prediction.h"
#include "model/stage1fitter.h"
#include "routing/onlinehedge.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/random.h"
#include "util/textfiles.h"
#include "util/threads.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <sys/resource.h>
#include <unistd.h>

namespace micro::app {

using namespace micro::core;

CancelToken g_cancel;

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QString printableName(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control) c = QLatin1Char('?');
    return text;
}

void printJson(const QJsonObject &o)
{
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    out().flush();
}

QString required(const QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name) || p.value(name).isEmpty()) throw UsageError{tr("--%1 is required.").arg(name)};
    return p.value(name);
}

int intOption(const QCommandLineParser &p, const QString &name, int fallback)
{
    if (!p.isSet(name)) return fallback;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok) throw UsageError{tr("--%1 expects a whole number, got \"%2\".").arg(name, p.value(name))};
    return v;
}

double doubleOption(const QCommandLineParser &p, const QString &name, double fallback)
{
    if (!p.isSet(name)) return fallback;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok) throw UsageError{tr("--%1 expects a number, got \"%2\".").arg(name, p.value(name))};
    return v;
}

quint64 seedOption(const QCommandLineParser &p, quint64 fallback)
{
    if (!p.isSet(QStringLiteral("seed"))) return fallback;
    bool ok = false;
    const quint64 v = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        throw UsageError{
            tr("--seed expects a non-negative whole number, got \"%1\".").arg(p.value(QStringLiteral("seed")))};
    return v;
}

qint64 runOption(const QCommandLineParser &p)
{
    bool ok = false;
    const qint64 id = required(p, QStringLiteral("run")).toLongLong(&ok);
    if (!ok)
        throw UsageError{
            tr("--run expects a run id (see 'micro-cli runs'), got \"%1\".").arg(p.value(QStringLiteral("run")))};
    return id;
}

void addProject(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("project"), tr("The project file (.micro)."), tr("FILE")});
}

void addThreads(QCommandLineParser &p)
{
    p.addOption({QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("T")});
}

bool wantsJson(const QCommandLineParser &p)
{
    return p.isSet(QStringLiteral("json"));
}

QString progressBar(double fraction)
{
    const int width = 30, filled = int(fraction * width + 0.5);
    return QStringLiteral("\r[%1%2] %3%")
        .arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char(' ')))
        .arg(int(fraction * 100), 3);
}

bool g_forceProgress = false;
static bool g_progressOpen = false; // a bar is drawn and its line not ended

TrainingCallbacks terminalCallbacks(bool json)
{
    TrainingCallbacks cb;
    if (!g_forceProgress && !isatty(fileno(stderr))) return cb; // a log file gets no "0% 0% 0% ..."
    if (json) {
        // Machine-readable: one {"progress": F, "elapsed_s": S} line on stderr per second at
        // most (stdout keeps the single JSON result).
        cb.progress = [clock = std::make_shared<QElapsedTimer>(), lastMs = qint64(-1000)](double f) mutable {
            if (!clock->isValid()) clock->start();
            const qint64 now = clock->elapsed();
            if (now - lastMs < 1000 && f < 1.0) return;
            lastMs = now;
            err() << QStringLiteral("{\"progress\": %1, \"elapsed_s\": %2}\n")
                         .arg(std::clamp(f, 0.0, 1.0), 0, 'f', 3)
                         .arg(double(now) / 1000.0, 0, 'f', 1)
                  << Qt::flush;
        };
        return cb;
    }
    cb.progress = [last = -1](double f) mutable {
        const int percent = int(f * 100);
        if (percent != last) { // redraw only when the bar changes
            last = percent;
            err() << progressBar(f) << Qt::flush;
            g_progressOpen = true;
        }
    };
    return cb;
}

void endProgressLine()
{
    if (!g_progressOpen) return;
    err() << QStringLiteral("\n") << Qt::flush;
    g_progressOpen = false;
}

// --out FILE for an analysis: its JSON, or its table as CSV; written whole or not at all.
void writeAnalysis(const QCommandLineParser &p, const QJsonObject &json, const QString &csv)
{
    if (!p.isSet(QStringLiteral("out"))) return;
    const QString target = p.value(QStringLiteral("out"));
    const bool asCsv = target.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (!asCsv && !target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        throw UsageError{tr("--out must end in .json or .csv, got \"%1\".").arg(target)};
    const QByteArray bytes = asCsv ? csv.toUtf8() : QJsonDocument(json).toJson(QJsonDocument::Indented);
    QString why;
    if (!writeFileAtomically(target, bytes, &why)) throw MicroError(ErrorCode::FileWriteFailed, target, why);
}

std::vector<int> intList(const QCommandLineParser &p, const QString &name, std::vector<int> fallback)
{
    if (!p.isSet(name)) return fallback;
    std::vector<int> out;
    for (const QString &part : p.value(name).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        out.push_back(part.trimmed().toInt(&ok));
        if (!ok)
            throw UsageError{
                tr("--%1 expects whole numbers separated by commas, got \"%2\".").arg(name, p.value(name))};
    }
    return out;
}

// --out must name a format we write; checked before any work or any write to the project.
void checkOutPath(const QCommandLineParser &p, const QStringList &extensions)
{
    const QString target = p.value(QStringLiteral("out"));
    if (!p.isSet(QStringLiteral("out"))) return;
    const bool known = std::any_of(extensions.begin(), extensions.end(),
                                   [&](const QString &e) { return target.endsWith(e, Qt::CaseInsensitive); });
    if (!known)
        throw UsageError{tr("--out must end in %1, got \"%2\".").arg(extensions.join(QStringLiteral(" or ")), target)};
    const QString why = unwritableReason(target);
    if (!why.isEmpty()) throw MicroError(ErrorCode::FileWriteFailed, target, why);
}

} // namespace micro::app
