#pragma once

#include <QByteArray>

namespace paceline::fuzz {

/// Makes a mutated FIT file pass its checks again, so the fuzzer's changes reach the
/// message decoder and the session builder instead of stopping at a CRC: for each file
/// of the chain, the data size is cut to the bytes there and both CRCs are recomputed.
/// Bytes that do not start with a FIT header are left as they are.
QByteArray withRepairedCrcs(QByteArray file);

} // namespace paceline::fuzz
