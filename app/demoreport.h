#pragma once

#include "jobs/demo.h"

#include <QString>

namespace micro::app {

// The demo's comparison table as plain text for a terminal.
QString formatDemoReport(const micro::core::DemoReport &report);

} // namespace micro::app
