#include "data/synthgenerator.h"
#include "jobs/training.h"
#include "projectfixture.h"
#include "store/projectstore.h"
#include "store/schema.h"
#include "util/error.h"
#include "util/textfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <atomic>
#include <functional>
#include <thread>

using namespace micro::core;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Builds an SQLite file from an SQL script, statement by statement, without our code.
void buildFromScript(const QString &sqlPath, const QString &dbPath)
{
    QFile script(sqlPath);
    QVERIFY(script.open(QIODevice::ReadOnly));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("fixture"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QString statement;
        for (const QString &line : QString::fromUtf8(script.readAll()).split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("--"))) continue;
            statement += line + QLatin1Char('\n');
            if (line.trimmed().endsWith(QLatin1Char(';'))) {
                QSqlQuery q(db);
                QVERIFY2(q.exec(statement), qPrintable(statement));
                statement.clear();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("fixture"));
}

void setVersion(const QString &dbPath, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("poke"));
        db.setDatabaseName(dbPath);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(version)));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("poke"));
}

// One number from the file through a connection of its own (not the store's).
int rawCount(const QString &path, const QString &sql)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next()) value = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return value;
}

ErrorCode openError(const QString &path, ProjectStore::OpenMode mode)
{
    try {
        ProjectStore store(path, mode);
    } catch (const MicroError &e) {
        return e.error().code;
    }
    return ErrorCode::Internal;
}

} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void datasetRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        SynthConfig c;
        c.n = 9000; // more than two feature blocks
        c.dim = 3;
        c.routerDim = 2;
        c.labelNoise = 0.1;
        Dataset ds = generateSynthetic(c, QStringLiteral("synth"));
        ds.comparisons[5].prompt = QStringLiteral("Wie geht's? 你好");
        ds.comparisons[5].context = QStringLiteral("concise");
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.saveDataset(ds);
        }
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(store.schemaVersion(), currentSchemaVersion());
        const Dataset back = store.loadDataset(QStringLiteral("synth"));
        QCOMPARE(back.diff.values, ds.diff.values);
        QCOMPARE(back.router.values, ds.router.values);
        QCOMPARE(back.comparisons[5].prompt, ds.comparisons[5].prompt);
        QCOMPARE(back.comparisons[5].context, QStringLiteral("concise"));
        QCOMPARE(back.comparisons[8999].knownGroup, ds.comparisons[8999].knownGroup);
        QVERIFY(back.truth.has_value());
        QCOMPARE(back.truth->heads.values, ds.truth->heads.values);
        QCOMPARE(back.truth->labelNoise, 0.1);
    }

    void duplicateDatasetLeavesFileUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        const Dataset ds = generateSynthetic(SynthConfig{}, QStringLiteral("a"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.saveDataset(ds);
        }
        const QByteArray before = fileHash(path);
        {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            try {
                store.saveDataset(ds);
                QFAIL("duplicate accepted");
            } catch (const MicroError &e) {
                QCOMPARE(e.error().code, ErrorCode::DuplicateName);
            }
            QCOMPARE(store.datasets().size(), 1);
        }
        QCOMPARE(fileHash(path), before);
    }

    // Names and tags are printable text without "%1"-style placeholders: a newline or an ANSI
    // escape garbles `micro-cli runs`, and "%2" in a name was filled in by the messages
    // quoting it (issue 13, defect 7).
    void namesWithControlCharactersOrPlaceholdersAreRefused()
    {
        QTemporaryDir dir;
        const QString path = micro::test::makeSyntheticProject(dir.filePath(QStringLiteral("p.micro")), 200);
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        Stage1Config c;
        c.k = 2;
        c.epochs = 1;
        const qint64 run = trainAndStore(store, QStringLiteral("d"), c).runId;
        auto refused = [](const std::function<void()> &f, const QString &needle) {
            try {
                f();
            } catch (const MicroError &e) {
                return e.error().code == ErrorCode::InvalidOption && e.error().detail.contains(needle);
            }
            return false;
        };
        QVERIFY(refused([&] { store.renameRun(run, QStringLiteral("two\nlines")); }, QStringLiteral("control")));
        QVERIFY(refused([&] { store.renameRun(run, QStringLiteral("red\x1b[31m")); }, QStringLiteral("control")));
        QVERIFY(refused([&] { store.renameRun(run, QStringLiteral("a%2b")); }, QStringLiteral("digit")));
        QVERIFY(refused([&] { store.setRunTags(run, QStringLiteral("x%1")); }, QStringLiteral("digit")));
        Dataset d = store.loadDataset(QStringLiteral("d"));
        d.name = QStringLiteral("bad%1");
        QVERIFY(refused([&] { store.saveDataset(d); }, QStringLiteral("digit")));
        store.renameRun(run, QStringLiteral("top 10% of runs, ünïcode ok")); // a lone % is fine
        QCOMPARE(store.run(run).name, QStringLiteral("top 10% of runs, ünïcode ok"));
    }

    // Another process holding the write lock longer than the busy timeout (a big import's
    // store) used to cost a training its run: "database is locked" at an epoch, run deleted.
    // The run's writes now wait it out (issue 13, defect 1). Here the timeout is shortened
    // to 50 ms and the lock held for 1.5 s, through a second connection as another process.
    void trainingWaitsOutAnotherWritersLock()
    {
        QTemporaryDir dir;
        const QString path = micro::test::makeSyntheticProject(dir.filePath(QStringLiteral("p.micro")), 400);
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        store.setBusyTimeout(50);
        std::atomic<bool> locked{false};
        std::thread other([&] {
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
                locked = true;
                QThread::msleep(1500);
                QVERIFY(q.exec(QStringLiteral("COMMIT")));
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("other"));
        });
        while (!locked)
            QThread::msleep(5);
        Stage1Config c;
        c.k = 2;
        c.epochs = 3;
        c.patience = 0;
        const TrainingOutcome o = trainAndStore(store, QStringLiteral("d"), c);
        other.join();
        QCOMPARE(store.run(o.runId).status, QStringLiteral("finished"));
        QCOMPARE(int(store.epochs(o.runId).size()), 3);
    }

    void runLifecycle()
    {
        QTemporaryDir dir;
        const QString path = micro::test::makeSyntheticProject(dir.filePath(QStringLiteral("p.micro")), 500);
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        Stage1Config cfg;
        cfg.k = 3;
        cfg.epochs = 3;
        cfg.threads = 2;
        int epochsSeen = 0;
        TrainingCallbacks cb;
        cb.epochFinished = [&](qint64 runId, const EpochMetrics &) {
            ++epochsSeen;
            // Written as each epoch ends: a second connection sees it already.
            ProjectStore other(path, ProjectStore::OpenMode::MustExist);
            QCOMPARE(int(other.epochs(runId).size()), epochsSeen);
            QCOMPARE(other.run(runId).status, QStringLiteral("running"));
        };
        const TrainingOutcome out = trainAndStore(store, QStringLiteral("d"), cfg, cb);
        QCOMPARE(epochsSeen, 3);
        const RunInfo run = store.run(out.runId);
        QCOMPARE(run.status, QStringLiteral("finished"));
        QCOMPARE(run.k, 3);
        QCOMPARE(run.config.epochs, 3);
        QCOMPARE(run.datasetName, QStringLiteral("d"));
        QVERIFY(run.metrics.value(QStringLiteral("validation")).toObject().contains(QStringLiteral("ari")));
        QCOMPARE(int(store.epochs(out.runId).size()), 3);
        const MixtureModel m = store.parameters(out.runId);
        QCOMPARE(m.k(), 3);
        const StoredAssignments a = store.assignments(out.runId);
        QCOMPARE(int(a.hard.size()), 500);
        QCOMPARE(a.posterior.cols, 3);
        QVERIFY(std::abs(a.posterior.row(7)[0] + a.posterior.row(7)[1] + a.posterior.row(7)[2] - 1.0f) < 1e-5f);
        // Re-evaluating the stored run reproduces the stored validation metrics.
        const RunEvaluation ev = evaluateStoredRun(store, out.runId, 2);
        QVERIFY(std::abs(ev.accuracy - out.validation.accuracy) < 1e-12);
        store.renameRun(out.runId, QStringLiteral("baseline"));
        QCOMPARE(store.run(out.runId).name, QStringLiteral("baseline"));
        store.deleteRun(out.runId);
        QVERIFY(store.runs().isEmpty());
    }

    void cancelledTrainingLeavesNoRun()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        store.saveDataset(generateSynthetic(SynthConfig{}, QStringLiteral("d")));
        CancelToken cancel;
        TrainingCallbacks cb;
        cb.epochFinished = [&](qint64, const EpochMetrics &m) {
            if (m.epoch == 2) cancel.cancel();
        };
        qint64 cancelledId = 0;
        cb.runCreated = [&](qint64 id) { cancelledId = id; };
        Stage1Config cfg;
        cfg.epochs = 50;
        const TrainingOutcome out = trainAndStore(store, QStringLiteral("d"), cfg, cb, &cancel);
        QCOMPARE(out.status, Stage1Result::Status::Cancelled);
        QVERIFY(store.runs().isEmpty());
        ProjectStore check(path, ProjectStore::OpenMode::MustExist);
        QVERIFY(check.runs().isEmpty());
        // The cancelled run's id is not reused: the next run is #2, never a second #1.
        cfg.epochs = 1;
        const TrainingOutcome next = trainAndStore(store, QStringLiteral("d"), cfg);
        QCOMPARE(cancelledId, qint64(1));
        QCOMPARE(next.runId, qint64(2));
    }

    // Hashed text features are stored as CSR blocks and must come back entry for entry,
    // with the split by prompt, across a block boundary (4,096 rows).
    void sparseFeaturesAndSplitRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sparse.micro"));
        Dataset ds;
        ds.name = QStringLiteral("text");
        const int n = 4100;
        ds.diffSparse.cols = 1000;
        ds.routerSparse.cols = 50;
        for (int i = 0; i < n; ++i) {
            ds.comparisons.push_back({QString::number(i),
                                      QStringLiteral("p%1").arg(i % 7),
                                      QStringLiteral("a"),
                                      QStringLiteral("b"),
                                      i % 2 ? QStringLiteral("x") : QString(),
                                      {}});
            const int cols[] = {i % 1000, (i * 7 + 1) % 1000};
            const float vals[] = {float(i), -0.5f};
            ds.diffSparse.appendRow(cols, vals, cols[0] == cols[1] ? 1 : 2);
            const int rcol[] = {i % 50};
            const float rval[] = {1.0f};
            // Some rows have no entries, and the first 4096-row block none at all: an empty
            // block must store (it failed with "NOT NULL constraint failed: sparse_blocks.columns").
            ds.routerSparse.appendRow(rcol, rval, i % 3 && i >= 4096 ? 1 : 0);
            ds.split.push_back(SplitPart(i % 3));
        }
        ds.features = QJsonObject{{QStringLiteral("kind"), QStringLiteral("test")}};
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.saveDataset(ds);
        }
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        const Dataset back = store.loadDataset(QStringLiteral("text"));
        QVERIFY(back.isSparse());
        QCOMPARE(back.size(), n);
        QCOMPARE(back.headDim(), 1000);
        QCOMPARE(back.routerDim(), 50);
        QCOMPARE(back.diffSparse.rowStart, ds.diffSparse.rowStart);
        QCOMPARE(back.diffSparse.index, ds.diffSparse.index);
        QCOMPARE(back.diffSparse.values, ds.diffSparse.values);
        QCOMPARE(back.routerSparse.rowStart, ds.routerSparse.rowStart);
        QCOMPARE(back.routerSparse.index, ds.routerSparse.index);
        QVERIFY(back.split == ds.split);
        QCOMPARE(back.features, ds.features);
    }

    void migratesVersion1Fixture()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.micro"));
        buildFromScript(QStringLiteral(MICRO_TEST_FIXTURES "/project_v1.sql"), path);
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(store.schemaVersion(), currentSchemaVersion());
        const QList<RunInfo> runs = store.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs[0].name, QStringLiteral("micro K=2 #1")); // named by the migration
        QCOMPARE(runs[0].status, QStringLiteral("finished"));
        QCOMPARE(runs[0].config.k, 2);
        const std::vector<EpochMetrics> epochs = store.epochs(1);
        QCOMPARE(int(epochs.size()), 2);
        QCOMPARE(epochs[1].valAccuracy, 1.0);
        QCOMPARE(epochs[1].meanRouterWeight, (std::vector<double>{0.6, 0.4}));
        const Dataset ds = store.loadDataset(QStringLiteral("tiny"));
        QCOMPARE(ds.diff.values, (FeatureMatrix::Values{1, 0, 0, -1}));
        QCOMPARE(ds.comparisons[1].context, QStringLiteral("thorough"));
        QVERIFY(ds.split.empty()); // v3 adds the column; old rows have no stored split
        QVERIFY(!ds.isSparse());
        const MixtureModel m = store.parameters(1);
        QCOMPARE(m.router(), MixtureModel::Router::Linear);
        QCOMPARE(m.parameters()[4], 1.0f);
        const StoredAssignments a = store.assignments(1);
        QCOMPARE(a.hard, (std::vector<int>{0, 1}));
        // The migrated run evaluates with the current engine. Row 0: d = (1, 0), psi = 0.5,
        // router logits (0.5, -0.5); Delta = (1, 0). Row 1: d = (0, -1), logits (-0.5, 0.5),
        // Delta = (0, -1). P(row 0) = sigmoid(1)^2 + 0.5 sigmoid(-1) = 0.668917 (correct);
        // P(row 1) = 0.5 sigmoid(-1) + sigmoid(1) sigmoid(-1) = 0.331083 (wrong).
        const RunEvaluation ev = evaluateStoredRun(store, 1, 1);
        QCOMPARE(ev.rows, 2);
        QCOMPARE(ev.accuracy, 0.5);
        QVERIFY(std::abs(ev.nll - 0.753741) < 1e-5); // -(ln 0.668917 + ln 0.331083) / 2
    }

    void refusesNewerVersionWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.micro"));
        buildFromScript(QStringLiteral(MICRO_TEST_FIXTURES "/project_v1.sql"), path);
        setVersion(path, currentSchemaVersion() + 1);
        const QByteArray before = fileHash(path);
        QCOMPARE(openError(path, ProjectStore::OpenMode::MustExist), ErrorCode::NewerSchema);
        QCOMPARE(fileHash(path), before);
    }

    void refusesFilesThatAreNotProjects()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.micro"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("these are my notes, not a database\n").repeated(100));
        f.close();
        const QByteArray before = fileHash(text);
        QCOMPARE(openError(text, ProjectStore::OpenMode::MustExist), ErrorCode::NotAProject);
        QCOMPARE(fileHash(text), before);
        QCOMPARE(openError(dir.filePath(QStringLiteral("missing.micro")), ProjectStore::OpenMode::MustExist),
                 ErrorCode::FileNotFound);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing.micro"))));
    }

    // A full disk and a read-only disk say so (they read "is not a MiCRo Studio project" and
    // "Unable to fetch row" before), and leave the project as it was. Needs a small tmpfs,
    // so root and mount(8); skipped where that is not allowed.
    void fullOrReadOnlyDiskSaysSo()
    {
        QTemporaryDir dir;
        const QString mountPoint = dir.filePath(QStringLiteral("small"));
        QVERIFY(QDir().mkpath(mountPoint));
        auto run = [](const QStringList &args) {
            QProcess p;
            p.start(QStringLiteral("mount"), args);
            return p.waitForFinished(10000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        };
        if (!run({QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"), QStringLiteral("size=256k"),
                  QStringLiteral("tmpfs"), mountPoint}))
            QSKIP("cannot mount a small tmpfs here (needs root)");
        struct Unmount
        {
            QString path;
            ~Unmount() { QProcess::execute(QStringLiteral("umount"), {path}); }
        } unmount{mountPoint};

        const QString path = mountPoint + QStringLiteral("/p.micro");
        SynthConfig config;
        config.n = 50;
        const Dataset small = generateSynthetic(config, QStringLiteral("small"));
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            store.saveDataset(small);
        }
        // Too big for the disk: refused as a full disk; the small dataset is still there.
        config.n = 20000; // ~4 MB of features
        const Dataset big = generateSynthetic(config, QStringLiteral("big"));
        try {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            store.saveDataset(big);
            QFAIL("a dataset larger than the disk was stored");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::DiskFull);
            QVERIFY2(!e.error().detail.contains(QLatin1String("Unable to fetch row")), qPrintable(e.error().detail));
        }
        {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            QCOMPARE(store.loadDataset(QStringLiteral("small")).size(), 50);
        }
        // An export onto the full disk names the cause instead of "Unknown error".
        QString why;
        QVERIFY(!writeFileAtomically(mountPoint + QStringLiteral("/export.json"), QByteArray(400 * 1024, 'x'), &why));
        QVERIFY2(why.contains(QLatin1String("disk is full")), qPrintable(why));

        // Read-only: a new project there is refused as read-only, not as "not a project".
        QVERIFY(run({QStringLiteral("-o"), QStringLiteral("remount,ro"), mountPoint}));
        QCOMPARE(openError(mountPoint + QStringLiteral("/new.micro"), ProjectStore::OpenMode::CreateIfMissing),
                 ErrorCode::ReadOnly);
        QVERIFY(!QFile::exists(mountPoint + QStringLiteral("/new.micro")));
    }

    // A large dataset commits in steps: between them another connection can write (with no
    // busy wait at all) and does not see the half-stored dataset; the result is identical to
    // a one-transaction store. A failure part-way removes it; one left by a killed process is
    // removed at the next open.
    void largeDatasetsCommitInSteps()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("steps.micro"));
        SynthConfig config;
        config.n = 20000;
        const Dataset big = generateSynthetic(config, QStringLiteral("big"));
        config.n = 100;
        const Dataset other = generateSynthetic(config, QStringLiteral("other"));
        ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
        store.setStoreStepRows(4096);
        int steps = 0;
        bool otherWrote = false, hidden = true;
        QString failure;
        store.saveDataset(big, {}, [&](double fraction) {
            ++steps;
            if (steps != 2 || fraction >= 1.0) return;
            try {
                ProjectStore second(path, ProjectStore::OpenMode::MustExist);
                second.setBusyTimeout(0);
                for (const DatasetInfo &d : second.datasets())
                    if (d.name == QLatin1String("big")) hidden = false;
                second.saveDataset(other); // fails with "locked" if the importer held the lock
                otherWrote = true;
            } catch (const MicroError &e) {
                failure = QString::fromUtf8(e.what());
            }
        });
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(steps, 5); // 20000 rows in steps of 4096
        QVERIFY(otherWrote);
        QVERIFY(hidden);
        const Dataset back = store.loadDataset(QStringLiteral("big"));
        QCOMPARE(back.size(), big.size());
        QCOMPARE(back.diff.values, big.diff.values);
        QCOMPARE(back.router.values, big.router.values);
        QCOMPARE(back.comparisons.back().knownGroup, big.comparisons.back().knownGroup);

        // Failing part-way (here: cancelled from the progress callback) leaves nothing.
        Dataset again = big;
        again.name = QStringLiteral("again");
        QVERIFY_THROWS_EXCEPTION(MicroError, store.saveDataset(again, {}, [](double f) {
            if (f > 0.3) throw MicroError(ErrorCode::Cancelled, {});
        }));
        QVERIFY_THROWS_EXCEPTION(MicroError, store.datasetInfo(QStringLiteral("again")));
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        auto count = [&raw](const QString &sql) {
            QSqlQuery q(raw);
            return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
        };
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM datasets WHERE name = 'again'")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM comparisons")), big.size() + other.size());

        // A killed importer's dataset: marked with an owner that no longer runs.
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO datasets (name, n, head_dim, router_dim, meta_json) VALUES "
                                      "('killed', 1, 1, 1, '{\"incomplete_owner_pid\":2147483000}')")));
        const qint64 killedId = q.lastInsertId().toLongLong();
        QVERIFY(q.exec(QStringLiteral("INSERT INTO comparisons (dataset_id, row_index, chosen, rejected) VALUES "
                                      "(%1, 0, 'a', 'b')")
                           .arg(killedId)));
        q = QSqlQuery();
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        ProjectStore reopened(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(reopened.datasets().size(), 2);
        QVERIFY_THROWS_EXCEPTION(MicroError, reopened.datasetInfo(QStringLiteral("killed")));
        QCOMPARE(rawCount(path, QStringLiteral("SELECT COUNT(*) FROM comparisons WHERE dataset_id = %1").arg(killedId)),
                 0);
    }

    void unknownNamesAreErrors()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("p.micro")), ProjectStore::OpenMode::CreateIfMissing);
        try {
            store.loadDataset(QStringLiteral("nope"));
            QFAIL("unknown dataset accepted");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::UnknownDataset);
        }
        try {
            store.run(42);
            QFAIL("unknown run accepted");
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::UnknownRun);
        }
    }
};

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
