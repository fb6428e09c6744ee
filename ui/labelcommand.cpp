#include "labelcommand.h"

#include "errortext.h"
#include "labelview.h"

#include "util/error.h"

#include <QCoreApplication>

namespace micro::ui {

using namespace micro::core;

// In LabelView's translation context: the existing translations of the text keep working.
LabelCommand::LabelCommand(LabelView *view, Label label)
    : QUndoCommand(QCoreApplication::translate("micro::ui::LabelView", "Label comparison %1").arg(label.row)),
      m_view(view), m_label(std::move(label))
{
}

void LabelCommand::undo()
{
    if (!m_stored) // an earlier redo failed: nothing in the project to take back
        return;
    try {
        m_view->forgetLabel(m_label);
        m_stored = false;
        if (m_view->isCurrentSession(m_label)) {
            m_view->m_item = LabellingSession::Item{m_label.row, m_label.leftIsChosen};
            m_view->showItem();
        }
    } catch (const MicroError &e) {
        m_view->failed(errorText(e.error()));
    }
}

void LabelCommand::redo()
{
    if (m_first) { // decide() stored it already
        m_first = false;
        return;
    }
    if (m_stored) // an earlier undo failed: the label is still in the project
        return;
    try {
        m_label.id = m_view->storeLabel(m_label);
        m_stored = true;
        if (m_view->isCurrentSession(m_label)) m_view->showNext();
    } catch (const MicroError &e) {
        m_label.id = 0;
        m_view->failed(errorText(e.error()));
    }
}

} // namespace micro::ui
