#pragma once

#include "core/model/Result.h"

#include <QByteArray>
#include <QString>

namespace paceline::cli {

/// Writes all or nothing (QSaveFile: a temporary file renamed over `path`), so an
/// existing file stays as it was when writing fails. The error names the file.
Status writeFileAtomically(const QString& path, const QByteArray& bytes);

} // namespace paceline::cli
