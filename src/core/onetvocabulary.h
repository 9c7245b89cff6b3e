// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace cc
{

// O*NET's fixed vocabulary (skill and knowledge names, work activities, job zones, education and
// training levels, SOC major groups, RIASEC interests) in the interface language. The Spanish is
// the team's own, kept with the other translations (translations/es_vocabulary.py); a term without
// a translation, and every technology name, is returned as it is. A name the comparison gave its
// kind to tell namesakes apart, "Mathematics (skill)", is looked up as the name and the kind.
QString onetTerm(const QString &english);

enum class VocabularyKind {
    Skill, // O*NET's 35 skills (Content Model 2.A and 2.B)
    Knowledge, // O*NET's 33 knowledge areas (2.C)
    KindSuffix, // "%1 (skill)": a name with its kind, for namesakes of different kinds
    WorkActivity, // the 41 generalized work activities (4.A)
    JobZone, // the five Job Zone names
    Education, // BLS typical entry education
    Experience, // BLS work experience in a related occupation
    Training, // BLS typical on-the-job training
    Category, // the 23 SOC major groups, and the categories that are not SOC groups
    Interest, // the six RIASEC interests
};

// The English terms of one kind, in O*NET's or BLS's order.
QStringList onetVocabulary(VocabularyKind kind);
// Every English term of every kind (a term of two kinds, "None", once).
QStringList onetVocabulary();

// O*NET's name of Job Zone 1 to 5 ("Job Zone One: Little or No Preparation Needed"), in English;
// empty for any other number. Pass it through onetTerm() to show it.
QString jobZoneName(int zone);

} // namespace cc
