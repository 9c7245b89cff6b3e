// SPDX-License-Identifier: MIT
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace cc::testutil
{

QProcessEnvironment environment(const QString &userStore, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CAREERCOMPARE_USER_STORE"), userStore);
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    return env;
}

ProcessResult runProgram(
    const QString &program, const QStringList &arguments, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs))
        qFatal("%s did not finish", qPrintable(program));
    ProcessResult r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

namespace
{

// The fragments of one source string with at least three words.
void addFragments(const QString &source, const QRegularExpression &cut, QSet<QString> &phrases)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    for (const QString &part : source.split(cut)) {
        QString fragment = part.simplified();
        while (!fragment.isEmpty() && !fragment.back().isLetterOrNumber())
            fragment.chop(1);
        while (!fragment.isEmpty() && !fragment.front().isLetterOrNumber())
            fragment.remove(0, 1);
        int words = 0;
        for (auto it = word.globalMatch(fragment); it.hasNext(); it.next())
            ++words;
        if (words >= 3)
            phrases.insert(fragment);
    }
}

} // namespace

QStringList englishPhrases(const QString &tsFile, const PhraseRules &rules, QString *error)
{
    QFile ts(tsFile);
    if (!ts.open(QIODevice::ReadOnly)) {
        if (error)
            *error = ts.errorString();
        return {};
    }
    const QRegularExpression cut(QStringLiteral("%\\d+|%n|<[^>]*>|[()\\[\\]:;—–→…*†%1]")
                                     .arg(QRegularExpression::escape(rules.alsoCutAt)));
    const QSet<QString> contexts(rules.contexts.cbegin(), rules.contexts.cend());
    QSet<QString> phrases;
    QXmlStreamReader xml(&ts);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
            continue;
        }
        if (xml.name() != QLatin1String("source") || !(contexts.isEmpty() || contexts.contains(context)))
            continue;
        QString source = xml.readElementText();
        if (rules.dropAmpersands)
            source.remove(QLatin1Char('&'));
        addFragments(source, cut, phrases);
    }
    if (xml.hasError()) {
        if (error)
            *error = xml.errorString();
        return {};
    }
    QStringList sorted(phrases.cbegin(), phrases.cend());
    sorted.sort();
    return sorted;
}

QStringList phrasesIn(const QString &text, const QStringList &phrases)
{
    const QString flat = text.simplified();
    QStringList found;
    for (const QString &phrase : phrases) {
        if (flat.contains(phrase))
            found << phrase;
    }
    return found;
}

} // namespace cc::testutil
