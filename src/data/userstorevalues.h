// SPDX-License-Identifier: MIT
// Values as UserStore writes them into its columns; shared by the files that implement UserStore.
#pragma once

#include <QDateTime>
#include <QString>

namespace cc::userstorevalues
{

// Messages for the user go through QCoreApplication::translate("UserStore", …): the window shows them
// in its language; the command line, with no translator, in English.

// Qt binds a null QString as SQL NULL; these columns hold '' for "none".
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace cc::userstorevalues
