#pragma once

#include "features/featuresettings.h"

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace micro::core {

// The user's names for the roles a column can play (FORMATS.md "Column mapping"). Empty:
// detected from the usual names.
// `label` may name several columns, one per rater ("label=r1+r2", or label= given again):
// each labelled column then makes its own comparison with the rater as the known group.
struct ColumnMapping
{
    QString prompt, chosen, rejected, responseA, responseB, label, context, group, id;

    bool isEmpty() const;
    // "prompt=q,chosen=good,..." (the --map syntax). Throws InvalidOption naming a bad role.
    static ColumnMapping parse(const QString &text);
    QString toString() const;
    QStringList labelColumns() const; // `label` split into its columns
    // The roles a column can be mapped to, for messages: "prompt, chosen, rejected, ...".
    static QString roleList();
};

// Which label value means "a preferred", "b preferred" and (optionally) "tie".
struct LabelValues
{
    QString a, b, tie;
    // "a=1,b=2,tie=0". Throws InvalidOption when a or b is missing or two roles share a value.
    static LabelValues parse(const QString &text);
};

enum class OnError
{
    Skip,
    Stop
};

struct ImportOptions
{
    // auto, jsonl, json, csv, tsv; or hh / ratings to force that row shape.
    QString format = QStringLiteral("auto");
    ColumnMapping mapping;
    std::optional<LabelValues> labelValues;
    QStringList attributes; // ratings files: which score columns become contexts
    double minGap = 1.0;    // ratings files: smallest score difference that makes a pair
    // Ratings files: at most this many pairs per prompt and attribute (0: every pair). m
    // responses under one prompt make m(m-1)/2 pairs: 1,200 made 2.78M comparisons (2.5 GB).
    // Beyond the cap, a seeded ring of pairs is kept so every response takes part evenly.
    int maxPairsPerPrompt = 100;
    OnError onError = OnError::Skip;
    int threads = 0;

    void validate() const;
};

// What an import did, shown to the user and stored with the dataset.
struct ImportReport
{
    QString path;
    QString container;   // jsonl, json, csv, tsv (+ ", gzip")
    QString shape;       // e.g. "explicit-prompt"
    QString shapeReason; // which columns decided it
    QString groupColumn; // the column the known groups came from ("" when none)
    int rowsRead = 0;
    int imported = 0;
    QMap<QString, int> skipped; // reason (tie, empty, identical, malformed, duplicate-id) -> rows
    QStringList problems;       // "file:line: what was expected", the first few
    QStringList contexts;
    QStringList groups;
    qint64 pairsNotFormed = 0; // ratings files: pairs left out by maxPairsPerPrompt
    int maxPairsPerPrompt = 0; // the cap that applied
    qint64 bytes = 0;          // decompressed input size
    double seconds = 0;        // read + parse + convert

    int skippedTotal() const;
    QJsonObject toJson() const;
    static ImportReport fromJson(const QJsonObject &json);
};

} // namespace micro::core
