#include "labelio.h"

#include "features/textfeaturizer.h"
#include "util/error.h"
#include "util/textfiles.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <map>
#include <tuple>

namespace micro::core {

void writeLabelsJsonl(const QString &path, const std::vector<Label> &labels, const std::vector<Comparison> &rows)
{
    QByteArray out;
    for (const Label &l : labels) {
        if (l.row < 0 || std::size_t(l.row) >= rows.size())
            throw MicroError(ErrorCode::Internal, path,
                             QStringLiteral("label of row %1 outside the dataset").arg(l.row));
        const QJsonObject o{
            {QStringLiteral("id"), rows[std::size_t(l.row)].id},
            {QStringLiteral("row"), l.row}, // ids repeat across raters and contexts
            {QStringLiteral("annotator"), l.annotator},
            {QStringLiteral("context"), l.context},
            {QStringLiteral("choice"), labelChoiceName(l.choice)},
            {QStringLiteral("left"), l.leftIsChosen ? QStringLiteral("chosen") : QStringLiteral("rejected")},
            {QStringLiteral("seconds"), l.seconds},
            {QStringLiteral("note"), l.note},
            {QStringLiteral("created_at"), l.createdAt}};
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    QString error;
    if (!writeFileAtomically(path, out, &error)) throw MicroError(ErrorCode::FileWriteFailed, path, error);
}

std::vector<Label> readLabelsJsonl(const QString &path, const std::vector<Comparison> &rows)
{
    QFile f(path);
    if (!f.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!f.open(QIODevice::ReadOnly)) throw MicroError(ErrorCode::FileUnreadable, path, f.errorString());
    QHash<QString, int> rowOf; // -1: the id names several comparisons
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto it = rowOf.constFind(rows[std::size_t(i)].id);
        rowOf.insert(rows[std::size_t(i)].id, it == rowOf.constEnd() ? i : -1);
    }
    std::vector<Label> out;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray text = f.readLine().trimmed();
        ++line;
        if (text.isEmpty()) continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        auto fail = [&](const QString &what) {
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line %1: %2").arg(line).arg(what));
        };
        if (!doc.isObject()) fail(QStringLiteral("expected a JSON object (%1)").arg(err.errorString()));
        const QJsonObject o = doc.object();
        const QString id = o.value(QStringLiteral("id")).toVariant().toString();
        const auto found = rowOf.constFind(id);
        if (found == rowOf.constEnd()) fail(QStringLiteral("comparison id '%1' is not in this dataset").arg(id));
        int row = found.value();
        if (row < 0) { // an id shared by several rows: the label's row says which
            const int given = o.value(QStringLiteral("row")).toInt(-1);
            if (given < 0 || given >= int(rows.size()) || rows[std::size_t(given)].id != id)
                fail(QStringLiteral("comparison id '%1' names several comparisons and the label has no matching 'row'")
                         .arg(id));
            row = given;
        }
        const auto choice = parseLabelChoice(o.value(QStringLiteral("choice")).toString());
        if (!choice) fail(QStringLiteral("field 'choice': expected chosen, rejected, tie or skip"));
        const QString annotator = o.value(QStringLiteral("annotator")).toString();
        if (annotator.isEmpty()) fail(QStringLiteral("field 'annotator' is missing"));
        Label l;
        l.row = row;
        l.annotator = annotator;
        l.context = o.value(QStringLiteral("context")).toString();
        l.choice = *choice;
        l.leftIsChosen = o.value(QStringLiteral("left")).toString() != QLatin1String("rejected");
        l.seconds = o.value(QStringLiteral("seconds")).toDouble();
        l.note = o.value(QStringLiteral("note")).toString();
        l.createdAt = o.value(QStringLiteral("created_at")).toString();
        out.push_back(l);
    }
    return out;
}

Dataset datasetFromLabels(const Dataset &source, const std::vector<Label> &labels, const QString &name)
{
    Dataset out;
    out.name = name;
    out.source = QStringLiteral("labels:") + source.name;
    out.provenance = QJsonObject{{QStringLiteral("labels_of"), source.name}};
    // A relabel replaces: the latest decision per (row, annotator, context), as agreement()
    // counts them.
    std::map<std::tuple<int, QString, QString>, const Label *> latest;
    for (const Label &l : labels)
        latest[{l.row, l.annotator, l.context}] = &l;
    std::vector<const Label *> kept;
    for (const Label &l : labels)
        if (latest[{l.row, l.annotator, l.context}] == &l) kept.push_back(&l);
    // Hashed text features carry the context's words in psi: they are rebuilt for the
    // label's context (possibly a new criterion), which the one-hot of Stage 2 then follows.
    const bool rehashContext =
        source.features.value(QStringLiteral("kind")).toString() == QLatin1String("hashed-tfidf") &&
        source.features.value(QStringLiteral("context_in_router")).toBool() && source.isSparse();
    const FeatureSettings settings = FeatureSettings::fromJson(source.features);
    std::vector<std::pair<int, bool>> picked; // row, annotator preferred the dataset's chosen
    std::vector<QString> contexts;
    for (const Label *lp : kept)
        if (lp->choice == LabelChoice::Chosen || lp->choice == LabelChoice::Rejected) {
            const Label &l = *lp;
            if (l.row < 0 || l.row >= source.size())
                throw MicroError(ErrorCode::ShapeMismatch, name,
                                 QStringLiteral("label of row %1 outside %2").arg(l.row).arg(source.name));
            picked.emplace_back(l.row, l.choice == LabelChoice::Chosen);
            Comparison c = source.comparisons[std::size_t(l.row)];
            if (l.choice == LabelChoice::Rejected) std::swap(c.chosen, c.rejected);
            c.context = l.context;
            c.knownGroup = l.annotator;
            out.comparisons.push_back(std::move(c));
            contexts.push_back(l.context);
        }
    if (picked.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("labels"),
                         QStringLiteral("no chosen/rejected labels"));
    const int n = int(picked.size());
    if (source.isSparse()) {
        out.diffSparse.cols = source.diffSparse.cols;
        out.routerSparse.cols = source.routerSparse.cols;
        std::vector<float> negated, values;
        std::vector<int> columns;
        for (std::size_t i = 0; i < picked.size(); ++i) {
            const auto &[row, keep] = picked[i];
            const SparseRow d = source.diffSparse.row(row), r = source.routerSparse.row(row);
            negated.assign(d.value, d.value + d.count);
            if (!keep)
                for (float &v : negated)
                    v = -v;
            out.diffSparse.appendRow(d.index, negated.data(), d.count);
            columns.clear();
            values.clear();
            for (int e = 0; e < r.count; ++e)
                if (!rehashContext || r.index[e] < settings.dimension) {
                    columns.push_back(r.index[e]);
                    values.push_back(r.value[e]);
                }
            if (rehashContext) contextBlock(contexts[i], settings, &columns, &values);
            out.routerSparse.appendRow(columns.data(), values.data(), int(columns.size()));
        }
    } else {
        out.diff = FeatureMatrix(n, source.headDim());
        out.router = FeatureMatrix(n, source.routerDim());
        for (int i = 0; i < n; ++i) {
            const auto &[row, keep] = picked[std::size_t(i)];
            for (int j = 0; j < source.headDim(); ++j)
                out.diff.row(i)[j] = keep ? source.diff.row(row)[j] : -source.diff.row(row)[j];
            std::copy_n(source.router.row(row), source.routerDim(), out.router.row(i));
        }
    }
    out.features = source.features;
    return out;
}

} // namespace micro::core
