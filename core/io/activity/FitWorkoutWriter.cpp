#include "FitWorkoutWriter.h"

#include "FitEncoder.h"
#include "FitWorkoutSteps.h"

#include <QHash>

namespace paceline {

namespace {

using fit::BaseType;
using fit::Value;
using fitworkout::FitStep;

// FIT global message numbers and the local types this file gives them.
constexpr std::uint16_t kFileIdMessage = 0;
constexpr std::uint16_t kWorkoutMessage = 26;
constexpr std::uint16_t kWorkoutStepMessage = 27;
constexpr std::uint8_t kFileIdLocal = 0;
constexpr std::uint8_t kWorkoutLocal = 1;
constexpr std::uint8_t kWorkoutStepLocal = 2;

constexpr std::int64_t kFileTypeWorkout = 5;
constexpr std::int64_t kManufacturerDevelopment = 255;
constexpr std::int64_t kProduct = 0;

// String field sizes in bytes, NUL included: watches show short names anyway, and fixed
// sizes keep one definition for every step.
constexpr std::uint8_t kWorkoutNameBytes = 48;
constexpr std::uint8_t kStepNameBytes = 32;
constexpr std::uint8_t kNotesBytes = 64;

std::int64_t fitSport(Sport sport)
{
    switch (sport) {
    case Sport::Run:
        return 1; // running
    case Sport::Bike:
        return 2; // cycling
    case Sport::Swim:
        return 5; // swimming
    default:
        return 0; // generic: a brick or strength session has no single FIT sport
    }
}

/// UTF-8 cut to leave room for the terminating NUL, never inside a character.
QByteArray fitString(const QString& text, int fieldSize)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() < fieldSize)
        return utf8;
    qsizetype end = fieldSize - 1;
    while (end > 0 && (static_cast<std::uint8_t>(utf8[end]) & 0xC0) == 0x80)
        --end; // utf8[end] continues a character: cut before that character starts
    return utf8.left(end);
}

Value optionalValue(const std::optional<std::uint32_t>& value)
{
    return value ? Value{static_cast<std::int64_t>(*value)} : Value{fit::Invalid{}};
}

Value optionalValue(const std::optional<std::uint8_t>& value)
{
    return value ? Value{static_cast<std::int64_t>(*value)} : Value{fit::Invalid{}};
}

Value textValue(const QString& text, int fieldSize)
{
    return text.isEmpty() ? Value{fit::Invalid{}} : Value{fitString(text, fieldSize)};
}

void writeFileId(fit::Encoder& encoder, std::uint32_t created, std::uint32_t serial)
{
    encoder.define(kFileIdLocal, kFileIdMessage,
                   {{0, 1, BaseType::Enum},
                    {1, 2, BaseType::UInt16},
                    {2, 2, BaseType::UInt16},
                    {3, 4, BaseType::UInt32z},
                    {4, 4, BaseType::UInt32}});
    encoder.write(kFileIdLocal, {kFileTypeWorkout, kManufacturerDevelopment, kProduct,
                                 std::int64_t{serial}, std::int64_t{created}});
}

void writeWorkout(fit::Encoder& encoder, const SessionTemplate& session, int stepCount)
{
    encoder.define(kWorkoutLocal, kWorkoutMessage,
                   {{8, kWorkoutNameBytes, BaseType::String},
                    {4, 1, BaseType::Enum},
                    {6, 2, BaseType::UInt16}});
    const QString name = session.name.trimmed().isEmpty() ? QStringLiteral("Paceline workout")
                                                          : session.name.trimmed();
    encoder.write(kWorkoutLocal, {fitString(name, kWorkoutNameBytes), fitSport(session.sport),
                                  std::int64_t{stepCount}});
}

void writeSteps(fit::Encoder& encoder, const std::vector<FitStep>& steps)
{
    encoder.define(kWorkoutStepLocal, kWorkoutStepMessage,
                   {{254, 2, BaseType::UInt16},
                    {0, kStepNameBytes, BaseType::String},
                    {1, 1, BaseType::Enum},
                    {2, 4, BaseType::UInt32},
                    {3, 1, BaseType::Enum},
                    {4, 4, BaseType::UInt32},
                    {5, 4, BaseType::UInt32},
                    {6, 4, BaseType::UInt32},
                    {7, 1, BaseType::Enum},
                    {8, kNotesBytes, BaseType::String}});
    std::int64_t index = 0;
    for (const FitStep& step : steps) {
        encoder.write(kWorkoutStepLocal,
                      {index++, textValue(step.name, kStepNameBytes),
                       std::int64_t{step.durationType}, optionalValue(step.durationValue),
                       optionalValue(step.targetType), optionalValue(step.targetValue),
                       optionalValue(step.customLow), optionalValue(step.customHigh),
                       optionalValue(step.intensity), textValue(step.notes, kNotesBytes)});
    }
}

/// A stable, non-zero serial number (a uint32z field: 0 would read as "none"), so that
/// a watch can tell two exported workouts apart.
std::uint32_t serialNumber(const SessionTemplate& session, std::uint32_t created)
{
    const QByteArray key = session.name.toUtf8() + '\n' + QByteArray::number(created);
    return static_cast<std::uint32_t>(qHash(key, 0)) | 1u;
}

} // namespace

Result<QByteArray> fitWorkout(const SessionTemplate& session, const FitWorkoutOptions& options)
{
    auto steps = fitworkout::flattenSteps(session.steps, options, session.name);
    if (!steps)
        return steps.error();
    const QDateTime created =
        options.created.isValid() ? options.created : QDateTime::currentDateTimeUtc();
    const std::uint32_t createdFit = fit::fitTime(created.toUTC());

    fit::Encoder encoder;
    writeFileId(encoder, createdFit, serialNumber(session, createdFit));
    writeWorkout(encoder, session, static_cast<int>(steps->size()));
    writeSteps(encoder, *steps);
    return encoder.finish();
}

} // namespace paceline
