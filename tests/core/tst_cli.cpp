// Drives the micro-cli executable as a user or a script would: exit codes, the one-line
// error messages, --json output, exports, and what the project file looks like afterwards.
// Commands that succeed; the failing ones are in tst_cli_errors.cpp.
#include "tst_cli.h"

#include "npywriter.h"

#include "jobs/labeltransfer.h"
#include "jobs/runexport.h"
#include "labels/label.h"
#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace micro::test;

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(MICRO_CLI_PATH)));
    m_project = path(QStringLiteral("p.micro"));
    const CliResult r = cli({QStringLiteral("synth"), QStringLiteral("--project"), m_project, QStringLiteral("--name"),
                             QStringLiteral("s"), QStringLiteral("--n"), QStringLiteral("2000")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(QStringLiteral("2000 comparisons")));
}

void TestCli::demoPrintsTheComparisonTable()
{
    const QString project = path(QStringLiteral("demo.micro"));
    const CliResult r = cli({QStringLiteral("demo"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray models = o.value(QStringLiteral("models")).toArray();
    QCOMPARE(models.size(), 3);
    QStringList names;
    for (const QJsonValue &m : models)
        names << m.toObject().value(QStringLiteral("model")).toString();
    QCOMPARE(names, (QStringList{QStringLiteral("single"), QStringLiteral("static"), QStringLiteral("micro")}));
    // The demo's point: routing on the prompt beats one reward model by a wide margin.
    const double single = models[0].toObject().value(QStringLiteral("accuracy")).toDouble();
    const double micro = models[2].toObject().value(QStringLiteral("accuracy")).toDouble();
    QVERIFY2(micro > single + 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(micro).arg(single)));
    const CliResult text = cli({QStringLiteral("runs"), QStringLiteral("--project"), project});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.count(QStringLiteral("finished")), 3);
}

void TestCli::trainEvalExport()
{
    const CliResult t = cli({QStringLiteral("train"),     QStringLiteral("--project"), m_project,
                             QStringLiteral("--dataset"), QStringLiteral("s"),         QStringLiteral("--model"),
                             QStringLiteral("micro"),     QStringLiteral("--k"),       QStringLiteral("3"),
                             QStringLiteral("--router"),  QStringLiteral("mlp"),       QStringLiteral("--alpha"),
                             QStringLiteral("0.1"),       QStringLiteral("--epochs"),  QStringLiteral("3"),
                             QStringLiteral("--batch"),   QStringLiteral("32"),        QStringLiteral("--lr"),
                             QStringLiteral("0.01"),      QStringLiteral("--seed"),    QStringLiteral("4"),
                             QStringLiteral("--val"),     QStringLiteral("0.2"),       QStringLiteral("--json")});
    QCOMPARE(t.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(t.out.toUtf8()).object();
    const qint64 run = o.value(QStringLiteral("run")).toInteger();
    QVERIFY(run > 0);
    QCOMPARE(o.value(QStringLiteral("validation")).toObject().value(QStringLiteral("rows")).toInt(), 400);

    const CliResult e = cli({QStringLiteral("eval"), QStringLiteral("--project"), m_project, QStringLiteral("--run"),
                             QString::number(run), QStringLiteral("--json")});
    QCOMPARE(e.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(e.out.toUtf8()).object().value(QStringLiteral("accuracy")).toDouble(),
             o.value(QStringLiteral("validation")).toObject().value(QStringLiteral("accuracy")).toDouble());

    const QString json = path(QStringLiteral("run.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--run"),
                  QString::number(run), QStringLiteral("--out"), json})
                 .exitCode,
             0);
    QFile jf(json);
    QVERIFY(jf.open(QIODevice::ReadOnly));
    const QJsonObject exported = QJsonDocument::fromJson(jf.readAll()).object();
    QCOMPARE(exported.value(QStringLiteral("epochs")).toArray().size(), 3);
    QCOMPARE(exported.value(QStringLiteral("config")).toObject().value(QStringLiteral("router")).toString(),
             QStringLiteral("mlp"));
    QVERIFY(exported.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("values")).toArray().size() >
            0);

    const QString csv = path(QStringLiteral("run.csv"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), m_project, QStringLiteral("--run"),
                  QString::number(run), QStringLiteral("--out"), csv})
                 .exitCode,
             0);
    QFile cf(csv);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(cf.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2001);
    QCOMPARE(lines[0], QStringLiteral("row,id,known_group,context,assignment,posterior_0,posterior_1,posterior_2"));
    QCOMPARE(lines[1].split(QLatin1Char(',')).size(), 8);

    // The CLI writes what core's use case writes, byte for byte (File > Export Run calls
    // the same function: tst_mainwindow).
    {
        micro::core::ProjectStore store(m_project, micro::core::ProjectStore::OpenMode::MustExist);
        micro::core::exportRun(store, run, path(QStringLiteral("core.json")));
        micro::core::exportRun(store, run, path(QStringLiteral("core.csv")));
    }
    QCOMPARE(fileHash(path(QStringLiteral("core.json"))), fileHash(json));
    QCOMPARE(fileHash(path(QStringLiteral("core.csv"))), fileHash(csv));
}

