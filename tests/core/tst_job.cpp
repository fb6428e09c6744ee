#include "data/synthgenerator.h"
#include "jobs/demo.h"
#include "jobs/importing.h"
#include "jobs/job.h"
#include "jobs/training.h"
#include "projectfixture.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace micro::core;

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoReportsProgressEpochsAndSuccess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        {
            ProjectStore create(path, ProjectStore::OpenMode::CreateIfMissing);
        }
        DemoConfig config;
        config.epochs = 4;
        Job job(QStringLiteral("demo"), [&](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            runDemo(store, config, cb, &cancel);
        });
        QSignalSpy epochs(&job, &Job::epochFinished);
        QSignalSpy runs(&job, &Job::runCreated);
        QSignalSpy ok(&job, &Job::succeeded);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(ok.count(), 1);
        QCOMPARE(runs.count(), 3);
        QCOMPARE(epochs.count(), 12); // 3 models x 4 epochs, delivered to this thread
        const auto first = epochs.first();
        QCOMPARE(first.at(1).value<EpochMetrics>().epoch, 1);
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(store.runs().size(), 3);
    }

    void failureBecomesASignalWithTheError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        {
            ProjectStore create(path, ProjectStore::OpenMode::CreateIfMissing);
        }
        Job job(QStringLiteral("train"), [&](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            trainAndStore(store, QStringLiteral("absent"), Stage1Config{}, cb, &cancel);
        });
        QSignalSpy failed(&job, &Job::failed);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(failed.count(), 1);
        const Error e = failed.first().at(0).value<Error>();
        QCOMPARE(e.code, ErrorCode::UnknownDataset);
        QCOMPARE(e.subject, QStringLiteral("absent"));
    }

    void cancelRemovesTheRunAndSaysCancelled()
    {
        QTemporaryDir dir;
        const QString path = micro::test::makeSyntheticProject(dir.filePath(QStringLiteral("p.micro")), 20000);
        Stage1Config cfg;
        cfg.epochs = 1000; // minutes of work unless cancelled
        Job job(QStringLiteral("train"), [&](const TrainingCallbacks &cb, const CancelToken &cancel) {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            trainAndStore(store, QStringLiteral("d"), cfg, cb, &cancel);
        });
        QSignalSpy epochs(&job, &Job::epochFinished);
        QSignalSpy cancelled(&job, &Job::cancelled);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(epochs.wait(30000));
        QElapsedTimer t;
        t.start();
        job.cancel();
        QVERIFY(finished.wait(30000));
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(cancelled.count(), 1);
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QVERIFY(store.runs().isEmpty());
    }

    // Training on other features, as the GUI's Train action (in a Job) and `micro-cli train
    // --hash-dim` both run it: features computed for a cancelled run go again, features
    // that were cached before stay.
    void cancelledTrainingOnNewFeaturesLeavesTheProjectAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.micro"));
        QFile file(dir.filePath(QStringLiteral("t.jsonl")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 300; ++i)
            file.write(QStringLiteral("{\"prompt\":\"q %1\",\"chosen\":\"long answer %2\",\"rejected\":\"no\"}\n")
                           .arg(i)
                           .arg(i % 7)
                           .toUtf8());
        file.close();
        {
            ProjectStore store(path, ProjectStore::OpenMode::CreateIfMissing);
            ImportRequest r;
            r.path = file.fileName();
            r.datasetName = QStringLiteral("t");
            r.features.kind = FeatureSettings::Kind::TfIdf;
            importAndStore(store, r);
        }
        Stage1Config cfg;
        cfg.k = 2;
        cfg.epochs = 100000;
        cfg.patience = 0;
        FeatureSettings other;
        other.kind = FeatureSettings::Kind::TfIdf;
        other.dimension = 1024;
        auto cancelledRun = [&] {
            Job job(QStringLiteral("train"), [&](const TrainingCallbacks &cb, const CancelToken &cancel) {
                ProjectStore store(path, ProjectStore::OpenMode::MustExist);
                trainWithFeatures(store, QStringLiteral("t"), cfg, other, cb, &cancel);
            });
            QSignalSpy epochs(&job, &Job::epochFinished);
            QSignalSpy cancelled(&job, &Job::cancelled);
            QSignalSpy finished(&job, &Job::finished);
            job.start();
            QVERIFY(epochs.wait(30000));
            job.cancel();
            QVERIFY(finished.wait(30000));
            QCOMPARE(cancelled.count(), 1);
        };
        cancelledRun();
        {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            QCOMPARE(store.datasets().size(), 1); // the features made for the run went with it
            QVERIFY(store.runs().isEmpty());
            bool reused = true;
            QCOMPARE(datasetWithFeatures(store, QStringLiteral("t"), other, &reused), QStringLiteral("t@h1024-ctx"));
            QVERIFY(!reused);
        }
        cancelledRun();
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        QCOMPARE(store.datasets().size(), 2); // cached before the run: kept
        QVERIFY(store.runs().isEmpty());
    }

    // An import stops by throwing Cancelled: the window must hear "cancelled", not "failed"
    // with a "Cancelled." error box.
    void workThatThrowsCancelledIsCancelledNotFailed()
    {
        Job job(QStringLiteral("import"), [](const TrainingCallbacks &, const CancelToken &cancel) {
            while (!cancel.isCancelled())
                QThread::msleep(5);
            throw MicroError(ErrorCode::Cancelled, QStringLiteral("file.jsonl"));
        });
        QSignalSpy cancelled(&job, &Job::cancelled);
        QSignalSpy failed(&job, &Job::failed);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(cancelled.count(), 1);
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
