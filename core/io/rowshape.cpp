#include "rowshape.h"

#include "transcripts.h"
#include "util/error.h"

#include <QRegularExpression>
#include <cmath>

namespace micro::core {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

// The first of `candidates` the row has, else "".
std::string pick(const SourceRow &row, std::initializer_list<const char *> candidates)
{
    for (const char *c : candidates)
        if (row.has(c)) return c;
    return {};
}

const std::initializer_list<const char *> kPromptNames{"prompt", "input", "instruction", "question", "query"};
const std::initializer_list<const char *> kContextNames{"context",  "scenario",  "criteria", "criterion", "attribute",
                                                        "category", "objective", "domain",   "persona"};
const std::initializer_list<const char *> kGroupNames{"group",   "subset",    "data_subset", "rater",
                                                      "user_id", "annotator", "worker_id"};
const std::initializer_list<const char *> kIdNames{"id",      "Index",         "index",      "uid",
                                                   "pair_id", "comparison_id", "question_id"};
const std::initializer_list<const char *> kAttributeNames{
    "helpfulness",  "correctness",           "coherence",    "complexity", "verbosity", "honesty",
    "harmlessness", "instruction_following", "truthfulness", "overall"};

[[noreturn]] void refuse(const QString &path, const QString &detail)
{
    throw MicroError(ErrorCode::BadFormat, path, detail);
}

void requireColumn(const SourceRow &row, const std::string &column, const char *role, const QString &path)
{
    if (!column.empty() && !row.has(column))
        refuse(path,
               QStringLiteral("line of the first row: column '%1' (mapped to %2) not found; the columns are %3")
                   .arg(QString::fromStdString(column), QLatin1String(role), row.keys().join(QStringLiteral(", "))));
}

bool textField(const SourceRow &row, const std::string &key, QString *out, QString *error)
{
    if (row.text(key, out)) return true;
    const ValueKind k = row.kind(key);
    *error = k == ValueKind::Missing ? QStringLiteral("field '%1' is missing").arg(QString::fromStdString(key))
                                     : QStringLiteral("field '%1': expected a string").arg(QString::fromStdString(key));
    return false;
}

// A conversation or a plain string, as text; `last` receives the final message's content.
bool conversationField(const SourceRow &row, const std::string &key, QString *prompt, QString *last, QString *error)
{
    std::vector<Message> messages;
    if (row.kind(key) == ValueKind::Array) {
        if (!row.messages(key, &messages) || messages.empty()) {
            *error = QStringLiteral("field '%1': expected a list of {role, content} messages")
                         .arg(QString::fromStdString(key));
            return false;
        }
        *last = messages.back().content;
        messages.pop_back();
        *prompt = renderConversation(messages);
        return true;
    }
    prompt->clear();
    return textField(row, key, last, error);
}

// Columns named like one rater's label each ("annotator1", "rater_2", "label3").
QStringList raterColumns(const QStringList &keys)
{
    static const QRegularExpression raterColumn(QStringLiteral("^(annotator|rater|judge|worker|label)_?\\d+$"));
    QStringList out;
    for (const QString &k : keys)
        if (raterColumn.match(k).hasMatch()) out << k;
    return out;
}

void optional(const SourceRow &row, const std::string &key, QString *out)
{
    if (!key.empty()) row.text(key, out);
}

// The prompt column's text, with the plan's 'input' column appended when it is not empty.
bool promptField(const SourceRow &row, const ShapePlan &plan, QString *prompt, QString *error)
{
    if (plan.prompt.empty()) return true;
    if (!textField(row, plan.prompt, prompt, error)) return false;
    QString input;
    if (!plan.promptInput.empty() && row.text(plan.promptInput, &input) && !input.trimmed().isEmpty())
        *prompt += QStringLiteral("\n\n") + input;
    return true;
}

} // namespace

