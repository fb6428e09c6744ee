// LabelView's labelling session: the item shown, the decisions, their undo and the Hedge history.
#include "labelview.h"

#include "errortext.h"
#include "labelcommand.h"
#include "worddiff.h"

#include "store/projectstore.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QUndoStack>
#include <QtEndian>

namespace micro::ui {

using namespace micro::core;

void LabelView::beginSession(const QString &annotator, const QString &context)
{
    try {
        // Seeded by who and what, the same in every process (qHash is randomised per run).
        const QByteArray key =
            QCryptographicHash::hash((annotator + QChar(0x1f) + context).toUtf8(), QCryptographicHash::Sha1);
        m_session = std::make_unique<LabellingSession>(*m_data, m_heads, annotator, context, m_target->value(),
                                                       qFromLittleEndian<quint64>(key.constData()));
        m_session->resume(m_store->labels(m_datasetId));
        m_message->clear();
        showNext();
        refreshWeights();
        refreshAgreement();
        setFocus(); // the keys act on the view from here on
        Q_EMIT ready();
    } catch (const MicroError &e) {
        m_session.reset();
        failed(errorText(e.error()));
    }
}

void LabelView::showNext()
{
    if (!m_session) return;
    try {
        m_item = m_session->next(m_order->currentIndex() == 1 ? LabellingSession::Order::MostInformative
                                                              : LabellingSession::Order::Random);
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        m_item.reset();
    }
    showItem();
}

void LabelView::showItem()
{
    m_pendingNote.clear();
    const bool has = m_session && m_item && m_data && m_item->row >= 0 && m_item->row < m_data->size();
    for (QPushButton *b : m_decisionButtons)
        b->setEnabled(has);
    if (!has) {
        m_prompt->clear();
        m_left->clear();
        m_right->clear();
        if (m_session) m_message->setText(tr("Every comparison has a label from you in this context."));
        refreshProgress();
        return;
    }
    const Comparison &c = m_data->comparisons[std::size_t(m_item->row)];
    m_prompt->setPlainText(c.prompt);
    showResponses();
    m_shownFor.start();
    refreshProgress();
}

void LabelView::showResponses()
{
    if (!m_session || !m_item || !m_data || m_item->row < 0 || m_item->row >= m_data->size()) return;
    const Comparison &c = m_data->comparisons[std::size_t(m_item->row)];
    const QString &left = m_item->leftIsChosen ? c.chosen : c.rejected;
    const QString &right = m_item->leftIsChosen ? c.rejected : c.chosen;
    if (!m_highlight->isChecked()) {
        m_left->setPlainText(left);
        m_right->setPlainText(right);
        return;
    }
    // A light amber on a light base, a dark one on a dark base: the text stays readable.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const DiffHtml diff = highlightDifferences(left, right, dark ? QColor(120, 90, 20) : QColor(253, 230, 138));
    m_left->setHtml(diff.left);
    m_right->setHtml(diff.right);
}

void LabelView::decide(Decision d)
{
    if (!m_session || !m_item || !m_data) return;
    Label l;
    l.datasetId = m_datasetId;
    l.row = m_item->row;
    l.annotator = m_session->annotator();
    l.context = m_session->context();
    l.leftIsChosen = m_item->leftIsChosen;
    l.seconds = double(m_shownFor.elapsed()) / 1000.0;
    l.note = m_pendingNote;
    switch (d) {
    case Decision::Left:
        l.choice = m_item->leftIsChosen ? LabelChoice::Chosen : LabelChoice::Rejected;
        break;
    case Decision::Right:
        l.choice = m_item->leftIsChosen ? LabelChoice::Rejected : LabelChoice::Chosen;
        break;
    case Decision::Tie:
        l.choice = LabelChoice::Tie;
        break;
    case Decision::Skip:
        l.choice = LabelChoice::Skip;
        break;
    }
    try {
        l.id = storeLabel(l); // committed before anything else happens
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        return;
    }
    if (m_undo) m_undo->push(new LabelCommand(this, l));
    showNext();
}

bool LabelView::isCurrentSession(const Label &label) const
{
    return m_session && m_data && label.datasetId == m_datasetId && label.annotator == m_session->annotator() &&
           label.context == m_session->context() && label.row >= 0 && label.row < m_data->size();
}

qint64 LabelView::storeLabel(const Label &label)
{
    const qint64 id = m_store->addLabel(label); // throws: nothing below happens
    if (isCurrentSession(label)) {
        Label stored = label;
        stored.id = id;
        m_session->record(stored);
        saveHistory();
        refreshWeights();
    }
    refreshAgreement();
    Q_EMIT labelled();
    return id;
}

void LabelView::forgetLabel(const Label &label)
{
    m_store->deleteLabel(label.id); // throws: nothing below happens
    if (isCurrentSession(label)) {
        m_session->undo(label.id);
        saveHistory();
        refreshWeights();
    }
    refreshAgreement();
    Q_EMIT labelled();
}

void LabelView::undoLast()
{
    if (m_undo && m_undo->canUndo()) m_undo->undo();
}

void LabelView::addNote(const QString &note)
{
    m_pendingNote = note;
    m_message->setText(note.isEmpty() ? QString() : tr("Note kept for this comparison's label."));
}

void LabelView::saveHistory()
{
    if (!m_session || !m_session->hasWeights() || m_runId == 0) return;
    std::vector<RoutingStep> steps;
    for (const OnlineHedge::Step &s : m_session->history())
        steps.push_back(RoutingStep{s.round, s.weightsBefore, s.headLoss, s.mixtureLoss, s.cumulativeMixtureLoss,
                                    s.bestHead, s.bestHeadCumulativeLoss, s.regret});
    try {
        // One sequence per context and annotator, beside the run's own routing history.
        // The key is data, not interface text: the same in every language.
        m_store->saveRoutingHistory(
            m_runId, QStringLiteral("%1 (labels by %2)").arg(m_session->context(), m_session->annotator()), steps);
        Q_EMIT historyChanged(m_runId);
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
    }
}

} // namespace micro::ui
