#pragma once

#include "store/projectstore.h"

namespace micro::core {

// A run record that exists only while its job is under way: unless keep() is called (after
// the run was finished and stored), it is deleted again, so a failed or cancelled job leaves
// the project as it was.
class PendingRun
{
public:
    // runId 0: nothing was created (a rank other than 0 of a data-parallel fit).
    PendingRun(ProjectStore &store, qint64 runId) : m_store(store), m_runId(runId), m_kept(runId == 0) {}
    ~PendingRun()
    {
        if (m_kept) return;
        try {
            m_store.deleteRun(m_runId);
        } catch (...) {
            // Already unwinding from the failure worth reporting, or the file is gone.
        }
    }
    PendingRun(const PendingRun &) = delete;
    PendingRun &operator=(const PendingRun &) = delete;

    void keep() { m_kept = true; }

private:
    ProjectStore &m_store;
    qint64 m_runId;
    bool m_kept;
};

} // namespace micro::core
