#pragma once

#include "labels/label.h"

#include <QUndoCommand>

namespace micro::ui {

class LabelView;

// One label as an undoable step: the label is already stored when the command is pushed;
// undo deletes it, redo stores it anew. The stored row changes whatever is shown now; the
// session, its weights and the item on screen follow only when the label is of the session
// being labelled (the user may have moved to another run or context since).
class LabelCommand : public QUndoCommand
{
public:
    LabelCommand(LabelView *view, micro::core::Label label);
    void undo() override;
    void redo() override;

private:
    LabelView *m_view;
    micro::core::Label m_label;
    bool m_first = true;
    bool m_stored = true; // whether the label is in the project now (undo/redo can fail)
};

} // namespace micro::ui
