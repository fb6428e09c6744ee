// Reading preference files: row shapes, containers, previews and malformed input.
#include "tst_importer.h"

#include "io/preferenceimporter.h"
#include "jobs/importing.h"
#include "jobs/training.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

using namespace micro::core;
using namespace micro::test;

// One small file per row shape: the shape is detected, and the first comparison holds
// the right prompt, preferred and rejected response, context and group.
void TestImporter::rowShapes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("options"); // --map / --label-values style, ';'-separated
    QTest::addColumn<QString>("shape");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("skipped");
    QTest::addColumn<QStringList>("first"); // prompt, chosen, rejected, context, group

    QTest::newRow("explicit prompt")
        << "a.jsonl"
        << QByteArray("{\"prompt\":\"Q1\",\"chosen\":\"good\",\"rejected\":\"bad\",\"objective\":\"helpful\"}\n"
                      "\n"
                      "{\"prompt\":\"Q2\",\"chosen\":\"same\",\"rejected\":\"same\"}\n")
        << ""
        << "explicit-prompt" << 1 << "identical=1" << QStringList{"Q1", "good", "bad", "helpful", ""};
    QTest::newRow("explicit prompt repeated in responses")
        << "a.jsonl"
        << QByteArray("{\"prompt\":\"Human: hi\",\"chosen\":\"Human: hi\\n\\nAssistant: "
                      "hello\",\"rejected\":\"Human: hi\\n\\nAssistant: go away\"}\n")
        << ""
        << "explicit-prompt" << 1 << "" << QStringList{"Human: hi", "hello", "go away", "", ""};
    QTest::newRow("implicit prompt")
        << "a.jsonl"
        << QByteArray("{\"chosen\":\"Human: plan a trip\\n\\nAssistant: Sure, day one...\",\"rejected\":\"Human: "
                      "plan a trip\\n\\nAssistant: Sure, no.\"}\n")
        << ""
        << "hh-transcript" << 1 << "" << QStringList{"Human: plan a trip", "Sure, day one...", "Sure, no.", "", ""};
    QTest::newRow("implicit prompt, plain text")
        << "a.jsonl" << QByteArray("{\"chosen\":\"The answer is 4 because 2+2\",\"rejected\":\"The answer is 5\"}\n")
        << ""
        << "implicit-prompt" << 1 << "" << QStringList{"The answer is", "4 because 2+2", "5", "", ""};
    QTest::newRow("conversational") << "a.jsonl"
                                    << QByteArray("{\"chosen\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":"
                                                  "\"assistant\",\"content\":\"hello!\"}],"
                                                  "\"rejected\":[{\"role\":\"user\",\"content\":\"hi\"},{\"role\":"
                                                  "\"assistant\",\"content\":\"what\"}],\"subset\":\"s1\"}\n")
                                    << ""
                                    << "conversational" << 1 << ""
                                    << QStringList{"user: hi", "hello!", "what", "", "s1"};
    QTest::newRow("hh transcripts")
        << "hh.jsonl"
        << QByteArray("{\"chosen\":\"\\n\\nHuman: a\\n\\nAssistant: b\\n\\nHuman: c\\n\\nAssistant: "
                      "yes\",\"rejected\":\"\\n\\nHuman: a\\n\\nAssistant: b\\n\\nHuman: c\\n\\nAssistant: no\"}\n"
                      "{\"chosen\":\"\\n\\nHuman: x\\n\\nAssistant: \",\"rejected\":\"\\n\\nHuman: "
                      "x\\n\\nAssistant: y\"}\n")
        << ""
        << "hh-transcript" << 1 << "empty=1"
        << QStringList{"Human: a\n\nAssistant: b\n\nHuman: c", "yes", "no", "", ""};
    QTest::newRow("llmbar output_1/output_2")
        << "l.json"
        << QByteArray("[\n {\"input\": \"sum\", \"output_1\": \"A text\", \"output_2\": \"B text\", \"label\": 2},\n"
                      " {\"input\": \"sum\", \"output_1\": \"C\", \"output_2\": \"D\", \"label\": 1}\n]\n")
        << ""
        << "pair-label" << 2 << "" << QStringList{"sum", "B text", "A text", "", ""};
    QTest::newRow("responses + index label")
        << "r.jsonl"
        << QByteArray("{\"prompt\":\"p\",\"responses\":[\"r0\",\"r1\"],\"label\":0,\"criteria\":\"concise\"}\n") << ""
        << "pair-indexed" << 1 << "" << QStringList{"p", "r0", "r1", "concise", ""};
    QTest::newRow("text + score, tie dropped")
        << "s.jsonl"
        << QByteArray("{\"prompt\":\"p\",\"text\":[\"low\",\"high\"],\"score\":[1,3]}\n"
                      "{\"prompt\":\"p\",\"text\":[\"x\",\"y\"],\"score\":[2,2]}\n")
        << ""
        << "pair-scores" << 1 << "tie=1" << QStringList{"p", "high", "low", "", ""};
    QTest::newRow("rating pairs")
        << "u.jsonl"
        << QByteArray("{\"conv_A\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a1\"}],"
                      "\"conv_B\":[{\"role\":\"user\",\"content\":\"q\"},{\"role\":\"assistant\",\"content\":\"a2\"}],"
                      "\"conv_A_rating\":2,\"conv_B_rating\":5}\n")
        << ""
        << "rating-pairs" << 1 << "" << QStringList{"user: q", "a2", "a1", "", ""};
    // Three responses to one prompt, two attributes: pairs differ by >= 1 per attribute.
    // helpfulness 4,2,4: (r1,r2) r1 wins, (r1,r3) tie, (r2,r3) r3 wins.
    // verbosity 1,1,3: (r1,r2) tie, (r1,r3) r3 wins, (r2,r3) r3 wins.
    QTest::newRow("helpsteer ratings")
        << "h.jsonl"
        << QByteArray("{\"prompt\":\"p\",\"response\":\"r1\",\"helpfulness\":4,\"verbosity\":1}\n"
                      "{\"prompt\":\"p\",\"response\":\"r2\",\"helpfulness\":2,\"verbosity\":1}\n"
                      "{\"prompt\":\"p\",\"response\":\"r3\",\"helpfulness\":4,\"verbosity\":3}\n")
        << ""
        << "ratings" << 4 << "tie=2" << QStringList{"p", "r1", "r2", "helpfulness", ""};
    QTest::newRow("multi-rater csv") << "m.csv"
                                     << QByteArray("prompt,response_a,response_b,annotator1,annotator2,annotator3\n"
                                                   "q,\"left, long\",right,A,B,\n")
                                     << "label-values=a=A,b=B"
                                     << "multi-rater" << 2 << ""
                                     << QStringList{"q", "left, long", "right", "", "annotator1"};
    // Numbered responses, three raters (0 = tie), an instruction with an optional input.
    QTest::newRow("multi-rater mapped, instruction + input")
        << "n.csv"
        << QByteArray("instruction,input,response1,response2,annotator1,annotator2,annotator3\n"
                      "Summarise,the text,r1,r2,2,0,1\n")
        << "map=a=response1,b=response2,label=annotator1,label=annotator2,label=annotator3;"
           "label-values=a=1,b=2,tie=0"
        << "multi-rater" << 2 << "tie=1" << QStringList{"Summarise\n\nthe text", "r2", "r1", "", "annotator1"};
    QTest::newRow("multi-rater detected, empty input")
        << "n.csv"
        << QByteArray("instruction,input,response1,response2,annotator1,annotator2\n"
                      "Write,,r1,r2,1,1\n")
        << "label-values=a=1,b=2,tie=0"
        << "multi-rater" << 2 << "" << QStringList{"Write", "r1", "r2", "", "annotator1"};
    QTest::newRow("scenario is a context")
        << "s.jsonl" << QByteArray("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\",\"scenario\":\"doctor\"}\n")
        << ""
        << "explicit-prompt" << 1 << "" << QStringList{"p", "a", "b", "doctor", ""};
    // Graded single responses with no prompt column: the prompt is in the transcript.
    QTest::newRow("graded transcripts, no prompt column")
        << "g.jsonl"
        << QByteArray("{\"response\":\"## Human: hi there\\n\\n## Assistant: hello\",\"helpfulness\":4}\n"
                      "{\"response\":\"## Human: hi there\\n\\n## Assistant: go away\",\"helpfulness\":1}\n")
        << ""
        << "ratings" << 1 << "" << QStringList{"## Human: hi there", "hello", "go away", "helpfulness", ""};
    QTest::newRow("csv with a custom mapping")
        << "c.csv"
        << QByteArray("question,first,second,winner,topic\n"
                      "\"multi\nline\",one,two,2,math\n"
                      "q2,three,four,0,math\n")
        << "map=prompt=question,a=first,b=second,label=winner,context=topic;label-values=a=1,b=2,tie=0"
        << "pair-label" << 1 << "tie=1" << QStringList{"multi\nline", "two", "one", "math", ""};
    QTest::newRow("tsv") << "t.tsv"
                         << QByteArray("prompt\tchosen\trejected\tuser_id\n"
                                       "p\tyes \"quoted\"\tno\tu7\n")
                         << ""
                         << "explicit-prompt" << 1 << "" << QStringList{"p", "yes \"quoted\"", "no", "", "u7"};
}

