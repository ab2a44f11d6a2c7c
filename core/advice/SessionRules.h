#pragma once

#include "SessionAnalysis.h"

#include <vector>

namespace paceline::advice {

// Stable rule ids: stored with dismissed findings and named on the command line, so
// never rename one once shipped. docs/advisor.md describes each.
inline constexpr const char* kWarmUpMissing = "warmup.missing";
inline constexpr const char* kWarmUpShort = "warmup.short";
inline constexpr const char* kHardestFirst = "order.hardest-first";
inline constexpr const char* kNotProgressive = "order.not-progressive";
inline constexpr const char* kRepTooLong = "rep.too-long";
inline constexpr const char* kRecoveryShort = "recovery.short";
inline constexpr const char* kRecoveryLong = "recovery.long";
inline constexpr const char* kZoneVolume = "volume.zone-cap";
inline constexpr const char* kRotationMissingZone = "rotation.missing-zone";
inline constexpr const char* kRotationFinalBlock = "rotation.final-block";
inline constexpr const char* kTaperMissing = "taper.missing";
inline constexpr const char* kCoolDownMissing = "cooldown.missing";
inline constexpr const char* kPurposeMismatch = "purpose.mismatch";
inline constexpr const char* kOpenTarget = "step.open-target";

using Findings = std::vector<Finding>;

// One function per rule (or per family of rules sharing their measurements). Each
// appends its findings in step order and builds text and fixes only when it fires.
void checkWarmUp(const SessionAnalysis& session, Findings& out); // warmup.*
void checkOrder(const SessionAnalysis& session, Findings& out);  // order.*
void checkRepLength(const SessionAnalysis& session, Findings& out);
void checkShortRecoveries(const SessionAnalysis& session, Findings& out);
void checkLongRecoveries(const SessionAnalysis& session, Findings& out);
void checkZoneVolume(const SessionAnalysis& session, Findings& out);
void checkRotationZones(const SessionAnalysis& session, Findings& out);
void checkRotationFinish(const SessionAnalysis& session, Findings& out);
void checkTaper(const SessionAnalysis& session, Findings& out);
void checkCoolDown(const SessionAnalysis& session, Findings& out);
void checkPurpose(const SessionAnalysis& session, Findings& out);
void checkOpenTargets(const SessionAnalysis& session, Findings& out);

} // namespace paceline::advice