// Labels given in the Labelling view travel as JSONL: labels-export writes what the view's
// Export Labels writes (one use case), labels-import adds them to a project holding the
// same comparisons once (repeats skipped), and a file with one bad line adds nothing and
// names the line.
void TestCli::labelsOutAndIn()
{
    using namespace micro::core;
    const QStringList synth{QStringLiteral("synth"), QStringLiteral("--name"), QStringLiteral("c"),
                            QStringLiteral("--n"),   QStringLiteral("200"),    QStringLiteral("--contexts"),
                            QStringLiteral("2")};
    const QString from = path(QStringLiteral("labels-from.micro")), to = path(QStringLiteral("labels-to.micro"));
    QCOMPARE(cli(synth + QStringList{QStringLiteral("--project"), from}).exitCode, 0);
    QCOMPARE(cli(synth + QStringList{QStringLiteral("--project"), to}).exitCode, 0);
    {
        ProjectStore store(from, ProjectStore::OpenMode::MustExist);
        const qint64 id = store.datasetInfo(QStringLiteral("c")).id;
        for (int row : {3, 7, 11}) {
            Label l;
            l.datasetId = id;
            l.row = row;
            l.annotator = QStringLiteral("kim");
            l.context = QStringLiteral("c0");
            l.choice = row == 7 ? LabelChoice::Rejected : LabelChoice::Chosen;
            store.addLabel(l);
        }
        QCOMPARE(exportDatasetLabels(store, id, path(QStringLiteral("core-labels.jsonl"))), 3);
    }
    const QString out = path(QStringLiteral("labels.jsonl"));
    CliResult r = cli({QStringLiteral("labels-export"), QStringLiteral("--project"), from, QStringLiteral("--dataset"),
                       QStringLiteral("c"), QStringLiteral("--out"), out, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("labels")).toInt(), 3);
    QCOMPARE(fileHash(out), fileHash(path(QStringLiteral("core-labels.jsonl"))));

    auto import = [&](const QString &file) {
        return cli({QStringLiteral("labels-import"), QStringLiteral("--project"), to, QStringLiteral("--dataset"),
                    QStringLiteral("c"), file, QStringLiteral("--json")});
    };
    r = import(out);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("added")).toInt(), 3);
    r = import(out);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("added")).toInt(), 0);

    QFile good(out);
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray first = good.readLine();
    writeText(QStringLiteral("bad-labels.jsonl"), first + "{\"id\": \"no such comparison\", \"choice\": \"chosen\"}\n");
    const QByteArray before = fileHash(to);
    r = import(path(QStringLiteral("bad-labels.jsonl")));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("bad-labels.jsonl:2:")), qPrintable(r.err)); // file and line named
    ProjectStore store(to, ProjectStore::OpenMode::MustExist);
    QCOMPARE(int(store.labels(store.datasetInfo(QStringLiteral("c")).id).size()), 3);
    QCOMPARE(fileHash(to), before);
}

