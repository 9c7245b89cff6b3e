#!/bin/sh
# Re-extracts every translatable string of the program into careercompare_es.ts and fills in the
# Spanish from fill_es.py and translations/es_*.py. Fails naming any string without Spanish.
set -e
cd "$(dirname "$0")/.."
/usr/lib/qt6/bin/lupdate src ui -ts translations/careercompare_es.ts -no-obsolete -locations none
python3 translations/fill_es.py translations/careercompare_es.ts
