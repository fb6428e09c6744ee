#include "labelio.h"

#include "util/error.h"
#include "util/textfiles.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace micro::core {

void writeLabelsJsonl(const QString &path, const std::vector<Label> &labels, const std::vector<Comparison> &rows)
{
    QByteArray out;
    for (const Label &l : labels) {
        if (l.row < 0 || std::size_t(l.row) >= rows.size())
            throw MicroError(ErrorCode::Internal, path, QStringLiteral("label of row %1 outside the dataset").arg(l.row));
        const QJsonObject o{{QStringLiteral("id"), rows[std::size_t(l.row)].id},
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
    if (!writeFileAtomically(path, out, &error))
        throw MicroError(ErrorCode::FileWriteFailed, path, error);
}

std::vector<Label> readLabelsJsonl(const QString &path, const std::vector<Comparison> &rows)
{
    QFile f(path);
    if (!f.exists())
        throw MicroError(ErrorCode::FileNotFound, path);
    if (!f.open(QIODevice::ReadOnly))
        throw MicroError(ErrorCode::FileUnreadable, path, f.errorString());
    QHash<QString, int> rowOf;
    for (int i = 0; i < int(rows.size()); ++i)
        rowOf.insert(rows[std::size_t(i)].id, i);
    std::vector<Label> out;
    int line = 0;
    while (!f.atEnd()) {
        const QByteArray text = f.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        QJsonParseError err;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &err);
        auto fail = [&](const QString &what) {
            throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("line %1: %2").arg(line).arg(what));
        };
        if (!doc.isObject())
            fail(QStringLiteral("expected a JSON object (%1)").arg(err.errorString()));
        const QJsonObject o = doc.object();
        const QString id = o.value(QStringLiteral("id")).toVariant().toString();
        const auto row = rowOf.constFind(id);
        if (row == rowOf.constEnd())
            fail(QStringLiteral("comparison id '%1' is not in this dataset").arg(id));
        const auto choice = parseLabelChoice(o.value(QStringLiteral("choice")).toString());
        if (!choice)
            fail(QStringLiteral("field 'choice': expected chosen, rejected, tie or skip"));
        const QString annotator = o.value(QStringLiteral("annotator")).toString();
        if (annotator.isEmpty())
            fail(QStringLiteral("field 'annotator' is missing"));
        Label l;
        l.row = row.value();
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
    std::vector<std::pair<int, bool>> picked; // row, annotator preferred the dataset's chosen
    for (const Label &l : labels)
        if (l.choice == LabelChoice::Chosen || l.choice == LabelChoice::Rejected) {
            if (l.row < 0 || l.row >= source.size())
                throw MicroError(ErrorCode::ShapeMismatch, name, QStringLiteral("label of row %1 outside %2").arg(l.row).arg(source.name));
            picked.emplace_back(l.row, l.choice == LabelChoice::Chosen);
            Comparison c = source.comparisons[std::size_t(l.row)];
            if (l.choice == LabelChoice::Rejected)
                std::swap(c.chosen, c.rejected);
            c.context = l.context;
            c.knownGroup = l.annotator;
            out.comparisons.push_back(std::move(c));
        }
    if (picked.empty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("labels"), QStringLiteral("no chosen/rejected labels"));
    const int n = int(picked.size());
    if (source.isSparse()) {
        out.diffSparse.cols = source.diffSparse.cols;
        out.routerSparse.cols = source.routerSparse.cols;
        std::vector<float> negated;
        for (const auto &[row, keep] : picked) {
            const SparseRow d = source.diffSparse.row(row), r = source.routerSparse.row(row);
            negated.assign(d.value, d.value + d.count);
            if (!keep)
                for (float &v : negated)
                    v = -v;
            out.diffSparse.appendRow(d.index, negated.data(), d.count);
            out.routerSparse.appendRow(r.index, r.value, r.count);
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
