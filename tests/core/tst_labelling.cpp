// The labelling core: agreement figures against a hand computation, labels stored the
// moment they are given (a killed process keeps them), the session's queue and its online
// Hedge weights, JSONL export/import and the labelled set for Stage 2.
#include "data/synthgenerator.h"
#include "jobs/labeladaptation.h"
#include "jobs/training.h"
#include "labels/agreement.h"
#include "labels/labelio.h"
#include "labels/labellingsession.h"
#include "metrics/truthstats.h"
#include "model/prediction.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <cmath>
#include <csignal>

using namespace micro::core;

namespace {

Label makeLabel(int row, const QString &who, const QString &context, LabelChoice c)
{
    Label l;
    l.row = row;
    l.annotator = who;
    l.context = context;
    l.choice = c;
    return l;
}

// Child mode for the kill test: labels rows one by one, saying so after each commit.
int labelForever(const QString &project)
{
    ProjectStore store(project, ProjectStore::OpenMode::MustExist);
    const qint64 dataset = store.datasets().front().id;
    QTextStream out(stdout);
    for (int i = 0;; ++i) {
        Label l = makeLabel(i, QStringLiteral("kim"), QStringLiteral("concise"), LabelChoice::Chosen);
        l.datasetId = dataset;
        store.addLabel(l);
        out << "labelled " << (i + 1) << Qt::endl;
        QThread::msleep(20);
    }
}

} // namespace