void TestImporter::rowShapes()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, options);
    QFETCH(QString, shape);
    QFETCH(int, imported);
    QFETCH(QString, skipped);
    QFETCH(QStringList, first);
    QTemporaryDir dir;
    ImportOptions o;
    for (const QString &part : options.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString key = part.section(QLatin1Char('='), 0, 0), value = part.section(QLatin1Char('='), 1);
        if (key == QLatin1String("map"))
            o.mapping = ColumnMapping::parse(value);
        else if (key == QLatin1String("label-values"))
            o.labelValues = LabelValues::parse(value);
    }
    const ImportedComparisons r = readPreferenceFile(writeFile(dir, name, content), o);
    QCOMPARE(r.report.shape, shape);
    QCOMPARE(r.report.imported, imported);
    QStringList skips;
    for (auto it = r.report.skipped.cbegin(); it != r.report.skipped.cend(); ++it)
        skips << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    QCOMPARE(skips.join(QLatin1Char(',')), skipped);
    QVERIFY(!r.comparisons.empty());
    const Comparison &c = r.comparisons.front();
    QCOMPARE(c.prompt, first[0]);
    QCOMPARE(c.chosen, first[1]);
    QCOMPARE(c.rejected, first[2]);
    QCOMPARE(c.context, first[3]);
    QCOMPARE(c.knownGroup, first[4]);
    // The column the known groups came from is named (stored with the dataset, shown by
    // the Subgroups view beside the ARI it scores).
    // (Multi-rater files: the group is which rater labelled the pair, not a column.)
    if (shape != QLatin1String("multi-rater")) QCOMPARE(r.report.groupColumn.isEmpty(), first[4].isEmpty());
    if (!r.report.groupColumn.isEmpty())
        QVERIFY2(r.report.shapeReason.contains(QStringLiteral("known group: '%1'").arg(r.report.groupColumn)),
                 qPrintable(r.report.shapeReason));
}

