#include "agreement.h"

#include <QHash>
#include <QSet>
#include <cmath>
#include <map>

namespace micro::core {

std::vector<ContextAgreement> agreement(const std::vector<Label> &labels, const QString &annotatorA,
                                        const QString &annotatorB)
{
    // The latest non-skip label of each annotator per (context, row): a relabel replaces.
    std::map<QString, std::map<int, std::pair<int, int>>> byContext; // context -> row -> (a, b) choice or -1
    for (const Label &l : labels) {
        if (l.choice == LabelChoice::Skip || (l.annotator != annotatorA && l.annotator != annotatorB)) continue;
        auto &slot = byContext[l.context].try_emplace(l.row, -1, -1).first->second;
        (l.annotator == annotatorA ? slot.first : slot.second) = int(l.choice);
    }
    std::vector<ContextAgreement> out;
    for (const auto &[context, rows] : byContext) {
        ContextAgreement a;
        a.context = context;
        double same = 0, countA[3] = {0, 0, 0}, countB[3] = {0, 0, 0};
        for (const auto &[row, pair] : rows) {
            if (pair.first < 0 || pair.second < 0) continue;
            ++a.items;
            same += pair.first == pair.second ? 1 : 0;
            ++countA[pair.first];
            ++countB[pair.second];
        }
        if (a.items == 0) continue;
        const double n = a.items;
        a.percent = same / n;
        double chance = 0;
        for (int c = 0; c < 3; ++c)
            chance += (countA[c] / n) * (countB[c] / n);
        a.kappa = chance < 1.0 ? (a.percent - chance) / (1.0 - chance) : NAN;
        out.push_back(a);
    }
    return out;
}

QStringList annotators(const std::vector<Label> &labels)
{
    QSet<QString> names;
    for (const Label &l : labels)
        names.insert(l.annotator);
    QStringList out(names.begin(), names.end());
    out.sort();
    return out;
}

} // namespace micro::core
