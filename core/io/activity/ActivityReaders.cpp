#include "ActivityReader.h"
#include "CsvLog.h"
#include "FitReader.h"
#include "TcxReader.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace paceline {

namespace {

// Bigger than any real recording (a 24-hour 1 Hz FIT file is about 3 MB); the limit
// keeps a mistaken drop of a disk image from being read into memory.
constexpr qint64 kMaxActivityFileBytes = qint64(256) * 1024 * 1024;
// recognises() looks at no more than this.
constexpr qint64 kHeadBytes = 4096;

QString displayedName(const QString& path)
{
    return QFileInfo(path).fileName();
}

bool takesByExtension(const ActivityReader& reader, const QString& fileName)
{
    for (const QString& pattern : reader.fileNamePatterns()) {
        // Patterns are "*.ext"; compare the suffix without caring about case.
        const QString suffix = pattern.startsWith(QLatin1Char('*')) ? pattern.mid(1) : pattern;
        if (!suffix.isEmpty() && fileName.endsWith(suffix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

const ActivityReader* recognisingReader(const std::vector<std::unique_ptr<ActivityReader>>& readers,
                                        QByteArrayView head)
{
    for (const auto& reader : readers)
        if (reader->recognises(head))
            return reader.get();
    return nullptr;
}

QString sizeText(qint64 bytes)
{
    return QLocale(QLocale::English).toString(bytes);
}

} // namespace

std::vector<std::unique_ptr<ActivityReader>> makeActivityReaders(const GpxSplit& gpxSplit)
{
    std::vector<std::unique_ptr<ActivityReader>> readers;
    readers.push_back(std::make_unique<FitReader>());
    readers.push_back(std::make_unique<TcxReader>());
    readers.push_back(std::make_unique<GpxReader>(gpxSplit));
    readers.push_back(std::make_unique<CsvReader>());
    return readers;
}

QString activityFileFilter()
{
    const std::vector<std::unique_ptr<ActivityReader>> readers = makeActivityReaders();
    QStringList all;
    QStringList each;
    for (const auto& reader : readers) {
        const QStringList patterns = reader->fileNamePatterns();
        all << patterns;
        each << QStringLiteral("%1 (%2)").arg(reader->displayName(),
                                              patterns.join(QLatin1Char(' ')));
    }
    QStringList filters{QStringLiteral("Activity files (%1)").arg(all.join(QLatin1Char(' ')))};
    filters << each << QStringLiteral("All files (*)");
    return filters.join(QStringLiteral(";;"));
}

const ActivityReader* readerFor(const std::vector<std::unique_ptr<ActivityReader>>& readers,
                                const QString& fileName, QByteArrayView head)
{
    const ActivityReader* byExtension = nullptr;
    for (const auto& reader : readers)
        if (takesByExtension(*reader, fileName)) {
            byExtension = reader.get();
            break;
        }
    // The extension decides, unless the bytes are plainly another format (a TCX saved
    // as .fit): then the reader that recognises them reads it.
    if (byExtension && (head.isEmpty() || byExtension->recognises(head)))
        return byExtension;
    if (const ActivityReader* recognising = recognisingReader(readers, head))
        return recognising;
    return byExtension;
}

Result<Recording> readActivityFile(const QString& path,
                                   const std::vector<std::unique_ptr<ActivityReader>>& readers)
{
    const QString name = displayedName(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot be opened (%2)").arg(name, file.errorString())};
    const qint64 size = file.size();
    if (size == 0)
        return Error{QStringLiteral("%1: the file is empty").arg(name)};
    if (size > kMaxActivityFileBytes)
        return Error{QStringLiteral("%1: the file is %2 bytes, larger than the 256 MiB an "
                                    "activity file can be")
                         .arg(name, sizeText(size))};
    // No more than the size checked above, even if the file grew since.
    const QByteArray bytes = file.read(size);
    if (bytes.size() != size)
        return Error{
            QStringLiteral("%1: could not be read to its end (%2)").arg(name, file.errorString())};
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qint64>(kHeadBytes, size));
    const ActivityReader* reader = readerFor(readers, name, head);
    if (!reader)
        return Error{QStringLiteral("%1: is not a format Paceline reads (FIT, TCX, GPX or "
                                    "Paceline's CSV)")
                         .arg(name)};
    // The full path: the CSV reader finds the reps file beside the sessions file.
    Result<Recording> recording = reader->read(bytes, path);
    if (!recording) {
        // Messages start with the file's name, like the ones above: the folder is in
        // the caller's list of paths, and a summary of many files reads better without.
        const QString& message = recording.errorMessage();
        if (message.startsWith(path) && path != name)
            return Error{name + message.mid(path.size())};
        if (!message.contains(name))
            return Error{QStringLiteral("%1: %2").arg(name, message)};
        return recording;
    }
    recording->fileName = name; // "without the folder", whatever the reader was given
    return recording;
}

} // namespace paceline
