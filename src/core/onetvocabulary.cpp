// SPDX-License-Identifier: MIT
#include "onetvocabulary.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace cc
{

namespace
{

// O*NET 30.x Content Model, Skills (2.A basic, 2.B cross-functional), as named in the catalogue.
constexpr const char *Skills[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "Reading Comprehension"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Active Listening"), QT_TRANSLATE_NOOP("OnetVocabulary", "Writing"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Speaking"), QT_TRANSLATE_NOOP("OnetVocabulary", "Mathematics"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Science"), QT_TRANSLATE_NOOP("OnetVocabulary", "Critical Thinking"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Active Learning"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Learning Strategies"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Monitoring"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Social Perceptiveness"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Coordination"), QT_TRANSLATE_NOOP("OnetVocabulary", "Persuasion"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Negotiation"), QT_TRANSLATE_NOOP("OnetVocabulary", "Instructing"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Service Orientation"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Complex Problem Solving"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Operations Analysis"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Technology Design"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Equipment Selection"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Installation"), QT_TRANSLATE_NOOP("OnetVocabulary", "Programming"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Operations Monitoring"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Operation and Control"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Equipment Maintenance"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Troubleshooting"), QT_TRANSLATE_NOOP("OnetVocabulary", "Repairing"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Quality Control Analysis"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Judgment and Decision Making"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Systems Analysis"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Systems Evaluation"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Time Management"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Management of Financial Resources"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Management of Material Resources"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Management of Personnel Resources") };

// Content Model 2.C, Knowledge.
constexpr const char *Knowledge[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "Administration and Management"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Administrative"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Economics and Accounting"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Sales and Marketing"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Customer and Personal Service"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Personnel and Human Resources"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Production and Processing"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Food Production"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Computers and Electronics"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Engineering and Technology"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Design"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Building and Construction"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Mechanical"), QT_TRANSLATE_NOOP("OnetVocabulary", "Mathematics"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Physics"), QT_TRANSLATE_NOOP("OnetVocabulary", "Chemistry"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Biology"), QT_TRANSLATE_NOOP("OnetVocabulary", "Psychology"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Sociology and Anthropology"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Geography"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Medicine and Dentistry"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Therapy and Counseling"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Education and Training"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "English Language"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Foreign Language"), QT_TRANSLATE_NOOP("OnetVocabulary", "Fine Arts"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "History and Archeology"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Philosophy and Theology"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Public Safety and Security"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Law and Government"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Telecommunications"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Communications and Media"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Transportation") };

// The kinds of src/core/role.cpp (skillKindName), as the skill overlap appends them to namesakes.
constexpr std::pair<const char *, const char *> KindSuffixes[]
    = { { "skill", QT_TRANSLATE_NOOP("OnetVocabulary", "%1 (skill)") },
          { "knowledge", QT_TRANSLATE_NOOP("OnetVocabulary", "%1 (knowledge)") },
          { "technology", QT_TRANSLATE_NOOP("OnetVocabulary", "%1 (technology)") },
          { "topic", QT_TRANSLATE_NOOP("OnetVocabulary", "%1 (topic)") } };

// Content Model 4.A, the 41 generalized work activities.
constexpr const char *WorkActivities[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "Getting Information"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Monitoring Processes, Materials, or Surroundings"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Identifying Objects, Actions, and Events"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Inspecting Equipment, Structures, or Materials"),
    QT_TRANSLATE_NOOP(
        "OnetVocabulary", "Estimating the Quantifiable Characteristics of Products, Events, or Information"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Judging the Qualities of Objects, Services, or People"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Processing Information"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Evaluating Information to Determine Compliance with Standards"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Analyzing Data or Information"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Making Decisions and Solving Problems"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Thinking Creatively"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Updating and Using Relevant Knowledge"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Developing Objectives and Strategies"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Scheduling Work and Activities"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Organizing, Planning, and Prioritizing Work"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Performing General Physical Activities"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Handling and Moving Objects"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Controlling Machines and Processes"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Operating Vehicles, Mechanized Devices, or Equipment"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Working with Computers"),
    QT_TRANSLATE_NOOP(
        "OnetVocabulary", "Drafting, Laying Out, and Specifying Technical Devices, Parts, and Equipment"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Repairing and Maintaining Mechanical Equipment"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Repairing and Maintaining Electronic Equipment"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Documenting/Recording Information"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Interpreting the Meaning of Information for Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Communicating with Supervisors, Peers, or Subordinates"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Communicating with People Outside the Organization"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Establishing and Maintaining Interpersonal Relationships"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Assisting and Caring for Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Selling or Influencing Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Resolving Conflicts and Negotiating with Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Performing for or Working Directly with the Public"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Coordinating the Work and Activities of Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Developing and Building Teams"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Training and Teaching Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Guiding, Directing, and Motivating Subordinates"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Coaching and Developing Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Providing Consultation and Advice to Others"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Performing Administrative Activities"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Staffing Organizational Units"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Monitoring and Controlling Resources") };

// O*NET's Job Zone Reference, zones 1 to 5.
constexpr std::array<const char *, 5> JobZones { QT_TRANSLATE_NOOP("OnetVocabulary",
                                                     "Job Zone One: Little or No Preparation Needed"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Job Zone Two: Some Preparation Needed"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Job Zone Three: Medium Preparation Needed"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Job Zone Four: Considerable Preparation Needed"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Job Zone Five: Extensive Preparation Needed") };

// BLS Employment Projections, education and training categories (table 5.2).
constexpr const char *Education[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "No formal educational credential"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "High school diploma or equivalent"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Some college, no degree"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Postsecondary nondegree award"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Associate's degree"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Bachelor's degree"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Master's degree"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Doctoral or professional degree") };
constexpr const char *Experience[]
    = { QT_TRANSLATE_NOOP("OnetVocabulary", "None"), QT_TRANSLATE_NOOP("OnetVocabulary", "Less than 5 years"),
          QT_TRANSLATE_NOOP("OnetVocabulary", "5 years or more") };
constexpr const char *Training[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "None"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Short-term on-the-job training"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Moderate-term on-the-job training"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Long-term on-the-job training"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Apprenticeship"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Internship/residency") };

// SOC 2018 major groups 11 to 55, then the categories of roles that are not SOC occupations: the
// seed pages' own category and the custom-role dialog's default.
constexpr const char *Categories[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "Management Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Business and Financial Operations Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Computer and Mathematical Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Architecture and Engineering Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Life, Physical, and Social Science Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Community and Social Service Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Legal Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Educational Instruction and Library Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Arts, Design, Entertainment, Sports, and Media Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Healthcare Practitioners and Technical Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Healthcare Support Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Protective Service Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Food Preparation and Serving Related Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Building and Grounds Cleaning and Maintenance Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Personal Care and Service Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Sales and Related Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Office and Administrative Support Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Farming, Fishing, and Forestry Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Construction and Extraction Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Installation, Maintenance, and Repair Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Production Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Transportation and Material Moving Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Military Specific Occupations"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "AI Engineering"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Custom roles") };

// Holland's RIASEC interests, in the order of src/core/role.cpp.
constexpr const char *Interests[] = { QT_TRANSLATE_NOOP("OnetVocabulary", "Realistic"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Investigative"), QT_TRANSLATE_NOOP("OnetVocabulary", "Artistic"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Social"), QT_TRANSLATE_NOOP("OnetVocabulary", "Enterprising"),
    QT_TRANSLATE_NOOP("OnetVocabulary", "Conventional") };

template <typename List> QStringList toStringList(const List &list)
{
    QStringList out;
    for (const char *term : list)
        out << QString::fromUtf8(term);
    return out;
}

QString translated(const QString &english)
{
    const QByteArray key = english.toUtf8();
    return QCoreApplication::translate("OnetVocabulary", key.constData());
}

// "Mathematics (skill)" as the name and the kind, each in the interface language; the name of a
// technology stays as it is.
QString withKind(const QString &english)
{
    if (!english.endsWith(QLatin1Char(')')))
        return english;
    for (const auto &[kind, suffix] : KindSuffixes) {
        const QString tail = QStringLiteral(" (%1)").arg(QLatin1String(kind));
        if (english.size() > tail.size() && english.endsWith(tail))
            return translated(QString::fromUtf8(suffix)).arg(onetTerm(english.chopped(tail.size())));
    }
    return english;
}
} // namespace

QString onetTerm(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QString term = translated(english);
    return term != english ? term : withKind(english);
}

QStringList onetVocabulary(VocabularyKind kind)
{
    switch (kind) {
    case VocabularyKind::Skill:
        return toStringList(Skills);
    case VocabularyKind::Knowledge:
        return toStringList(Knowledge);
    case VocabularyKind::KindSuffix: {
        QStringList out;
        for (const auto &suffix : KindSuffixes)
            out << QString::fromUtf8(suffix.second);
        return out;
    }
    case VocabularyKind::WorkActivity:
        return toStringList(WorkActivities);
    case VocabularyKind::JobZone:
        return toStringList(JobZones);
    case VocabularyKind::Education:
        return toStringList(Education);
    case VocabularyKind::Experience:
        return toStringList(Experience);
    case VocabularyKind::Training:
        return toStringList(Training);
    case VocabularyKind::Category:
        return toStringList(Categories);
    case VocabularyKind::Interest:
        return toStringList(Interests);
    }
    return {};
}

QStringList onetVocabulary()
{
    QStringList all;
    for (VocabularyKind kind : { VocabularyKind::Skill, VocabularyKind::Knowledge, VocabularyKind::KindSuffix,
             VocabularyKind::WorkActivity, VocabularyKind::JobZone, VocabularyKind::Education,
             VocabularyKind::Experience, VocabularyKind::Training, VocabularyKind::Category,
             VocabularyKind::Interest })
        all << onetVocabulary(kind);
    all.removeDuplicates();
    return all;
}

QString jobZoneName(int zone)
{
    return zone >= 1 && zone <= int(JobZones.size()) ? QString::fromUtf8(JobZones.at(zone - 1)) : QString();
}

} // namespace cc
