#pragma once

#include "importoptions.h"
#include "sourcerow.h"

#include <QString>
#include <optional>
#include <string>
#include <vector>

namespace micro::core {

// The row shapes of FORMATS.md.
enum class RowShape
{
    ExplicitPrompt, // {prompt, chosen, rejected} strings
    ImplicitPrompt, // {chosen, rejected} full texts sharing a prefix
    Conversational, // chosen/rejected (and prompt) as lists of {role, content}
    HhTranscript,   // "\n\nHuman: ...\n\nAssistant: ..." strings
    PairLabel,      // two responses and a label saying which one is preferred
    PairIndexed,    // {responses: [a, b], label: 0|1}
    PairScores,     // {text: [a, b], score: [s1, s2]}
    RatingPairs,    // conv_A, conv_B, conv_A_rating, conv_B_rating
    MultiRater,     // two responses, one label column per rater
    Ratings,        // one response per row with per-attribute scores
};
QString shapeName(RowShape shape);

// Which columns play which role, decided once from the first row (and the user's mapping)
// and then applied to every row.
struct ShapePlan
{
    RowShape shape = RowShape::ExplicitPrompt;
    QString reason;
    std::string prompt, chosen, rejected, a, b, label, context, group, id;
    // Instruction-style files carry an often-empty 'input' beside 'instruction': appended
    // to the prompt when not empty, instead of standing in for it.
    std::string promptInput;
    bool promptInTranscript = false;      // Ratings: the prompt is the turns before the last Assistant turn
    std::string responses, texts, scores; // PairIndexed / PairScores arrays
    std::string scoreA, scoreB;           // RatingPairs
    std::string response;                 // Ratings: the response column
    std::vector<std::string> raters;      // MultiRater label columns
    std::vector<std::string> attributes;  // Ratings score columns (each becomes a context)
    // The label encoding: the user's, or the documented convention of the shape (LLMBar
    // output_1/output_2 with 1|2, responses[] with an index 0|1). Unset: the values must
    // name the side themselves (a/b, model_a/model_b, tie), else the import is refused.
    std::optional<LabelValues> labels;
};

// Decides the shape; `reason` also says which column(s) became the prompt. Throws BadFormat (subject = path) naming the
// columns found when no shape fits, a mapped column is missing, or the file holds only pre-tokenised ids.
ShapePlan planShape(const SourceRow &first, const ImportOptions &options, const QString &path);

// One comparison as read, before label values are resolved.
struct RawPair
{
    enum class Decision
    {
        AChosen,
        Label,
        Scores
    };
    int line = 0;
    QString id, prompt, a, b, context, group;
    Decision decision = Decision::AChosen;
    QString label;
    double scoreA = 0, scoreB = 0;
};

// A rated response (Ratings shape): paired per prompt and attribute later.
struct RawRating
{
    int line = 0;
    QString id, prompt, response, group;
    std::vector<double> scores; // per plan.attributes; NaN: not rated
};

// Reads one row into pairs (several for MultiRater) or a rating. On a row that does not
// fit the plan, returns false with *error saying what was expected ("field 'chosen':
// expected a string").
bool extractPairs(const SourceRow &row, const ShapePlan &plan, int line, std::vector<RawPair> *out, QString *error);
bool extractRating(const SourceRow &row, const ShapePlan &plan, int line, RawRating *out, QString *error);

} // namespace micro::core
