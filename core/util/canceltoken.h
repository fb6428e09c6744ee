#pragma once

#include <atomic>

namespace micro::core {

// Shared between the thread that asks for a stop and the fitter that polls it every batch.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }
    void reset() { m_cancelled.store(false, std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

} // namespace micro::core
