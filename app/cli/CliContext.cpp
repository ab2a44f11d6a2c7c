#include "CliContext.h"

#include "core/model/InputLimits.h"
#include "core/store/AthleteStore.h"
#include "core/store/LogBackup.h"
#include "core/store/LogStore.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace paceline::cli {

CliContext::CliContext(QString command, QStringList arguments, QTextStream& out, QTextStream& err)
    : m_command(std::move(command)), m_arguments(std::move(arguments)), m_out(out), m_err(err)
{
    m_parser.setApplicationDescription(QStringLiteral("paceline-cli %1").arg(m_command));
    m_parser.addHelpOption();
}

void CliContext::addDatabaseOption()
{
    m_parser.addOption(
        {QStringLiteral("db"),
         QStringLiteral("The log to use (default: %1).").arg(LogStore::defaultPath()),
         QStringLiteral("path")});
}

void CliContext::addAthleteOption()
{
    m_parser.addOption({QStringLiteral("athlete"),
                        QStringLiteral("The athlete's name or id; may be left out when the log "
                                       "holds one."),
                        QStringLiteral("name")});
}

void CliContext::addJsonOption()
{
    m_parser.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
}

std::optional<int> CliContext::parseOrExit()
{
    // QCommandLineParser expects the program name first.
    QStringList arguments = m_arguments;
    arguments.prepend(QStringLiteral("paceline-cli %1").arg(m_command));
    if (!m_parser.parse(arguments))
        return fail(ExitBadInput, m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return ExitSuccess;
    }
    if (const std::optional<QString> repeated = repeatedOption())
        return fail(ExitBadInput, *repeated);
    if (!m_acceptsPositional && !m_parser.positionalArguments().isEmpty()) {
        return fail(
            ExitBadInput,
            QStringLiteral("unexpected argument '%1'").arg(m_parser.positionalArguments().first()));
    }
    return std::nullopt;
}

std::optional<QString> CliContext::repeatedOption() const
{
    // QCommandLineParser keeps the last of two values; which one was meant is a guess.
    for (const QString& name : m_parser.optionNames()) {
        const QStringList values = m_parser.values(name);
        if (values.size() > 1) {
            const QString dashes = name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--");
            return QStringLiteral("%1 is given %2 times ('%3'); give it once")
                .arg(dashes + name)
                .arg(values.size())
                .arg(values.join(QStringLiteral("', '")));
        }
    }
    return std::nullopt;
}

Result<QString> CliContext::onePositionalArgument(const QString& missing,
                                                  const QString& tooMany) const
{
    const QStringList given = m_parser.positionalArguments();
    if (given.size() == 1)
        return given.first();
    return Error{given.isEmpty() ? missing : tooMany.arg(given.size())};
}

void CliContext::acceptPositionalArguments(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    m_acceptsPositional = true;
}

bool CliContext::json() const
{
    return m_parser.optionNames().contains(QStringLiteral("json")) &&
           m_parser.isSet(QStringLiteral("json"));
}

int CliContext::fail(ExitStatus status, const QString& message)
{
    m_err << "paceline-cli " << m_command << ": " << message << Qt::endl;
    return status;
}

void CliContext::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
    m_out.flush();
}

QString CliContext::databasePath() const
{
    const QString given = m_parser.value(QStringLiteral("db"));
    return given.isEmpty() ? LogStore::defaultPath() : given;
}

