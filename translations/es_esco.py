# Spanish for the strings of issue 12 items 3-4 (Spanish search terms, ESCO subtitle); loaded by fill_es.py.
ES = {
    '%1 (%2), %3; Spanish term: %4': '%1 (%2), %3; término en español: %4',
    'common US and Latin American usage': 'uso común en EE. UU. y América Latina',
    'ESCO classification': 'clasificación ESCO',
    '%1, in Spanish %2': '%1, en español %2',
    'ESCO: %1': 'ESCO: %1',
}
