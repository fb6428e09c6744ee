// Text input for importers: gzip-aware file reading, UTF-8 validation, line iteration and the
// RFC 4180 CSV/TSV reader.
#include "io/delimitedtable.h"
#include "io/textinput.h"
#include "util/error.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <zlib.h>

using namespace micro::core;

namespace {

// A real gzip member (deflate with the gzip wrapper), as gzip(1) writes it.
QByteArray gzipBytes(const QByteArray &plain)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return {};
    QByteArray out(int(deflateBound(&zs, uLong(plain.size()))), Qt::Uninitialized);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    zs.avail_in = uInt(plain.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int ret = deflate(&zs, Z_FINISH);
    out.truncate(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return ret == Z_STREAM_END ? out : QByteArray();
}

// Text that compresses well but not to nothing, so half the stream cuts real deflate data.
QByteArray sampleText()
{
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text +=
            "row " + QByteArray::number(i) + ",\xEC\x95\x88\xEB\x85\x95," + QByteArray::number(i * 7919 % 1013) + "\n";
    return text;
}

bool writeRaw(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// Runs f, expects a MicroError with `code` whose detail contains `needle`.
template <typename F> void expectError(F f, ErrorCode code, const QString &needle)
{
    try {
        f();
        QFAIL("no error raised");
    } catch (const MicroError &e) {
        QCOMPARE(int(e.error().code), int(code));
        QVERIFY2(e.error().detail.contains(needle), qPrintable(e.error().detail));
    }
}

QStringList strings(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromUtf8(s);
    return out;
}

} // namespace

class TestTextInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsFile_data()
    {
        QTest::addColumn<QByteArray>("onDisk");
        QTest::addColumn<QByteArray>("expected");
        const QByteArray text = sampleText();
        QTest::newRow("plain") << text << text;
        QTest::newRow("plain without final newline") << QByteArray("a,b\n1,2") << QByteArray("a,b\n1,2");
        QTest::newRow("gzip") << gzipBytes(text) << text;
        QTest::newRow("gzip multi-member")
            << gzipBytes("a,b\n1,2\n") + gzipBytes("3,4\n") + gzipBytes(text) << "a,b\n1,2\n3,4\n" + text;
        QTest::newRow("gzip with empty member") << gzipBytes("x\n") + gzipBytes({}) << QByteArray("x\n");
        QTest::newRow("gzip zero padding") << gzipBytes("x\n") + QByteArray(512, '\0') << QByteArray("x\n");
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "a,b\n")
                             << QByteArray("a,b\n");
        QTest::newRow("bom inside gzip") << gzipBytes("\xEF\xBB\xBF"
                                                      "a,b\n")
                                         << QByteArray("a,b\n");
        QTest::newRow("gzip magic alone is not enough") << QByteArray("\x1f") << QByteArray("\x1f");
    }
    void readsFile()
    {
        QFETCH(QByteArray, onDisk);
        QFETCH(QByteArray, expected);
        QVERIFY(!onDisk.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.csv"));
        QVERIFY(writeRaw(path, onDisk));
        QCOMPARE(readTextFile(path), expected);
    }

    void rejectsFile_data()
    {
        QTest::addColumn<QByteArray>("onDisk");
        QTest::addColumn<QString>("needle");
        const QByteArray gz = gzipBytes(sampleText());
        QByteArray badCrc = gz;
        badCrc[badCrc.size() - 8] = char(badCrc[badCrc.size() - 8] ^ 0x55); // trailer CRC32
        QByteArray flipped = gz;
        for (qsizetype i = 20; i < 60; ++i)
            flipped[i] = char(~flipped[i]);
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << "empty file";
        QTest::newRow("empty gzip") << gzipBytes({}) << "empty file";
        QTest::newRow("truncated gzip (half)") << gz.left(gz.size() / 2) << "truncated gzip stream";
        QTest::newRow("truncated gzip (no trailer)") << gz.chopped(8) << "truncated gzip stream";
        QTest::newRow("magic only") << QByteArray("\x1f\x8b") << "truncated gzip stream";
        QTest::newRow("garbage after magic") << QByteArray("\x1f\x8bgarbage, not deflate") << "corrupt gzip stream: ";
        QTest::newRow("bad crc") << badCrc << "corrupt gzip stream: incorrect data check";
        QTest::newRow("corrupt data") << flipped << "corrupt gzip stream: ";
        QTest::newRow("garbage after member") << gzipBytes("x\n") + "trailing"
                                              << "corrupt gzip stream: ";
    }
    void rejectsFile()
    {
        QFETCH(QByteArray, onDisk);
        QFETCH(QString, needle);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("in.csv.gz"));
        QVERIFY(writeRaw(path, onDisk));
        try {
            readTextFile(path);
            QFAIL("no error raised");
        } catch (const MicroError &e) {
            QCOMPARE(int(e.error().code), int(ErrorCode::BadFormat));
            QCOMPARE(e.error().subject, path);
            QVERIFY2(e.error().detail.startsWith(needle), qPrintable(e.error().detail));
        }
    }

