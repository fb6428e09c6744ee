#pragma once

#include "util/canceltoken.h"
#include "util/error.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <functional>
#include <memory>
#include <new>
#include <optional>
#include <vector>

namespace micro::ui {

// The one pattern for background work the window or a view asks for (a run's snapshot, the
// projection of its comparisons, a dataset for labelling, a teaching scenario): start() runs
// `work` on a pool thread; when it ends, and no later start() or cancel() has superseded it,
// `onValue` gets its value or `onError` the error it threw, on the owner's (GUI) thread.
// A superseded run is asked to stop through its CancelToken and its result is dropped;
// nothing thrown leaves the worker. The destructor cancels and waits, since work may hold
// the project file open.
template <typename T> class LatestResult
{
public:
    using Work = std::function<T(const micro::core::CancelToken &cancel)>;

    LatestResult(QObject *owner, std::function<void(T)> onValue,
                 std::function<void(const micro::core::Error &)> onError)
        : m_owner(owner), m_onValue(std::move(onValue)), m_onError(std::move(onError))
    {
    }
    ~LatestResult()
    {
        cancel();
        waitForFinished();
    }
    LatestResult(const LatestResult &) = delete;
    LatestResult &operator=(const LatestResult &) = delete;

    void start(Work work, QThreadPool *pool = QThreadPool::globalInstance())
    {
        cancel();
        const auto token = std::make_shared<micro::core::CancelToken>();
        m_cancel = token;
        const int generation = ++m_generation;
        auto *watcher = new QFutureWatcher<Outcome>(m_owner);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_owner, [this, watcher, generation] {
            Outcome outcome = watcher->result();
            watcher->deleteLater();
            if (generation != m_generation) return; // superseded: a newer request is on its way
            m_cancel.reset();
            if (outcome.error) {
                if (outcome.error->code != micro::core::ErrorCode::Cancelled) m_onError(*outcome.error);
            } else {
                m_onValue(std::move(*outcome.value));
            }
        });
        QFuture<Outcome> future = QtConcurrent::run(pool, [work = std::move(work), token] {
            Outcome out;
            try {
                out.value = work(*token);
            } catch (const micro::core::MicroError &e) {
                out.error = e.error();
            } catch (const std::bad_alloc &) {
                out.error =
                    micro::core::Error{micro::core::ErrorCode::Internal, QString(), QStringLiteral("out of memory")};
            } catch (const std::exception &e) {
                out.error =
                    micro::core::Error{micro::core::ErrorCode::Internal, QString(), QString::fromLocal8Bit(e.what())};
            }
            return out;
        });
        watcher->setFuture(future);
        m_futures.erase(std::remove_if(m_futures.begin(), m_futures.end(),
                                       [](const QFuture<Outcome> &f) { return f.isFinished(); }),
                        m_futures.end());
        m_futures.push_back(future);
    }

    // Supersedes the work under way: it is asked to stop and its result, if any, is dropped.
    void cancel()
    {
        ++m_generation;
        if (m_cancel) m_cancel->cancel();
        m_cancel.reset();
    }

    bool isRunning() const { return m_cancel != nullptr; } // the latest request has not answered yet

    // Blocks until every started work item has returned (closing time and tests; the
    // answer of the latest still arrives through the event loop).
    void waitForFinished()
    {
        for (QFuture<Outcome> &f : m_futures)
            f.waitForFinished();
        m_futures.clear();
    }

private:
    struct Outcome
    {
        std::optional<T> value;
        std::optional<micro::core::Error> error;
    };

    QObject *m_owner;
    std::function<void(T)> m_onValue;
    std::function<void(const micro::core::Error &)> m_onError;
    std::shared_ptr<micro::core::CancelToken> m_cancel;
    int m_generation = 0;
    std::vector<QFuture<Outcome>> m_futures;
};

} // namespace micro::ui
