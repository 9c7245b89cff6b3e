# Spanish for the command line's messages and the data layer's reasons (branch polish).
ES = {
    # Command line (src/app/commandline.cpp)
    'it gave no reason; the file may be damaged or from another version of Career Compare (try --db with a fresh copy of the catalogue)':
        'no indicó ningún motivo; el archivo puede estar dañado o ser de otra versión de Career Compare (prueba --db con una copia nueva del catálogo)',
    'the catalogue cannot be read: %1': 'no se puede leer el catálogo: %1',
    'your saved data could not be read; it was set aside as %1':
        'no se pudieron leer tus datos guardados; se apartaron como %1',
    '"%1" names several roles; give one of their codes:':
        '«%1» corresponde a varios roles; indica uno de sus códigos:',
    'no role is called "%1".': 'ningún rol se llama «%1».',
    'Closest matches:': 'Los más parecidos:',
    'catalogue: %1': 'catálogo: %1',
    'give two roles to compare, for example:': 'indica dos roles para comparar, por ejemplo:',
    '--list, --search, --import-roles and --export-roles take no roles':
        '--list, --search, --import-roles y --export-roles no admiten roles',
    "the catalogue cannot be read, so the roles' codes cannot be checked: %1":
        'no se puede leer el catálogo, así que no se pueden comprobar los códigos de los roles: %1',
    '(--replace replaces your own roles with the same codes.)':
        '(--replace reemplaza tus roles propios que tengan los mismos códigos).',
    ('CommandLine', 'replaced'): 'reemplazado',
    ('CommandLine', 'imported'): 'importado',
    '--search needs some text to look for': '--search necesita un texto que buscar',
    'no role matches "%1" in its title, alternate titles or Spanish names':
        'ningún rol coincide con «%1» en su título, sus títulos alternativos o sus nombres en español',
    'the notes: %1': 'las notas: %1',
    'the notes are longer than %1 characters; the PDF prints the first %1.':
        'las notas tienen más de %1 caracteres; el PDF imprime los primeros %1.',
    'your custom roles cannot be looked up: %1': 'no se pueden consultar tus roles propios: %1',
    # Arguments (src/app/invocation.cpp), and Qt's own parser errors
    '--paper takes letter or a4, not "%1"': '--paper admite letter o a4, no «%1»',
    '--lang takes %1 or %2, not "%3"': '--lang admite %1 o %2, no «%3»',
    "Unknown option '%1'.": 'Opción desconocida: «%1».',
    'Unknown options: %1.': 'Opciones desconocidas: %1.',
    "Missing value after '%1'.": 'Falta un valor después de «%1».',
    "Unexpected value after '%1'.": 'Valor inesperado después de «%1».',
    # The catalogue's refused values (src/data/cataloguevalues.cpp)
    "the catalogue's salary percentiles are out of order (%1 %2 is above %3 %4)":
        'los percentiles salariales del catálogo están desordenados (%1 %2 es mayor que %3 %4)',
    "the catalogue's value %1 for %2 is not a number": 'el valor %1 del catálogo para %2 no es un número',
    "the catalogue's value %1 for %2 is not a whole number":
        'el valor %1 del catálogo para %2 no es un número entero',
    "the catalogue's value %1 for %2 is outside the range %3 to %4":
        'el valor %1 del catálogo para %2 está fuera del intervalo de %3 a %4',
    "the catalogue's value \"%1\" for %2 is not one this program knows":
        'el valor «%1» del catálogo para %2 no es uno que este programa conozca',
    # The user's store (src/data/userstore*.cpp)
    'it was written by a newer Career Compare (store version %1)':
        'lo escribió una versión más reciente de Career Compare (versión del almacén %1)',
    'it could not be upgraded': 'no se pudo actualizar',
    'it could not be upgraded: %1': 'no se pudo actualizar: %1',
    'no client %1': 'no existe el cliente %1',
    'no saved comparison %1': 'no existe la comparación guardada %1',
}
# The custom-role dialog offers O*NET's skills by their Spanish names: its hint names them so.
ES[('cc::CustomRoleDialog', 'One skill per line. Names the catalogue knows (Python, Programming, Mathematics…) are matched to it.')] = \
    'Una competencia por línea. Los nombres que conoce el catálogo (Python, Programación, Matemáticas…) se enlazan con él.'
