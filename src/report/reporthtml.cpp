// SPDX-License-Identifier: MIT
#include "reporthtml.h"

#include "formatting.h"
#include "onetvocabulary.h"
#include "roadmap.h"
#include "skilloverlap.h"

#include <QCoreApplication>

#include <algorithm>

namespace cc::html
{

QString escape(const QString &text)
{
    return text.toHtmlEscaped();
}

QString list(const QStringList &items)
{
    QString html = QStringLiteral("<ul>");
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(escape(item));
    return html + QStringLiteral("</ul>");
}

QString chooseAndConclusion(const Comparison &c, const QString &tag)
{
    auto choose = [](const Role &r) {
        return escape(QCoreApplication::translate("Report", "Choose %1 if you…").arg(r.title));
    };
    return QStringLiteral("<%1>%2</%1>%3<%1>%4</%1>%5<%1>%6</%1>%7")
        .arg(tag, choose(c.a), list(c.chooseAIf), choose(c.b), list(c.chooseBIf),
            QCoreApplication::translate("Report", "Conclusion"), list(c.conclusion));
}

QString wayIn(const Role &role, const Role *from, const QString &heading, const QString &tag)
{
    const WayIn w = cc::wayIn(role, from);
    const QString missing = QCoreApplication::translate("Report", "not available");
    QStringList skills;
    for (const QString &skill : w.firstSkills)
        skills << onetTerm(skill);
    auto line = [](const char *label, const QString &value) {
        return escape(QCoreApplication::translate("Report", label).arg(value));
    };
    // Every one of its skills already listed by the role one comes from: said, not an empty list.
    QString skillList = list(skills);
    if (skills.isEmpty())
        skillList = QStringLiteral("<p>%1</p>")
                        .arg(escape(w.skillsHad > 0 && from
                                ? QCoreApplication::translate("Report", "None: %1 lists them all already.")
                                      .arg(from->title)
                                : QCoreApplication::translate("Report", "None listed.")));
    // An estimate (a broader group's entry education, experience and training, which BLS publish
    // together; a Job Zone's median time) carries the glance table's mark.
    auto marked = [&role](const QString &value, const QString &field) {
        return role.isEstimate(field) ? value + QStringLiteral(" *") : value;
    };
    auto entry = [&](const QString &value) {
        return value.isEmpty() ? missing : marked(onetTerm(value), Field::TypicalEducation);
    };
    // "Coming from X" only when X's skills can be set against these (both rated, or both only
    // technologies). When O*NET (or the seed page) rates none of X's skills while this role's list
    // has them, nothing shows that X lacks them: they are this role's most important skills, and
    // said to be so.
    QString skillsHeading = QCoreApplication::translate("Report", "Skills to learn first:");
    const bool topics = std::any_of(role.skills.begin(), role.skills.end(),
        [](const RoleSkill &s) { return s.kind == SkillKind::Topic; });
    if (from && !hasRatedSkills(role)) // its list has technologies (and the seed page's topics) only
        skillsHeading = (topics ? QCoreApplication::translate("Report",
                             "Technologies and topics to learn first, coming from %1 (skills and "
                             "knowledge are not compared: they are not rated for %2):")
                                : QCoreApplication::translate("Report",
                                    "Technologies to learn first, coming from %1 (skills and knowledge are "
                                    "not compared: they are not rated for %2):"))
                            .arg(from->title, role.title);
    else if (from && hasRatedSkills(*from))
        skillsHeading = QCoreApplication::translate("Report", "Skills to learn first, coming from %1:")
                            .arg(from->title);
    else if (from)
        skillsHeading
            = QCoreApplication::translate("Report", "Its most important skills (those of %1 are not rated):")
                  .arg(from->title);
    return QStringLiteral("<%1>%2</%1><p>%3<br/>%4<br/>%5<br/>%6</p><p>%7</p>%8")
        .arg(tag, escape(heading),
            line(QT_TRANSLATE_NOOP("Report", "Typical entry education: %1"), entry(w.education)),
            line(QT_TRANSLATE_NOOP("Report", "Related work experience: %1"), entry(w.experience)),
            line(QT_TRANSLATE_NOOP("Report", "On-the-job training: %1"), entry(w.training)),
            line(QT_TRANSLATE_NOOP("Report", "Time to become qualified: %1"),
                w.months ? marked(format::months(*w.months), Field::LearningMonths) : missing),
            escape(skillsHeading), skillList);
}

} // namespace cc::html
