#include "preferenceimporter.h"

#include "delimitedtable.h"
#include "preferencecontainer.h"
#include "rowshape.h"
#include "sourcerow.h"
#include "textinput.h"
#include "util/error.h"
#include "util/threads.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <omp.h>
#include <random>
#include <simdjson.h>

namespace micro::core {

using records::arrayElements;
using records::chooseContainer;
using records::Container;
using records::containerName;
using records::Span;

namespace {

QString jsonProblem(simdjson::error_code e)
{
    switch (e) {
    case simdjson::UTF8_ERROR:
        return QStringLiteral("invalid UTF-8");
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
    case simdjson::UNCLOSED_STRING:
        return QStringLiteral("expected a complete JSON object (truncated?)");
    case simdjson::CAPACITY:
        return QStringLiteral("record too large");
    default:
        return QStringLiteral("expected a JSON object (%1)").arg(QString::fromLatin1(simdjson::error_message(e)));
    }
}

// Words that name the preferred side themselves, accepted without --label-values.
std::optional<int> selfDescribingLabel(const QString &value)
{
    const QString v = value.trimmed().toLower();
    static const QStringList aWords{QStringLiteral("a"), QStringLiteral("model_a"), QStringLiteral("response_a")};
    static const QStringList bWords{QStringLiteral("b"), QStringLiteral("model_b"), QStringLiteral("response_b")};
    static const QStringList tieWords{QStringLiteral("tie"), QStringLiteral("tie (bothbad)"), QStringLiteral("draw")};
    if (aWords.contains(v)) return 0;
    if (bWords.contains(v)) return 1;
    if (tieWords.contains(v)) return 2;
    return std::nullopt;
}

struct RowOutcome
{
    std::vector<RawPair> pairs;
    RawRating rating;
    bool ratingValid = false;
    QString error; // non-empty: malformed
};

// The pairs (x < y) of m responses under one prompt: all of them up to `cap` (0: no cap);
// beyond, a ring over a seeded permutation (seeded by the prompt, so an import is
// reproducible): each response with its next, then its second next, ... until `cap`, so
// every response is in about 2 * cap / m pairs and memory stays O(cap), never O(m^2).
std::vector<std::pair<int, int>> pairsUnderPrompt(int m, int cap, const QString &prompt)
{
    std::vector<std::pair<int, int>> out;
    const qint64 all = qint64(m) * qint64(m - 1) / 2;
    if (cap <= 0 || all <= cap) {
        out.reserve(std::size_t(std::max<qint64>(all, 0)));
        for (int x = 0; x < m; ++x)
            for (int y = x + 1; y < m; ++y)
                out.emplace_back(x, y);
        return out;
    }
    std::vector<int> order(static_cast<std::size_t>(m));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(qHash(prompt, 0x5eedu));
    std::shuffle(order.begin(), order.end(), rng);
    out.reserve(std::size_t(cap));
    for (int d = 1; d <= m / 2 && int(out.size()) < cap; ++d)
        for (int i = 0; i < m && int(out.size()) < cap; ++i) {
            if (2 * d == m && i >= d) break; // the opposite pairs of an even ring, once each
            const int a = order[std::size_t(i)], b = order[std::size_t((i + d) % m)];
            out.emplace_back(std::min(a, b), std::max(a, b));
        }
    return out;
}

} // namespace

ImportedComparisons readPreferenceFile(const QString &path, const ImportOptions &options, const CancelToken *cancel,
                                       const std::function<void(double)> &progress)
{
    options.validate();
    QElapsedTimer timer;
    timer.start();
    ImportedComparisons result;
    ImportReport &report = result.report;
    report.path = path;
    bool gzip = false;
    QByteArray content = readTextFile(path, &gzip);
    report.bytes = content.size();
    const Container container = chooseContainer(path, options.format, content);
    report.container = containerName(container) + (gzip ? QStringLiteral(", gzip") : QString());
    const QString fileName = QFileInfo(path).fileName();
    auto checkCancel = [&] {
        if (cancel && cancel->isCancelled()) throw MicroError(ErrorCode::Cancelled, path);
    };

    std::vector<RowOutcome> outcomes;
    std::vector<int> lines;
    std::vector<QString> readErrors; // per record: problems found before shape extraction
    ShapePlan plan;
    bool planned = false;

    if (container == Container::Csv || container == Container::Tsv) {
        DelimitedTable table = readDelimited(content, container == Container::Tsv ? '\t' : ',', path);
        QHash<QString, int> columns;
        for (int j = 0; j < table.header.size(); ++j)
            columns.insert(table.header[j], j);
        // Records and unreadable records, back in file order.
        std::map<int, std::pair<const DelimitedRecord *, QString>> ordered;
        for (const DelimitedRecord &r : table.records)
            ordered[r.line] = {&r, {}};
        for (const auto &[line, detail] : table.errors)
            ordered[line] = {nullptr, detail};
        for (const auto &[line, entry] : ordered) {
            if ((lines.size() & 1023) == 0) {
                checkCancel();
                if (progress) progress(0.8 * double(lines.size()) / double(std::max<std::size_t>(1, ordered.size())));
            }
            lines.push_back(line);
            RowOutcome o;
            if (!entry.first) {
                o.error = entry.second;
            } else {
                const DelimitedRow row(columns, table.header, entry.first->fields);
                if (!planned) {
                    plan = planShape(row, options, path);
                    planned = true;
                }
                if (plan.shape == RowShape::Ratings)
                    o.ratingValid = extractRating(row, plan, line, &o.rating, &o.error);
                else
                    extractPairs(row, plan, line, &o.pairs, &o.error);
            }
            outcomes.push_back(std::move(o));
        }
        if (!planned)
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line 2: expected at least one data row"));
    } else {
        // simdjson reads up to SIMDJSON_PADDING bytes past a record: pad the buffer's end
        // once, so records can be parsed in place.
        const qint64 logical = content.size();
        content.append(QByteArray(simdjson::SIMDJSON_PADDING, ' '));
        std::vector<Span> spans;
        if (container == Container::JsonArray) {
            const QByteArray view = QByteArray::fromRawData(content.constData(), logical);
            spans = arrayElements(view, path);
        } else {
            LineCursor cursor(QByteArrayView(content.constData(), logical));
            QByteArrayView line;
            while (cursor.next(&line)) {
                if (line.trimmed().isEmpty()) continue;
                spans.push_back({qint64(line.data() - content.constData()), line.size(), cursor.lineNumber()});
            }
        }
        if (spans.empty())
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line 1: expected JSON records, found none"));
        outcomes.resize(spans.size());
        for (const Span &s : spans)
            lines.push_back(s.line);
        // The first parsable object decides the shape.
        simdjson::dom::parser first;
        for (std::size_t i = 0; i < spans.size() && !planned; ++i) {
            if (spans[i].length > kMaxRecordBytes) continue;
            simdjson::dom::element e;
            simdjson::dom::object obj;
            if (first.parse(content.constData() + spans[i].offset, std::size_t(spans[i].length), false).get(e) ==
                    simdjson::SUCCESS &&
                e.get(obj) == simdjson::SUCCESS) {
                plan = planShape(JsonRow(obj), options, path);
                planned = true;
            }
        }
        if (!planned) {
            simdjson::dom::element e;
            const auto err =
                spans[0].length > kMaxRecordBytes
                    ? simdjson::CAPACITY
                    : first.parse(content.constData() + spans[0].offset, std::size_t(spans[0].length), false).error();
            throw MicroError(
                ErrorCode::BadFormat, path,
                QStringLiteral("line %1: %2")
                    .arg(spans[0].line)
                    .arg(err == simdjson::SUCCESS ? QStringLiteral("expected a JSON object") : jsonProblem(err)));
        }
        const int n = int(spans.size());
        std::atomic<bool> stop{false};
        std::atomic<int> done{0};
#pragma omp parallel num_threads(effectiveThreadCount(options.threads))
        {
            simdjson::dom::parser parser;
#pragma omp for schedule(dynamic, 16)
            for (int i = 0; i < n; ++i) {
                if (stop.load(std::memory_order_relaxed)) continue;
                const Span &s = spans[std::size_t(i)];
                RowOutcome &o = outcomes[std::size_t(i)];
                if (s.length > kMaxRecordBytes) {
                    o.error = QStringLiteral("a record of %1 MB is longer than the %2 MB limit")
                                  .arg(double(s.length) / 1e6, 0, 'f', 1)
                                  .arg(kMaxRecordBytes / (1024 * 1024));
                    continue;
                }
                simdjson::dom::element e;
                const auto err = parser.parse(content.constData() + s.offset, std::size_t(s.length), false).get(e);
                simdjson::dom::object obj;
                if (err != simdjson::SUCCESS)
                    o.error = jsonProblem(err);
                else if (e.get(obj) != simdjson::SUCCESS)
                    o.error = QStringLiteral("expected a JSON object");
                else if (plan.shape == RowShape::Ratings)
                    o.ratingValid = extractRating(JsonRow(obj), plan, s.line, &o.rating, &o.error);
                else
                    extractPairs(JsonRow(obj), plan, s.line, &o.pairs, &o.error);
                if ((i & 511) == 0) {
                    if (cancel && cancel->isCancelled()) stop.store(true);
                    const int d = done.fetch_add(512) + 512;
                    if (progress && omp_get_thread_num() == 0) progress(std::min(1.0, double(d) / n) * 0.8);
                }
            }
        }
    }
    checkCancel();
    report.shape = shapeName(plan.shape);
    report.shapeReason = plan.reason;
    report.groupColumn = QString::fromStdString(plan.group);
    report.rowsRead = int(outcomes.size());

    // Malformed rows: stop at the first, or skip and count them (the first few listed).
    auto problem = [&](int line, const QString &detail) {
        const QString where = QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(detail);
        if (options.onError == OnError::Stop)
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line %1: %2").arg(line).arg(detail));
        ++report.skipped[QStringLiteral("malformed")];
        if (report.problems.size() < 10) report.problems << where;
    };
    std::vector<RawPair> pairs;
    std::vector<RawRating> ratings;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        RowOutcome &o = outcomes[i];
        if (!o.error.isEmpty()) {
            problem(lines[i], o.error);
            continue;
        }
        if (plan.shape == RowShape::Ratings) {
            if (o.ratingValid) ratings.push_back(std::move(o.rating));
        } else {
            for (RawPair &p : o.pairs)
                pairs.push_back(std::move(p));
        }
    }
    outcomes.clear();

