// The import wizard driven as a user would: the file page gates Next, the preview shows the
// detected shape, a custom mapping with label values is refused until complete and is
// remembered for the file, a dropped file lands on the preview, a broken file says why.
#include "features/encoderpackage.h"
#include "importwizard.h"
#include "qcpwarnings.h"
#include "screenshot.h"
#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using micro::ui::ImportWizard;

class TestImportWizard : public QObject
{
    Q_OBJECT
    QTemporaryDir dir;
    QString write(const QString &name, const QByteArray &text)
    {
        QFile f(dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(text);
        return f.fileName();
    }
private Q_SLOTS:
    // Any QCustomPlot warning fails the test that caused it.
    void cleanup()
    {
        const QStringList warnings = micro::test::QcpWarnings::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    }
    void initTestCase()
    {
        micro::test::QcpWarnings::install();
        QCoreApplication::setOrganizationName(QStringLiteral("iwtest"));
        QCoreApplication::setApplicationName(QStringLiteral("iwtest"));
        QSettings().clear();
    }
    // HH transcripts repeat the conversation in both responses: the preview starts each cell
    // near where they differ (they looked identical), and "(detected)" names its column.
    void previewShowsWhereResponsesDifferAndNamesDetectedColumns()
    {
        const QString turn =
            QStringLiteral("\\n\\nHuman: ") + QString(120, QLatin1Char('x')) + QStringLiteral("\\n\\nAssistant: ");
        const QString row = QStringLiteral("{\"chosen\":\"%1Sure, here it is\",\"rejected\":\"%1No way\"}\n").arg(turn);
        const QString path = write("hh.jsonl", row.toUtf8());
        ImportWizard w({});
        w.show();
        w.setFile(path);
        auto *table = w.findChild<QTableWidget *>("importPreviewTable");
        QCOMPARE(table->rowCount(), 1);
        const QString chosen = table->item(0, 0)->text(), rejected = table->item(0, 1)->text();
        QVERIFY2(chosen.contains(QStringLiteral("Sure, here it is")), qPrintable(chosen));
        QVERIFY2(rejected.contains(QStringLiteral("No way")), qPrintable(rejected));
        w.next();
        QCOMPARE(w.findChild<QComboBox *>("importMapChosen")->itemText(0), QStringLiteral("(detected: chosen)"));
        QCOMPARE(w.findChild<QComboBox *>("importMapContext")->itemText(0), QStringLiteral("(detected: none)"));
    }

    void explicitPrompt()
    {
        const QString path =
            write("pairs.train.jsonl", "{\"prompt\":\"hi\",\"chosen\":\"hello there\",\"rejected\":\"go away\"}\n"
                                       "{\"prompt\":\"q2\",\"chosen\":\"yes\",\"rejected\":\"no\"}\n");
        ImportWizard w({QStringLiteral("taken")});
        w.show();
        QCOMPARE(w.currentId(), int(ImportWizard::FilePage));
        QVERIFY(w.focusWidget() == w.findChild<QLineEdit *>("importFileEdit") ||
                QApplication::focusWidget() == w.findChild<QLineEdit *>("importFileEdit"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.findChild<QLineEdit *>("importFileEdit")->setText(dir.filePath("nope.jsonl"));
        QVERIFY(!w.button(QWizard::NextButton)->isEnabled());
        w.setFile(path);
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPage));
        auto *shape = w.findChild<QLabel *>("importShapeLabel");
        QVERIFY(shape->text().contains("Detected"));
        auto *table = w.findChild<QTableWidget *>("importPreviewTable");
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->columnCount(), 3);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QCOMPARE(w.findChild<QComboBox *>("importMapChosen")->count(), 4);
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::DatasetPage));
        auto *name = w.findChild<QLineEdit *>("importDatasetName");
        QCOMPARE(name->text(), QStringLiteral("pairs.train"));
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(w.button(QWizard::FinishButton)->text(), QStringLiteral("Import"));
        name->setText("taken");
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        name->setText("  ");
        QVERIFY(!w.button(QWizard::FinishButton)->isEnabled());
        name->setText(" mine ");
        QVERIFY(w.button(QWizard::FinishButton)->isEnabled());
        w.findChild<QComboBox *>("importHashDim")->setCurrentIndex(0);
        w.findChild<QCheckBox *>("importContextInRouter")->setChecked(false);
        const auto r = w.request();
        QCOMPARE(r.datasetName, QStringLiteral("mine"));
        QCOMPARE(r.path, QFileInfo(path).absoluteFilePath());
        QCOMPARE(r.features.dimension, 1024);
        QCOMPARE(r.features.contextInRouter, false);
        QCOMPARE(r.validationFraction, 0.1);
        QCOMPARE(r.options.format, QStringLiteral("auto"));
        w.back();
        w.back();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPage));
    }
    // The feature page offers the encoder (the default when installed), TF-IDF and both, says
    // what each is and how long the encoder will take, and remembers the choice.
    void featureChoice()
    {
        QByteArray rows;
        for (int i = 0; i < 20; ++i)
            rows += QStringLiteral("{\"prompt\":\"question %1\",\"chosen\":\"a careful answer\",\"rejected\":\"no\"}\n")
                        .arg(i)
                        .toUtf8();
        const QString path = write("features.jsonl", rows);
        const bool installed = !micro::core::EncoderPackage::locate().isEmpty();
        using Kind = micro::core::FeatureSettings::Kind;
        {
            ImportWizard w({});
            w.resize(760, 640);
            w.show();
            w.setFile(path);
            w.next();
            w.next();
            QCOMPARE(w.currentId(), int(ImportWizard::DatasetPage));
            auto *kind = w.findChild<QComboBox *>("importFeatureKind");
            auto *note = w.findChild<QLabel *>("importFeatureNote");
            auto *hashDim = w.findChild<QComboBox *>("importHashDim");
            QCOMPARE(kind->count(), 3);
            if (!installed) {
                QCOMPARE(w.request().features.kind, Kind::TfIdf);
                QVERIFY(!qobject_cast<QStandardItemModel *>(kind->model())->item(0)->isEnabled());
                QVERIFY2(note->text().contains("setup.sh"), qPrintable(note->text()));
                QSKIP("the rest needs the encoder package");
            }
            QCOMPARE(w.request().features.kind, Kind::Encoder);
            QVERIFY(!hashDim->isEnabled()); // a TF-IDF setting means nothing to the encoder
            QVERIFY2(note->text().contains("about") && note->text().contains("cores"), qPrintable(note->text()));
            QTest::qWait(50); // let the wrapped note take its height
            micro::test::screenshot(w, QStringLiteral("importwizard-features"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("both")));
            QVERIFY(hashDim->isEnabled());
            QCOMPARE(w.request().features.kind, Kind::Both);
        }
        ImportWizard again({});
        again.show();
        again.setFile(path);
        again.next();
        again.next();
        QCOMPARE(again.request().features.kind, Kind::Both); // remembered
    }

    void csvMappingRemembered()
    {
        const QString path = write("custom.csv.gz", QByteArray());
        QFile::remove(path);
        const QString csv = write("custom.csv", "question,x,y,pick\nq1,aa,bb,1\nq2,cc,dd,2\n");
        {
            ImportWizard w({});
            w.setFile(csv);
            w.show();
            w.next();
            QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
            auto set = [&](const char *n, const QString &col) {
                auto *c = w.findChild<QComboBox *>(n);
                c->setCurrentIndex(c->findData(col));
                QVERIFY(c->currentIndex() > 0);
            };
            set("importMapPrompt", "question");
            set("importMapA", "x");
            set("importMapB", "y");
            set("importMapLabel", "pick");
            w.findChild<QLineEdit *>("importLabelTie")->setText("0");
            w.next(); // only tie: refused
            QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
            w.findChild<QLineEdit *>("importLabelA")->setText("1");
            w.findChild<QLineEdit *>("importLabelB")->setText("2");
            w.next();
            QCOMPARE(w.currentId(), int(ImportWizard::DatasetPage));
            const auto r = w.request();
            QCOMPARE(r.options.mapping.toString(), QStringLiteral("prompt=question,a=x,b=y,label=pick"));
            QVERIFY(r.options.labelValues);
            QCOMPARE(r.options.labelValues->tie, QStringLiteral("0"));
        }
        ImportWizard w2({});
        w2.setFile(csv);
        QCOMPARE(w2.findChild<QComboBox *>("importMapA")->currentData().toString(), QStringLiteral("x"));
        QCOMPARE(w2.findChild<QLineEdit *>("importLabelB")->text(), QStringLiteral("2"));
        QVERIFY(w2.findChild<QLabel *>("importShapeLabel")->text().contains("Detected"));
    }
    void dropAndBack()
    {
        const QString csv = write("drop.csv", "question,x,y,pick\nq1,aa,bb,1\n");
        ImportWizard w({});
        w.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(csv)});
        QWidget *page = w.page(ImportWizard::FilePage);
        QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(page, &drop);
        QCOMPARE(QFileInfo(w.findChild<QLineEdit *>("importFileEdit")->text()).absoluteFilePath(), csv);
        QVERIFY(w.button(QWizard::NextButton)->isEnabled());
        w.next();
        auto *shape = w.findChild<QLabel *>("importShapeLabel");
        QVERIFY(!shape->text().contains("Detected"));
        w.next();
        auto *c = w.findChild<QComboBox *>("importMapA");
        c->setCurrentIndex(c->findData("x"));
        c = w.findChild<QComboBox *>("importMapB");
        c->setCurrentIndex(c->findData("y"));
        c = w.findChild<QComboBox *>("importMapLabel");
        c->setCurrentIndex(c->findData("pick"));
        w.back();
        QCOMPARE(w.currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(shape->text().contains("Detected"));
    }
    void brokenFile()
    {
        const QString path = write("broken.jsonl", "not json at all\n{\"foo\": 1}\n");
        ImportWizard w({});
        w.setFile(path);
        w.show();
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(!w.findChild<QLabel *>("importShapeLabel")->text().contains(QStringLiteral("Detected")));
        w.findChild<QComboBox *>("importFormatCombo")->setCurrentIndex(3); // read it as csv: still no known shape
        w.next();
        QCOMPARE(w.currentId(), int(ImportWizard::MappingPage));
        QVERIFY(!w.findChild<QLabel *>("importCheckLabel")->text().isEmpty());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