// Which column became the prompt is reported: an often-empty 'input' chosen over
// 'instruction' went unnoticed until the model learnt nothing.
void TestImporter::promptColumnIsReported()
{
    QTemporaryDir dir;
    const ImportedComparisons r =
        readPreferenceFile(writeFile(dir, QStringLiteral("i.jsonl"),
                                     "{\"instruction\":\"q\",\"input\":\"\",\"chosen\":\"a\",\"rejected\":\"b\"}\n"),
                           {});
    QVERIFY2(r.report.shapeReason.contains(QLatin1String("prompt: 'instruction' followed by 'input'")),
             qPrintable(r.report.shapeReason));
    QCOMPARE(r.comparisons.front().prompt, QStringLiteral("q"));
}

void TestImporter::gzipIsReadLikePlain()
{
    QTemporaryDir dir;
    const QByteArray rows("{\"prompt\":\"a\",\"chosen\":\"b\",\"rejected\":\"c\"}\n{\"prompt\":\"d\",\"chosen\":"
                          "\"e\",\"rejected\":\"f\"}\n");
    const ImportedComparisons r = readPreferenceFile(writeGzip(dir, QStringLiteral("x.jsonl.gz"), rows), {});
    QCOMPARE(r.report.container, QStringLiteral("jsonl, gzip"));
    QCOMPARE(r.report.imported, 2);
    QCOMPARE(r.comparisons[1].chosen, QStringLiteral("e"));
}

