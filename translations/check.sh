#!/bin/sh
# CI: lupdate over the sources into a temporary copy of careercompare_es.ts, then fill_es.py: fails,
# naming them, when any source string has no Spanish, or when an entry is left unfinished.
set -e
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp translations/careercompare_es.ts "$work/careercompare_es.ts"
"$LUPDATE" src ui -ts "$work/careercompare_es.ts" -no-obsolete -locations none >"$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log"; exit 1; }
python3 translations/fill_es.py "$work/careercompare_es.ts"
if grep -q 'type="unfinished"' "$work/careercompare_es.ts"; then
    echo "unfinished translations remain:" >&2
    grep -B2 'type="unfinished"' "$work/careercompare_es.ts" >&2
    exit 1
fi
