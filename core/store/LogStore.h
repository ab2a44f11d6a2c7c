#pragma once

#include "core/model/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace paceline {

class AthleteStore;
class DraftStore;
class MicrocycleStore;
class TemplateStore;
class PlanStore;
class SessionStore;
class Database;

struct OpenOptions {
    /// Open without ever writing, even when the file could be written. A log of a
    /// newer Paceline opens this way (with a notice) instead of being refused.
    bool readOnly = false;
    /// Hold "<log>.lock" while the log is open for writing, so that a second Paceline
    /// app refuses it with OpenProblem::InUse (the GUI asks for this; the CLI works
    /// beside the app and does not). A lock left by a process that died is taken over.
    bool holdAppLock = false;
    /// Why readOnly was asked for, as readOnlyReason() says it; empty: "on request".
    QString readOnlyNotice{}; // braces: aggregate inits that stop early stay warning-free
};

/// Why a log could not be opened; the UI and CLI choose their wording from it.
enum class OpenProblem {
    CannotOpen,      ///< missing folder, no permission to create, I/O error
    NotADatabase,    ///< not an SQLite file at all
    NotPaceline,     ///< an SQLite file that some other program made
    Damaged,         ///< a Paceline file whose structure is broken
    NewerVersion,    ///< written by a newer Paceline; opening could lose its data
    MigrationFailed, ///< upgrading an older file failed (nothing was changed)
    InUse,           ///< another running Paceline app holds it (OpenOptions::holdAppLock)
};

struct OpenError {
    OpenProblem problem = OpenProblem::CannotOpen;
    QString message; ///< names the file and what is wrong with it
};

/// The athlete's log: one SQLite file (WAL journal, foreign keys on). Every write
/// goes through one of the sub-stores and runs in a transaction; `transaction()`
/// groups several writes into one all-or-nothing unit (imports, demo data).
///
/// Opening never changes a file it refuses: foreign, damaged or newer files are
/// reported and left as they were. A file without write permission opens read-only
/// and says so in readOnlyReason().
class LogStore {
public:
    static Result<std::unique_ptr<LogStore>, OpenError> open(const QString& path,
                                                             const OpenOptions& options = {});

    /// The platform's application data folder + "paceline.sqlite".
    static QString defaultPath();

    ~LogStore();
    LogStore(const LogStore&) = delete;
    LogStore& operator=(const LogStore&) = delete;

    QString path() const;
    bool isReadOnly() const;
    /// Why the log is read-only, for a visible notice; empty when writable.
    QString readOnlyReason() const;
    int schemaVersion() const;
    /// The copy of the log that this open made before upgrading its schema
    /// (LogBackup.h); empty when the open did not upgrade it.
    QString migrationBackupPath() const;
    /// The schema version this build creates and upgrades older files to.
    static int latestSchemaVersion();

    /// Reads every page (PRAGMA quick_check) and checks every link between rows.
    /// Slow on a big log, so opening does not do it; for "inspect" and support.
    Status checkIntegrity();

    /// Runs `work` as one unit: if it (or anything inside) fails, nothing it wrote
    /// remains. Nests: an inner transaction becomes a savepoint of the outer one. A
    /// failed write inside fails the whole unit, even when `work` carries on after it
    /// and returns success; the first error is returned.
    Status transaction(const std::function<Status()>& work);

    AthleteStore& athletes();
    const AthleteStore& athletes() const;
    TemplateStore& templates();
    const TemplateStore& templates() const;
    PlanStore& plans();
    const PlanStore& plans() const;
    SessionStore& sessions();
    const SessionStore& sessions() const;
    DraftStore& drafts();
    const DraftStore& drafts() const;
    MicrocycleStore& microcycles();
    const MicrocycleStore& microcycles() const;

private:
    // Tests count the SQLite work of a path (StoreWorkCounter) on the store's own
    // connection, which nothing else outside core/store may reach.
    friend class StoreWorkCounter;
    // Whole-file backups copy through the store's own connection (LogBackup.cpp).
    friend struct LogBackupAccess;
    // Tests simulate a full disk and a busy log on that connection (StoreTestHooks.h).
    friend class StoreTestHooks;

    explicit LogStore(std::unique_ptr<Database> database);

    std::unique_ptr<Database> m_database;
    std::unique_ptr<AthleteStore> m_athletes;
    std::unique_ptr<TemplateStore> m_templates;
    std::unique_ptr<PlanStore> m_plans;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<DraftStore> m_drafts;
    std::unique_ptr<MicrocycleStore> m_microcycles;
};

} // namespace paceline
