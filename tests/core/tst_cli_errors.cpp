// micro-cli commands that fail, are misused or are killed: a clear message, a non-zero exit,
// and the project file as it was (or consistent, after a kill).
#include "tst_cli.h"

#include "npywriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>
#include <limits>

using namespace micro::test;

// Every error: non-zero exit, one sentence on stderr naming the culprit, and the project
// file exactly as it was (or still absent).
void TestCli::errorsAreClearAndChangeNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<bool>("usesProject");
    const QString p = QStringLiteral("--project");
    const QString train = QStringLiteral("train");
    auto trainWith = [&](const QStringList &extra) {
        return QStringList{train, p, QStringLiteral("@P"), QStringLiteral("--dataset"), QStringLiteral("s")} + extra;
    };
    QTest::newRow("missing project file")
        << QStringList{train, p, QStringLiteral("@D/none.micro"), QStringLiteral("--dataset"), QStringLiteral("s")}
        << QStringLiteral("none.micro") << false;
    QTest::newRow("unknown dataset") << QStringList{train, p, QStringLiteral("@P"), QStringLiteral("--dataset"),
                                                    QStringLiteral("nope")}
                                     << QStringLiteral("\"nope\"") << true;
    QTest::newRow("unknown run") << QStringList{QStringLiteral("eval"), p, QStringLiteral("@P"),
                                                QStringLiteral("--run"), QStringLiteral("999")}
                                 << QStringLiteral("999") << true;
    QTest::newRow("K below 1") << trainWith({QStringLiteral("--k"), QStringLiteral("0")}) << QStringLiteral("k")
                               << true;
    QTest::newRow("batch 0") << trainWith({QStringLiteral("--batch"), QStringLiteral("0")}) << QStringLiteral("batch")
                             << true;
    QTest::newRow("negative batch") << trainWith({QStringLiteral("--batch"), QStringLiteral("-4")})
                                    << QStringLiteral("batch") << true;
    QTest::newRow("not a number") << trainWith({QStringLiteral("--lr"), QStringLiteral("fast")})
                                  << QStringLiteral("fast") << true;
    QTest::newRow("unknown model") << trainWith({QStringLiteral("--model"), QStringLiteral("gpt")})
                                   << QStringLiteral("gpt") << true;
    QTest::newRow("NaN in features") << QStringList{QStringLiteral("import-npy"), p,
                                                    QStringLiteral("@P"),         QStringLiteral("--name"),
                                                    QStringLiteral("bad"),        QStringLiteral("--dir"),
                                                    QStringLiteral("@D/nan")}
                                     << QStringLiteral("row 3, column 2") << true;
    QTest::newRow("Inf in bench input") << QStringList{QStringLiteral("bench"), QStringLiteral("--npy"),
                                                       QStringLiteral("@D/inf")}
                                        << QStringLiteral("NaN or Inf") << false;
    QTest::newRow("shape mismatch") << QStringList{QStringLiteral("import-npy"), p,
                                                   QStringLiteral("@P"),         QStringLiteral("--name"),
                                                   QStringLiteral("bad"),        QStringLiteral("--dir"),
                                                   QStringLiteral("@D/shape")}
                                    << QStringLiteral("prompt.npy") << true;
    QTest::newRow("export to unknown type") << QStringList{QStringLiteral("export"),  p,
                                                           QStringLiteral("@P"),      QStringLiteral("--run"),
                                                           QStringLiteral("1"),       QStringLiteral("--out"),
                                                           QStringLiteral("@D/x.txt")}
                                            << QStringLiteral(".json or .csv") << true;
    // An --out that cannot be written is refused before the analysis is computed or stored
    // (it used to be stored first, then the write failed), and a symbolic link is not
    // followed to replace its target (issue 13, defects 5-6).
    QTest::newRow("select-k into a missing folder") << QStringList{QStringLiteral("select-k"),
                                                                   p,
                                                                   QStringLiteral("@P"),
                                                                   QStringLiteral("--dataset"),
                                                                   QStringLiteral("s"),
                                                                   QStringLiteral("--k"),
                                                                   QStringLiteral("1..2"),
                                                                   QStringLiteral("--out"),
                                                                   QStringLiteral("@D/nowhere/k.json")}
                                                    << QStringLiteral("does not exist") << true;
    QTest::newRow("export through a symbolic link")
        << QStringList{QStringLiteral("export"),      p,
                       QStringLiteral("@P"),          QStringLiteral("--run"),
                       QStringLiteral("1"),           QStringLiteral("--out"),
                       QStringLiteral("@D/link.json")}
        << QStringLiteral("symbolic link") << true;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("fly")} << QStringLiteral("fly") << false;
    const QString import = QStringLiteral("import");
    QTest::newRow("import: malformed line, stop")
        << QStringList{import,
                       QStringLiteral("@D/bad.jsonl"),
                       p,
                       QStringLiteral("@P"),
                       QStringLiteral("--name"),
                       QStringLiteral("x"),
                       QStringLiteral("--on-error"),
                       QStringLiteral("stop")}
        << QStringLiteral("bad.jsonl:2: expected a complete JSON object") << true;
    QTest::newRow("import: ambiguous labels") << QStringList{import,
                                                             QStringLiteral("@D/labels.csv"),
                                                             p,
                                                             QStringLiteral("@P"),
                                                             QStringLiteral("--name"),
                                                             QStringLiteral("x")}
                                              << QStringLiteral("values found '0' (1 rows), '1' (1 rows)") << true;
    QTest::newRow("import: taken name") << QStringList{import,
                                                       QStringLiteral("@D/good.jsonl"),
                                                       p,
                                                       QStringLiteral("@P"),
                                                       QStringLiteral("--name"),
                                                       QStringLiteral("s")}
                                        << QStringLiteral("\"s\"") << true;
    QTest::newRow("import: missing file") << QStringList{import,
                                                         QStringLiteral("@D/none.jsonl"),
                                                         p,
                                                         QStringLiteral("@P"),
                                                         QStringLiteral("--name"),
                                                         QStringLiteral("x")}
                                          << QStringLiteral("none.jsonl") << true;
    QTest::newRow("import: bad mapping role") << QStringList{import,
                                                             QStringLiteral("@D/good.jsonl"),
                                                             p,
                                                             QStringLiteral("@P"),
                                                             QStringLiteral("--name"),
                                                             QStringLiteral("x"),
                                                             QStringLiteral("--map"),
                                                             QStringLiteral("answer=col")}
                                              << QStringLiteral("answer=col") << true;
    QTest::newRow("embed-import: row mismatch") << QStringList{QStringLiteral("embed-import"),
                                                               p,
                                                               QStringLiteral("@P"),
                                                               QStringLiteral("--dataset"),
                                                               QStringLiteral("e"),
                                                               QStringLiteral("--chosen"),
                                                               QStringLiteral("@D/shape/chosen.npy"),
                                                               QStringLiteral("--rejected"),
                                                               QStringLiteral("@D/shape/rejected.npy"),
                                                               QStringLiteral("--prompt"),
                                                               QStringLiteral("@D/shape/prompt.npy")}
                                                << QStringLiteral("prompt.npy") << true;
}

