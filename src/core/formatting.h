// SPDX-License-Identifier: MIT
#pragma once

#include "role.h"

namespace cc::format
{

QString money(int amount); // "$130,000"
QString wage(const Wage &wage); // "$130,000", "$239,200+" when top-coded, "" when missing
QString salaryRange(const SalaryRange &salary); // "$130,000–$200,000", "" unless both ends are known
QString percent(double value); // "15%", "8.6%"
QString fixedPercent(double value); // always one decimal: "15.0%", "8.6%"
QString score(double value); // "9.2/10", "4.0/10"
QString months(int value); // "1 month", "9 months"
// Numbers, money and units are written in textLocale() with the translated unit ("86.070 US$", "9,2/10"
// in Spanish); in English exactly as above.
QString oneDecimal(double value); // "9.2", "15" (no trailing .0)
// Rounds to the precision a value is shown at, so that "equal" means equal as displayed.
double roundToTenth(double value);
// The text as it may stand inside brackets, so that brackets never nest (docs/DATA.md, "Notes inside
// brackets"): each bracketed part becomes a part set off by commas ("the flows (CPS) have" -> "the
// flows, CPS, have"), and a bracket that holds no letter or digit ("(—)") is dropped. Any language.
QString aside(const QString &text);

} // namespace cc::format
