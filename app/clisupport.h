#pragma once

// What every micro-cli command shares (output streams, option parsing, JSON output,
// progress, Ctrl+C) and the commands themselves, one file per area:
//   cli_data.cpp    demo, synth, import-npy, synth-file, add-feature-file, import, featurize,
//                   embed-import
//   cli_runs.cpp    train (and launch: its ranks), runs, eval, export
//   cli_stage2.cpp  adapt, budget-curve, select-k
//   cli_bench.cpp   bench, bench-em, bench-routing, bench-import, bench-encoder
// clicommands.cpp holds the table of commands and runCli. The work itself is core's use
// cases (jobs/): a command parses, calls one, and prints.
#include "features/featuresettings.h"
#include "io/importoptions.h"
#include "io/preferenceimporter.h"
#include "jobs/training.h"
#include "routing/stage2adapter.h"
#include "util/canceltoken.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>
#include <vector>

namespace micro::core {
class ProjectStore;
struct DistributedConfig;
struct TuningReport;
} // namespace micro::core

namespace micro::app {

inline QString tr(const char *text)
{
    // lupdate files free tr() calls under the enclosing namespace: same context here.
    return QCoreApplication::translate("micro::app", text);
}
// The plural form for `n` ("%n label(s)").
inline QString tr(const char *text, const char *disambiguation, int n)
{
    return QCoreApplication::translate("micro::app", text, disambiguation, n);
}

QTextStream &out();
QTextStream &err();

// A wrong command line: says which option and why, exit code 2.
struct UsageError
{
    QString message;
};

// Ctrl+C cancels the work at the next batch instead of killing the process mid-write.
extern micro::core::CancelToken g_cancel;

struct Command
{
    QString summary;
    std::function<void(QCommandLineParser &)> addOptions;
    std::function<void(QCommandLineParser &)> run;
};

// Options and output
void printJson(const QJsonObject &o);
// Text for a terminal: control characters (newlines, ANSI escapes) shown as '?', so a name
// stored by an older version or another tool cannot garble a listing.
QString printableName(QString text);
QString required(const QCommandLineParser &p, const QString &name);
int intOption(const QCommandLineParser &p, const QString &name, int fallback);
double doubleOption(const QCommandLineParser &p, const QString &name, double fallback);
quint64 seedOption(const QCommandLineParser &p, quint64 fallback);
qint64 runOption(const QCommandLineParser &p);
std::vector<int> intList(const QCommandLineParser &p, const QString &name, std::vector<int> fallback);
void addProject(QCommandLineParser &p);
void addThreads(QCommandLineParser &p);
bool wantsJson(const QCommandLineParser &p);
QString progressBar(double fraction);
// Progress on stderr, only when stderr is a terminal (a log would fill with "0% 1% ...") or
// --progress asks for it: a bar, or with `json` (--json) one JSON line per second at most.
micro::core::TrainingCallbacks terminalCallbacks(bool json);
// Ends the bar's line, if one is drawn, so that what follows starts on its own line.
void endProgressLine();
extern bool g_forceProgress; // --progress
// --out FILE for an analysis: its JSON, or its table as CSV; written whole or not at all.
void writeAnalysis(const QCommandLineParser &p, const QJsonObject &json, const QString &csv);
// --out must name a format we write; checked before any work or any write to the project.
void checkOutPath(const QCommandLineParser &p,
                  const QStringList &extensions = {QStringLiteral(".json"), QStringLiteral(".csv")});

// Data (cli_data.cpp)
void addImportOptions(QCommandLineParser &p);
void addFeatureOptions(QCommandLineParser &p);
bool featureOptionsSet(const QCommandLineParser &p);
// The feature options. Without --features: the dataset's own kind when one is given (train
// and featurize derive from it), TF-IDF when a TF-IDF-only option is set, else the default.
// `announce`: say when the encoder is missing (off for a call that only checks the options).
micro::core::FeatureSettings
featureSettings(const QCommandLineParser &p,
                std::optional<micro::core::FeatureSettings::Kind> datasetKind = std::nullopt, bool announce = true);
std::optional<micro::core::FeatureSettings::Kind> storedFeatureKind(micro::core::ProjectStore &store,
                                                                    const QString &dataset);
micro::core::ImportOptions importOptions(const QCommandLineParser &p);
QString skippedText(const micro::core::ImportReport &r);
void cmdDemo(QCommandLineParser &p);
void cmdSynth(QCommandLineParser &p);
void cmdImportNpy(QCommandLineParser &p);
void cmdSynthFile(QCommandLineParser &p);
void cmdAddFeatureFile(QCommandLineParser &p);
void cmdDatasets(QCommandLineParser &p);
void cmdImport(QCommandLineParser &p);
void cmdFeaturize(QCommandLineParser &p);
void cmdEmbedImport(QCommandLineParser &p);

// Runs (cli_runs.cpp)
micro::core::Stage1Config trainConfig(const QCommandLineParser &p);
micro::core::DistributedConfig distributedConfig(const QCommandLineParser &p);
void addDistributedOptions(QCommandLineParser &p);
void cmdLaunch(QCommandLineParser &p);
void addTrainOptions(QCommandLineParser &p);
QString tuningText(const micro::core::TuningReport &t);
void cmdTrain(QCommandLineParser &p);
void cmdRuns(QCommandLineParser &p);
void cmdShowRun(QCommandLineParser &p);
void cmdEval(QCommandLineParser &p);
void cmdExport(QCommandLineParser &p);

// Stage 2 and model choice (cli_stage2.cpp)
micro::core::Stage2Config stage2Config(const QCommandLineParser &p, bool withBudget);
void addStage2Options(QCommandLineParser &p);
void cmdAdapt(QCommandLineParser &p);
void cmdBudgetCurve(QCommandLineParser &p);
void cmdSelectK(QCommandLineParser &p);
void cmdLabelsExport(QCommandLineParser &p);
void cmdLabelsImport(QCommandLineParser &p);

// Benchmarks (cli_bench.cpp)
void cmdBench(QCommandLineParser &p);
void cmdBenchEm(QCommandLineParser &p);
void cmdBenchRouting(QCommandLineParser &p);
void cmdBenchImport(QCommandLineParser &p);
void cmdBenchEncoder(QCommandLineParser &p);

} // namespace micro::app
