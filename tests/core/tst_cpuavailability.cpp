#include "util/cpuavailability.h"

#include <QProcess>
#include <QtTest>
#include <atomic>
#include <memory>
#include <thread>
#include <vector>

using namespace micro::core;

// How many cores a fit may take: another process's busy threads take cores away, this
// process's own do not (they are the fit's workers, or the caller).
class TestCpuAvailability : public QObject
{
    Q_OBJECT

    // Without /proc/stat (not Linux) nothing can be read, and a fit must take every core.
    static bool noProcStat()
    {
        if (QFile::exists(QStringLiteral("/proc/stat"))) return false;
        [] { QCOMPARE(CpuAvailability::idleCoresNow(), double(CpuAvailability::cores())); }();
        return true;
    }

private Q_SLOTS:
    void anotherProcessesBusyThreadsTakeCores()
    {
        if (noProcStat()) return;
        const int cores = CpuAvailability::cores();
        const double before = CpuAvailability::idleCoresNow();
        QVERIFY(before >= 0 && before <= cores);
        // One spinning process per core: runnable the whole time, on a core or queued for
        // one, so every reading counts them whatever else the machine runs.
        std::vector<std::unique_ptr<QProcess>> busy;
        for (int c = 0; c < cores; ++c) {
            busy.push_back(std::make_unique<QProcess>());
            busy.back()->start(QStringLiteral("/bin/sh"),
                               {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
            QVERIFY(busy.back()->waitForStarted());
        }
        const double loaded = CpuAvailability::idleCoresNow();
        for (auto &p : busy) {
            p->kill();
            p->waitForFinished();
        }
        QCOMPARE(loaded, 0.0);
        QCOMPARE(workersFor(loaded, cores), 1);
    }

    void ownBusyThreadsLeaveTheCoresTheirs()
    {
        if (noProcStat()) return;
        // This process's threads spinning are the fit's own workers, never "other load".
        // The readings take the least load of three, so the machine's other activity is
        // the only thing that can lower the figure; with our own spinners it must not fall
        // below what it was without them by more than that activity (1 core, stated).
        const int cores = CpuAvailability::cores();
        const double quiet = CpuAvailability::idleCoresNow();
        std::atomic<bool> stop{false};
        std::vector<std::thread> spinners;
        for (int c = 0; c < cores; ++c)
            spinners.emplace_back([&] {
                while (!stop.load(std::memory_order_relaxed)) {
                }
            });
        QTest::qWait(50);
        const double withOwn = CpuAvailability::idleCoresNow();
        stop = true;
        for (auto &t : spinners)
            t.join();
        QVERIFY2(withOwn >= quiet - 1.0,
                 qPrintable(QStringLiteral("quiet %1, with own spinners %2").arg(quiet).arg(withOwn)));
    }
};

QTEST_GUILESS_MAIN(TestCpuAvailability)
#include "tst_cpuavailability.moc"