void TestCli::stage2AndModelChoiceCommands()
{
    const QString project = path(QStringLiteral("s2.micro"));
    QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                  QStringLiteral("ctx"), QStringLiteral("--n"), QStringLiteral("3000"), QStringLiteral("--k"),
                  QStringLiteral("4"), QStringLiteral("--contexts"), QStringLiteral("2"),
                  QStringLiteral("--context-strength"), QStringLiteral("16")})
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
                  QStringLiteral("ctx"), QStringLiteral("--k"), QStringLiteral("4"), QStringLiteral("--fit"),
                  QStringLiteral("em")})
                 .exitCode,
             0);
    const CliResult a = cli({QStringLiteral("adapt"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                             QStringLiteral("1"), QStringLiteral("--budget"), QStringLiteral("20"),
                             QStringLiteral("--tau"), QStringLiteral("1"), QStringLiteral("--json")});
    QCOMPARE(a.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(a.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("run")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("contexts")).toArray().size(), 2);
    QCOMPARE(report.value(QStringLiteral("contexts")).toArray()[0].toObject().value(QStringLiteral("labelled")).toInt(),
             20);
    // The same split objects as train and eval, with per-context figures.
    QVERIFY(report.value(QStringLiteral("validation")).toObject().value(QStringLiteral("accuracy")).isDouble());
    QCOMPARE(report.value(QStringLiteral("validation")).toObject().value(QStringLiteral("by_context")).toArray().size(),
             2);

    const QString curve = path(QStringLiteral("curve.csv"));
    QCOMPARE(cli({QStringLiteral("budget-curve"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("1"), QStringLiteral("--budgets"), QStringLiteral("1,4"), QStringLiteral("--seeds"),
                  QStringLiteral("2"), QStringLiteral("--out"), curve})
                 .exitCode,
             0);
    QFile cf(curve);
    QVERIFY(cf.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(cf.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].startsWith(QStringLiteral("budget,micro_mean,micro_std,hyre_mean,hyre_std,micro_test_mean")),
             qPrintable(lines[0]));

    const QString table = path(QStringLiteral("k.json"));
    QCOMPARE(cli({QStringLiteral("select-k"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
                  QStringLiteral("ctx"), QStringLiteral("--k"), QStringLiteral("1..3"), QStringLiteral("--out"), table})
                 .exitCode,
             0);
    QFile kf(table);
    QVERIFY(kf.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(kf.readAll()).object().value(QStringLiteral("rows")).toArray().size(), 3);

    // Bad requests change nothing.
    const QByteArray before = fileHash(project);
    const CliResult badOut =
        cli({QStringLiteral("budget-curve"), QStringLiteral("--project"), project, QStringLiteral("--run"),
             QStringLiteral("1"), QStringLiteral("--out"), path(QStringLiteral("curve.txt"))});
    QCOMPARE(badOut.exitCode, 2);
    const CliResult badRange =
        cli({QStringLiteral("select-k"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("ctx"), QStringLiteral("--k"), QStringLiteral("5..2")});
    QCOMPARE(badRange.exitCode, 1);
    QVERIFY2(lastLine(badRange.err).contains(QStringLiteral("5..2")), qPrintable(badRange.err));
    const CliResult badRun = cli(
        {QStringLiteral("adapt"), QStringLiteral("--project"), project, QStringLiteral("--run"), QStringLiteral("77")});
    QCOMPARE(badRun.exitCode, 1);
    QVERIFY(lastLine(badRun.err).contains(QStringLiteral("77")));
    QCOMPARE(fileHash(project), before);
}

// Text in, features cached, the stored split used by train: the issue-3 flow end to end.
void TestCli::importFeaturizeTrain()
{
    QByteArray rows;
    for (int i = 0; i < 400; ++i)
        rows += QStringLiteral("{\"prompt\":\"question %1\",\"chosen\":\"a long and careful answer "
                               "%2\",\"rejected\":\"no\",\"context\":\"%3\"}\n")
                    .arg(i)
                    .arg(i % 17)
                    .arg(i % 2 ? QStringLiteral("concise") : QStringLiteral("thorough"))
                    .toUtf8();
    writeText(QStringLiteral("t.jsonl"), rows);
    const QString project = path(QStringLiteral("import.micro"));
    CliResult r = cli({QStringLiteral("import"), path(QStringLiteral("t.jsonl")), QStringLiteral("--project"), project,
                       QStringLiteral("--name"), QStringLiteral("t"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(QStringLiteral("imported")).toInt(), 400);
    QCOMPARE(report.value(QStringLiteral("shape")).toString(), QStringLiteral("explicit-prompt"));
    QCOMPARE(report.value(QStringLiteral("contexts")).toArray().size(), 2);
    const QJsonObject split = report.value(QStringLiteral("split")).toObject();
    QCOMPARE(split.value(QStringLiteral("train")).toInt() + split.value(QStringLiteral("validation")).toInt() +
                 split.value(QStringLiteral("test")).toInt(),
             400);
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("t"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--hash-dim"),
             QStringLiteral("4096")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("computed, dataset \"t@h4096-ctx\"")), qPrintable(r.err));
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("t"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--hash-dim"),
             QStringLiteral("4096")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("cached")), qPrintable(r.err));
    r = cli({QStringLiteral("eval"), QStringLiteral("--project"), project, QStringLiteral("--run"), QStringLiteral("1"),
             QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    // Validation rows are the stored split's, not a fresh random draw.
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rows")).toInt(),
             split.value(QStringLiteral("validation")).toInt());
}

// Embeddings as a new dataset, then as the features of an imported one (by id).
void TestCli::embedImport()
{
    QDir().mkpath(path(QStringLiteral("emb")));
    QVERIFY(micro::test::writeNpyTriple(path(QStringLiteral("emb")), 6, 4, 3));
    const QString project = path(QStringLiteral("emb.micro"));
    CliResult r =
        cli({QStringLiteral("embed-import"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("e"), QStringLiteral("--chosen"), path(QStringLiteral("emb/chosen.npy")),
             QStringLiteral("--rejected"), path(QStringLiteral("emb/rejected.npy")), QStringLiteral("--prompt"),
             path(QStringLiteral("emb/prompt.npy")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("n")).toInt(), 6);
    QCOMPARE(o.value(QStringLiteral("d")).toInt(), 4);
    QCOMPARE(o.value(QStringLiteral("p")).toInt(), 3);
    QByteArray rows;
    for (int i = 0; i < 6; ++i)
        rows += QStringLiteral("{\"id\":\"r%1\",\"prompt\":\"q%1\",\"chosen\":\"yes %1\",\"rejected\":\"no\"}\n")
                    .arg(i)
                    .toUtf8();
    writeText(QStringLiteral("emb.jsonl"), rows);
    QCOMPARE(cli({QStringLiteral("import"), path(QStringLiteral("emb.jsonl")), QStringLiteral("--project"), project,
                  QStringLiteral("--name"), QStringLiteral("t")})
                 .exitCode,
             0);
    writeText(QStringLiteral("emb/ids.txt"), "r5\nr4\nr3\nr2\nr1\nr0\n");
    r = cli({QStringLiteral("embed-import"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("t"), QStringLiteral("--chosen"), path(QStringLiteral("emb/chosen.npy")),
             QStringLiteral("--rejected"), path(QStringLiteral("emb/rejected.npy")), QStringLiteral("--ids"),
             path(QStringLiteral("emb/ids.txt")), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("dataset")).toString(), QStringLiteral("t@embeddings"));
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("t@embeddings"), QStringLiteral("--epochs"), QStringLiteral("1"), QStringLiteral("--k"),
             QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
}

// Scripts and logs: no progress bar when stderr is not a terminal (here a pipe) unless
// --progress asks for it, and the bar's line is ended before the next message.
void TestCli::progressBarOnlyOnATerminalOrWhenAsked()
{
    const QString project = path(QStringLiteral("progress.micro"));
    CliResult r = cli({QStringLiteral("synth"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                       QStringLiteral("d"), QStringLiteral("--n"), QStringLiteral("300")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("d"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--k"),
             QStringLiteral("2"), QStringLiteral("--lr"), QStringLiteral("0.01"), QStringLiteral("--alpha"),
             QStringLiteral("0.1")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("[#")) && !r.err.contains(QStringLiteral("%\r")), qPrintable(r.err));
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("d"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--k"),
             QStringLiteral("2"), QStringLiteral("--lr"), QStringLiteral("0.01"), QStringLiteral("--alpha"),
             QStringLiteral("0.1"), QStringLiteral("--progress")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains(QStringLiteral("100%")), qPrintable(r.err));
    QVERIFY2(r.err.endsWith(QLatin1Char('\n')), qPrintable(r.err));
    // With --json, progress is JSON lines on stderr (stdout keeps the one result).
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("d"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--k"),
             QStringLiteral("2"), QStringLiteral("--lr"), QStringLiteral("0.01"), QStringLiteral("--alpha"),
             QStringLiteral("0.1"), QStringLiteral("--progress"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object().contains(QStringLiteral("run")));
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(!lines.isEmpty(), "no progress lines with --json --progress");
    for (const QString &line : lines)
        QVERIFY2(QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("progress")).isDouble(),
                 qPrintable(line));
}

// `datasets` lists what is there with its split; `show-run` shows one run in full;
// `train --val` on a dataset with a stored split is refused instead of ignored.
void TestCli::datasetsShowRunAndStoredSplit()
{
    const QString project = path(QStringLiteral("listing.micro"));
    CliResult r = cli({QStringLiteral("synth"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                       QStringLiteral("d"), QStringLiteral("--n"), QStringLiteral("500"), QStringLiteral("--test"),
                       QStringLiteral("0.2"), QStringLiteral("--contexts"), QStringLiteral("2")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("datasets"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject d =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("datasets")).toArray().first().toObject();
    QCOMPARE(d.value(QStringLiteral("name")).toString(), QStringLiteral("d"));
    QCOMPARE(d.value(QStringLiteral("rows")).toInt(), 500);
    QCOMPARE(d.value(QStringLiteral("contexts")).toInt(), 2);
    const QJsonObject split = d.value(QStringLiteral("split")).toObject();
    QCOMPARE(split.value(QStringLiteral("train")).toInt() + split.value(QStringLiteral("validation")).toInt() +
                 split.value(QStringLiteral("test")).toInt(),
             500);
    QVERIFY(split.value(QStringLiteral("test")).toInt() > 50);
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("d"), QStringLiteral("--val"), QStringLiteral("0.3")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("stored split")), qPrintable(r.err));
    r = cli({QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("d"), QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--k"),
             QStringLiteral("2"), QStringLiteral("--lr"), QStringLiteral("0.01"), QStringLiteral("--alpha"),
             QStringLiteral("0.1"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QString run = QString::number(QJsonDocument::fromJson(r.out.toUtf8()).object().value("run").toInteger());
    r = cli({QStringLiteral("show-run"), QStringLiteral("--project"), project, QStringLiteral("--run"), run});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Validation: accuracy")) && r.out.contains(QStringLiteral("Test: accuracy")),
             qPrintable(r.out));
    r = cli({QStringLiteral("show-run"), QStringLiteral("--project"), project, QStringLiteral("--run"), run,
             QStringLiteral("--json")});
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown.value(QStringLiteral("config")).toObject().value(QStringLiteral("k")).toInt(), 2);
    QVERIFY(shown.value(QStringLiteral("metrics")).toObject().value(QStringLiteral("test")).isObject());
}

void TestCli::helpForEachCommand()
{
    for (const QString &c :
         {QStringLiteral("demo"),          QStringLiteral("synth"),        QStringLiteral("train"),
          QStringLiteral("runs"),          QStringLiteral("eval"),         QStringLiteral("export"),
          QStringLiteral("bench"),         QStringLiteral("import-npy"),   QStringLiteral("adapt"),
          QStringLiteral("budget-curve"),  QStringLiteral("select-k"),     QStringLiteral("bench-em"),
          QStringLiteral("bench-routing"), QStringLiteral("import"),       QStringLiteral("featurize"),
          QStringLiteral("embed-import"),  QStringLiteral("bench-import"), QStringLiteral("datasets"),
          QStringLiteral("show-run"),      QStringLiteral("bench-encoder")}) {
        const CliResult r = cli({c, QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("--json")), qPrintable(c));
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: micro-cli %1 [options]").arg(c)), qPrintable(r.out));
    }
}

// add-feature-file (core's addFeatureFileAndStore, as File > Add Feature File): the project
// records the file's shape and place, not its bytes; a file that is not a feature file is
// refused by name and no project is left behind.
void TestCli::addFeatureFile()
{
    const QString file = path(QStringLiteral("f.mfeat")), project = path(QStringLiteral("ff.micro"));
    QCOMPARE(cli({QStringLiteral("synth-file"), file, QStringLiteral("--n"), QStringLiteral("20000"),
                  QStringLiteral("--dim"), QStringLiteral("64"), QStringLiteral("--router-dim"), QStringLiteral("32")})
                 .exitCode,
             0);
    CliResult r = cli({QStringLiteral("add-feature-file"), file, QStringLiteral("--project"), project,
                       QStringLiteral("--name"), QStringLiteral("f"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 20000);
    QCOMPARE(o.value(QStringLiteral("d")).toInt(), 64);
    QCOMPARE(o.value(QStringLiteral("p")).toInt(), 32);
    // 3.8 MB of features; the project holds their shape and place (and, under 2 GB, the ids).
    QVERIFY2(QFileInfo(project).size() < QFileInfo(file).size() / 4,
             qPrintable(QStringLiteral("%1 vs %2").arg(QFileInfo(project).size()).arg(QFileInfo(file).size())));

    writeText(QStringLiteral("bad.mfeat"), "not a feature file\n");
    const QString absent = path(QStringLiteral("never.micro"));
    r = cli({QStringLiteral("add-feature-file"), path(QStringLiteral("bad.mfeat")), QStringLiteral("--project"), absent,
             QStringLiteral("--name"), QStringLiteral("b")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains(QStringLiteral("bad.mfeat")), qPrintable(r.err));
    QVERIFY(!QFile::exists(absent));
}

QTEST_GUILESS_MAIN(TestCli)
