// SPDX-License-Identifier: MIT
#include "reporthtml.h"

#include "formatting.h"
#include "roadmap.h"

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
    return QStringLiteral(
        "<%1>Choose %2 if you\u2026</%1>%3<%1>Choose %4 if you\u2026</%1>%5<%1>Conclusion</%1>%6")
        .arg(tag, escape(c.a.title), list(c.chooseAIf), escape(c.b.title), list(c.chooseBIf),
            list(c.conclusion));
}

QString wayIn(const Role &role, const QString &heading, const QString &tag)
{
    const WayIn w = cc::wayIn(role);
    auto orMissing = [](const QString &v) { return v.isEmpty() ? QStringLiteral("not available") : v; };
    return QStringLiteral(
        "<%1>%2</%1><p>Typical entry education: %3<br/>Related work experience: %4<br/>"
        "On-the-job training: %5<br/>Time to become qualified: %6</p><p>Skills to learn first:</p>%7")
        .arg(tag, escape(heading), escape(orMissing(w.education)), escape(orMissing(w.experience)),
            escape(orMissing(w.training)),
            escape(w.months ? format::months(*w.months) : QStringLiteral("not available")),
            list(w.firstSkills));
}

} // namespace cc::html
