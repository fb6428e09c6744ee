#include "jobrunner.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <utility>

namespace micro::ui {

using namespace micro::core;

JobRunner::JobRunner(QProgressBar *progress, QPushButton *cancelButton, QLabel *status, QObject *parent)
    : QObject(parent), m_progress(progress), m_cancelButton(cancelButton), m_status(status)
{
    connect(m_cancelButton, &QPushButton::clicked, this, &JobRunner::cancel);
}

JobRunner::~JobRunner()
{
    stop();
}

void JobRunner::stop()
{
    m_queue.clear();
    if (isBusy()) {
        m_job->cancel();
        m_job->wait();
    }
}

void JobRunner::start(const QString &title, Job::Work work, std::function<void()> onSucceeded)
{
    if (isBusy()) {
        m_queue.push_back(Queued{title, std::move(work), std::move(onSucceeded)});
        m_status->setText(tr("%1 queued (%n waiting).", nullptr, int(m_queue.size())).arg(title));
        return;
    }
    m_job = std::make_unique<Job>(title, std::move(work));
    m_onSucceeded = std::move(onSucceeded);
    Job *job = m_job.get();
    connect(job, &Job::progressChanged, this, [this](double f) {
        m_progress->setValue(int(f * 1000));
        if (f > 0.01) { // too early, and the estimate is noise
            const qint64 left = qint64(double(m_clock.elapsed()) * (1.0 - f) / f / 1000.0);
            m_progress->setFormat(tr("%p% · %1:%2 left").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')));
        }
    });
    connect(job, &Job::runCreated, this, [this](qint64 runId) {
        if (m_stopButton) { // a training run exists now: it can be stopped and kept
            m_stopButton->show();
            m_stopButton->setEnabled(!m_job->isStopRequested());
        }
        Q_EMIT runCreated(runId);
    });
    connect(job, &Job::epochFinished, this, [this](qint64 runId, const EpochMetrics &m) {
        m_status->setText(tr("%1: epoch %2, validation accuracy %3")
                              .arg(m_job ? m_job->title() : QString())
                              .arg(m.epoch)
                              .arg(m.valAccuracy, 0, 'f', 4));
        Q_EMIT epochFinished(runId, m);
    });
    connect(job, &Job::failed, this, [this](const Error &e) {
        m_failed = true;
        Q_EMIT failed(e);
    });
    connect(job, &Job::succeeded, this, [this] { m_succeeded = true; });
    connect(job, &Job::finished, this, &JobRunner::onFinished);
    m_failed = false;
    m_succeeded = false;
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_clock.start();
    m_progress->show();
    m_cancelButton->show();
    m_cancelButton->setEnabled(true);
    m_status->setText(tr("%1 running…").arg(title));
    job->start();
    Q_EMIT started();
}

void JobRunner::setStopButton(QPushButton *button)
{
    m_stopButton = button;
    m_stopButton->hide();
    connect(m_stopButton, &QPushButton::clicked, this, &JobRunner::stopAndKeep);
}

void JobRunner::stopAndKeep()
{
    if (!isBusy() || m_job->isCancelRequested()) return;
    m_job->stopAndKeep();
    if (m_stopButton) m_stopButton->setEnabled(false);
    m_status->setText(tr("Stopping after this epoch; the epochs done are kept…"));
}

void JobRunner::cancel()
{
    if (!isBusy()) return;
    const bool dropped = !m_queue.empty();
    m_queue.clear(); // Cancel stops the work in hand and what was waiting behind it
    m_job->cancel();
    m_cancelButton->setEnabled(false);
    if (m_stopButton) m_stopButton->setEnabled(false);
    m_status->setText(dropped ? tr("Cancelling; the queued jobs were dropped…") : tr("Cancelling…"));
}

void JobRunner::onFinished()
{
    // As the work ended, not as the token reads now: a Cancel clicked after the work had
    // returned (its finished signal still queued) must not hide a committed result.
    const bool cancelled = !m_failed && !m_succeeded;
    const bool stopped = m_job && m_job->isStopRequested();
    m_job->wait(); // the thread has emitted its last signal; joining is immediate
    m_progress->hide();
    m_cancelButton->hide();
    if (m_stopButton) m_stopButton->hide();
    m_status->setText(m_failed    ? tr("Failed; the project is as it was before the run.")
                      : cancelled ? tr("Cancelled; the project is as it was before.")
                      : stopped   ? tr("Stopped; the run was kept with the epochs done.")
                                  : tr("Done."));
    const std::function<void()> onSucceeded = std::exchange(m_onSucceeded, {});
    if (!m_failed && !cancelled && onSucceeded) onSucceeded(); // the outcome is shown first
    Q_EMIT finished(m_failed, cancelled);
    if (!m_queue.empty()) // next one from the event loop: the finished job's signal is still on the stack
        QTimer::singleShot(0, this, [this] {
            if (m_queue.empty() || isBusy()) return;
            Queued next = std::move(m_queue.front());
            m_queue.pop_front();
            start(next.title, std::move(next.work), std::move(next.onSucceeded));
        });
}

} // namespace micro::ui
