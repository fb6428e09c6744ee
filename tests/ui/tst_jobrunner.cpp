// The window's background work as a user meets it: a use case's typed outcome arrives on
// the GUI thread when it succeeded (and only then), before the window hears the job ended;
// jobs asked for while one runs wait their turn with their own continuations; the one
// pattern for a view's own background work (LatestResult) drops superseded answers.
#include "jobrunner.h"
#include "latestresult.h"

#include "util/error.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace micro::core;
using namespace micro::ui;

namespace {

struct Outcome
{
    int value = 0;
    Qt::HANDLE thread = nullptr; // where the work ran
};

} // namespace

class TestJobRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typedOutcomesArriveOnlyOnSuccessAndInOrder()
    {
        QProgressBar progress;
        QPushButton cancel;
        QLabel status;
        JobRunner runner(&progress, &cancel, &status);
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy failed(&runner, &JobRunner::failed);
        std::vector<int> delivered;
        std::vector<int> finishedWhenDelivered;
        const Qt::HANDLE gui = QThread::currentThreadId();
        bool onGuiThread = true, workedElsewhere = true;
        auto deliver = [&](const Outcome &o) {
            onGuiThread &= QThread::currentThreadId() == gui;
            workedElsewhere &= o.thread != gui;
            delivered.push_back(o.value);
            finishedWhenDelivered.push_back(int(finished.count()));
        };
        auto work = [](int value) {
            return [value](const TrainingCallbacks &, const CancelToken &) {
                QThread::msleep(20);
                if (value < 0)
                    throw MicroError(ErrorCode::InvalidOption, QStringLiteral("value"), QStringLiteral("< 0"));
                return Outcome{value, QThread::currentThreadId()};
            };
        };
        runner.run(QStringLiteral("one"), work(1), deliver);
        runner.run(QStringLiteral("fails"), work(-1), deliver); // queued behind the first
        runner.run(QStringLiteral("three"), work(3), deliver);
        QCOMPARE(runner.queued(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
        QCOMPARE(delivered, (std::vector<int>{1, 3}));             // the failed one delivers nothing
        QCOMPARE(finishedWhenDelivered, (std::vector<int>{0, 2})); // each before its finished()
        QVERIFY(onGuiThread);
        QVERIFY(workedElsewhere);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.front().front().value<Error>().subject, QStringLiteral("value"));
        QCOMPARE(finished.at(1).at(0).toBool(), true); // failed

        // Cancelled: the work returns, its outcome is not shown.
        runner.run(
            QStringLiteral("cancelled"),
            [](const TrainingCallbacks &, const CancelToken &token) {
                while (!token.isCancelled())
                    QThread::msleep(1);
                return Outcome{7, QThread::currentThreadId()};
            },
            deliver);
        runner.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 4, 10000);
        QCOMPARE(finished.at(3).at(1).toBool(), true); // cancelled
        QCOMPARE(delivered.size(), std::size_t(2));
    }

    void latestResultDropsSupersededAnswers()
    {
        QObject owner;
        std::vector<int> values;
        std::vector<QString> errors;
        LatestResult<int> latest(
            &owner, [&](int v) { values.push_back(v); }, [&](const Error &e) { errors.push_back(e.detail); });
        std::atomic<int> cancelledSeen{0};
        latest.start([&](const CancelToken &cancel) {
            QThread::msleep(100);
            if (cancel.isCancelled()) ++cancelledSeen;
            return 1;
        });
        latest.start([](const CancelToken &) { return 2; }); // supersedes the first
        QVERIFY(latest.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!latest.isRunning(), 5000);
        latest.waitForFinished();
        QTest::qWait(50); // the first one's answer, were it not dropped
        QCOMPARE(values, (std::vector<int>{2}));
        QCOMPARE(cancelledSeen.load(), 1); // and it was asked to stop
        latest.start([](const CancelToken &) -> int {
            throw MicroError(ErrorCode::BadFormat, QStringLiteral("f"), QStringLiteral("line 3"));
        });
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), std::size_t(1), 5000);
        QCOMPARE(errors.front(), QStringLiteral("line 3"));
        latest.start([](const CancelToken &) -> int { throw std::runtime_error("boom"); });
        QTRY_COMPARE_WITH_TIMEOUT(errors.size(), std::size_t(2), 5000); // nothing leaves a worker
        QCOMPARE(values.size(), std::size_t(1));
    }
};

QTEST_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
