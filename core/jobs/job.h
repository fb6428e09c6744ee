#pragma once

#include "model/stage1fitter.h"
#include "training.h"
#include "util/canceltoken.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

namespace micro::core {

// Runs one piece of long work (a fit, the demo, an import) on its own thread and reports
// through queued signals, so the thread that owns the Job (the GUI thread) never waits.
// Progress is throttled to ~10 Hz. Exceptions become failed(Error). Destroying a running
// Job cancels it and joins its thread.
class Job : public QObject
{
    Q_OBJECT
public:
    // The work runs on the worker thread; it reports through `callbacks` and polls `cancel`.
    using Work = std::function<void(const TrainingCallbacks &callbacks, const CancelToken &cancel)>;

    explicit Job(QString title, Work work, QObject *parent = nullptr);
    ~Job() override;

    QString title() const { return m_title; }
    void start();
    void cancel();
    // Ends a fit after its current epoch and keeps its run (see CancelToken::requestStop).
    void stopAndKeep() { m_cancel.requestStop(); }
    bool isStopRequested() const { return m_cancel.isStopRequested(); }
    bool isRunning() const;
    bool isCancelRequested() const { return m_cancel.isCancelled(); }
    // Blocks; for tests and the command line only, never the GUI thread.
    bool wait(unsigned long milliseconds = ULONG_MAX);

Q_SIGNALS:
    void progressChanged(double fraction);
    void runCreated(qint64 runId);
    void epochFinished(qint64 runId, const micro::core::EpochMetrics &metrics);
    void succeeded();
    void failed(const micro::core::Error &error);
    void cancelled();
    void finished(); // after any of the three above

private:
    void runOnWorker();

    QString m_title;
    Work m_work;
    CancelToken m_cancel;
    std::unique_ptr<QThread> m_thread;
    QElapsedTimer m_sinceProgress;
};

} // namespace micro::core

Q_DECLARE_METATYPE(micro::core::EpochMetrics)
Q_DECLARE_METATYPE(micro::core::Error)