void TestCli::errorsAreClearAndChangeNothing()
{
    QFETCH(QStringList, args);
    QFETCH(QString, needle);
    QFETCH(bool, usesProject);
    // Inputs for the feature checks.
    QDir().mkpath(path(QStringLiteral("nan")));
    QDir().mkpath(path(QStringLiteral("inf")));
    QDir().mkpath(path(QStringLiteral("shape")));
    QVERIFY(micro::test::writeNpyTriple(path(QStringLiteral("nan")), 4, 3, 2));
    std::vector<float> withNan(12, 0.5f);
    withNan[7] = std::numeric_limits<float>::quiet_NaN(); // row 3, column 2
    QVERIFY(micro::test::writeNpyMatrix(path(QStringLiteral("nan/rejected.npy")), 4, 3, withNan));
    QVERIFY(micro::test::writeNpyTriple(path(QStringLiteral("inf")), 4, 3, 2));
    std::vector<float> withInf(8, 0.5f);
    withInf[0] = std::numeric_limits<float>::infinity();
    QVERIFY(micro::test::writeNpyMatrix(path(QStringLiteral("inf/prompt.npy")), 4, 2, withInf));
    QVERIFY(micro::test::writeNpyTriple(path(QStringLiteral("shape")), 4, 3, 2));
    QVERIFY(micro::test::writeNpyMatrix(path(QStringLiteral("shape/prompt.npy")), 5, 2, std::vector<float>(10, 0.f)));
    writeText(QStringLiteral("bad.jsonl"),
              "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}\n{\"prompt\":\"p\",\"chosen\n");
    writeText(QStringLiteral("labels.csv"), "prompt,response_a,response_b,label\np,x,y,0\np,x,z,1\n");
    writeText(QStringLiteral("good.jsonl"), "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}\n");
    writeText(QStringLiteral("precious.txt"), "keep me");
    QFile::remove(path(QStringLiteral("link.json")));
    QVERIFY(QFile::link(path(QStringLiteral("precious.txt")), path(QStringLiteral("link.json"))));

    for (QString &a : args) {
        a.replace(QStringLiteral("@P"), m_project);
        a.replace(QStringLiteral("@D"), m_dir.path());
    }
    const QByteArray before = fileHash(m_project);
    const CliResult r = cli(args);
    QVERIFY2(r.exitCode > 0, qPrintable(r.out + r.err));
    const QString message = lastLine(r.err);
    QVERIFY2(message.contains(needle), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Unexpected internal error")), qPrintable(message));
    if (usesProject) QCOMPARE(fileHash(m_project), before);
    QVERIFY(!QFile::exists(path(QStringLiteral("none.micro"))));
    QFile precious(path(QStringLiteral("precious.txt")));
    QVERIFY(precious.open(QIODevice::ReadOnly));
    QCOMPARE(precious.readAll(), QByteArray("keep me"));
}

void TestCli::badDemoOptionsCreateNoProject()
{
    const QString project = path(QStringLiteral("never.micro"));
    const CliResult r = cli({QStringLiteral("demo"), QStringLiteral("--project"), project, QStringLiteral("--epochs"),
                             QStringLiteral("0")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(lastLine(r.err).contains(QStringLiteral("epochs")), qPrintable(r.err));
    QVERIFY(!QFile::exists(project));
}

// A failed command leaves no project file behind it created (issue 13, defect 8), and a
// read-only command never turns an empty file into a project.
void TestCli::failedCommandsCreateNoProjectAndReadsDoNotInitialiseEmptyFiles()
{
    writeText(QStringLiteral("broken.jsonl"), "{\"prompt\": \"no responses here\"}\n");
    const QString project = path(QStringLiteral("fresh.micro"));
    CliResult r =
        cli({QStringLiteral("import"), path(QStringLiteral("broken.jsonl")), QStringLiteral("--project"), project,
             QStringLiteral("--name"), QStringLiteral("b"), QStringLiteral("--features"), QStringLiteral("tfidf")});
    QCOMPARE(r.exitCode, 1);
    for (const char *suffix : {"", "-wal", "-shm"})
        QVERIFY2(!QFile::exists(project + QLatin1String(suffix)), suffix);
    // A name with a placeholder is refused before the file is read: nothing is created.
    writeText(QStringLiteral("ok.jsonl"), "{\"prompt\":\"q\",\"chosen\":\"yes\",\"rejected\":\"no\"}\n");
    r = cli({QStringLiteral("import"), path(QStringLiteral("ok.jsonl")), QStringLiteral("--project"), project,
             QStringLiteral("--name"), QStringLiteral("a%2b"), QStringLiteral("--features"), QStringLiteral("tfidf")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(lastLine(r.err).contains(QStringLiteral("name")), qPrintable(r.err));
    QVERIFY(!QFile::exists(project));
    writeText(QStringLiteral("empty.micro"), QByteArray());
    r = cli({QStringLiteral("runs"), QStringLiteral("--project"), path(QStringLiteral("empty.micro"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(lastLine(r.err).contains(QStringLiteral("not a MiCRo Studio project")), qPrintable(r.err));
    QCOMPARE(QFileInfo(path(QStringLiteral("empty.micro"))).size(), qint64(0));
    QVERIFY(QFile::exists(path(QStringLiteral("empty.micro")))); // the user's file stays
}

// A process killed in the middle of training leaves a consistent file whose finished
// epochs can be read; the run shows as interrupted.
void TestCli::killDuringTrainingKeepsFinishedEpochs()
{
    const QString project = path(QStringLiteral("kill.micro"));
    QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                  QStringLiteral("big"), QStringLiteral("--n"), QStringLiteral("60000"), QStringLiteral("--dim"),
                  QStringLiteral("64")})
                 .exitCode,
             0);
    QProcess p;
    p.start(QStringLiteral(MICRO_CLI_PATH),
            {QStringLiteral("train"), QStringLiteral("--project"), project, QStringLiteral("--dataset"),
             QStringLiteral("big"), QStringLiteral("--epochs"), QStringLiteral("10000"), QStringLiteral("--threads"),
             QStringLiteral("1")});
    QVERIFY(p.waitForStarted());
    int epochs = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("watch"));
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QElapsedTimer t;
        t.start();
        while (epochs < 2 && t.elapsed() < 120000) {
            QTest::qWait(50);
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM epochs")) && q.next()) epochs = q.value(0).toInt();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("watch"));
    QVERIFY2(epochs >= 2, "training did not finish two epochs in time");
    p.kill(); // SIGKILL: no chance to clean up
    QVERIFY(p.waitForFinished());

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        db.setDatabaseName(project);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    const CliResult runs =
        cli({QStringLiteral("runs"), QStringLiteral("--project"), project, QStringLiteral("--json")});
    QCOMPARE(runs.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(runs.out.toUtf8()).object().value(QStringLiteral("runs")).toArray();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].toObject().value(QStringLiteral("status")).toString(), QStringLiteral("interrupted"));
    const QString json = path(QStringLiteral("killed.json"));
    QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                  QStringLiteral("1"), QStringLiteral("--out"), json})
                 .exitCode,
             0);
    QFile f(json);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("epochs")).toArray().size() >= epochs);
}