    // Ratings: pairs per prompt and attribute whose scores differ by at least min-gap.
    if (plan.shape == RowShape::Ratings) {
        QHash<QString, std::vector<int>> byPrompt;
        QStringList promptOrder;
        for (int i = 0; i < int(ratings.size()); ++i) {
            auto it = byPrompt.find(ratings[std::size_t(i)].prompt);
            if (it == byPrompt.end()) {
                it = byPrompt.insert(ratings[std::size_t(i)].prompt, {});
                promptOrder << ratings[std::size_t(i)].prompt;
            }
            it->push_back(i);
        }
        report.maxPairsPerPrompt = options.maxPairsPerPrompt;
        for (const QString &prompt : promptOrder) {
            const std::vector<int> &members = byPrompt[prompt];
            const std::vector<std::pair<int, int>> chosenPairs =
                pairsUnderPrompt(int(members.size()), options.maxPairsPerPrompt, prompt);
            const qint64 m = qint64(members.size());
            report.pairsNotFormed += (m * (m - 1) / 2 - qint64(chosenPairs.size())) * qint64(plan.attributes.size());
            for (const auto &[x, y] : chosenPairs)
                for (std::size_t j = 0; j < plan.attributes.size(); ++j) {
                    const RawRating &u = ratings[std::size_t(members[std::size_t(x)])],
                                    &v = ratings[std::size_t(members[std::size_t(y)])];
                    const double su = u.scores[j], sv = v.scores[j];
                    if (std::isnan(su) || std::isnan(sv)) continue;
                    RawPair p;
                    p.line = v.line;
                    p.prompt = prompt;
                    p.a = u.response;
                    p.b = v.response;
                    p.context = QString::fromStdString(plan.attributes[j]);
                    p.group = u.group == v.group ? u.group : QString();
                    p.id = (u.id.isEmpty() ? QString::number(u.line) : u.id) + QLatin1Char('|') +
                           (v.id.isEmpty() ? QString::number(v.line) : v.id) + QLatin1Char('|') + p.context;
                    p.decision = RawPair::Decision::Scores;
                    if (std::abs(su - sv) < options.minGap)
                        p.scoreA = p.scoreB = 0; // below the gap: a tie
                    else {
                        p.scoreA = su;
                        p.scoreB = sv;
                    }
                    pairs.push_back(std::move(p));
                }
        }
    }