QString shapeName(RowShape shape)
{
    switch (shape) {
    case RowShape::ExplicitPrompt:
        return QStringLiteral("explicit-prompt");
    case RowShape::ImplicitPrompt:
        return QStringLiteral("implicit-prompt");
    case RowShape::Conversational:
        return QStringLiteral("conversational");
    case RowShape::HhTranscript:
        return QStringLiteral("hh-transcript");
    case RowShape::PairLabel:
        return QStringLiteral("pair-label");
    case RowShape::PairIndexed:
        return QStringLiteral("pair-indexed");
    case RowShape::PairScores:
        return QStringLiteral("pair-scores");
    case RowShape::RatingPairs:
        return QStringLiteral("rating-pairs");
    case RowShape::MultiRater:
        return QStringLiteral("multi-rater");
    case RowShape::Ratings:
        return QStringLiteral("ratings");
    }
    return {};
}

namespace {

ShapePlan planColumns(const SourceRow &row, const ImportOptions &options, const QString &path)
{
    ShapePlan plan;
    const ColumnMapping &map = options.mapping;
    const QStringList keys = row.keys();
    const QString columns = keys.join(QStringLiteral(", "));
    auto mapped = [&](const QString &user, std::initializer_list<const char *> names, const char *role) {
        if (!user.isEmpty()) {
            requireColumn(row, utf8(user), role, path);
            return utf8(user);
        }
        return pick(row, names);
    };
    plan.context = mapped(map.context, kContextNames, "context");
    plan.group = mapped(map.group, kGroupNames, "group");
    plan.id = mapped(map.id, kIdNames, "id");
    plan.prompt = mapped(map.prompt, kPromptNames, "prompt");
    if (map.prompt.isEmpty() && row.has("instruction") && row.has("input")) {
        plan.prompt = "instruction";
        plan.promptInput = "input";
    }
    plan.labels = options.labelValues;

    const std::string chosen = mapped(map.chosen, {"chosen"}, "chosen");
    const std::string rejected = mapped(map.rejected, {"rejected"}, "rejected");
    const bool preTokenised = std::any_of(keys.begin(), keys.end(), [](const QString &k) {
        return k.startsWith(QLatin1String("input_ids")) || k.endsWith(QLatin1String("input_ids"));
    });
    if (preTokenised && (chosen.empty() || rejected.empty()))
        refuse(path, QStringLiteral("the rows hold pre-tokenised columns (%1): token ids depend on a "
                                    "tokenizer this tool does not have; import the text columns instead")
                         .arg(columns));

    // Two responses + a label, named by the user.
    if (!map.responseA.isEmpty() || !map.responseB.isEmpty()) {
        if (map.responseA.isEmpty() || map.responseB.isEmpty())
            throw MicroError(ErrorCode::InvalidOption, QStringLiteral("map"),
                             QStringLiteral("a= and b= are mapped together"));
        plan.a = mapped(map.responseA, {}, "a");
        plan.b = mapped(map.responseB, {}, "b");
        QStringList labelColumns = map.labelColumns();
        if (labelColumns.isEmpty()) { // detected: one label column, or one per rater
            labelColumns = raterColumns(keys);
            if (labelColumns.size() < 2) {
                const std::string single = pick(row, {"label", "winner", "preference", "choice", "preferred"});
                labelColumns = single.empty() ? QStringList() : QStringList{QString::fromStdString(single)};
            }
        }
        if (labelColumns.isEmpty())
            refuse(path, QStringLiteral("a=%1 and b=%2 need a label column saying which is preferred (label=COL, "
                                        "or label=COL once per rater); the columns are %3")
                             .arg(map.responseA, map.responseB, columns));
        for (const QString &l : labelColumns)
            requireColumn(row, utf8(l), "label", path);
        if (labelColumns.size() > 1) {
            plan.shape = RowShape::MultiRater;
            for (const QString &l : labelColumns)
                plan.raters.push_back(utf8(l));
            plan.reason = QStringLiteral("mapped a=%1, b=%2, one label column per rater (%3)")
                              .arg(map.responseA, map.responseB, labelColumns.join(QStringLiteral(", ")));
            return plan;
        }
        plan.label = utf8(labelColumns.first());
        plan.shape = RowShape::PairLabel;
        plan.reason =
            QStringLiteral("mapped a=%1, b=%2, label=%3").arg(map.responseA, map.responseB, labelColumns.first());
        return plan;
    }

    // Ratings per response (HelpSteer2 style).
    const std::string response = pick(row, {"response", "output", "completion", "answer"});
    std::vector<std::string> attributes;
    if (!options.attributes.isEmpty()) {
        for (const QString &a : options.attributes) {
            requireColumn(row, utf8(a), "an attribute", path);
            attributes.push_back(utf8(a));
        }
    } else {
        for (const char *a : kAttributeNames)
            if (row.has(a)) attributes.push_back(a);
    }
    if (options.format == QLatin1String("ratings") || (chosen.empty() && !response.empty() && !attributes.empty())) {
        if (response.empty() || attributes.empty())
            refuse(path, QStringLiteral("a ratings file needs a response column and score columns "
                                        "(helpfulness, correctness, ... or --attributes); the columns are %1")
                             .arg(columns));
        QString sample;
        row.text(response, &sample);
        if (plan.prompt.empty() && looksLikeTranscript(sample)) {
            plan.promptInTranscript = true; // graded transcripts: "## Human: ... ## Assistant: ..."
        } else if (plan.prompt.empty()) {   // pairs are made per prompt: without one every row pairs with every other
            refuse(path, QStringLiteral("a ratings file needs a prompt column to pair responses to the same "
                                        "prompt; the columns are %1 (map it with --map prompt=COL)")
                             .arg(columns));
        }
        plan.shape = RowShape::Ratings;
        plan.response = response;
        plan.attributes = attributes;
        QStringList names;
        for (const auto &a : attributes)
            names << QString::fromStdString(a);
        plan.reason = QStringLiteral("one response per row ('%1') with scores %2")
                          .arg(QString::fromStdString(response), names.join(QStringLiteral(", ")));
        return plan;
    }

    if (row.has("conv_A") && row.has("conv_B") && row.has("conv_A_rating") && row.has("conv_B_rating")) {
        plan.shape = RowShape::RatingPairs;
        plan.a = "conv_A";
        plan.b = "conv_B";
        plan.scoreA = "conv_A_rating";
        plan.scoreB = "conv_B_rating";
        plan.reason = QStringLiteral("conv_A/conv_B with their ratings");
        return plan;
    }

    if (!chosen.empty() && !rejected.empty()) {
        plan.chosen = chosen;
        plan.rejected = rejected;
        QString sample;
        row.text(chosen, &sample);
        if (row.kind(chosen) == ValueKind::Array) {
            plan.shape = RowShape::Conversational;
            plan.reason = QStringLiteral("'%1' is a list of messages").arg(QString::fromStdString(chosen));
        } else if (options.format == QLatin1String("hh")) {
            plan.shape = RowShape::HhTranscript;
            plan.reason = QStringLiteral("--format hh");
        } else if (!plan.prompt.empty()) {
            plan.shape = RowShape::ExplicitPrompt;
            plan.reason = QStringLiteral("prompt in '%1', responses in '%2'/'%3'")
                              .arg(QString::fromStdString(plan.prompt), QString::fromStdString(chosen),
                                   QString::fromStdString(rejected));
        } else if (sample.contains(QLatin1String("\n\nAssistant:")) || sample.startsWith(QLatin1String("Human:")) ||
                   sample.startsWith(QLatin1String("\n\nHuman:"))) {
            plan.shape = RowShape::HhTranscript;
            plan.reason = QStringLiteral("'%1' holds Human:/Assistant: turns").arg(QString::fromStdString(chosen));
        } else {
            plan.shape = RowShape::ImplicitPrompt;
            plan.reason = QStringLiteral("no prompt column: the prompt is the texts' common prefix");
        }
        return plan;
    }

    // Several raters per row: two responses and a label column per rater.
    const std::string aCol =
        pick(row, {"response_a", "response_1", "response1", "output_1", "answer_a", "completion_a", "a"});
    const std::string bCol =
        pick(row, {"response_b", "response_2", "response2", "output_2", "answer_b", "completion_b", "b"});
    std::vector<std::string> raters;
    for (const QString &k : raterColumns(keys))
        raters.push_back(utf8(k));
    if (!aCol.empty() && !bCol.empty() && raters.size() >= 2) {
        plan.shape = RowShape::MultiRater;
        plan.a = aCol;
        plan.b = bCol;
        plan.raters = raters;
        plan.reason = QStringLiteral("%1 rater columns").arg(raters.size());
        return plan;
    }

    const std::string label = mapped(map.label, {"label", "winner", "preference", "choice", "preferred"}, "label");
    if (row.has("output_1") && row.has("output_2") && !label.empty()) {
        plan.shape = RowShape::PairLabel;
        plan.a = "output_1";
        plan.b = "output_2";
        plan.label = label;
        if (!plan.labels) plan.labels = LabelValues{QStringLiteral("1"), QStringLiteral("2"), {}};
        plan.reason = QStringLiteral("output_1/output_2 with '%1' (1 = output_1, 2 = output_2)")
                          .arg(QString::fromStdString(label));
        return plan;
    }
    if (row.has("responses") && row.kind("responses") == ValueKind::Array && !label.empty()) {
        plan.shape = RowShape::PairIndexed;
        plan.responses = "responses";
        plan.label = label;
        if (!plan.labels) plan.labels = LabelValues{QStringLiteral("0"), QStringLiteral("1"), {}};
        plan.reason = QStringLiteral("responses[2] with '%1' as the index of the preferred one")
                          .arg(QString::fromStdString(label));
        return plan;
    }
    if (row.has("text") && row.kind("text") == ValueKind::Array && row.has("score")) {
        plan.shape = RowShape::PairScores;
        plan.texts = "text";
        plan.scores = "score";
        plan.reason = QStringLiteral("text[2] with score[2]");
        return plan;
    }
    if (!aCol.empty() && !bCol.empty() && !label.empty()) {
        plan.shape = RowShape::PairLabel;
        plan.a = aCol;
        plan.b = bCol;
        plan.label = label;
        plan.reason =
            QStringLiteral("'%1'/'%2' with '%3'")
                .arg(QString::fromStdString(aCol), QString::fromStdString(bCol), QString::fromStdString(label));
        return plan;
    }
    refuse(path, QStringLiteral("no known row shape: the columns are %1; map them with --map ROLE=COL,... "
                                "(roles: %2), e.g. prompt=COL,chosen=COL,rejected=COL or a=COL,b=COL,label=COL")
                     .arg(columns, ColumnMapping::roleList()));
}

} // namespace

