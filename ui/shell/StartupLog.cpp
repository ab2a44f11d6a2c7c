#include "StartupLog.h"

#include "core/store/LogStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <cstdio>

namespace paceline {

std::unique_ptr<LogStore> openLogOrReport(const QString& path, bool readOnly)
{
    auto opened = LogStore::open(path, OpenOptions{readOnly});
    if (!opened) {
        std::fprintf(stderr, "paceline: %s\n", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return std::move(opened).value();
}

std::unique_ptr<LogStore> openLogOrAskAnother(const QString& path, bool readOnly)
{
    QString candidate = path;
    while (true) {
        auto opened = LogStore::open(candidate, OpenOptions{readOnly});
        if (opened)
            return std::move(opened).value();

        QMessageBox box(QMessageBox::Warning, QObject::tr("Paceline"),
                        QObject::tr("The log could not be opened."));
        box.setInformativeText(opened.errorMessage());
        QPushButton* other =
            box.addButton(QObject::tr("Open Another Log..."), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != other)
            return nullptr;
        candidate = QFileDialog::getOpenFileName(
            nullptr, QObject::tr("Open log"), QFileInfo(candidate).path(),
            QObject::tr("Paceline logs (*.sqlite *.paceline);;All files (*)"));
        if (candidate.isEmpty())
            return nullptr;
    }
}

} // namespace paceline
