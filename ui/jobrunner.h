#pragma once

#include "jobs/job.h"

#include <QElapsedTimer>
#include <QObject>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QLabel;
class QProgressBar;
class QPushButton;

namespace micro::ui {

// The window's background work: one Job at a time on a worker thread, the ones asked for
// meanwhile queued (Cancel stops the running one and drops the queue), a progress bar with
// time left, a Cancel button and the status line. The window hears what happened through
// these signals and never touches a thread.
class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(QProgressBar *progress, QPushButton *cancelButton, QLabel *status, QObject *parent = nullptr);
    ~JobRunner() override; // cancels a running job and waits for it (checked every batch: short)

    // Starts a use case now, or queues it behind the running job: `work` returns the use
    // case's typed outcome on the worker thread; `onSucceeded` gets it on the GUI thread when
    // the job ends neither failed nor cancelled, before finished() is emitted.
    template <typename Work, typename Done> void run(const QString &title, Work work, Done onSucceeded)
    {
        using Outcome =
            std::invoke_result_t<Work, const micro::core::TrainingCallbacks &, const micro::core::CancelToken &>;
        auto slot = std::make_shared<std::optional<Outcome>>();
        start(
            title,
            [work = std::move(work), slot](const micro::core::TrainingCallbacks &callbacks,
                                           const micro::core::CancelToken &cancel) {
                slot->emplace(work(callbacks, cancel));
            },
            [slot, onSucceeded = std::move(onSucceeded)] {
                if (*slot) onSucceeded(**slot);
            });
    }
    // The same for work without an outcome.
    void start(const QString &title, micro::core::Job::Work work, std::function<void()> onSucceeded = {});
    void cancel();
    // The running training ends after its current epoch, its run kept; the queue goes on.
    // Offered (the button enabled) once the job has created a run.
    void stopAndKeep();
    void setStopButton(QPushButton *button);
    // Cancels the running job and the queue, and waits for the job's thread (closing time).
    void stop();
    bool isBusy() const { return m_job && m_job->isRunning(); }
    micro::core::Job *current() const { return m_job.get(); }
    int queued() const { return int(m_queue.size()); }

Q_SIGNALS:
    void started();
    void runCreated(qint64 runId);
    void epochFinished(qint64 runId, const micro::core::EpochMetrics &metrics);
    void failed(const micro::core::Error &error);
    // The job's thread has ended; the status line already says how. The next queued job
    // starts from the event loop afterwards.
    void finished(bool failed, bool cancelled);

private:
    void onFinished();

    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QPushButton *m_stopButton = nullptr;
    QLabel *m_status;
    struct Queued
    {
        QString title;
        micro::core::Job::Work work;
        std::function<void()> onSucceeded;
    };
    std::unique_ptr<micro::core::Job> m_job;
    std::function<void()> m_onSucceeded; // of the running job
    std::deque<Queued> m_queue;
    bool m_failed = false;
    bool m_succeeded = false; // the work's own verdict (a Cancel clicked after it returned changes nothing)
    QElapsedTimer m_clock;    // for the time-left estimate
};

} // namespace micro::ui
