#include "encoderlocation.h"

#include "features/encoderpackage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>

namespace micro::ui {

namespace {

const char *const kFolderKey = "encoder/folder";

bool holdsPackage(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo::exists(folder + QStringLiteral("/dist/model.json"));
}

QString tr(const char *text)
{
    return QCoreApplication::translate("micro::ui", text);
}

} // namespace

QString encoderFolder()
{
    const QString chosen = QSettings().value(QLatin1String(kFolderKey)).toString();
    if (holdsPackage(chosen)) return chosen;
    const QString found = micro::core::EncoderPackage::locate();
    return holdsPackage(found) ? found : QString();
}

void chooseEncoderFolder(QWidget *parent)
{
    const QString current = encoderFolder();
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Sentence Encoder Folder (the unpacked model-embeddings-en package)"),
        current.isEmpty() ? micro::core::EncoderPackage::defaultInstallFolder() : current);
    if (folder.isEmpty()) return;
    if (!holdsPackage(folder)) {
        QMessageBox::warning(parent, tr("Sentence Encoder Folder"),
                             tr("%1 does not hold the encoder package (no dist/model.json). Run %2 in the MiCRo "
                                "Studio source folder to install it; the current folder stays: %3.")
                                 .arg(QDir::toNativeSeparators(folder),
                                      QLatin1String(micro::core::EncoderPackage::installCommand),
                                      current.isEmpty() ? tr("none") : QDir::toNativeSeparators(current)));
        return;
    }
    QSettings().setValue(QLatin1String(kFolderKey), folder);
}

} // namespace micro::ui