std::unique_ptr<LogStore> CliContext::openStore(int& exitStatus, bool readOnly)
{
    // Commands that only read never create a log: a mistyped --db is an error.
    if (readOnly && !QFileInfo::exists(databasePath())) {
        exitStatus =
            fail(ExitBadInput, QStringLiteral("there is no log at '%1'").arg(databasePath()));
        return nullptr;
    }
    auto opened = LogStore::open(databasePath(), OpenOptions{readOnly});
    if (!opened.ok()) {
        // A file we cannot use is bad input; a log we could not create is a failure.
        const bool badFile = opened.error().problem != OpenProblem::CannotOpen &&
                             opened.error().problem != OpenProblem::MigrationFailed;
        QString message = opened.errorMessage();
        if (opened.error().problem == OpenProblem::NewerVersion && !readOnly)
            message += QStringLiteral(" Commands that only read it (sessions, export, trends, "
                                      "...) still work.");
        exitStatus = fail(badFile ? ExitBadInput : ExitFailure, message);
        return nullptr;
    }
    exitStatus = ExitSuccess;
    // A newer Paceline's log is read as far as this version can: say so once.
    if ((*opened)->schemaVersion() > LogStore::latestSchemaVersion())
        m_err << "paceline-cli " << m_command << ": note: " << (*opened)->readOnlyReason()
              << Qt::endl;
    // An older log was upgraded by this open, after a copy of it was made: say where.
    if (const QString upgraded = migrationBackupNotice(**opened); !upgraded.isEmpty())
        m_err << "paceline-cli " << m_command << ": note: " << upgraded << Qt::endl;
    return std::move(opened).value();
}

std::optional<AthleteLog> CliContext::openAthleteLog(int& exitStatus)
{
    std::unique_ptr<LogStore> store = openStore(exitStatus, /*readOnly=*/true);
    if (!store)
        return std::nullopt;
    Result<Athlete> athlete = resolveAthlete(*store);
    if (!athlete) {
        exitStatus = fail(ExitBadInput, athlete.errorMessage());
        return std::nullopt;
    }
    return AthleteLog{std::move(store), std::move(athlete).value()};
}

Result<Athlete> CliContext::resolveAthlete(const LogStore& store)
{
    const QString name = m_parser.value(QStringLiteral("athlete"));
    if (m_parser.isSet(QStringLiteral("athlete")) && name.trimmed().isEmpty())
        return Error{QStringLiteral("--athlete is empty: give the athlete's name or id")};
    if (!name.isEmpty()) {
        auto found = store.athletes().findByName(name);
        if (!found.ok())
            return found.error();
        if (found.value())
            return *found.value();
        // A name wins over an id, so an athlete called "7" is still found by name.
        bool isNumber = false;
        const qint64 id = name.toLongLong(&isNumber);
        if (isNumber && id > 0) {
            auto byId = store.athletes().find(AthleteId{id});
            if (byId)
                return byId;
            return Error{QStringLiteral("no athlete named '%1' or with id %1 in %2")
                             .arg(name, store.path())};
        }
        return Error{QStringLiteral("no athlete named '%1' in %2").arg(name, store.path())};
    }
    auto all = store.athletes().all();
    if (!all.ok())
        return all.error();
    if (all.value().size() == 1)
        return all.value().front();
    if (all.value().empty())
        return Error{QStringLiteral("the log %1 holds no athlete yet; add one with "
                                    "'paceline-cli add-athlete --name NAME'")
                         .arg(store.path())};
    return Error{QStringLiteral("the log holds %1 athletes; choose one with --athlete NAME")
                     .arg(all.value().size())};
}

Result<int> CliContext::intOption(const QString& name, int min, int max, int fallback) const
{
    if (!m_parser.isSet(name))
        return fallback;
    const QString text = m_parser.value(name);
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < min || value > max) {
        return Error{QStringLiteral("--%1 '%2' is not a whole number from %3 to %4")
                         .arg(name, text)
                         .arg(min)
                         .arg(max)};
    }
    return value;
}

Result<std::optional<QDate>> CliContext::dateOption(const QString& name) const
{
    if (!m_parser.isSet(name))
        return std::optional<QDate>{};
    const QString text = m_parser.value(name);
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return Error{QStringLiteral("--%1 '%2' is not a date (YYYY-MM-DD)").arg(name, text)};
    if (!limits::isPlausibleDate(date)) {
        return Error{QStringLiteral("--%1 '%2' is outside the years %3-%4")
                         .arg(name, text)
                         .arg(limits::kEarliestYear)
                         .arg(limits::kLatestYear)};
    }
    return std::optional<QDate>{date};
}

} // namespace paceline::cli
