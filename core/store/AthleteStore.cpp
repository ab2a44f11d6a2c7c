#include "AthleteStore.h"

#include "Database.h"
#include "LoadFiguresRefresh.h"
#include "SqlRow.h"

#include <QStringList>

namespace paceline {
namespace {

const QString kTable = QStringLiteral("athlete");
const QString kSelect =
    QStringLiteral("SELECT id, name, sex, max_hr, resting_hr, race_distance_m, race_time_s, "
                   "race_date, units, sports FROM athlete ");
// The id is bound too: NULL lets SQLite choose one, a given id restores an athlete
// that an undo removed, so commands that refer to them stay valid.
const QString kInsert = QStringLiteral(
    "INSERT INTO athlete (name, name_key, sex, max_hr, resting_hr, race_distance_m, "
    "race_time_s, race_date, units, sports, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE athlete SET name = ?, name_key = ?, sex = ?, max_hr = ?, resting_hr = ?, "
    "race_distance_m = ?, race_time_s = ?, race_date = ?, units = ?, sports = ? WHERE id = ?");

/// Uniqueness ignores letter case in every script (SQLite's NOCASE folds ASCII only)
/// and surrounding spaces, so "Åsa" and "åsa " are one athlete.
QString nameKey(const QString& name)
{
    return name.trimmed().toCaseFolded();
}

QString sportsText(SportSet sports)
{
    QStringList ids;
    for (const auto& entry : enumEntries<Sport>()) {
        if (sports.contains(entry.value))
            ids << QString::fromLatin1(entry.id);
    }
    return ids.join(QLatin1Char(','));
}

SportSet readSports(RowReader& row, int column)
{
    SportSet sports;
    const QString text = row.text(column);
    for (const QString& id : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (std::optional<Sport> sport = enumFromId<Sport>(id))
            sports.insert(*sport);
        else
            row.fail(column, text);
    }
    return sports;
}

QVariantList values(const Athlete& athlete)
{
    const std::optional<RaceResult>& race = athlete.recentRace;
    const bool raceDate = race && race->date.isValid();
    return {textValue(athlete.name),
            nameKey(athlete.name),
            enumId(athlete.sex),
            nullable(athlete.maxHeartRate),
            nullable(athlete.restingHeartRate),
            race ? QVariant(race->distance.metres) : QVariant(),
            race ? QVariant(race->time.seconds) : QVariant(),
            raceDate ? QVariant(dayText(race->date)) : QVariant(),
            enumId(athlete.units),
            textValue(sportsText(athlete.sports))};
}

Athlete readAthlete(RowReader& row)
{
    Athlete athlete;
    athlete.id = AthleteId{row.int64(0)};
    athlete.name = row.text(1);
    athlete.sex = row.enumValue(2, Sex::Unspecified);
    athlete.maxHeartRate = row.optInt(3);
    athlete.restingHeartRate = row.optInt(4);
    if (!row.isNull(5)) {
        const std::optional<QDate> date = row.optDay(7);
        athlete.recentRace = RaceResult{{row.real(5)}, {row.real(6)}, date.value_or(QDate())};
    }
    athlete.units = row.enumValue(8, UnitSystem::Metric);
    athlete.sports = readSports(row, 9);
    return athlete;
}

/// A clear message before the UNIQUE constraint would give a cryptic one.
Status checkName(Database& database, const AthleteStore& store, const Athlete& athlete)
{
    if (athlete.name.trimmed().isEmpty())
        return Error{QStringLiteral("An athlete needs a name.")};
    Result<std::optional<Athlete>> other = store.findByName(athlete.name);
    if (!other)
        return other.error();
    if (*other && (*other)->id != athlete.id)
        return Error{QStringLiteral("There is already an athlete named '%1' in '%2' (names "
                                    "must differ in more than letter case).")
                         .arg((*other)->name, database.path())};
    return {};
}

/// Whether the edit changes what sessionLoadFigures reads of the athlete: TRIMP uses the
/// sex and heart rates, running TSS and the zones the training paces from the race.
bool changesLoadFigures(const Athlete& before, const Athlete& after)
{
    return before.sex != after.sex || before.maxHeartRate != after.maxHeartRate ||
           before.restingHeartRate != after.restingHeartRate ||
           before.recentRace != after.recentRace;
}

} // namespace

Result<std::vector<Athlete>> AthleteStore::all() const
{
    return selectAll<Athlete>(m_database, kSelect + QStringLiteral("ORDER BY name_key, id"), {},
                              kTable, readAthlete);
}

Result<int> AthleteStore::count() const
{
    Result<qint64> count =
        selectNumber(m_database, QStringLiteral("SELECT count(*) FROM athlete"), {});
    if (!count)
        return count.error();
    return int(*count);
}

Result<Athlete> AthleteStore::find(AthleteId id) const
{
    Result<std::optional<Athlete>> found = findIfPresent(id);
    if (!found)
        return found.error();
    if (!*found)
        return m_database.notFound(QStringLiteral("athlete with id %1").arg(id.value));
    return **found;
}

Result<std::optional<Athlete>> AthleteStore::findIfPresent(AthleteId id) const
{
    Result<std::vector<Athlete>> found = selectAll<Athlete>(
        m_database, kSelect + QStringLiteral("WHERE id = ?"), {id.value}, kTable, readAthlete);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Athlete>();
    return std::optional<Athlete>(found->front());
}

Result<std::optional<Athlete>> AthleteStore::findByName(const QString& name) const
{
    Result<std::vector<Athlete>> found =
        selectAll<Athlete>(m_database, kSelect + QStringLiteral("WHERE name_key = ?"),
                           {nameKey(name)}, kTable, readAthlete);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Athlete>();
    return std::optional<Athlete>(found->front());
}

Status AthleteStore::insert(Athlete& athlete)
{
    const AthleteId before = athlete.id;
    Status status = m_database.transaction([&]() -> Status {
        if (Status name = checkName(m_database, *this, athlete); !name)
            return name;
        QVariantList bound = values(athlete);
        bound << (before.isValid() ? QVariant(before.value) : QVariant());
        Result<QSqlQuery*> query = m_database.run(
            kInsert, bound, QStringLiteral("save the athlete '%1'").arg(athlete.name));
        if (!query)
            return query.error();
        athlete.id = AthleteId{(*query)->lastInsertId().toLongLong()};
        return {};
    });
    if (!status)
        athlete.id = before;
    return status;
}

Status AthleteStore::update(const Athlete& athlete)
{
    return m_database.transaction([&]() -> Status {
        if (Status name = checkName(m_database, *this, athlete); !name)
            return name;
        Result<Athlete> before = find(athlete.id);
        if (!before)
            return before.error();
        QVariantList bound = values(athlete);
        bound << athlete.id.value;
        if (Status saved = m_database.changeOne(
                kUpdate, bound, QStringLiteral("save the athlete '%1'").arg(athlete.name),
                QStringLiteral("athlete with id %1").arg(athlete.id.value));
            !saved)
            return saved;
        // A nested transaction (a savepoint): a failed refresh undoes the edit too, so
        // the stored figures always match the athlete as stored.
        if (changesLoadFigures(*before, athlete))
            return refreshAthleteLoadFigures(m_database, athlete);
        return {};
    });
}

Status AthleteStore::remove(AthleteId id)
{
    // Plans, steps, sessions, reps and daily load follow through ON DELETE CASCADE.
    return m_database.transaction([&] {
        return m_database.changeOne(QStringLiteral("DELETE FROM athlete WHERE id = ?"), {id.value},
                                    QStringLiteral("remove an athlete"),
                                    QStringLiteral("athlete with id %1").arg(id.value));
    });
}

} // namespace paceline
