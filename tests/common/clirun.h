#pragma once

// Runs a command-line program as a user would (its own process) and collects what it said;
// the CLI tests run micro-cli through it.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace micro::test {

struct CliResult
{
    int exitCode = -1; // -1: killed after the timeout, or crashed
    QString out;
    QString err;
};

inline CliResult runProgram(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess p;
    p.start(program, args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace micro::test