    void readsFileWrittenByGzwrite()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("z.tsv.gz"));
        const QByteArray text = sampleText();
        gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
        QVERIFY(gz);
        QCOMPARE(gzwrite(gz, text.constData(), unsigned(text.size())), int(text.size()));
        QCOMPARE(gzclose(gz), Z_OK);
        QCOMPARE(readTextFile(path), text);
    }

    void missingAndUnreadableFiles()
    {
        QTemporaryDir dir;
        expectError([&] { readTextFile(dir.filePath(QStringLiteral("nope.csv"))); }, ErrorCode::FileNotFound,
                    QString());
        expectError([&] { readTextFile(dir.path()); }, ErrorCode::FileUnreadable, QString());
    }

    void firstInvalidUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("ascii") << QByteArray("plain ascii text, long enough for words") << qint64(-1);
        QTest::newRow("korean") << QString::fromUtf8("안녕하세요, 세계").toUtf8() << qint64(-1);
        QTest::newRow("emoji") << QByteArray("ok \xF0\x9F\x98\x80 \xF0\x9F\x91\x8D") << qint64(-1);
        QTest::newRow("char across 8-byte boundary") << QByteArray("abcdefg\xE2\x82\xAC"
                                                                   "12345678")
                                                     << qint64(-1);
        QTest::newRow("boundary code points")
            << QByteArray("\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF\xEE\x80\x80\xEF\xBF\xBF\xF0\x90"
                          "\x80\x80\xF4\x8F\xBF\xBF")
            << qint64(-1);
        QTest::newRow("overlong 2-byte") << QByteArray("\xC0\xAF") << qint64(0);
        QTest::newRow("overlong C1") << QByteArray("\xC1\xBF") << qint64(0);
        QTest::newRow("overlong 3-byte") << QByteArray("\xE0\x80\xAF") << qint64(0);
        QTest::newRow("overlong 4-byte") << QByteArray("\xF0\x80\x80\xAF") << qint64(0);
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << qint64(0);
        QTest::newRow("low surrogate") << QByteArray("x\xED\xBF\xBF") << qint64(1);
        QTest::newRow("above U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qint64(0);
        QTest::newRow("F5 lead") << QByteArray("\xF5\x80\x80\x80") << qint64(0);
        QTest::newRow("FF") << QByteArray("ab\xFF") << qint64(2);
        QTest::newRow("truncated at end") << QByteArray("\xE2\x82") << qint64(0);
        QTest::newRow("truncated 4-byte at end") << QByteArray("ab\xF0\x9F\x98") << qint64(2);
        QTest::newRow("truncated before ascii") << QByteArray("\xE2\x82"
                                                              "A")
                                                << qint64(0);
        QTest::newRow("stray continuation") << QByteArray("abc\x80") << qint64(3);
        QTest::newRow("after 13 ascii") << QByteArray("0123456789abc\xC0\xAF") << qint64(13);
        QTest::newRow("at 8") << QByteArray("01234567\xFF"
                                            "01234567")
                              << qint64(8);
        QTest::newRow("at 17 after multibyte") << QByteArray("0123\xC3\xA9"
                                                             "0123456789\xE2\x82"
                                                             "0123456789")
                                               << qint64(16);
    }
    void firstInvalidUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, expected);
        QCOMPARE(micro::core::firstInvalidUtf8(bytes.constData(), bytes.size()), expected);
    }

    // Against Qt's own validator on random mixes of ASCII, valid sequences and junk bytes.
    void firstInvalidUtf8AgreesWithQt()
    {
        QRandomGenerator rng(42);
        const QByteArray pieces[] = {
            "a", "0123456789", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\xED\x9F\xBF", "\xF4\x8F\xBF\xBF"};
        for (int round = 0; round < 20000; ++round) {
            QByteArray bytes;
            const int parts = int(rng.bounded(12));
            for (int p = 0; p < parts; ++p) {
                if (rng.bounded(10) == 0)
                    bytes += char(0x80 + rng.bounded(0x80)); // junk
                else
                    bytes += pieces[rng.bounded(int(std::size(pieces)))];
            }
            const qint64 off = micro::core::firstInvalidUtf8(bytes.constData(), bytes.size());
            QCOMPARE(off == -1, QByteArrayView(bytes).isValidUtf8());
            if (off >= 0) {
                QVERIFY(QByteArrayView(bytes).first(off).isValidUtf8());
                // The sequence starting there cannot be completed by any suffix within 4 bytes.
                QVERIFY(!QByteArrayView(bytes).sliced(off, std::min<qint64>(4, bytes.size() - off)).isValidUtf8());
            }
        }
    }

    void lineNumberAt_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<int>("line");
        QTest::newRow("start") << qint64(0) << 1;
        QTest::newRow("newline ends its line") << qint64(1) << 1;
        QTest::newRow("second line") << qint64(2) << 2;
        QTest::newRow("third line") << qint64(5) << 3;
        QTest::newRow("end") << qint64(6) << 3;
    }
    void lineNumberAt()
    {
        QFETCH(qint64, offset);
        QFETCH(int, line);
        QCOMPARE(micro::core::lineNumberAt(QByteArray("a\nbc\nd"), offset), line);
    }

    void lineCursor_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QList<QByteArray>>("lines");
        QTest::newRow("crlf, blank, no final newline")
            << QByteArray("a\r\nbb\r\n\r\nc") << QList<QByteArray>{"a", "bb", "", "c"};
        QTest::newRow("final newline adds no line") << QByteArray("a\n") << QList<QByteArray>{"a"};
        QTest::newRow("lone cr kept inside") << QByteArray("a\rb\n") << QList<QByteArray>{"a\rb"};
        QTest::newRow("single newline") << QByteArray("\n") << QList<QByteArray>{""};
        QTest::newRow("empty") << QByteArray() << QList<QByteArray>{};
    }
    void lineCursor()
    {
        QFETCH(QByteArray, content);
        QFETCH(QList<QByteArray>, lines);
        LineCursor cursor(content);
        QCOMPARE(cursor.lineNumber(), 0);
        QByteArrayView line;
        int n = 0;
        while (cursor.next(&line)) {
            QVERIFY(n < lines.size());
            QCOMPARE(line.toByteArray(), lines[n]);
            QVERIFY(line.empty() ||
                    (line.data() >= content.constData() && line.data() < content.constData() + content.size()));
            QCOMPARE(cursor.lineNumber(), ++n);
        }
        QCOMPARE(n, lines.size());
        QVERIFY(!cursor.next(&line));
    }

    void readsDelimited_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::newRow("quoted comma") << QByteArray("a,b\n\"x,y\",2\n") << ',' << strings({"a", "b"}) << QList<int>{2}
                                      << QList<QStringList>{strings({"x,y", "2"})};
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"he said \"\"hi\"\"\",\"\"\"\"\n") << ','
                                        << strings({"a", "b"}) << QList<int>{2}
                                        << QList<QStringList>{strings({"he said \"hi\"", "\""})};
        QTest::newRow("embedded newline") << QByteArray("a,b\n\"l1\nl2\n\",2\nz,3\n\"q\",\"r\ns\"\nlast,4") << ','
                                          << strings({"a", "b"}) << QList<int>{2, 5, 6, 8}
                                          << QList<QStringList>{strings({"l1\nl2\n", "2"}), strings({"z", "3"}),
                                                                strings({"q", "r\ns"}), strings({"last", "4"})};
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n\"3\",\"4\"\r\n5,\r\n") << ',' << strings({"a", "b"})
                              << QList<int>{2, 3, 4}
                              << QList<QStringList>{strings({"1", "2"}), strings({"3", "4"}), strings({"5", ""})};
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\n1,2\n\r\n\n3,4\n\n") << ',' << strings({"a", "b"}) << QList<int>{3, 6}
            << QList<QStringList>{strings({"1", "2"}), strings({"3", "4"})};
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n\"\",x,\"\"") << ',' << strings({"a", "b", "c"})
                                      << QList<int>{2, 3}
                                      << QList<QStringList>{strings({"", "", ""}), strings({"", "x", ""})};
        QTest::newRow("quote inside unquoted field")
            << QByteArray("a,b\n5\" screen,2\"\n") << ',' << strings({"a", "b"}) << QList<int>{2}
            << QList<QStringList>{strings({"5\" screen", "2\""})};
        QTest::newRow("tsv") << QByteArray("name\tnote\tn\nbob\tsays \"hi\", twice\t3\n\"t\tab\"\t\"x\"\"y\"\t4\n")
                             << '\t' << strings({"name", "note", "n"}) << QList<int>{2, 3}
                             << QList<QStringList>{strings({"bob", "says \"hi\", twice", "3"}),
                                                   strings({"t\tab", "x\"y", "4"})};
        QTest::newRow("utf-8 and quoted header")
            << QByteArray("\"id\",\"이름\"\n1,\xED\x95\x9C\xF0\x9F\x98\x80\n") << ',' << strings({"id", "이름"})
            << QList<int>{2} << QList<QStringList>{strings({"1", "한😀"})};
        QTest::newRow("header only") << QByteArray("a,b") << ',' << strings({"a", "b"}) << QList<int>{}
                                     << QList<QStringList>{};
    }
    void readsDelimited()
    {
        QFETCH(QByteArray, content);
        QFETCH(char, delimiter);
        QFETCH(QStringList, header);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, records);
        const DelimitedTable t = readDelimited(content, delimiter, QStringLiteral("t.csv"));
        QCOMPARE(t.header, header);
        QVERIFY2(t.errors.empty(), t.errors.empty() ? "" : qPrintable(t.errors.front().second));
        QCOMPARE(qsizetype(t.records.size()), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(t.records[i].line, lines[i]);
            QCOMPARE(t.records[i].fields, records[i]);
        }
    }

    // Bad records are reported with their line and skipped; some stop the reading.
    void reportsBadRecords_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QList<int>>("recordLines");
        QTest::addColumn<QList<int>>("errorLines");
        QTest::addColumn<QStringList>("errorDetails");
        QTest::newRow("wrong field count")
            << QByteArray("a,b\n1,2,3\n4,5\n\"x\ny\"\n6,7") << QList<int>{3, 6} << QList<int>{2, 4}
            << QStringList{"expected 2 fields, found 3", "expected 2 fields, found 1"};
        QTest::newRow("unterminated quote stops") << QByteArray("a,b\n1,2\n3,\"x\n4,5\n6,7\n") << QList<int>{2}
                                                  << QList<int>{3} << QStringList{"unterminated quoted field"};
        QTest::newRow("unterminated quote on a later line of the record")
            << QByteArray("a,b\n\"x\ny\",\"z\n") << QList<int>{} << QList<int>{3}
            << QStringList{"unterminated quoted field"};
        QTest::newRow("invalid utf-8 skipped")
            << QByteArray("a,b\n1,\xFF\n2,3\nxy,\xC0\xAF\n\"q\n\",\xED\xA0\x80\n4,5\n") << QList<int>{3, 7}
            << QList<int>{2, 4, 5}
            << QStringList{"invalid UTF-8 at byte 3", "invalid UTF-8 at byte 4", "invalid UTF-8 at byte 6"};
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n3,4\n") << QList<int>{3} << QList<int>{2}
            << QStringList{"unexpected character after closing quote"};
    }
    void reportsBadRecords()
    {
        QFETCH(QByteArray, content);
        QFETCH(QList<int>, recordLines);
        QFETCH(QList<int>, errorLines);
        QFETCH(QStringList, errorDetails);
        const DelimitedTable t = readDelimited(content, ',', QStringLiteral("t.csv"));
        QList<int> gotRecordLines, gotErrorLines;
        QStringList gotDetails;
        for (const DelimitedRecord &r : t.records)
            gotRecordLines << r.line;
        for (const auto &[line, detail] : t.errors) {
            gotErrorLines << line;
            gotDetails << detail;
        }
        QCOMPARE(gotRecordLines, recordLines);
        QCOMPARE(gotErrorLines, errorLines);
        QCOMPARE(gotDetails, errorDetails);
    }

    void refusesRunawayRecord()
    {
        QByteArray content("a,b\n1,2\n");
        content += QByteArray(kMaxRecordBytes + 1, 'x');
        content += "\n3,4\n";
        const DelimitedTable t = readDelimited(content, ',', QStringLiteral("big.csv"));
        QCOMPARE(t.records.size(), size_t(1));
        QCOMPARE(t.errors.size(), size_t(1));
        QCOMPARE(t.errors[0].first, 3);
        QVERIFY(t.errors[0].second.startsWith(QStringLiteral("record longer than")));

        // A quoted field whose closing quote is far away is refused the same way.
        QByteArray quoted("a\n\"");
        quoted += QByteArray(kMaxRecordBytes, 'x');
        quoted += "\"\n";
        const DelimitedTable q = readDelimited(quoted, ',', QStringLiteral("big.csv"));
        QVERIFY(q.records.empty());
        QCOMPARE(q.errors.size(), size_t(1));
        QVERIFY(q.errors[0].second.startsWith(QStringLiteral("record longer than")));
    }

    void rejectsBadHeader_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty input") << QByteArray() << "line 1: missing header";
        QTest::newRow("blank first line") << QByteArray("\r\na,b\n") << "line 1: missing header";
        QTest::newRow("duplicate column") << QByteArray("id,x,id\n1,2,3\n") << "line 1: duplicate column \"id\"";
        QTest::newRow("unterminated") << QByteArray("\"a,b\n1,2\n") << "line 1: unterminated quoted field";
        QTest::newRow("invalid utf-8") << QByteArray("a,\xFF\n") << "line 1: invalid UTF-8 at byte 3";
    }
    void rejectsBadHeader()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, detail);
        try {
            readDelimited(content, ',', QStringLiteral("h.csv"));
            QFAIL("no error raised");
        } catch (const MicroError &e) {
            QCOMPARE(int(e.error().code), int(ErrorCode::BadFormat));
            QCOMPARE(e.error().subject, QStringLiteral("h.csv"));
            QCOMPARE(e.error().detail, detail);
        }
    }

    void sniffDelimiter_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<char>("delimiter");
        QTest::newRow("csv") << QByteArray("a,b,c\n1\t2\t3\t4\n") << ',';
        QTest::newRow("tsv") << QByteArray("a\tb\tc\n1,2,3,4,5\n") << '\t';
        QTest::newRow("commas inside quotes") << QByteArray("\"x,y,z\"\tw\n") << '\t';
        QTest::newRow("tabs inside quotes") << QByteArray("\"x\t\ty\",w\n") << ',';
        QTest::newRow("doubled quote keeps field open") << QByteArray("\"a\"\",b,c\"\td\n") << '\t';
        QTest::newRow("newline inside quotes") << QByteArray("\"a\n,,\"\tb\n") << '\t';
        QTest::newRow("quote mid-field is data") << QByteArray("5\" screen\tb,c\td\n") << '\t';
        QTest::newRow("single column") << QByteArray("name\nx\ty\n") << ',';
    }
    void sniffDelimiter()
    {
        QFETCH(QByteArray, content);
        QFETCH(char, delimiter);
        QCOMPARE(micro::core::sniffDelimiter(content), delimiter);
    }
};

QTEST_GUILESS_MAIN(TestTextInput)
#include "tst_textinput.moc"
