#include "StartupLog.h"

#include "core/store/LogStore.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>

#include <cstdio>

namespace paceline {
namespace {

/// The box's headline; the store's message, which names the file, goes below it.
QString headline(OpenProblem problem)
{
    switch (problem) {
    case OpenProblem::InUse:
        return QObject::tr("This log is open in another Paceline.");
    case OpenProblem::NewerVersion:
        return QObject::tr("This log was written by a newer Paceline.");
    default:
        return QObject::tr("The log could not be opened.");
    }
}

/// The notice of a log opened read-only because of `error`; empty: the store's own.
QString readOnlyNoticeFor(const OpenError& error)
{
    if (error.problem != OpenProblem::InUse)
        return {};
    return QObject::tr("Another Paceline has it open for changes, so it was opened read-only "
                       "here; open it again once that one is closed to change it.");
}

} // namespace

std::unique_ptr<LogStore> openLogOrReport(const QString& path, bool readOnly)
{
    auto opened = LogStore::open(path, OpenOptions{readOnly});
    if (!opened) {
        std::fprintf(stderr, "paceline: %s\n", qPrintable(opened.errorMessage()));
        return nullptr;
    }
    return std::move(opened).value();
}

bool canOpenReadOnly(const OpenError& error)
{
    return error.problem == OpenProblem::NewerVersion || error.problem == OpenProblem::InUse;
}

std::unique_ptr<QMessageBox> refusalBox(const OpenError& error, bool offerReadOnly,
                                        QMessageBox::StandardButton giveUp, QWidget* parent)
{
    auto box =
        std::make_unique<QMessageBox>(QMessageBox::Warning, QObject::tr("Paceline"),
                                      headline(error.problem), QMessageBox::NoButton, parent);
    box->setInformativeText(error.message);
    if (offerReadOnly) {
        QPushButton* readOnly =
            box->addButton(QObject::tr("Open &Read-Only"), QMessageBox::AcceptRole);
        readOnly->setObjectName(QStringLiteral("openReadOnly"));
        box->setDefaultButton(readOnly);
    }
    QPushButton* other =
        box->addButton(QObject::tr("Open &Another Log..."),
                       offerReadOnly ? QMessageBox::ActionRole : QMessageBox::AcceptRole);
    other->setObjectName(QStringLiteral("openAnother"));
    box->addButton(giveUp);
    return box;
}

AskAboutLog askWithMessageBox(QWidget* parent, QMessageBox::StandardButton giveUp)
{
    return [parent, giveUp](const OpenError& error, const QString& path, bool offerReadOnly) {
        std::unique_ptr<QMessageBox> box = refusalBox(error, offerReadOnly, giveUp, parent);
        box->exec();
        const QString clicked =
            box->clickedButton() ? box->clickedButton()->objectName() : QString();
        if (clicked == QLatin1String("openReadOnly"))
            return LogChoice{LogChoice::Action::OpenReadOnly, {}};
        if (clicked != QLatin1String("openAnother"))
            return LogChoice{};
        const QString other = QFileDialog::getOpenFileName(
            parent, QObject::tr("Open log"), QFileInfo(path).path(),
            QObject::tr("Paceline logs (*.sqlite *.paceline);;All files (*)"));
        if (other.isEmpty())
            return LogChoice{};
        return LogChoice{LogChoice::Action::OpenAnother, other};
    };
}

std::unique_ptr<LogStore> openLogOrAskAnother(const QString& path, bool readOnly,
                                              const AskAboutLog& ask)
{
    QString candidate = path;
    OpenOptions options;
    options.readOnly = readOnly;
    options.holdAppLock = true; // only taken when it opens writable
    while (true) {
        auto opened = LogStore::open(candidate, options);
        if (opened)
            return std::move(opened).value();
        const bool offerReadOnly = !options.readOnly && canOpenReadOnly(opened.error());
        const LogChoice choice = ask(opened.error(), candidate, offerReadOnly);
        switch (choice.action) {
        case LogChoice::Action::OpenReadOnly:
            if (!offerReadOnly)
                return nullptr;
            options.readOnly = true;
            options.readOnlyNotice = readOnlyNoticeFor(opened.error());
            break;
        case LogChoice::Action::OpenAnother:
            candidate = choice.otherPath;
            options.readOnly = readOnly;
            options.readOnlyNotice.clear();
            break;
        case LogChoice::Action::GiveUp:
            return nullptr;
        }
    }
}

std::unique_ptr<LogStore> openLogOrAskAnother(const QString& path, bool readOnly)
{
    return openLogOrAskAnother(path, readOnly, askWithMessageBox(nullptr, QMessageBox::Close));
}

} // namespace paceline
