#pragma once

#include "SqlRow.h"
#include "core/model/LoggedSession.h"

#include <QSqlQuery>

#include <array>
#include <vector>

namespace paceline {

// The SQL of logged sessions and reps, and the mapping of their rows. The store binds
// straight into cached prepared statements: this is the hot path of imports and of
// the demo (a million reps), so no per-row lists or message strings are built.

namespace SessionSql {
extern const QString insertSession;
extern const QString updateSession;
extern const QString selectSessions; ///< ends before WHERE
extern const QString insertRep;
extern const QString updateRep;
extern const QString selectReps;    ///< ends before WHERE; `rep` is aliased r
extern const QString idPlaceholder; ///< the row id in updateRep
/// The columns of rep after id, in the order of repValues().
extern const std::array<QString, 11> repColumns;
} // namespace SessionSql

/// Binds every column of insertSession/updateSession, the stability figures too;
/// `id` is the row's id, or NULL on insert to let SQLite choose one.
void bindSession(Database& database, QSqlQuery& query, const LoggedSession& session,
                 const QVariant& id);
/// The values of repColumns for one rep.
std::array<QVariant, 11> repValues(qint64 sessionId, int position, const Rep& rep);
/// Binds every column of insertRep/updateRep (the update also needs :id).
void bindRep(Database& database, QSqlQuery& query, qint64 sessionId, int position, const Rep& rep);

/// A session row of selectSessions, without reps.
LoggedSession readSession(RowReader& row);

struct RepRow {
    qint64 sessionId = 0;
    Rep rep;
};
RepRow readRep(RowReader& row);

/// Reads reps with selectReps followed by `where` (which orders them by session, then
/// position) and hangs each under its session in `sessions`.
Status attachReps(Database& database, std::vector<LoggedSession>& sessions, const QString& where,
                  const QVariantList& values);

/// Refuses what the schema would reject with a less readable message.
Status validateSession(const LoggedSession& session);

} // namespace paceline
