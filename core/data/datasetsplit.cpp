#include "datasetsplit.h"

#include "util/error.h"
#include "util/random.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace micro::core {

std::vector<SplitPart> splitByPrompt(const std::vector<Comparison> &rows, double validationFraction,
                                     double testFraction, quint64 seed)
{
    if (validationFraction < 0 || testFraction < 0 || validationFraction + testFraction >= 1)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("split"),
                         QStringLiteral("validation + test must be in [0, 1)"));
    // Rows of each prompt, prompts in order of first appearance (deterministic).
    QHash<QString, int> promptIndex;
    std::vector<std::vector<int>> groups;
    for (int i = 0; i < int(rows.size()); ++i) {
        // No prompt text (files without a prompt column) says nothing about which rows
        // belong together: each such row is a group of its own.
        if (rows[std::size_t(i)].prompt.isEmpty()) {
            groups.push_back({i});
            continue;
        }
        auto it = promptIndex.constFind(rows[std::size_t(i)].prompt);
        if (it == promptIndex.constEnd()) {
            it = promptIndex.insert(rows[std::size_t(i)].prompt, int(groups.size()));
            groups.emplace_back();
        }
        groups[std::size_t(it.value())].push_back(i);
    }
    // Stratum of a prompt: the sorted set of contexts it appears under.
    std::map<QString, std::vector<int>> strata;
    for (int g = 0; g < int(groups.size()); ++g) {
        QStringList contexts;
        for (int r : groups[std::size_t(g)])
            contexts << rows[std::size_t(r)].context;
        contexts.removeDuplicates();
        contexts.sort();
        strata[contexts.join(QChar(0x1f))].push_back(g);
    }
    std::vector<SplitPart> out(rows.size(), SplitPart::Train);
    Random rng(seed ^ 0x2545F4914F6CDD1Dull);
    for (auto &[key, members] : strata) {
        for (std::size_t i = members.size(); i > 1; --i)
            std::swap(members[i - 1], members[std::size_t(rng.next() % i)]);
        long long total = 0;
        for (int g : members)
            total += qint64(groups[std::size_t(g)].size());
        const double testRows = testFraction * double(total);
        const double valRows = validationFraction * double(total);
        long long taken = 0;
        for (int g : members) {
            const auto &members2 = groups[std::size_t(g)];
            // Cut at the prompt whose rows cross the target: rounding to whole prompts.
            SplitPart part = SplitPart::Train;
            if (double(taken) + 0.5 * double(members2.size()) < testRows)
                part = SplitPart::Test;
            else if (double(taken) + 0.5 * double(members2.size()) < testRows + valRows)
                part = SplitPart::Validation;
            for (int r : members2)
                out[std::size_t(r)] = part;
            taken += qint64(members2.size());
        }
    }
    return out;
}

} // namespace micro::core
