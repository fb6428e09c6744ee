#include "cpuavailability.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <dirent.h>
#include <thread>
#include <unistd.h>

namespace micro::core {

CpuAvailability::CpuAvailability() : m_last(read()) {}

int CpuAvailability::cores()
{
    const long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? int(n) : 1;
}

CpuAvailability::Reading CpuAvailability::read()
{
    Reading r;
    r.wall = std::chrono::steady_clock::now();
    timespec self{};
    if (clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &self) == 0)
        r.selfSeconds = double(self.tv_sec) + double(self.tv_nsec) * 1e-9;
    // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...",
    // in clock ticks summed over all cores. Idle and iowait are the only non-busy fields.
    if (FILE *f = std::fopen("/proc/stat", "r")) {
        unsigned long long v[8] = {};
        if (std::fscanf(f, "cpu %llu %llu %llu %llu %llu %llu %llu %llu", &v[0], &v[1], &v[2], &v[3], &v[4], &v[5],
                        &v[6], &v[7]) == 8) {
            const double ticks = double(std::max(1L, sysconf(_SC_CLK_TCK)));
            r.busySeconds = double(v[0] + v[1] + v[2] + v[5] + v[6] + v[7]) / ticks;
        }
        std::fclose(f);
    }
    return r;
}

double CpuAvailability::windowSeconds() const
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - m_last.wall).count();
}

double CpuAvailability::idleCoresForThisProcess()
{
    const Reading now = read();
    const Reading before = m_last;
    m_last = now;
    const double n = double(cores());
    const double wall = std::chrono::duration<double>(now.wall - before.wall).count();
    if (now.busySeconds < 0 || before.busySeconds < 0 || wall <= 0) return n;
    // Busy ticks are counted at the clock-tick rate, so short windows are coarse: the
    // caller decides how long a window it trusts (windowSeconds()).
    const double others =
        std::max(0.0, (now.busySeconds - before.busySeconds) - (now.selfSeconds - before.selfSeconds));
    return std::clamp(n - others / wall, 0.0, n);
}

namespace {

// /proc/stat's procs_running: the runnable tasks of the whole machine (the reader included),
// those on a core and those waiting for one. < 0 where unreadable.
int runnableTasks()
{
    int n = -1;
    if (FILE *f = std::fopen("/proc/stat", "r")) {
        char line[256];
        while (std::fgets(line, sizeof line, f))
            if (std::sscanf(line, "procs_running %d", &n) == 1) break;
        std::fclose(f);
    }
    return n;
}

// This process's threads in state R (running or runnable), the reader included.
int ownRunnableThreads()
{
    int n = 0;
    DIR *tasks = opendir("/proc/self/task");
    if (!tasks) return 1;
    while (const dirent *e = readdir(tasks)) {
        if (e->d_name[0] == '.') continue;
        char path[sizeof "/proc/self/task//stat" + sizeof e->d_name]; // room for any name: no truncation
        std::snprintf(path, sizeof path, "/proc/self/task/%s/stat", e->d_name);
        FILE *f = std::fopen(path, "r");
        if (!f) continue;
        char buf[512];
        const std::size_t len = std::fread(buf, 1, sizeof buf - 1, f);
        std::fclose(f);
        buf[len] = 0;
        // "tid (comm) S ...": the state follows the last ')' (comm may contain one).
        const char *close = std::strrchr(buf, ')');
        if (close && close[1] == ' ' && close[2] == 'R') ++n;
    }
    closedir(tasks);
    return std::max(n, 1);
}

} // namespace

double CpuAvailability::idleCoresNow()
{
    const int n = cores();
    int fewestOthers = n;
    for (int reading = 0; reading < 3; ++reading) {
        if (reading > 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
        const int all = runnableTasks();
        if (all < 0) return n;
        fewestOthers = std::min(fewestOthers, std::max(0, all - ownRunnableThreads()));
    }
    return double(n - fewestOthers);
}

int workersFor(double idleCores, int lanes)
{
    const int rounded = int(std::lround(idleCores));
    return std::clamp(rounded, 1, std::max(1, lanes));
}

} // namespace micro::core
