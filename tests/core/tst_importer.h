// The preference importer as a user meets it: one test class whose tests are defined in
// tst_importer.cpp (every row shape of FORMATS.md read into the right comparisons,
// malformed input reported as file:line) and tst_importer_project.cpp (imports stored in a
// project: the shared real files with counts checked against an independent Python
// reading, the stored report read back, and an import that fails or is cancelled leaving
// the project untouched). Qt Test runs them in the order declared here.
#pragma once

#include "util/error.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

namespace micro::test {

inline QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

inline QString writeGzip(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    gzFile g = gzopen(path.toLocal8Bit().constData(), "wb");
    gzwrite(g, content.constData(), unsigned(content.size()));
    gzclose(g);
    return path;
}

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return QByteArray("absent");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Runs `f`, expects MicroError `code` whose detail contains every needle.
template <typename F> void expectError(F f, micro::core::ErrorCode code, const QStringList &needles)
{
    try {
        f();
        QFAIL("no error raised");
    } catch (const micro::core::MicroError &e) {
        QVERIFY2(e.error().code == code, qPrintable(e.error().detail));
        for (const QString &n : needles)
            QVERIFY2(e.error().detail.contains(n) || e.error().subject.contains(n),
                     qPrintable(QStringLiteral("'%1' not in '%2'").arg(n, e.error().detail)));
    }
}

inline const QString kShared = QStringLiteral(MICRO_SHARED_DIR "/data");

} // namespace micro::test

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowShapes_data();
    void rowShapes();
    void promptColumnIsReported();
    void gzipIsReadLikePlain();
    void previewReadsTheHeadOnly();
    void ambiguousLabelsAreRefusedNotGuessed();
    void malformedInput_data();
    void malformedInput();
    void unreadableFiles();
    void hugeSingleLine();
    void importReportReadsBackFromTheProject();
    void failedOrCancelledImportLeavesProjectUnchanged();
    void sharedData_data();
    void sharedData();
    void contextRoutingBeatsSingleBtOnHiddenContext();
    void ratingsPairsPerPromptAreCapped();
};
