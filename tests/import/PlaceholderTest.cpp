// STUB: replaced by the import tests.
#include "core/import/ActivityImporter.h"

#include <gtest/gtest.h>

TEST(ImportPlaceholder, SummaryStartsEmpty)
{
    paceline::ImportSummary summary;
    EXPECT_TRUE(summary.allGood());
}
