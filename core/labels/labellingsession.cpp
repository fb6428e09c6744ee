#include "labellingsession.h"

#include "model/prediction.h"
#include "util/logistic.h"
#include "util/random.h"

#include <algorithm>
#include <cmath>

namespace micro::core {

namespace {
constexpr int kCandidates = 2000; // rows scored per "most informative" pick
}

LabellingSession::LabellingSession(const Dataset &data, std::optional<MixtureModel> model, QString annotator,
                                   QString context, int target, quint64 seed)
    : m_data(data), m_model(std::move(model)), m_annotator(std::move(annotator)), m_context(std::move(context)),
      m_target(std::max(1, target)), m_seed(seed)
{
    replay();
}

void LabellingSession::resume(const std::vector<Label> &labels)
{
    for (const Label &l : labels)
        if (l.annotator == m_annotator && l.context == m_context && l.row >= 0 && l.row < m_data.size())
            m_labels.push_back(l);
    replay();
}

void LabellingSession::replay()
{
    m_done.clear();
    if (m_model && m_model->k() >= 2)
        m_hedge.emplace(m_model->k(), OnlineHedge::tunedEta(m_model->k(), m_target));
    else
        m_hedge.reset();
    for (const Label &l : m_labels) {
        m_done.insert(l.row);
        const std::vector<double> losses = headLosses(l.row, l.choice);
        if (m_hedge && !losses.empty()) m_hedge->update(losses);
    }
}

std::vector<double> LabellingSession::headLosses(int row, LabelChoice choice) const
{
    if (!m_model || m_model->k() < 2 || (choice != LabelChoice::Chosen && choice != LabelChoice::Rejected)) return {};
    const RowPredictions p = predictRows(*m_model, m_data, {row}, 1);
    std::vector<double> loss(std::size_t(m_model->k()));
    for (int k = 0; k < m_model->k(); ++k) {
        const double delta = p.rewardDiff.row(0)[k];
        loss[std::size_t(k)] = OnlineHedge::boundedLoss(-logSigmoid(choice == LabelChoice::Chosen ? delta : -delta));
    }
    return loss;
}

std::optional<LabellingSession::Item> LabellingSession::next(Order order)
{
    // Each draw has its own seed, so the sequence is reproducible and independent of how
    // many items were looked at before.
    Random rng(m_seed ^ (0x9E3779B97F4A7C15ull * (++m_draws)));
    std::vector<int> open;
    open.reserve(std::size_t(m_data.size()));
    for (int r = 0; r < m_data.size(); ++r)
        if (!m_done.contains(r)) open.push_back(r);
    if (open.empty()) return std::nullopt;
    Item item;
    item.leftIsChosen = (rng.next() & 1u) != 0;
    if (order == Order::Random || !m_hedge) {
        item.row = open[std::size_t(rng.next() % open.size())];
        return item;
    }
    // Most informative: where the heads, weighted by the current routing, disagree most
    // about which response wins (the variance of their win probabilities).
    if (int(open.size()) > kCandidates) {
        for (std::size_t i = 0; i < std::size_t(kCandidates); ++i)
            std::swap(open[i], open[i + std::size_t(rng.next() % (open.size() - i))]);
        open.resize(kCandidates);
    }
    const RowPredictions p = predictRows(*m_model, m_data, open, 1);
    const std::vector<double> w = m_hedge->weights();
    double best = -1;
    for (int i = 0; i < p.count(); ++i) {
        double mean = 0, var = 0;
        for (int k = 0; k < m_model->k(); ++k)
            mean += w[std::size_t(k)] * std::exp(logSigmoid(p.rewardDiff.row(i)[k]));
        for (int k = 0; k < m_model->k(); ++k) {
            const double d = std::exp(logSigmoid(p.rewardDiff.row(i)[k])) - mean;
            var += w[std::size_t(k)] * d * d;
        }
        if (var > best) {
            best = var;
            item.row = open[std::size_t(i)];
        }
    }
    return item;
}

void LabellingSession::record(const Label &label)
{
    m_labels.push_back(label);
    m_done.insert(label.row);
    const std::vector<double> losses = headLosses(label.row, label.choice);
    if (m_hedge && !losses.empty()) m_hedge->update(losses);
}

void LabellingSession::undo(qint64 labelId)
{
    m_labels.erase(std::remove_if(m_labels.begin(), m_labels.end(), [&](const Label &l) { return l.id == labelId; }),
                   m_labels.end());
    replay();
}

int LabellingSession::labelled() const
{
    return int(
        std::count_if(m_labels.begin(), m_labels.end(), [](const Label &l) { return l.choice != LabelChoice::Skip; }));
}

std::vector<double> LabellingSession::weights() const
{
    return m_hedge ? m_hedge->weights() : std::vector<double>{};
}

const std::vector<OnlineHedge::Step> &LabellingSession::history() const
{
    static const std::vector<OnlineHedge::Step> none;
    return m_hedge ? m_hedge->history() : none;
}

} // namespace micro::core
