// Data-parallel training over torch's c10d/Gloo on loopback (issue 15), driven through
// micro-cli as a user would: two ranks equal one process with the same global batch and
// seed, and a rank killed mid-run ends the others with a clear error and no stored run;
// and the window's way (this process rank 0, micro-cli the others) gives the same run.
#include "clirun.h"

#include "data/synthgenerator.h"
#include "jobs/localranks.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using micro::test::CliResult;
using micro::test::runProgram;

CliResult cli(const QStringList &args, int timeoutMs = 180000)
{
    return runProgram(QStringLiteral(MICRO_CLI_PATH), args, timeoutMs);
}

int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    ::close(fd);
    return ntohs(addr.sin_port);
}

QJsonObject runRecord(const QString &project, int run)
{
    const CliResult r = cli({QStringLiteral("show-run"), QStringLiteral("--project"), project, QStringLiteral("--run"),
                             QString::number(run), QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

QByteArray assignments(const QString &project, const QString &csv)
{
    cli({QStringLiteral("export"), QStringLiteral("--project"), project, QStringLiteral("--run"), QStringLiteral("1"),
         QStringLiteral("--out"), csv});
    QFile f(csv);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestDistributed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Same global batch (32) split into the same two parts: one process running two lanes,
    // or two ranks running one lane each and summing through Gloo. Asked: final NLL within
    // 1e-4 and identical assignments; the sums are in the same order, so equal is expected.
    void twoRanksEqualOneProcess()
    {
        QTemporaryDir dir;
        const QString one = dir.filePath(QStringLiteral("one.micro")), two = dir.filePath(QStringLiteral("two.micro"));
        QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--project"), one, QStringLiteral("--name"),
                      QStringLiteral("d"), QStringLiteral("--n"), QStringLiteral("6000"), QStringLiteral("--dim"),
                      QStringLiteral("16"), QStringLiteral("--router-dim"), QStringLiteral("8"), QStringLiteral("--k"),
                      QStringLiteral("3"), QStringLiteral("--seed"), QStringLiteral("3")})
                     .exitCode,
                 0);
        QVERIFY(QFile::copy(one, two));
        const QStringList fit{QStringLiteral("--dataset"), QStringLiteral("d"),        QStringLiteral("--k"),
                              QStringLiteral("3"),         QStringLiteral("--epochs"), QStringLiteral("4"),
                              QStringLiteral("--lr"),      QStringLiteral("0.01"),     QStringLiteral("--alpha"),
                              QStringLiteral("0.1"),       QStringLiteral("--seed"),   QStringLiteral("5")};
        const CliResult single = cli(QStringList{QStringLiteral("train"), QStringLiteral("--project"), one,
                                                 QStringLiteral("--threads"), QStringLiteral("2")} +
                                     fit);
        QVERIFY2(single.exitCode == 0, qPrintable(single.err));
        const CliResult launched =
            cli(QStringList{QStringLiteral("launch"), QStringLiteral("--ranks"), QStringLiteral("2"),
                            QStringLiteral("train"), QStringLiteral("--project"), two, QStringLiteral("--threads"),
                            QStringLiteral("1")} +
                fit);
        QVERIFY2(launched.exitCode == 0, qPrintable(launched.err + launched.out));
        QVERIFY2(launched.out.contains(QLatin1String("Rank 1 of 2: done")), qPrintable(launched.out));

        const QJsonObject a = runRecord(one, 1), b = runRecord(two, 1);
        for (const char *part : {"validation", "training"}) {
            const double nllA = a.value(QStringLiteral("metrics"))
                                    .toObject()
                                    .value(QLatin1String(part))
                                    .toObject()
                                    .value(QStringLiteral("nll"))
                                    .toDouble();
            const double nllB = b.value(QStringLiteral("metrics"))
                                    .toObject()
                                    .value(QLatin1String(part))
                                    .toObject()
                                    .value(QStringLiteral("nll"))
                                    .toDouble();
            QVERIFY2(nllA > 0 && std::abs(nllA - nllB) < 1e-4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(nllA).arg(nllB)));
        }
        const QByteArray csvA = assignments(one, dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(csvA.count('\n') > 6000);
        QCOMPARE(assignments(two, dir.filePath(QStringLiteral("b.csv"))), csvA);
        // Only rank 0 wrote: one run in the project.
        const CliResult runs =
            cli({QStringLiteral("runs"), QStringLiteral("--project"), two, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(runs.out.toUtf8()).object().value(QStringLiteral("runs")).toArray().size(), 1);
    }

    // What Run > Train does with "Processes: 2": rank 0 in this process, rank 1 a micro-cli
    // child; the stored run equals a one-process fit with the same global batch.
    void windowRanksEqualOneProcess()
    {
        using namespace micro::core;
        QTemporaryDir dir;
        SynthConfig s;
        s.n = 5000;
        s.dim = 12;
        s.routerDim = 6;
        s.k = 3;
        const Dataset data = generateSynthetic(s, QStringLiteral("d"));
        Stage1Config c;
        c.k = 3;
        c.epochs = 3;
        c.lr = 0.01;
        c.alpha = 0.1;
        c.seed = 2;
        const QString one = dir.filePath(QStringLiteral("one.micro")), two = dir.filePath(QStringLiteral("two.micro"));
        double nllOne = 0;
        {
            ProjectStore store(one, ProjectStore::OpenMode::CreateIfMissing);
            store.saveDataset(data);
            c.threads = 2;
            nllOne = trainAndStore(store, QStringLiteral("d"), c).validation.nll;
        }
        ProjectStore store(two, ProjectStore::OpenMode::CreateIfMissing);
        store.saveDataset(data);
        c.threads = 1;
        const TrainingOutcome o = trainWithLocalRanks(store, QStringLiteral("d"), c, 2, QStringLiteral(MICRO_CLI_PATH));
        QCOMPARE(o.status, Stage1Result::Status::Finished);
        QVERIFY2(std::abs(o.validation.nll - nllOne) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(o.validation.nll).arg(nllOne)));
        QCOMPARE(store.runs().size(), 1);
        // A missing micro-cli is named, and nothing is stored.
        try {
            trainWithLocalRanks(store, QStringLiteral("d"), c, 2, dir.filePath(QStringLiteral("no-cli")));
            QFAIL("ran without the other ranks' program");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::FileNotFound);
        }
        QCOMPARE(store.runs().size(), 1);
    }

    void killedRankStopsTheOthers()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.micro"));
        QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--project"), project, QStringLiteral("--name"),
                      QStringLiteral("d"), QStringLiteral("--n"), QStringLiteral("20000"), QStringLiteral("--dim"),
                      QStringLiteral("32"), QStringLiteral("--router-dim"), QStringLiteral("16")})
                     .exitCode,
                 0);
        const QByteArray before = [&] {
            QFile f(project);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        const QString master = QStringLiteral("127.0.0.1:%1").arg(freePort());
        QProcess ranks[2];
        for (int r = 0; r < 2; ++r)
            ranks[r].start(QStringLiteral(MICRO_CLI_PATH), {QStringLiteral("train"),
                                                            QStringLiteral("--project"),
                                                            project,
                                                            QStringLiteral("--dataset"),
                                                            QStringLiteral("d"),
                                                            QStringLiteral("--epochs"),
                                                            QStringLiteral("500"),
                                                            QStringLiteral("--patience"),
                                                            QStringLiteral("0"),
                                                            QStringLiteral("--lr"),
                                                            QStringLiteral("0.01"),
                                                            QStringLiteral("--alpha"),
                                                            QStringLiteral("0.1"),
                                                            QStringLiteral("--threads"),
                                                            QStringLiteral("1"),
                                                            QStringLiteral("--world-size"),
                                                            QStringLiteral("2"),
                                                            QStringLiteral("--rank"),
                                                            QString::number(r),
                                                            QStringLiteral("--master"),
                                                            master});
        // Kill rank 1 once rank 0 has stored a couple of epochs (its run exists by then).
        QString rank0Err;
        QElapsedTimer waited;
        waited.start();
        while (!rank0Err.contains(QLatin1String("epoch 2:")) && waited.elapsed() < 60000) {
            ranks[0].waitForReadyRead(200);
            rank0Err += QString::fromUtf8(ranks[0].readAllStandardError());
        }
        QVERIFY2(rank0Err.contains(QLatin1String("epoch 2:")), qPrintable(rank0Err));
        ranks[1].kill();
        ranks[1].waitForFinished();
        QVERIFY(ranks[0].waitForFinished(60000)); // a clear end, not a hang until the timeout
        rank0Err += QString::fromUtf8(ranks[0].readAllStandardError());
        QCOMPARE(ranks[0].exitCode(), 1);
        QVERIFY2(rank0Err.contains(QLatin1String("Distributed training stopped on rank 0 of 2")), qPrintable(rank0Err));
        QVERIFY2(rank0Err.contains(QLatin1String("the project is as it was")), qPrintable(rank0Err));
        const CliResult runs =
            cli({QStringLiteral("runs"), QStringLiteral("--project"), project, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(runs.out.toUtf8()).object().value(QStringLiteral("runs")).toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDistributed)
#include "tst_distributed.moc"
