#pragma once

#include "mainwindow.h"
#include "runpresenter.h"

#include <QtTest>

namespace micro::test {

// The window's views fill in when the shown run's snapshot has loaded off the GUI thread:
// waits (running the event loop) until they hold the run the window shows.
inline bool viewsShowTheRun(micro::ui::MainWindow &w, int timeoutMs = 30000)
{
    return QTest::qWaitFor(
        [&] { return w.runPresenter()->shownRunId() == w.shownRunId() && !w.runPresenter()->isLoading(); }, timeoutMs);
}

} // namespace micro::test