// The wizard's preview reads the head of a file only: a large gzip file or JSON array
// previews its first rows without being read (or parsed) to the end.
void TestImporter::previewReadsTheHeadOnly()
{
    QTemporaryDir dir;
    QByteArray lines, array("[\n");
    for (int i = 0; i < 90000; ++i) {
        const QByteArray row =
            QStringLiteral(
                "{\"prompt\":\"question %1 with some words\",\"chosen\":\"a good answer\",\"rejected\":\"bad\"}")
                .arg(i)
                .toUtf8();
        lines += row + '\n';
        array += row + (i + 1 < 90000 ? ",\n" : "\n");
    }
    array += "]\n";
    QVERIFY(lines.size() > 5 * 1024 * 1024);
    QByteArray oneLine = array; // json.dump's default: the whole array on one line
    oneLine.replace(",\n", ", ");
    oneLine.replace("[\n", "[");
    for (const QString &path :
         {writeGzip(dir, QStringLiteral("big.jsonl.gz"), lines), writeFile(dir, QStringLiteral("big.json"), array),
          writeFile(dir, QStringLiteral("line.json"), oneLine)}) {
        const FilePreview p = previewPreferenceFile(path, {});
        QVERIFY2(p.problem.isEmpty(), qPrintable(p.problem));
        QCOMPARE(p.shape, QStringLiteral("explicit-prompt"));
        QCOMPARE(int(p.rows.size()), 20);
        QCOMPARE(p.rows[0][0], QStringLiteral("question 0 with some words"));
    }
}

// A label encoding that cannot be read unambiguously is refused with the values found.
void TestImporter::ambiguousLabelsAreRefusedNotGuessed()
{
    QTemporaryDir dir;
    const QString path =
        writeFile(dir, QStringLiteral("l.csv"), "prompt,response_a,response_b,label\np,x,y,0\np,x,z,1\np,y,z,1\n");
    expectError([&] { readPreferenceFile(path, {}); }, ErrorCode::BadFormat,
                {QStringLiteral("'0' (1 rows)"), QStringLiteral("'1' (2 rows)"), QStringLiteral("--label-values")});
    // LLMBar's convention is 1|2: a third value is not silently dropped.
    const QString llm = writeFile(
        dir, QStringLiteral("l.json"),
        R"([{"input":"i","output_1":"a","output_2":"b","label":1},{"input":"i","output_1":"a","output_2":"b","label":3}])");
    expectError([&] { readPreferenceFile(llm, {}); }, ErrorCode::BadFormat, {QStringLiteral("'3' (1 rows)")});
    // Stated by the user, the same file reads.
    ImportOptions o;
    o.labelValues = LabelValues::parse(QStringLiteral("a=0,b=1"));
    QCOMPARE(readPreferenceFile(path, o).report.imported, 3);
}