ShapePlan planShape(const SourceRow &row, const ImportOptions &options, const QString &path)
{
    ShapePlan plan = planColumns(row, options, path);
    // Say where the prompt comes from: a wrong pick (an often-empty column) is otherwise
    // invisible until the model learns nothing.
    if (plan.promptInTranscript)
        plan.reason += QStringLiteral("; prompt: the turns before the last Assistant turn");
    else if (!plan.promptInput.empty())
        plan.reason += QStringLiteral("; prompt: '%1' followed by '%2' when not empty")
                           .arg(QString::fromStdString(plan.prompt), QString::fromStdString(plan.promptInput));
    else if (!plan.prompt.empty())
        plan.reason += QStringLiteral("; prompt: '%1'").arg(QString::fromStdString(plan.prompt));
    if (!plan.context.empty())
        plan.reason += QStringLiteral("; context: '%1'").arg(QString::fromStdString(plan.context));
    // Known groups score the run (ARI): a data-subset column picked here reads as failure
    // unless the user can see which column it was.
    if (!plan.group.empty())
        plan.reason += QStringLiteral("; known group: '%1'").arg(QString::fromStdString(plan.group));
    return plan;
}

bool extractPairs(const SourceRow &row, const ShapePlan &plan, int line, std::vector<RawPair> *out, QString *error)
{
    RawPair p;
    p.line = line;
    optional(row, plan.id, &p.id);
    optional(row, plan.context, &p.context);
    optional(row, plan.group, &p.group);
    switch (plan.shape) {
    case RowShape::ExplicitPrompt: {
        QString promptPrefix, chosen, rejected;
        if (!conversationField(row, plan.prompt, &promptPrefix, &p.prompt, error)) return false;
        if (!promptPrefix.isEmpty()) // a conversational prompt: every message is prompt
            p.prompt = promptPrefix + QStringLiteral("\n\n") + p.prompt;
        QString input;
        if (!plan.promptInput.empty() && row.text(plan.promptInput, &input) && !input.trimmed().isEmpty())
            p.prompt += QStringLiteral("\n\n") + input;
        if (!textField(row, plan.chosen, &chosen, error) || !textField(row, plan.rejected, &rejected, error))
            return false;
        p.a = stripPrompt(chosen, p.prompt);
        p.b = stripPrompt(rejected, p.prompt);
        break;
    }
    case RowShape::ImplicitPrompt: {
        QString chosen, rejected;
        if (!textField(row, plan.chosen, &chosen, error) || !textField(row, plan.rejected, &rejected, error))
            return false;
        p.prompt = implicitPrompt(chosen, rejected);
        p.a = stripPrompt(chosen, p.prompt);
        p.b = stripPrompt(rejected, p.prompt);
        p.prompt = p.prompt.trimmed();
        break;
    }
    case RowShape::HhTranscript: {
        QString chosen, rejected;
        if (!textField(row, plan.chosen, &chosen, error) || !textField(row, plan.rejected, &rejected, error))
            return false;
        PromptResponse c, r;
        if (!splitHhTranscript(chosen, &c) || !splitHhTranscript(rejected, &r)) {
            *error = QStringLiteral("expected Human:/Assistant: transcripts ending in an Assistant turn");
            return false;
        }
        p.prompt = c.prompt;
        p.a = c.response;
        p.b = r.response;
        break;
    }
    case RowShape::Conversational: {
        QString chosenPrefix, rejectedPrefix;
        if (!conversationField(row, plan.chosen, &chosenPrefix, &p.a, error) ||
            !conversationField(row, plan.rejected, &rejectedPrefix, &p.b, error))
            return false;
        p.prompt = chosenPrefix;
        if (!plan.prompt.empty()) {
            QString promptPrefix, last;
            if (!conversationField(row, plan.prompt, &promptPrefix, &last, error)) return false;
            const QString explicitPrompt = promptPrefix.isEmpty() ? last : promptPrefix + QStringLiteral("\n\n") + last;
            p.prompt = chosenPrefix.isEmpty() ? explicitPrompt : explicitPrompt + QStringLiteral("\n\n") + chosenPrefix;
        }
        break;
    }
    case RowShape::PairLabel:
    case RowShape::MultiRater:
        if (!promptField(row, plan, &p.prompt, error)) return false;
        if (!textField(row, plan.a, &p.a, error) || !textField(row, plan.b, &p.b, error)) return false;
        p.decision = RawPair::Decision::Label;
        if (plan.shape == RowShape::MultiRater) {
            for (const std::string &rater : plan.raters) {
                RawPair q = p;
                if (!row.text(rater, &q.label) || q.label.trimmed().isEmpty())
                    continue; // this rater did not label the row
                q.group = QString::fromStdString(rater);
                out->push_back(std::move(q));
            }
            return true;
        }
        if (!row.text(plan.label, &p.label)) {
            *error = QStringLiteral("field '%1': expected a label").arg(QString::fromStdString(plan.label));
            return false;
        }
        break;
    case RowShape::PairIndexed: {
        QStringList responses;
        if (!promptField(row, plan, &p.prompt, error)) return false;
        if (!row.stringList(plan.responses, &responses) || responses.size() != 2) {
            *error = QStringLiteral("field '%1': expected a list of two strings")
                         .arg(QString::fromStdString(plan.responses));
            return false;
        }
        p.a = responses[0];
        p.b = responses[1];
        p.decision = RawPair::Decision::Label;
        if (!row.text(plan.label, &p.label)) {
            *error = QStringLiteral("field '%1': expected a label").arg(QString::fromStdString(plan.label));
            return false;
        }
        break;
    }
    case RowShape::PairScores: {
        QStringList texts;
        std::vector<double> scores;
        if (!promptField(row, plan, &p.prompt, error)) return false;
        if (!row.stringList(plan.texts, &texts) || texts.size() != 2) {
            *error = QStringLiteral("field 'text': expected a list of two strings");
            return false;
        }
        if (!row.numberList(plan.scores, &scores) || scores.size() != 2) {
            *error = QStringLiteral("field 'score': expected a list of two numbers");
            return false;
        }
        p.a = texts[0];
        p.b = texts[1];
        p.decision = RawPair::Decision::Scores;
        p.scoreA = scores[0];
        p.scoreB = scores[1];
        break;
    }
    case RowShape::RatingPairs: {
        QString prefixA, prefixB;
        if (!conversationField(row, plan.a, &prefixA, &p.a, error) ||
            !conversationField(row, plan.b, &prefixB, &p.b, error))
            return false;
        if (!row.number(plan.scoreA, &p.scoreA) || !row.number(plan.scoreB, &p.scoreB)) {
            *error = QStringLiteral("fields conv_A_rating/conv_B_rating: expected numbers");
            return false;
        }
        p.prompt = prefixA;
        if (!plan.prompt.empty()) row.text(plan.prompt, &p.prompt);
        p.decision = RawPair::Decision::Scores;
        break;
    }
    case RowShape::Ratings:
        *error = QStringLiteral("internal: ratings rows are not pairs");
        return false;
    }
    out->push_back(std::move(p));
    return true;
}