class TestLabelling : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Ten items in one context, by hand:
    //   A: C C R R C T C R C C     B: C R R R C T C C C T   (C chosen, R rejected, T tie)
    //   agreement 7/10 = 0.7; marginals A (C, R, T) = (.6, .3, .1), B = (.5, .3, .2);
    //   chance = .6*.5 + .3*.3 + .1*.2 = .41; kappa = (.7 - .41) / (1 - .41) = 0.491525.
    // Skips, and items only one of them labelled, are left out.
    void agreementMatchesHandComputation()
    {
        const QString a = QStringLiteral("ann"), b = QStringLiteral("bo"), c = QStringLiteral("concise");
        const QString as = QStringLiteral("CCRRCTCRCC"), bs = QStringLiteral("CRRRCTCCCT");
        auto choice = [](QChar x) {
            return x == QLatin1Char('C')   ? LabelChoice::Chosen
                   : x == QLatin1Char('R') ? LabelChoice::Rejected
                                           : LabelChoice::Tie;
        };
        std::vector<Label> labels;
        for (int i = 0; i < 10; ++i) {
            labels.push_back(makeLabel(i, a, c, choice(as[i])));
            labels.push_back(makeLabel(i, b, c, choice(bs[i])));
        }
        labels.push_back(makeLabel(10, a, c, LabelChoice::Chosen)); // only A
        labels.push_back(makeLabel(11, a, c, LabelChoice::Skip));
        labels.push_back(makeLabel(11, b, c, LabelChoice::Chosen)); // A skipped it
        labels.push_back(makeLabel(0, a, QStringLiteral("other"), LabelChoice::Chosen));
        labels.push_back(makeLabel(0, b, QStringLiteral("other"), LabelChoice::Chosen));
        const auto result = agreement(labels, a, b);
        QCOMPARE(int(result.size()), 2);
        QCOMPARE(result[0].context, c);
        QCOMPARE(result[0].items, 10);
        QVERIFY(std::abs(result[0].percent - 0.7) < 1e-12);
        QVERIFY(std::abs(result[0].kappa - 0.29 / 0.59) < 1e-12);
        QCOMPARE(result[1].items, 1);
        QVERIFY(std::isnan(result[1].kappa)); // one category only: kappa undefined
        QCOMPARE(annotators(labels), (QStringList{a, b}));
    }

    // Every confirmed label is committed before the next item appears: a process killed
    // mid-session keeps them all, and the file opens consistent.
    void killDuringLabellingLosesNoConfirmedLabel()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("l.micro"));
        {
            ProjectStore store(project, ProjectStore::OpenMode::CreateIfMissing);
            SynthConfig sc;
            sc.n = 200;
            store.saveDataset(generateSynthetic(sc, QStringLiteral("d")));
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MICRO_LABEL_CHILD"), project);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        int confirmed = 0;
        QElapsedTimer t;
        t.start();
        while (confirmed < 8 && t.elapsed() < 30000) {
            child.waitForReadyRead(1000);
            while (child.canReadLine()) {
                const QString line = QString::fromUtf8(child.readLine()).trimmed();
                if (line.startsWith(QLatin1String("labelled "))) confirmed = line.mid(9).toInt();
            }
        }
        QVERIFY(confirmed >= 8);
        ::kill(pid_t(child.processId()), SIGKILL);
        child.waitForFinished();
        ProjectStore store(project, ProjectStore::OpenMode::MustExist);
        const auto labels = store.labels(store.datasets().front().id);
        QVERIFY2(int(labels.size()) >= confirmed,
                 qPrintable(QStringLiteral("%1 < %2").arg(labels.size()).arg(confirmed)));
        for (int i = 0; i < confirmed; ++i)
            QCOMPARE(labels[std::size_t(i)].row, i);
    }

    // The queue never repeats a row, randomises sides, and with the true heads the
    // context's Hedge weights move to the group that labels; undo restores them.
    void sessionQueueAndHedge()
    {
        SynthConfig sc;
        sc.n = 600;
        sc.k = 3;
        sc.dim = 8;
        sc.routerDim = 4;
        sc.separation = 6;
        const Dataset data = generateSynthetic(sc, QStringLiteral("d"));
        const MixtureModel heads = trueModel(*data.truth);
        // The annotator is "group 1": prefers what head 1 prefers.
        const RowPredictions truth = predictRows(heads, data, allRows(data), 1);
        LabellingSession s(data, heads, QStringLiteral("ann"), QStringLiteral("c"), 50, 3);
        QSet<int> seen;
        int leftChosen = 0;
        std::vector<double> afterTen;
        qint64 id = 0;
        for (int i = 0; i < 40; ++i) {
            const auto item =
                s.next(i % 2 ? LabellingSession::Order::MostInformative : LabellingSession::Order::Random);
            QVERIFY(item);
            QVERIFY(!seen.contains(item->row));
            seen.insert(item->row);
            leftChosen += item->leftIsChosen ? 1 : 0;
            Label l = makeLabel(item->row, QStringLiteral("ann"), QStringLiteral("c"),
                                truth.rewardDiff.row(item->row)[1] > 0 ? LabelChoice::Chosen : LabelChoice::Rejected);
            l.id = ++id;
            s.record(l);
            if (i == 9) afterTen = s.weights();
        }
        QVERIFY(leftChosen > 5 && leftChosen < 35); // both sides shown
        QCOMPARE(s.labelled(), 40);
        const std::vector<double> w = s.weights();
        QVERIFY2(w[1] > 0.8, qPrintable(QStringLiteral("%1 %2 %3").arg(w[0]).arg(w[1]).arg(w[2])));
        QCOMPARE(int(s.history().size()), 40);
        for (int i = 0; i < 30; ++i)
            s.undo(id--);
        QCOMPARE(s.labelled(), 10);
        const std::vector<double> back = s.weights();
        for (int k = 0; k < 3; ++k)
            QVERIFY(std::abs(back[std::size_t(k)] - afterTen[std::size_t(k)]) < 1e-12);
        // A session resumed from the stored labels has the same weights.
        std::vector<Label> stored;
        for (int i = 0; i < 3; ++i)
            stored.push_back(makeLabel(i, QStringLiteral("ann"), QStringLiteral("c"), LabelChoice::Chosen));
        stored.push_back(makeLabel(5, QStringLiteral("someone else"), QStringLiteral("c"), LabelChoice::Chosen));
        LabellingSession resumed(data, heads, QStringLiteral("ann"), QStringLiteral("c"), 50, 3);
        resumed.resume(stored);
        QCOMPARE(resumed.labelled(), 3);
        QCOMPARE(int(resumed.history().size()), 3);
    }

    void jsonlRoundTripAndErrors()
    {
        QTemporaryDir dir;
        std::vector<Comparison> rows(3);
        for (int i = 0; i < 3; ++i)
            rows[std::size_t(i)].id = QStringLiteral("id-%1").arg(i);
        std::vector<Label> labels{makeLabel(2, QStringLiteral("kim"), QStringLiteral("brief"), LabelChoice::Rejected),
                                  makeLabel(0, QStringLiteral("lee"), {}, LabelChoice::Tie)};
        labels[0].leftIsChosen = false;
        labels[0].seconds = 3.5;
        labels[0].note = QStringLiteral("close call");
        const QString path = dir.filePath(QStringLiteral("l.jsonl"));
        writeLabelsJsonl(path, labels, rows);
        const auto back = readLabelsJsonl(path, rows);
        QCOMPARE(int(back.size()), 2);
        QCOMPARE(back[0].row, 2);
        QCOMPARE(back[0].choice, LabelChoice::Rejected);
        QVERIFY(!back[0].leftIsChosen);
        QCOMPARE(back[0].note, QStringLiteral("close call"));
        QCOMPARE(back[1].choice, LabelChoice::Tie);
        QFile f(path);
        QVERIFY(f.open(QIODevice::Append));
        f.write("{\"id\":\"id-9\",\"annotator\":\"kim\",\"choice\":\"chosen\"}\n");
        f.close();
        try {
            readLabelsJsonl(path, rows);
            QFAIL("unknown id accepted");
        } catch (const MicroError &e) {
            QVERIFY2(e.error().detail.startsWith(QStringLiteral("line 3: comparison id 'id-9'")),
                     qPrintable(e.error().detail));
        }
    }

    // The labelled set keeps the annotator's preference: a "rejected" label flips the
    // response difference, and the label's context replaces the dataset's.
    void labelledSetForStage2()
    {
        SynthConfig sc;
        sc.n = 10;
        sc.dim = 3;
        sc.routerDim = 2;
        const Dataset data = generateSynthetic(sc, QStringLiteral("d"));
        std::vector<Label> labels{makeLabel(4, QStringLiteral("kim"), QStringLiteral("brief"), LabelChoice::Rejected),
                                  makeLabel(5, QStringLiteral("kim"), QStringLiteral("brief"), LabelChoice::Tie),
                                  makeLabel(6, QStringLiteral("kim"), QStringLiteral("kind"), LabelChoice::Chosen)};
        const Dataset set = datasetFromLabels(data, labels, QStringLiteral("labels"));
        QCOMPARE(set.size(), 2);
        for (int j = 0; j < 3; ++j) {
            QCOMPARE(set.diff.row(0)[j], -data.diff.row(4)[j]);
            QCOMPARE(set.diff.row(1)[j], data.diff.row(6)[j]);
        }
        QCOMPARE(set.comparisons[0].context, QStringLiteral("brief"));
        QCOMPARE(set.comparisons[0].chosen, data.comparisons[4].rejected);
        set.validate();
    }

    // The store refuses labels of rows the dataset does not have, and an import stores
    // each decision once however often the file is imported.
    void storeChecksRowsAndSkipsRepeats()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("s.micro")), ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig sc;
        sc.n = 20;
        const qint64 id = store.saveDataset(generateSynthetic(sc, QStringLiteral("d")));
        Label bad = makeLabel(20, QStringLiteral("kim"), {}, LabelChoice::Chosen);
        bad.datasetId = id;
        QVERIFY_THROWS_EXCEPTION(MicroError, store.addLabel(bad));
        std::vector<Label> batch;
        for (int i = 0; i < 3; ++i) {
            Label l = makeLabel(i, QStringLiteral("kim"), QStringLiteral("c"), LabelChoice::Tie);
            l.datasetId = id;
            l.createdAt = QStringLiteral("2026-01-0%1T10:00:00").arg(i + 1);
            batch.push_back(l);
        }
        QCOMPARE(store.addLabels(batch), 3);
        QCOMPARE(store.addLabels(batch), 0);
        // Labels without a time (hand-written JSONL) are repeats by row, annotator, context, choice.
        std::vector<Label> untimed{makeLabel(5, QStringLiteral("lee"), QStringLiteral("c"), LabelChoice::Chosen)};
        untimed[0].datasetId = id;
        QCOMPARE(store.addLabels(untimed), 1);
        QCOMPARE(store.addLabels(untimed), 0);
        QCOMPARE(int(store.labels(id).size()), 4);
        batch.push_back(bad);
        QVERIFY_THROWS_EXCEPTION(MicroError, store.addLabels(batch)); // all or nothing
        QCOMPARE(int(store.labels(id).size()), 4);
    }

    // Ids repeat across raters and contexts: the exported row says which comparison.
    void sharedIdsTravelWithTheirRow()
    {
        QTemporaryDir dir;
        std::vector<Comparison> rows(3);
        rows[0].id = rows[1].id = QStringLiteral("same");
        rows[2].id = QStringLiteral("other");
        const QString path = dir.filePath(QStringLiteral("l.jsonl"));
        writeLabelsJsonl(path, {makeLabel(1, QStringLiteral("kim"), {}, LabelChoice::Chosen)}, rows);
        QCOMPARE(readLabelsJsonl(path, rows).front().row, 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"id\":\"same\",\"annotator\":\"kim\",\"choice\":\"chosen\"}\n");
        f.close();
        QVERIFY_THROWS_EXCEPTION(MicroError, readLabelsJsonl(path, rows));
    }

    // A relabel replaces the earlier decision in the labelled set, as in agreement().
    void labelledSetKeepsTheLatestDecision()
    {
        SynthConfig sc;
        sc.n = 10;
        const Dataset data = generateSynthetic(sc, QStringLiteral("d"));
        const std::vector<Label> labels{
            makeLabel(3, QStringLiteral("kim"), QStringLiteral("c"), LabelChoice::Chosen),
            makeLabel(3, QStringLiteral("kim"), QStringLiteral("c"), LabelChoice::Rejected)};
        const Dataset set = datasetFromLabels(data, labels, QStringLiteral("s"));
        QCOMPARE(set.size(), 1);
        QCOMPARE(set.comparisons[0].chosen, data.comparisons[3].rejected);
    }

    // One click adapts on the labels; a cancelled adaptation leaves no labelled set behind.
    void adaptationOnLabelsCleansUpWhenCancelled()
    {
        QTemporaryDir dir;
        ProjectStore store(dir.filePath(QStringLiteral("a.micro")), ProjectStore::OpenMode::CreateIfMissing);
        SynthConfig sc;
        sc.n = 600;
        sc.contexts = 2;
        const qint64 id = store.saveDataset(generateSynthetic(sc, QStringLiteral("d")));
        Stage1Config c;
        c.k = 3;
        c.epochs = 2;
        const qint64 run = trainAndStore(store, QStringLiteral("d"), c).runId;
        std::vector<Label> labels;
        for (int i = 0; i < 40; ++i) {
            Label l = makeLabel(i, QStringLiteral("kim"), i % 2 ? QStringLiteral("c0") : QStringLiteral("c1"),
                                i % 3 ? LabelChoice::Chosen : LabelChoice::Rejected);
            l.datasetId = id;
            labels.push_back(l);
        }
        store.addLabels(labels);
        CancelToken cancelled;
        cancelled.cancel();
        const int datasetsBefore = store.datasets().size();
        try {
            const AdaptOutcome o = adaptOnLabels(store, run, id, &cancelled);
            QVERIFY(o.cancelled);
        } catch (const MicroError &e) {
            QCOMPARE(e.error().code, ErrorCode::Cancelled);
        }
        QCOMPARE(store.datasets().size(), datasetsBefore);
        const AdaptOutcome done = adaptOnLabels(store, run, id);
        QVERIFY(!done.cancelled && done.runId > 0);
        QCOMPARE(store.datasets().size(), datasetsBefore + 1);
        QCOMPARE(store.datasets().back().name, QStringLiteral("labels on d #1"));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MICRO_LABEL_CHILD")) return labelForever(qEnvironmentVariable("MICRO_LABEL_CHILD"));
    TestLabelling t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_labelling.moc"