// Each kind of bad input: file:line and what was expected, never a crash.
void TestImporter::malformedInput_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("badLine");
    QTest::addColumn<QString>("expected");
    const QByteArray good("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}\n");
    QTest::newRow("truncated json") << "t.jsonl" << QByteArray(good + "{\"prompt\":\"p\",\"chosen\":\"a\n" + good) << 2
                                    << "truncated";
    QTest::newRow("invalid json") << "t.jsonl" << QByteArray(good + good + "{prompt: p}\n") << 3
                                  << "expected a JSON object";
    QTest::newRow("wrong type") << "t.jsonl"
                                << QByteArray(good + "{\"prompt\":\"p\",\"chosen\":[1],\"rejected\":\"b\"}\n") << 2
                                << "field 'chosen': expected a string";
    QTest::newRow("missing field") << "t.jsonl" << QByteArray(good + "{\"prompt\":\"p\",\"rejected\":\"b\"}\n") << 2
                                   << "field 'chosen' is missing";
    QTest::newRow("invalid utf-8") << "t.jsonl"
                                   << QByteArray(good +
                                                 "{\"prompt\":\"p\",\"chosen\":\"\xC0\xAF\",\"rejected\":\"b\"}\n")
                                   << 2 << "invalid UTF-8";
    QTest::newRow("not an object") << "t.jsonl" << QByteArray(good + "[1, 2]\n") << 2 << "expected a JSON object";
    QTest::newRow("csv field count") << "t.csv" << QByteArray("prompt,chosen,rejected\np,a,b\np,a\n") << 3
                                     << "expected 3 fields";
    QTest::newRow("csv invalid utf-8") << "t.csv" << QByteArray("prompt,chosen,rejected\np,a,b\np,\xFF,b\n") << 3
                                       << "invalid UTF-8";
}

void TestImporter::malformedInput()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(int, badLine);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = writeFile(dir, name, content);
    // Skip and count (the default): the good rows come in, the bad one is listed.
    const ImportedComparisons r = readPreferenceFile(path, {});
    QCOMPARE(r.report.skipped.value(QStringLiteral("malformed")), 1);
    QCOMPARE(r.report.problems.size(), 1);
    QVERIFY2(r.report.problems[0].startsWith(QStringLiteral("%1:%2: ").arg(name).arg(badLine)),
             qPrintable(r.report.problems[0]));
    QVERIFY2(r.report.problems[0].contains(expected), qPrintable(r.report.problems[0]));
    // Stop: the first bad row ends the import with file:line.
    ImportOptions stop;
    stop.onError = OnError::Stop;
    expectError([&] { readPreferenceFile(path, stop); }, ErrorCode::BadFormat,
                {QStringLiteral("line %1: ").arg(badLine), expected});
}

void TestImporter::unreadableFiles()
{
    QTemporaryDir dir;
    expectError([&] { readPreferenceFile(writeFile(dir, QStringLiteral("e.jsonl"), {}), {}); }, ErrorCode::BadFormat,
                {QStringLiteral("empty file")});
    QByteArray gz;
    {
        const QString p = writeGzip(dir, QStringLiteral("ok.jsonl.gz"), QByteArray(2000, 'x'));
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadOnly));
        gz = f.readAll();
    }
    gz[gz.size() / 2] = char(gz[gz.size() / 2] ^ 0x5a);
    gz.chop(6);
    expectError([&] { readPreferenceFile(writeFile(dir, QStringLiteral("bad.jsonl.gz"), gz), {}); },
                ErrorCode::BadFormat, {QStringLiteral("gzip")});
    expectError([&] { readPreferenceFile(dir.filePath(QStringLiteral("none.jsonl")), {}); }, ErrorCode::FileNotFound,
                {});
    expectError(
        [&] {
            readPreferenceFile(writeFile(dir, QStringLiteral("tok.jsonl"),
                                         "{\"input_ids_chosen\":[1,2],\"input_ids_rejected\":[3]}\n"),
                               {});
        },
        ErrorCode::BadFormat, {QStringLiteral("pre-tokenised")});
    expectError(
        [&] { readPreferenceFile(writeFile(dir, QStringLiteral("x.jsonl"), "{\"foo\":1,\"bar\":2}\n"), {}); },
        ErrorCode::BadFormat,
        {QStringLiteral("no known row shape"), QStringLiteral("foo, bar"), QStringLiteral("context, group, id")});
    // A role mapped twice is refused instead of the last one silently winning.
    expectError([] { ColumnMapping::parse(QStringLiteral("prompt=a,prompt=b")); }, ErrorCode::InvalidOption,
                {QStringLiteral("'prompt' is mapped twice")});
    expectError(
        [&] {
            readPreferenceFile(writeFile(dir, QStringLiteral("r.jsonl"), "{\"response\":\"a\",\"helpfulness\":3}\n"),
                               {});
        },
        ErrorCode::BadFormat, {QStringLiteral("needs a prompt column")});
    // "nan" is not a score: the row is malformed, not a win for B.
    const ImportedComparisons nanScore =
        readPreferenceFile(writeFile(dir, QStringLiteral("n.csv"),
                                     "prompt,conv_A,conv_B,conv_A_rating,conv_B_rating\np,a,b,nan,3\np,c,d,1,2\n"),
                           {});
    QCOMPARE(nanScore.report.imported, 1);
    QCOMPARE(nanScore.report.skipped.value(QStringLiteral("malformed")), 1);
    ImportOptions mapped;
    mapped.mapping = ColumnMapping::parse(QStringLiteral("prompt=question"));
    expectError(
        [&] {
            readPreferenceFile(
                writeFile(dir, QStringLiteral("m.jsonl"), "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}\n"),
                mapped);
        },
        ErrorCode::BadFormat, {QStringLiteral("'question' (mapped to prompt) not found")});
}

