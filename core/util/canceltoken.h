#pragma once

#include <atomic>

namespace micro::core {

// Shared between the thread that asks for a stop and the fitter that polls it every batch.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void reset()
    {
        m_cancelled.store(false, std::memory_order_relaxed);
        m_stop.store(false, std::memory_order_relaxed);
    }
    // "Stop and keep": a fit ends after its current epoch as if it had converged, and its
    // run is stored with the epochs done (a cancel removes the run).
    void requestStop() { m_stop.store(true, std::memory_order_relaxed); }
    bool isStopRequested() const { return m_stop.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
    std::atomic<bool> m_stop{false};
};

} // namespace micro::core
