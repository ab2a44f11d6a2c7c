#pragma once

#include "core/model/Id.h"
#include "core/model/Result.h"
#include "core/model/StepPath.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

class QMimeData;

namespace paceline {

// Steps on the clipboard and in drags: "application/x-paceline-steps", a small JSON
// document of our own, so it does not depend on the session JSON format evolving:
//   {"version":1, "nodes":[{"kind":"warmup","s":900,"zone":"E"},
//                          {"repeat":4,"children":[...],"between":{...}}],
//    "source":{"process":"<uuid>","log":"<path>","template":"12","paths":[[0],[1,2]]}}
// A step has kind, m or s (target), one of zone/pace [slowest, fastest m/s]/hr [low,
// high]/rpe, mode, sport and notes; store ids never travel. Drags from other
// processes arrive here too, so decoding checks everything and never trusts a number.

inline constexpr char kStepMimeType[] = "application/x-paceline-steps";

/// Where dragged steps sit, so that a drop into the same template can move them
/// rather than copy them.
struct StepMimeSource {
    QString process; ///< stepMimeProcess() of the process that wrote it
    QString log;     ///< the log file's path
    TemplateId templateId;
    std::vector<StepPath> paths; ///< one per node, in the same order

    friend bool operator==(const StepMimeSource&, const StepMimeSource&) = default;
};

struct StepMimeContent {
    std::vector<StepNode> nodes; ///< never carries store ids
    std::optional<StepMimeSource> source;
};

/// A token unique to this run of the program: paths in a drag from another process
/// mean nothing here, even when its log and template ids look the same.
QString stepMimeProcess();

QByteArray encodeSteps(const StepMimeContent& content);

/// The nodes and source in `bytes`, or an error naming the JSON path that was wrong
/// ("nodes[1].repeat: must be a whole number from 1 to 999").
Result<StepMimeContent> decodeSteps(const QByteArray& bytes);

/// A new QMimeData holding the content; the caller (or the drag) owns it.
QMimeData* makeStepMimeData(const StepMimeContent& content);

/// Decodes our format from mime data; an error when it is absent or malformed.
Result<StepMimeContent> stepsFromMimeData(const QMimeData* mime);

} // namespace paceline
