#pragma once

#include "data/dataset.h"
#include "label.h"
#include "model/mixturemodel.h"
#include "routing/onlinehedge.h"

#include <QSet>
#include <optional>
#include <vector>

namespace micro::core {

// One annotator labelling one context: which comparison comes next, and - when a Stage-1
// run's heads are given - the context's online Hedge weights, updated after every label
// (METHOD.md, Stage 2 online form). Pure logic; the store and the widgets live elsewhere.
class LabellingSession
{
public:
    enum class Order
    {
        Random,          // seeded shuffle of the rows not yet labelled
        MostInformative, // the largest disagreement among the heads under the current weights
    };
    struct Item
    {
        int row = -1;
        bool leftIsChosen = true; // randomised per item, and recorded with the label
    };

    // `model` must read `data`'s features (a Stage-1 run on that dataset); without it the
    // order is random and there are no weights. `target` labels per context (horizon of
    // the tuned Hedge step size).
    LabellingSession(const Dataset &data, std::optional<MixtureModel> model, QString annotator, QString context,
                     int target, quint64 seed);

    // Earlier labels of this annotator in this context, oldest first: their rows are done
    // and the weights are replayed.
    void resume(const std::vector<Label> &labels);

    std::optional<Item> next(Order order);
    void record(const Label &label);
    void undo(qint64 labelId); // forgets that label and replays the rest

    int labelled() const; // decisions other than skip
    int target() const { return m_target; }
    bool hasWeights() const { return m_model.has_value(); }
    // Current weights (uniform before the first label); empty without heads.
    std::vector<double> weights() const;
    const std::vector<OnlineHedge::Step> &history() const;
    const QString &context() const { return m_context; }
    const QString &annotator() const { return m_annotator; }

    // Per-head loss of one decision: bounded -log sigmoid(+-Delta_k), the side the
    // annotator preferred counting as the winner. Empty for ties, skips or without heads.
    std::vector<double> headLosses(int row, LabelChoice choice) const;

private:
    void replay();

    const Dataset &m_data;
    std::optional<MixtureModel> m_model;
    QString m_annotator, m_context;
    int m_target;
    quint64 m_seed;
    quint64 m_draws = 0;
    std::vector<Label> m_labels;
    QSet<int> m_done;
    std::optional<OnlineHedge> m_hedge;
};

} // namespace micro::core
