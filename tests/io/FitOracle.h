#pragma once

// Garmin's FIT JavaScript SDK as an independent decoder for the tests. It lives in
// BUILD_DIR/oracle (scripts/setup-fit-oracle.sh installs it; PACELINE_ORACLE_DIR
// overrides the folder). Tests call PACELINE_REQUIRE_FIT_ORACLE() first: it skips them,
// saying why, when node or the SDK is missing.

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace paceline::test {

/// The oracle folder (with fit-messages.mjs and node_modules/@garmin/fitsdk).
QString fitOracleDir();

/// Why the oracle cannot run (no node, SDK not installed), or nullopt when it can.
std::optional<QString> fitOracleMissing();

/// What Garmin's SDK decodes from `fitBytes`: fit-messages.mjs's JSON (errors,
/// checkIntegrity, fileId, workoutMesgs, workoutStepMesgs and `extraMesgs` such as
/// "lapMesgs"). On failure to run or parse, an object with "oracleFailure" set.
QJsonObject fitOracleMessages(const QByteArray& fitBytes, const QStringList& extraMesgs = {});

} // namespace paceline::test

#define PACELINE_REQUIRE_FIT_ORACLE()                                                              \
    do {                                                                                           \
        if (const auto missing = ::paceline::test::fitOracleMissing())                             \
            GTEST_SKIP() << "Garmin's FIT SDK is not available: " << missing->toStdString()        \
                         << " (run scripts/setup-fit-oracle.sh BUILD_DIR)";                        \
    } while (false)
