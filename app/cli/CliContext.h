#pragma once

#include "core/model/Athlete.h"
#include "core/model/Result.h"

#include <QCommandLineParser>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace paceline {
class LogStore;
}

namespace paceline::cli {

/// Exit statuses shared by every subcommand.
enum ExitStatus : int {
    ExitSuccess = 0,
    ExitFailure = 1,  ///< the work itself failed (disk, database)
    ExitBadInput = 2, ///< bad arguments, bad values or a file that is not usable
};

/// What a subcommand gets: its arguments, the shared options (--db, --athlete, --json)
/// and the streams to print to. Errors go to stderr as one line naming the bad value.
/// A log opened for reading with the athlete the options name.
struct AthleteLog {
    std::unique_ptr<LogStore> store;
    Athlete athlete;
};

class CliContext {
public:
    CliContext(QString command, QStringList arguments, QTextStream& out, QTextStream& err);

    QCommandLineParser& parser() { return m_parser; }
    void addDatabaseOption();
    void addAthleteOption();
    void addJsonOption();
    /// Commands that take files (import, inspect) accept positional arguments.
    void acceptPositionalArguments(const QString& name, const QString& description);

    /// Parses the arguments. Returns the status to exit with when the command should
    /// stop here (a bad argument: 2, after printing why; --help: 0, after the help).
    std::optional<int> parseOrExit();
    bool json() const;
    QString option(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList positionalArguments() const { return m_parser.positionalArguments(); }
    /// The one positional argument a command takes; otherwise an error saying
    /// `missing` (none given) or `tooMany` with %1 for how many were given.
    Result<QString> onePositionalArgument(const QString& missing, const QString& tooMany) const;
    /// The raw arguments after the command's name, for commands with subcommands
    /// (`plan check`).
    const QStringList& arguments() const { return m_arguments; }

    /// Prints "paceline-cli COMMAND: message" to stderr and returns `status`.
    int fail(ExitStatus status, const QString& message);
    void printJson(const QJsonObject& object);
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// `--db PATH`, or the default log when it was not given.
    QString databasePath() const;
    /// Opens the log; on failure prints why and sets `exitStatus`.
    std::unique_ptr<LogStore> openStore(int& exitStatus, bool readOnly = false);
    /// `--athlete NAME` (or its id), or the only athlete of the log; the error says
    /// what to do.
    Result<Athlete> resolveAthlete(const LogStore& store);
    /// Opens the log read-only and resolves the athlete, as the commands that only read
    /// start; on failure prints why and sets `exitStatus`.
    std::optional<AthleteLog> openAthleteLog(int& exitStatus);

    /// Reads a whole number option within [min, max], or `fallback` when absent.
    Result<int> intOption(const QString& name, int min, int max, int fallback) const;
    /// Reads a YYYY-MM-DD option in the years 1900-2100 (InputLimits.h); nullopt when
    /// absent.
    Result<std::optional<QDate>> dateOption(const QString& name) const;

private:
    /// "--time is given 2 times ('20:00', '30:00'); give it once", for the first option
    /// given more than once with a value.
    std::optional<QString> repeatedOption() const;

    QString m_command;
    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;
    QCommandLineParser m_parser;
    bool m_acceptsPositional = false;
};

} // namespace paceline::cli
