#include "label.h"

namespace micro::core {

QString labelChoiceName(LabelChoice c)
{
    switch (c) {
    case LabelChoice::Chosen:
        return QStringLiteral("chosen");
    case LabelChoice::Rejected:
        return QStringLiteral("rejected");
    case LabelChoice::Tie:
        return QStringLiteral("tie");
    case LabelChoice::Skip:
        return QStringLiteral("skip");
    }
    return {};
}

std::optional<LabelChoice> parseLabelChoice(const QString &name)
{
    for (LabelChoice c : {LabelChoice::Chosen, LabelChoice::Rejected, LabelChoice::Tie, LabelChoice::Skip})
        if (labelChoiceName(c) == name) return c;
    return std::nullopt;
}

} // namespace micro::core
