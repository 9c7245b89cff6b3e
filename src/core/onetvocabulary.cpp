// SPDX-License-Identifier: MIT
#include "onetvocabulary.h"

#include <QCoreApplication>

namespace cc
{

QString onetTerm(const QString &english)
{
    if (english.isEmpty())
        return english;
    const QByteArray key = english.toUtf8();
    return QCoreApplication::translate("OnetVocabulary", key.constData());
}

} // namespace cc
