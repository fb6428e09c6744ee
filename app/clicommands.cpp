#include "clicommands.h"

#include "clisupport.h"
#include "errortext.h"

#include "util/error.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <csignal>
#include <map>

namespace micro::app {

using namespace micro::core;

namespace {

// Ctrl+C: see g_cancel.
extern "C" void onInterrupt(int)
{
    g_cancel.cancel();
}

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> all{
        {QStringLiteral("import"),
         {tr("Reads preference data (every row shape of FORMATS.md), splits it by prompt, featurizes it and stores it "
             "as a dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              addImportOptions(p);
              addFeatureOptions(p);
              p.addOptions({
                  {QStringLiteral("name"), tr("Dataset name."), tr("NAME")},
                  {QStringLiteral("val"), tr("Share of rows for validation, by prompt (default 0.1)."), tr("F")},
                  {QStringLiteral("test"), tr("Share of rows for test, by prompt (default 0.1)."), tr("F")},
                  {QStringLiteral("seed"), tr("Seed of the split (default 1)."), tr("S")},
              });
          },
          cmdImport}},
        {QStringLiteral("featurize"),
         {tr("Features of an imported dataset with other settings (cached: the same settings reuse them)."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("dataset"), tr("Imported dataset."), tr("NAME")});
              addFeatureOptions(p);
          },
          cmdFeaturize}},
        {QStringLiteral("embed-import"),
         {tr("Your own embeddings (.npy float32/float16 or .safetensors) as the features of a dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOptions({
                  {QStringLiteral("dataset"),
                   tr("An imported dataset to attach them to (rows in its order or by --ids), or a new name."),
                   tr("NAME")},
                  {QStringLiteral("name"), tr("Name of the derived dataset (default DATASET@embeddings)."), tr("NAME")},
                  {QStringLiteral("chosen"), tr("N x D matrix of chosen responses (or an N x 2 x D pair tensor)."),
                   tr("FILE")},
                  {QStringLiteral("rejected"), tr("N x D matrix of rejected responses."), tr("FILE")},
                  {QStringLiteral("prompt"), tr("N x P matrix of prompts (the router's input)."), tr("FILE")},
                  {QStringLiteral("ids"), tr("Dataset id of each row: text, one per line, or an integer .npy."),
                   tr("FILE")},
                  {QStringLiteral("chosen-tensor"), tr("Tensor name in a .safetensors file."), tr("NAME")},
                  {QStringLiteral("rejected-tensor"), tr("Tensor name in a .safetensors file."), tr("NAME")},
                  {QStringLiteral("prompt-tensor"), tr("Tensor name in a .safetensors file."), tr("NAME")},
              });
          },
          cmdEmbedImport}},
        {QStringLiteral("bench-import"),
         {tr("Import + featurize throughput on a file, in memory (MB/s, best of --repeat)."),
          [](QCommandLineParser &p) {
              addImportOptions(p);
              addFeatureOptions(p);
              p.addOption({QStringLiteral("repeat"), tr("Repetitions (default 5)."), tr("R")});
          },
          cmdBenchImport}},
        {QStringLiteral("bench-encoder"),
         {tr("Sentence-encoder speed and peak memory on the distinct responses of a file (or a JSON list of texts)."),
          [](QCommandLineParser &p) {
              addImportOptions(p);
              p.addOption({QStringLiteral("n"), tr("How many texts (default 2000)."), tr("N")});
              p.addOption({QStringLiteral("texts-out"),
                           tr("Also write the texts used, as a JSON list (to time another encoder on the same texts)."),
                           tr("FILE")});
          },
          cmdBenchEncoder}},
        {QStringLiteral("demo"),
         {tr("Synthetic data with known groups; trains single BT, static mixture and MiCRo and compares them."),
          [](QCommandLineParser &p) {
              addProject(p);
              addThreads(p);
              p.addOption({QStringLiteral("epochs"), tr("Epochs per model (default 30)."), tr("E")});
              p.addOption({QStringLiteral("seed"), tr("Random seed (default 7)."), tr("S")});
          },
          cmdDemo}},
        {QStringLiteral("synth"),
         {tr("Generate a synthetic dataset with ground truth into the project."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOptions({
                  {QStringLiteral("name"), tr("Dataset name."), tr("NAME")},
                  {QStringLiteral("n"), tr("Comparisons (default 4000)."), tr("N")},
                  {QStringLiteral("dim"), tr("Response-feature dimension D (default 32)."), tr("D")},
                  {QStringLiteral("router-dim"), tr("Prompt-feature dimension P (default 16)."), tr("P")},
                  {QStringLiteral("k"), tr("Groups (default 3)."), tr("K")},
                  {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S")},
                  {QStringLiteral("separation"), tr("Norm of each group's reward vector (default 3)."), tr("X")},
                  {QStringLiteral("noise"), tr("Probability of flipping a label (default 0)."), tr("F")},
                  {QStringLiteral("informativeness"),
                   tr("How strongly the prompt decides the group (default 4; 0 = not at all)."), tr("X")},
                  {QStringLiteral("contexts"),
                   tr("Contexts c0..c{C-1}; context j favours groups k with k mod C = j (default 0: none)."), tr("C")},
                  {QStringLiteral("context-strength"), tr("How strongly a context favours its groups (default 4)."),
                   tr("X")},
                  {QStringLiteral("noise-columns"),
                   tr("Sparse response features like hashed text: this many more columns that no group reads (default "
                      "0: dense)."),
                   tr("N")},
                  {QStringLiteral("noise-nonzeros"), tr("Of those, how many are set per row (default 0)."), tr("M")},
                  {QStringLiteral("context-in-router"), tr("Append the context one-hot to the prompt features, as "
                                                           "imported text does, so Stage 1 can route on it.")},
                  {QStringLiteral("test"), tr("Share of rows in a stored test split (default 0: no stored split)."),
                   tr("F")},
                  {QStringLiteral("val"),
                   tr("Share of rows in the stored validation split, with --test (default 0.1)."), tr("F")},
              });
          },
          cmdSynth}},
        {QStringLiteral("synth-file"),
         {tr("Write a synthetic mixture straight to a feature file FILE (.mfeat), a chunk at a time: sets larger "
             "than memory, for training from disk."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("n"), tr("Comparisons (default 100000)."), tr("N")},
                  {QStringLiteral("dim"), tr("Response-feature dimension D (default 1024)."), tr("D")},
                  {QStringLiteral("router-dim"), tr("Prompt-feature dimension P (default 1024)."), tr("P")},
                  {QStringLiteral("k"), tr("Groups (default 4)."), tr("K")},
                  {QStringLiteral("seed"), tr("Random seed (default 1)."), tr("S")},
                  {QStringLiteral("separation"), tr("Norm of each group's reward vector (default 3)."), tr("X")},
                  {QStringLiteral("type"), tr("Stored values: float16 (default) or float32."), tr("TYPE")},
              });
              addThreads(p);
          },
          cmdSynthFile}},
        {QStringLiteral("add-feature-file"),
         {tr("Add a feature file FILE (.mfeat) to the project as a dataset whose features stay on disk; training "
             "reads it block by block."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("name"), tr("Dataset name."), tr("NAME")});
              p.addOption({QStringLiteral("from-npy"),
                           tr("Write FILE first from DIR/chosen.npy, rejected.npy, prompt.npy (float32 or float16), a "
                              "chunk of rows at a time: embeddings larger than memory."),
                           tr("DIR")});
              p.addOption({QStringLiteral("type"), tr("With --from-npy: float16 (default) or float32."), tr("TYPE")});
          },
          cmdAddFeatureFile}},
        {QStringLiteral("import-npy"),
         {tr("Import DIR/chosen.npy, rejected.npy, prompt.npy [groups.npy] as a dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("name"), tr("Dataset name."), tr("NAME")});
              p.addOption({QStringLiteral("dir"), tr("Folder with the .npy files."), tr("DIR")});
          },
          cmdImportNpy}},
        {QStringLiteral("train"),
         {tr("Fit a Stage-1 model on a dataset and store the run."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("dataset"), tr("Dataset name."), tr("NAME")});
              addTrainOptions(p);
              addFeatureOptions(p);
              addThreads(p);
              addDistributedOptions(p);
          },
          cmdTrain}},
        {QStringLiteral("launch"),
         {tr("Run a train command as N data-parallel ranks on this machine (rank 0 stores the run): "
             "micro-cli launch --ranks N train --project FILE --dataset NAME [options]."),
          [](QCommandLineParser &p) {
              p.addOption({QStringLiteral("ranks"), tr("Processes to start (default 2)."), tr("N")});
              p.addOption({QStringLiteral("port"), tr("Port rank 0 listens on (default: a free one)."), tr("PORT")});
              // Everything after "train" belongs to the train command.
              p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
          },
          cmdLaunch}},
        {QStringLiteral("runs"),
         {tr("List the project's runs with validation and test figures."), [](QCommandLineParser &p) { addProject(p); },
          cmdRuns}},
        {QStringLiteral("datasets"),
         {tr("List the project's datasets: rows, split, contexts, known groups, features, runs."),
          [](QCommandLineParser &p) { addProject(p); }, cmdDatasets}},
        {QStringLiteral("show-run"),
         {tr("One run in full: status, validation and test figures, its configuration and other results."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("run"), tr("Run id."), tr("ID")});
          },
          cmdShowRun}},
        {QStringLiteral("eval"),
         {tr("Evaluate a stored run on its validation rows."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("run"), tr("Run id."), tr("ID")});
              addThreads(p);
          },
          cmdEval}},
        {QStringLiteral("export"),
         {tr("Export a run: .json (config, metrics, epochs, parameters) or .csv (assignment and posterior per "
             "comparison)."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("run"), tr("Run id."), tr("ID")});
              p.addOption({QStringLiteral("out"), tr("Output file, .json or .csv."), tr("FILE")});
          },
          cmdExport}},
        {QStringLiteral("adapt"),
         {tr("Stage 2: route on prompt + context from a few labelled pairs per context (heads of --run frozen); stores "
             "a child run."),
          [](QCommandLineParser &p) {
              addProject(p);
              addStage2Options(p);
              p.addOption({QStringLiteral("budget"), tr("Labelled pairs per context (default 50)."), tr("B")});
              p.addOption({QStringLiteral("method"),
                           tr("micro (Hedge targets, default) or hyre (per-context weights)."), tr("M")});
          },
          cmdAdapt}},
        {QStringLiteral("budget-curve"),
         {tr("Accuracy against labelled pairs per context, MiCRo routing vs HyRe, over several seeds; stored with the "
             "run."),
          [](QCommandLineParser &p) {
              addProject(p);
              addStage2Options(p);
              p.addOption({QStringList{QStringLiteral("budgets"), QStringLiteral("budget")},
                           tr("Pairs per context (default 1,2,4,8,16,32,50)."), tr("LIST")});
              p.addOption({QStringLiteral("seeds"), tr("Draws per budget (default 5)."), tr("N")});
              p.addOption({QStringLiteral("out"), tr("Also write the curve to a .json or .csv file."), tr("FILE")});
          },
          cmdBudgetCurve}},
        {QStringLiteral("labels-export"),
         {tr("Write the labels given on a dataset (Labelling view) as JSONL: comparison id, annotator, context, "
             "choice, side shown, seconds, note."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("dataset"), tr("Dataset name."), tr("NAME")});
              p.addOption({QStringLiteral("out"), tr("Output file (.jsonl)."), tr("FILE")});
          },
          cmdLabelsExport}},
        {QStringLiteral("labels-import"),
         {tr("Add the labels of a JSONL file (as labels-export writes) to a dataset; a bad line imports nothing, "
             "labels already there are skipped."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOption({QStringLiteral("dataset"), tr("Dataset name."), tr("NAME")});
          },
          cmdLabelsImport}},
        {QStringLiteral("select-k"),
         {tr("Held-out NLL for each K in a range and the suggested K (one-standard-error rule; BIC beside it); stored "
             "with the dataset."),
          [](QCommandLineParser &p) {
              addProject(p);
              p.addOptions({
                  {QStringLiteral("dataset"), tr("Dataset name."), tr("NAME")},
                  {QStringLiteral("k"), tr("Range of K (default 1..6)."), tr("A..B")},
                  {QStringLiteral("fit"), tr("gradient (default) or em (dense features only)."), tr("METHOD")},
                  {QStringLiteral("ridge"),
                   tr("EM: L2 penalty on every coefficient (default 0.0001; try 10 with 100+ columns)."), tr("R")},
                  {QStringLiteral("epochs"), tr("Epochs of gradient fits (default 20)."), tr("E")},
                  {QStringLiteral("lr"),
                   tr("Learning rate of gradient fits (default: every K at 0.01 and at 0.05, the rate with the lower "
                      "held-out NLL over all K kept)."),
                   tr("LR")},
                  {QStringLiteral("alpha"), tr("Entropy weight of gradient fits (default 0: the likelihood alone)."),
                   tr("A")},
                  {QStringLiteral("seeds"), tr("Starts per K; the lowest held-out NLL is kept (default 3)."), tr("N")},
                  {QStringLiteral("val"), tr("Held-out share (default 0.2)."), tr("F")},
                  {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
                  {QStringLiteral("out"), tr("Also write the table to a .json or .csv file."), tr("FILE")},
              });
              addThreads(p);
          },
          cmdSelectK}},
        {QStringLiteral("bench-routing"),
         {tr("Time one online Hedge update and one adapted-router epoch over labelled pairs."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("k"), tr("Heads (default 10)."), tr("K")},
                  {QStringLiteral("pairs"), tr("Labelled pairs (default 500)."), tr("N")},
                  {QStringLiteral("dim"), tr("Prompt features (default 64; plus 2 context columns)."), tr("P")},
              });
          },
          cmdBenchRouting}},
        {QStringLiteral("bench-em"),
         {tr("Time EM fitting on the CSV of shared/bench/make_flex_csv.py (the flexmix comparison)."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("csv"), tr("CSV with columns y, d1..dD, x1..xP."), tr("FILE")},
                  {QStringLiteral("k"), tr("Components (default 3)."), tr("K")},
                  {QStringLiteral("restarts"), tr("Random starts besides the gradient start (default 1)."), tr("R")},
                  {QStringLiteral("iterations"), tr("Iteration cap (default 200)."), tr("I")},
                  {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
              });
              addThreads(p);
          },
          cmdBenchEm}},
        {QStringLiteral("bench"),
         {tr("Time Stage-1 training on the .npy triple of shared/bench/make_synth.py."),
          [](QCommandLineParser &p) {
              p.addOptions({
                  {QStringLiteral("npy"), tr("Folder with chosen.npy, rejected.npy, prompt.npy."), tr("DIR")},
                  {QStringLiteral("k"), tr("Heads (default 4)."), tr("K")},
                  {QStringLiteral("epochs"), tr("Epochs (default 1)."), tr("E")},
                  {QStringLiteral("batch"), tr("Batch size (default 32)."), tr("B")},
                  {QStringLiteral("lr"), tr("Peak learning rate (default 0.002)."), tr("LR")},
                  {QStringLiteral("seed"), tr("Random seed (default 0)."), tr("S")},
                  {QStringLiteral("workers"),
                   tr("Workers that run the threads' lanes (default: as many as there are idle cores)."), tr("N")},
              });
              addThreads(p);
          },
          cmdBench}},
    };
    return all;
}

