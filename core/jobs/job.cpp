#include "job.h"

namespace micro::core {

Job::Job(QString title, Work work, QObject *parent)
    : QObject(parent), m_title(std::move(title)), m_work(std::move(work))
{
    qRegisterMetaType<micro::core::EpochMetrics>();
    qRegisterMetaType<micro::core::Error>();
}

Job::~Job()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
    }
}

void Job::start()
{
    if (m_thread) return;
    m_thread.reset(QThread::create([this] { runOnWorker(); }));
    m_thread->setObjectName(m_title);
    m_thread->start();
}

void Job::cancel()
{
    m_cancel.cancel();
}

bool Job::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool Job::wait(unsigned long milliseconds)
{
    return !m_thread || m_thread->wait(milliseconds == ULONG_MAX ? QDeadlineTimer(QDeadlineTimer::Forever)
                                                                 : QDeadlineTimer(qint64(milliseconds)));
}

void Job::runOnWorker()
{
    m_sinceProgress.start();
    TrainingCallbacks callbacks;
    callbacks.progress = [this](double fraction) {
        if (fraction >= 1.0 || m_sinceProgress.elapsed() >= 100) {
            m_sinceProgress.restart();
            Q_EMIT progressChanged(fraction);
        }
    };
    callbacks.runCreated = [this](qint64 id) { Q_EMIT runCreated(id); };
    callbacks.epochFinished = [this](qint64 id, const EpochMetrics &m) { Q_EMIT epochFinished(id, m); };
    try {
        m_work(callbacks, m_cancel);
        if (m_cancel.isCancelled())
            Q_EMIT cancelled();
        else
            Q_EMIT succeeded();
    } catch (const MicroError &e) {
        // Work stops on a cancel either by returning early or by throwing Cancelled (an
        // import, the encoder): both are a cancellation, not a failure.
        if (e.error().code == ErrorCode::Cancelled && m_cancel.isCancelled())
            Q_EMIT cancelled();
        else
            Q_EMIT failed(e.error());
    } catch (const std::exception &e) {
        Q_EMIT failed(Error{ErrorCode::Internal, m_title, QString::fromLocal8Bit(e.what())});
    } catch (...) {
        Q_EMIT failed(Error{ErrorCode::Internal, m_title, {}});
    }
    Q_EMIT finished();
}

} // namespace micro::core
