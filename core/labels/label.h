#pragma once

#include <QString>
#include <optional>

namespace micro::core {

// What an annotator said about one comparison, in the dataset's terms: preferred the
// dataset's "chosen" text, its "rejected" text, neither (tie), or passed (skip).
enum class LabelChoice
{
    Chosen,
    Rejected,
    Tie,
    Skip
};

QString labelChoiceName(LabelChoice c); // chosen, rejected, tie, skip
std::optional<LabelChoice> parseLabelChoice(const QString &name);

// One decision in the labelling workspace, stored the moment it is given.
struct Label
{
    qint64 id = 0;
    qint64 datasetId = 0;
    int row = 0; // comparison row in the dataset
    QString annotator;
    QString context;
    LabelChoice choice = LabelChoice::Skip;
    bool leftIsChosen = true; // which text was shown on the left (order is randomised)
    double seconds = 0;       // from showing the item to the decision
    QString note;
    QString createdAt;
};

} // namespace micro::core
