#pragma once

#include <chrono>

namespace micro::core {

// How many cores other processes leave idle, from two readings of /proc/stat's busy time
// minus this process's own CPU time over the same wall-clock window.
//
// Why: the Stage-1 fitter meets its workers at a barrier after every mini-batch. When
// another process keeps a core busy, the scheduler parks one worker for a whole time slice
// and the others wait for it at every batch (measured: 70x slower than quiet on 2 cores
// with one busy process per core). Running no more workers than there are idle cores
// keeps each batch on cores the fitter actually gets.
class CpuAvailability
{
public:
    CpuAvailability(); // first reading

    // Seconds since the last reading.
    double windowSeconds() const;
    // Cores not used by other processes over the window since the last reading, in
    // [0, cores]; starts a new window. Where /proc/stat cannot be read: every core.
    double idleCoresForThisProcess();
    // Cores that other processes' runnable threads leave free right now, from /proc/stat's
    // procs_running minus this process's own running threads: the most of a few readings
    // ~1 ms apart, so that a task runnable for an instant does not count. Where it cannot
    // be read: every core.
    // Why: the window above needs ~0.2 s of ticks to mean anything, and a whole epoch can
    // be shorter than that; a fit starts from this instant reading instead of assuming
    // every core, which under load parked a worker at the barrier for most of the epoch.
    static double idleCoresNow();
    // Cores of the machine.
    static int cores();

private:
    struct Reading
    {
        std::chrono::steady_clock::time_point wall;
        double busySeconds = -1; // every core's non-idle time; < 0: unreadable
        double selfSeconds = 0;  // this process's CPU time, all threads
    };
    static Reading read();
    Reading m_last;
};

// Workers for a team whose work is split into `lanes` parts: the idle cores (rounded),
// at least 1 and at most `lanes`.
int workersFor(double idleCores, int lanes);

} // namespace micro::core
