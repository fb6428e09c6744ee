#pragma once

#include <QStringList>

namespace micro::app {

// Runs `micro-cli <command> [options]`; returns the process exit code
// (0 success, 1 the command failed, 2 the command line was wrong).
int runCli(const QStringList &arguments);

} // namespace micro::app
