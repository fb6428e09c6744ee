#include "cpuavailability.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
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

int workersFor(double idleCores, int lanes)
{
    const int rounded = int(std::lround(idleCores));
    return std::clamp(rounded, 1, std::max(1, lanes));
}

} // namespace micro::core
