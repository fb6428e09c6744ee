// Drives the micro-cli executable as a user or a script would: one test class whose tests are
// defined in tst_cli.cpp (commands that succeed: what they print and write) and
// tst_cli_errors.cpp (commands that fail, are killed or misused: what they leave behind).
// Qt Test runs them in the order declared here.
#pragma once

#include "clirun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace micro::test {

inline CliResult cli(const QStringList &args, int timeoutMs = 120000)
{
    return runProgram(QStringLiteral(MICRO_CLI_PATH), args, timeoutMs);
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QByteArray("absent");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The last non-empty line of stderr (progress bars come before it).
inline QString lastLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace micro::test

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_project;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    void writeText(const QString &name, const QByteArray &text) const
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly)) f.write(text);
    }

private Q_SLOTS:
    void initTestCase();
    void demoPrintsTheComparisonTable();
    void trainEvalExport();
    void labelsOutAndIn();
    void errorsAreClearAndChangeNothing_data();
    void errorsAreClearAndChangeNothing();
    void stage2AndModelChoiceCommands();
    void importFeaturizeTrain();
    void embedImport();
    void addFeatureFile();
    void badDemoOptionsCreateNoProject();
    void failedCommandsCreateNoProjectAndReadsDoNotInitialiseEmptyFiles();
    void progressBarOnlyOnATerminalOrWhenAsked();
    void datasetsShowRunAndStoredSplit();
    void helpForEachCommand();
    void killDuringTrainingKeepsFinishedEpochs();
};
