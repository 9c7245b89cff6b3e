// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace cc
{

// O*NET's fixed vocabulary (skill and knowledge names, work activities, job zones, education and
// training levels, SOC major groups, RIASEC interests) in the interface language. The Spanish is
// the team's own, kept with the other translations (translations/es_vocabulary.py); a term without
// a translation, and every technology name, is returned as it is.
QString onetTerm(const QString &english);

} // namespace cc
