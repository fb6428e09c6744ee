#pragma once

#include <QThread>
#include <algorithm>

namespace micro::core {

// A thread-count setting: > 0 as given, 0 (the default) every core the machine has.
inline int effectiveThreadCount(int requested)
{
    return requested > 0 ? requested : std::max(1, QThread::idealThreadCount());
}

} // namespace micro::core