bool extractRating(const SourceRow &row, const ShapePlan &plan, int line, RawRating *out, QString *error)
{
    out->line = line;
    optional(row, plan.id, &out->id);
    optional(row, plan.group, &out->group);
    if (!promptField(row, plan, &out->prompt, error)) return false;
    if (!textField(row, plan.response, &out->response, error)) return false;
    if (plan.promptInTranscript) {
        PromptResponse split;
        if (!splitMarkedTranscript(out->response, &split)) {
            *error = QStringLiteral("field '%1': expected Human:/Assistant: turns ending in an Assistant turn")
                         .arg(QString::fromStdString(plan.response));
            return false;
        }
        out->prompt = split.prompt;
        out->response = split.response;
    }
    out->scores.assign(plan.attributes.size(), NAN);
    for (std::size_t j = 0; j < plan.attributes.size(); ++j) {
        double v;
        if (row.number(plan.attributes[j], &v))
            out->scores[j] = v;
        else if (row.kind(plan.attributes[j]) != ValueKind::Missing &&
                 row.kind(plan.attributes[j]) != ValueKind::Null) {
            QString raw;
            row.text(plan.attributes[j], &raw);
            if (!raw.trimmed().isEmpty()) {
                *error = QStringLiteral("field '%1': expected a number, found '%2'")
                             .arg(QString::fromStdString(plan.attributes[j]), raw.left(40));
                return false;
            }
        }
    }
    return true;
}

} // namespace micro::core