// A runaway 100 MB line is refused by size with its line number, not parsed.
void TestImporter::hugeSingleLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.jsonl"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"}\n{\"prompt\":\"");
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 100; ++i)
            f.write(chunk);
        f.write("\"}\n");
    }
    const ImportedComparisons r = readPreferenceFile(path, {});
    QCOMPARE(r.report.imported, 1);
    QCOMPARE(r.report.skipped.value(QStringLiteral("malformed")), 1);
    QVERIFY2(r.report.problems[0].startsWith(QStringLiteral("huge.jsonl:2: ")), qPrintable(r.report.problems[0]));
    QVERIFY(r.report.problems[0].contains(QStringLiteral("limit")));
}

// Ratings under one prompt pair up quadratically (1,200 responses made 2.78M comparisons):
// at most --max-pairs-per-prompt pairs per prompt and attribute, every response in some,
// the same ones on every import, and the report says how many were left out.
void TestImporter::ratingsPairsPerPromptAreCapped()
{
    QTemporaryDir dir;
    QByteArray rows;
    for (int i = 0; i < 300; ++i)
        rows += QStringLiteral("{\"prompt\":\"one prompt\",\"response\":\"answer %1\",\"helpfulness\":%2}\n")
                    .arg(i)
                    .arg(i % 5)
                    .toUtf8();
    const QString path = writeFile(dir, QStringLiteral("many.jsonl"), rows);
    ImportOptions options;
    options.maxPairsPerPrompt = 400;
    const ImportedComparisons capped = readPreferenceFile(path, options);
    const qint64 formed = capped.report.imported + capped.report.skippedTotal();
    QCOMPARE(formed, qint64(400));
    QCOMPARE(capped.report.pairsNotFormed, qint64(300 * 299 / 2 - 400));
    QCOMPARE(capped.report.toJson().value(QStringLiteral("pairs_not_formed")).toDouble(), double(300 * 299 / 2 - 400));
    QSet<QString> seen;
    for (const Comparison &c : capped.comparisons)
        seen << c.chosen << c.rejected;
    QVERIFY2(seen.size() >= 250, qPrintable(QString::number(seen.size()))); // ties are skipped, not the spread
    const ImportedComparisons again = readPreferenceFile(path, options);
    QCOMPARE(again.comparisons.size(), capped.comparisons.size());
    for (std::size_t i = 0; i < again.comparisons.size(); ++i)
        QCOMPARE(again.comparisons[i].id, capped.comparisons[i].id);
    options.maxPairsPerPrompt = 0; // every pair, as before the cap
    const ImportedComparisons all = readPreferenceFile(path, options);
    QCOMPARE(all.report.imported + all.report.skippedTotal(), 300 * 299 / 2);
    QCOMPARE(all.report.pairsNotFormed, qint64(0));
}

QTEST_GUILESS_MAIN(TestImporter)