    // Labels: every value found must map to a, b or tie - by the user's statement, the
    // shape's documented convention, or self-describing words. Anything else is refused
    // with the values found; a label is never guessed.
    QMap<QString, int> found;
    for (const RawPair &p : pairs)
        if (p.decision == RawPair::Decision::Label) ++found[p.label.trimmed()];
    QHash<QString, int> side;
    QStringList unreadable;
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        std::optional<int> s;
        if (plan.labels) {
            if (it.key() == plan.labels->a)
                s = 0;
            else if (it.key() == plan.labels->b)
                s = 1;
            else if (!plan.labels->tie.isEmpty() && it.key() == plan.labels->tie)
                s = 2;
        } else {
            s = selfDescribingLabel(it.key());
        }
        if (s)
            side.insert(it.key(), *s);
        else
            unreadable << it.key();
    }
    if (!unreadable.isEmpty()) {
        QStringList values;
        for (auto it = found.cbegin(); it != found.cend(); ++it)
            values << QStringLiteral("'%1' (%2 rows)").arg(it.key().left(40)).arg(it.value());
        const QString expected =
            plan.labels ? QStringLiteral("a=%1, b=%2%3")
                              .arg(plan.labels->a, plan.labels->b,
                                   plan.labels->tie.isEmpty() ? QString() : QStringLiteral(", tie=") + plan.labels->tie)
                        : QStringLiteral("values that name a side (a/b, tie)");
        throw MicroError(ErrorCode::BadFormat, path,
                         QStringLiteral("label column '%1': values found %2; expected %3; say which value means "
                                        "what with --label-values a=V,b=V[,tie=V]")
                             .arg(QString::fromStdString(plan.label), values.join(QStringLiteral(", ")), expected));
    }

    QSet<QString> seenIds;
    QSet<QString> contexts, groups;
    auto skip = [&](const char *reason) { ++report.skipped[QLatin1String(reason)]; };
    for (RawPair &p : pairs) {
        bool aWins = true;
        if (p.decision == RawPair::Decision::Label) {
            const int s = side.value(p.label.trimmed());
            if (s == 2) {
                skip("tie");
                continue;
            }
            aWins = s == 0;
        } else if (p.decision == RawPair::Decision::Scores) {
            if (p.scoreA == p.scoreB) {
                skip("tie");
                continue;
            }
            aWins = p.scoreA > p.scoreB;
        }
        Comparison c;
        c.id = p.id;
        c.prompt = std::move(p.prompt);
        c.chosen = aWins ? std::move(p.a) : std::move(p.b);
        c.rejected = aWins ? std::move(p.b) : std::move(p.a);
        c.context = p.context.trimmed();
        c.knownGroup = p.group.trimmed();
        if (c.chosen.trimmed().isEmpty() || c.rejected.trimmed().isEmpty()) {
            skip("empty");
            continue;
        }
        if (c.chosen == c.rejected) {
            skip("identical");
            continue;
        }
        if (!c.id.isEmpty()) {
            // The same id under another context or rater is another judgement, not a copy.
            const QString key = c.id + QChar(0x1f) + c.context + QChar(0x1f) + c.knownGroup;
            if (seenIds.contains(key)) {
                skip("duplicate-id");
                continue;
            }
            seenIds.insert(key);
        } else {
            c.id = QString::number(p.line);
        }
        if (!c.context.isEmpty()) contexts.insert(c.context);
        if (!c.knownGroup.isEmpty()) groups.insert(c.knownGroup);
        result.comparisons.push_back(std::move(c));
    }
    report.imported = int(result.comparisons.size());
    report.contexts = QStringList(contexts.begin(), contexts.end());
    report.contexts.sort();
    report.groups = QStringList(groups.begin(), groups.end());
    report.groups.sort();
    report.seconds = double(timer.nsecsElapsed()) * 1e-9;
    if (progress) progress(1.0);
    return result;
}

} // namespace micro::core