QString overview()
{
    QString text =
        tr("Usage: micro-cli <command> [options]   (micro-cli <command> --help for its options)\n\nCommands:\n");
    for (const auto &[name, c] : commands())
        text += QStringLiteral("  %1 %2\n").arg(name, -11).arg(c.summary);
    return text;
}

} // namespace

int runCli(const QStringList &arguments)
{
    if (arguments.size() < 2 || arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h") ||
        arguments[1] == QLatin1String("help")) {
        out() << overview();
        return arguments.size() < 2 ? 2 : 0;
    }
    const QString name = arguments[1];
    const auto it = commands().find(name);
    if (it == commands().end()) {
        err() << tr("Unknown command \"%1\"; 'micro-cli --help' lists the commands.").arg(name) << QStringLiteral("\n");
        return 2;
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(it->second.summary);
    parser.addHelpOption();
    parser.addOption({QStringLiteral("json"), tr("Machine-readable output (JSON on stdout).")});
    parser.addOption(
        {QStringLiteral("progress"),
         tr("Show progress on stderr even when it is not a terminal (with --json: a JSON line per second).")});
    it->second.addOptions(parser);
    QStringList args = arguments.mid(1);
    args[0] = arguments[0] + QLatin1Char(' ') + name;
    if (!parser.parse(args)) {
        err() << parser.errorText() << QStringLiteral("\n");
        return 2;
    }
    static const QStringList takesFile{QStringLiteral("import"),           QStringLiteral("bench-import"),
                                       QStringLiteral("bench-encoder"),    QStringLiteral("synth-file"),
                                       QStringLiteral("add-feature-file"), QStringLiteral("launch"),
                                       QStringLiteral("labels-import")};
    if (parser.isSet(QStringLiteral("help"))) {
        // Qt names the program path alone; say which command the options belong to.
        QString help = parser.helpText();
        const qsizetype eol = help.indexOf(QLatin1Char('\n'));
        help.replace(0, eol,
                     QStringLiteral("Usage: micro-cli %1 [options]%2")
                         .arg(name, takesFile.contains(name) ? QStringLiteral(" FILE") : QString()));
        out() << help;
        return 0;
    }
    if (!parser.positionalArguments().isEmpty() && !takesFile.contains(name)) {
        err() << tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()) << QStringLiteral("\n");
        return 2;
    }
    // Ctrl+C cancels fits at the next batch; other commands keep the default (they either
    // finish quickly or write in one transaction that an interruption rolls back).
    static const QStringList cancellable{
        QStringLiteral("import"),       QStringLiteral("featurize"), QStringLiteral("bench-encoder"),
        QStringLiteral("embed-import"), QStringLiteral("train"),     QStringLiteral("demo"),
        QStringLiteral("bench"),        QStringLiteral("bench-em"),  QStringLiteral("adapt"),
        QStringLiteral("budget-curve"), QStringLiteral("select-k"),  QStringLiteral("synth-file")};
    if (cancellable.contains(name)) {
        std::signal(SIGINT, onInterrupt);
        std::signal(SIGTERM, onInterrupt);
    }
    // A command that fails must not leave behind a project file it created (an empty
    // project, or a WAL file on a full disk): remember whether the file was there.
    // optionNames(): the options given, so commands without --project (bench) are not asked.
    const QString project =
        parser.optionNames().contains(QStringLiteral("project")) ? parser.value(QStringLiteral("project")) : QString();
    const bool projectExisted = project.isEmpty() || QFileInfo::exists(project);
    auto removeCreatedProject = [&] {
        if (projectExisted) return;
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(project + QLatin1String(suffix));
    };
    g_forceProgress = parser.isSet(QStringLiteral("progress"));
    try {
        it->second.run(parser);
        out().flush();
        return 0;
    } catch (const UsageError &e) {
        removeCreatedProject();
        endProgressLine();
        err() << e.message << QStringLiteral("\n");
        return 2;
    } catch (const MicroError &e) {
        removeCreatedProject();
        endProgressLine();
        err() << QStringLiteral("micro-cli %1: ").arg(name) << micro::ui::errorText(e.error()) << QStringLiteral("\n");
        return 1;
    } catch (const std::bad_alloc &) {
        removeCreatedProject();
        endProgressLine();
        err() << QStringLiteral("micro-cli %1: ").arg(name) << tr("Out of memory.") << QStringLiteral("\n");
        return 1;
    } catch (const std::exception &e) {
        removeCreatedProject();
        endProgressLine();
        err() << QStringLiteral("micro-cli %1: ").arg(name)
              << micro::ui::errorText(Error{ErrorCode::Internal, name, QString::fromLocal8Bit(e.what())})
              << QStringLiteral("\n");
        return 1;
    }
}

} // namespace micro::app
