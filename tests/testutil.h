// SPDX-License-Identifier: MIT
#pragma once

// Helpers shared by the tests that run careercompare and look for English in its output
// (tst_spanish, tst_translation, tst_climessages).

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cc::testutil
{

// What a finished program printed and how it ended (-1 when it crashed).
struct ProcessResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The system's environment with the user's store at `userStore` (never the real user's) and the
// language `locale` in LANG and LC_ALL; LANGUAGE and LC_MESSAGES removed, so `locale` alone decides.
QProcessEnvironment environment(const QString &userStore, const QString &locale = QStringLiteral("C.UTF-8"));

// Runs `program` and waits for it; a program that does not finish within `timeoutMs` stops the test.
ProcessResult runProgram(const QString &program, const QStringList &arguments, const QProcessEnvironment &env,
    int timeoutMs = 600000);

// Which source strings of a .ts file englishPhrases() reads, and how it cuts them.
struct PhraseRules {
    QStringList contexts; // only the strings of these contexts; empty: every context
    QString alsoCutAt; // characters to cut at besides placeholders, markup and ()[]:;—–→…*†
    bool dropAmpersands = false; // remove '&' (menu accelerators) before cutting
};

// The English source strings of the .ts file `tsFile` cut at their %N placeholders, markup and
// punctuation into fragments of three or more words, trimmed of non-letters at both ends: English
// phrases the program can print. Sorted; empty with `error` set when the file cannot be read.
QStringList englishPhrases(const QString &tsFile, const PhraseRules &rules, QString *error = nullptr);

// The phrases of `phrases` that `text` (white space simplified) contains.
QStringList phrasesIn(const QString &text, const QStringList &phrases);

} // namespace cc::testutil
