#pragma once

#include "importwizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QUrl>
#include <QWizardPage>
#include <functional>

namespace micro::ui {

// A page whose completeness and file drops the wizard decides: every widget and tr() context
// stays in ImportWizard, and the page needs no moc of its own.
class ImportWizard::Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void(const QString &)> fileDropped;

    void refresh() { Q_EMIT completeChanged(); }
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (fileDropped && !localFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        const QString path = localFile(event->mimeData());
        if (!fileDropped || path.isEmpty()) return;
        event->acceptProposedAction();
        fileDropped(path);
    }

private:
    static QString localFile(const QMimeData *mime)
    {
        if (!mime || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile()) return {};
        return mime->urls().constFirst().toLocalFile();
    }
};

} // namespace micro::ui
