// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cc
{

// Where the bundled catalogue is: $CAREERCOMPARE_CATALOGUE, then the installed
// <prefix>/share/careercompare/careers.sqlite beside bin/, then the source tree's data/careers.sqlite.
QString defaultCataloguePath();

} // namespace cc
