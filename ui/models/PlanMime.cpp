#include "PlanMime.h"

#include <QList>

#include <algorithm>

namespace paceline {

namespace {

/// A drag holds what a person selected; far more is not a real drop.
constexpr qsizetype kMaxIds = 10000;

} // namespace

QByteArray encodeIds(const std::vector<qint64>& ids)
{
    QByteArray data;
    for (qint64 id : ids) {
        if (!data.isEmpty())
            data += ',';
        data += QByteArray::number(id);
    }
    return data;
}

std::vector<qint64> decodeIds(const QByteArray& data)
{
    const QList<QByteArray> parts = data.split(',');
    if (parts.size() > kMaxIds)
        return {};
    std::vector<qint64> ids;
    for (const QByteArray& part : parts) {
        bool ok = false;
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return {};
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            ids.push_back(id);
    }
    return ids;
}

} // namespace paceline
