#pragma once

#include <QMessageBox>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace paceline {

class LogStore;
struct OpenError;

/// Opens the log for a headless run; prints why to stderr on failure.
std::unique_ptr<LogStore> openLogOrReport(const QString& path, bool readOnly);

/// What the user chose about a log that could not be opened as asked.
struct LogChoice {
    enum class Action { OpenReadOnly, OpenAnother, GiveUp };
    Action action = Action::GiveUp;
    QString otherPath; ///< the log to try instead, for OpenAnother
};

/// Asks what to do about `error` (the log at `path`); OpenReadOnly only when `offerReadOnly`.
using AskAboutLog =
    std::function<LogChoice(const OpenError& error, const QString& path, bool offerReadOnly)>;

/// Whether a refused log can still be looked at read-only: a newer Paceline's log, and
/// one that another Paceline app has open for changes.
bool canOpenReadOnly(const OpenError& error);

/// The box that says why a log was refused: "Open Read-Only" when `offerReadOnly`,
/// "Open Another Log..." and `giveUp` (Close at start-up, Cancel from File → Open).
std::unique_ptr<QMessageBox> refusalBox(const OpenError& error, bool offerReadOnly,
                                        QMessageBox::StandardButton giveUp, QWidget* parent);

/// Asks with refusalBox() and, for another log, a file dialog.
AskAboutLog askWithMessageBox(QWidget* parent, QMessageBox::StandardButton giveUp);

/// Opens the log for a window, holding its app lock (LogLock.h) while it is writable.
/// When it cannot be used as asked (damaged, foreign, newer, open in another app),
/// `ask` decides: look at it read-only where that is possible, try another file, or
/// give up (null). A refused file is never changed.
std::unique_ptr<LogStore> openLogOrAskAnother(const QString& path, bool readOnly,
                                              const AskAboutLog& ask);
/// The same, asking with message boxes at start-up (give up = quit).
std::unique_ptr<LogStore> openLogOrAskAnother(const QString& path, bool readOnly);

} // namespace paceline
