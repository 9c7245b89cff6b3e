# Spanish for the messages of the file checks (SafeFile), the catalogue's opening (CatalogueDatabase,
# SqliteConnection), the role files (RoleJson, QJsonParseError) and `careercompare --help` (Invocation,
# QCommandLineParser), branch spanish. The terms are those of careercompare_es.ts: catálogo, rol,
# archivo, carpeta, almacén. Messages the window shows too address no one (neither tú nor usted);
# --help says tú, as the command line's other messages do.
ES = {
    # SafeFile: why a path cannot be read or written
    'file not found': 'no se encuentra el archivo',
    'it is a loop of symbolic links': 'es un bucle de enlaces simbólicos',
    'permission denied': 'permiso denegado',
    'a part of the path is not a folder': 'una parte de la ruta no es una carpeta',
    'the file system is read-only': 'el sistema de archivos es de solo lectura',
    'the disk is full': 'el disco está lleno',
    'the disk could not be read (input/output error)': 'no se pudo leer el disco (error de entrada/salida)',
    'the name is too long': 'el nombre es demasiado largo',
    'it is a folder, not a regular file': 'es una carpeta, no un archivo normal',
    'it is a FIFO (named pipe), not a regular file': 'es una FIFO (tubería con nombre), no un archivo normal',
    'it is a device, not a regular file': 'es un dispositivo, no un archivo normal',
    'it is a socket, not a regular file': 'es un socket, no un archivo normal',
    'it is not a regular file': 'no es un archivo normal',
    'it is a symbolic link to a file that does not exist': 'es un enlace simbólico a un archivo que no existe',
    'Cannot write %1: %2.': 'No se puede escribir %1: %2.',
    'Cannot read %1: %2.': 'No se puede leer %1: %2.',
    'no file name was given': 'no se indicó ningún nombre de archivo',
    'the output folder does not exist': 'la carpeta de destino no existe',
    'it is a file this command reads or keeps': 'es un archivo que este comando lee o conserva',
    'it is %1, which this command reads or keeps': 'es %1, que este comando lee o conserva',
    'it is read-only': 'es de solo lectura',
    'Cannot write: no file name was given.': 'No se puede escribir: no se indicó ningún nombre de archivo.',
    'Cannot read: no file name was given.': 'No se puede leer: no se indicó ningún nombre de archivo.',
    '%1 bytes': '%1 bytes',
    'it is larger than the limit of %1': 'supera el límite de %1',

    # CatalogueDatabase: a catalogue that cannot be used
    'The catalogue %1 does not exist.': 'El catálogo %1 no existe.',
    'The catalogue %1 cannot be read.': 'No se puede leer el catálogo %1.',
    '%1 is not a catalogue: it is not an SQLite database (it may be empty or damaged).':
        '%1 no es un catálogo: no es una base de datos SQLite (puede estar vacío o dañado).',
    "Qt's SQLite driver (QSQLITE) is not installed, so no catalogue can be read.":
        'El controlador SQLite de Qt (QSQLITE) no está instalado, así que no se puede leer ningún catálogo.',
    'The catalogue %1 cannot be opened: %2': 'No se puede abrir el catálogo %1: %2',
    '%1 is an SQLite database but not a Career Compare catalogue (%2).':
        '%1 es una base de datos SQLite, pero no un catálogo de Career Compare (%2).',
    '%1 has no schema version.': '%1 no indica ninguna versión de esquema.',
    '%1 has catalogue schema version %2, but this program reads version %3.':
        '%1 tiene la versión %2 del esquema de catálogo, pero este programa lee la versión %3.',
    'The catalogue %1 is being changed by another program (%2) right now; try again when it has finished.':
        'Otro programa (%2) está modificando el catálogo %1 en este momento; se puede volver a intentar cuando termine.',
    'The catalogue %1 cannot be trusted: %2 is the journal of a change that did not finish, so the catalogue may '
    'be half-changed. Career Compare only reads catalogues and does not roll the change back; rebuild the '
    'catalogue with careercompare-import or install it again.':
        'No se puede confiar en el catálogo %1: %2 es el registro (journal) de un cambio que no terminó, así que el '
        'catálogo puede estar modificado a medias. Career Compare solo lee catálogos y no deshace el cambio; hay que '
        'volver a generar el catálogo con careercompare-import o volver a instalarlo.',
    'The catalogue %1 cannot be read as it is: %2 holds changes that were never written into it (another program '
    'may be changing it, or was stopped). Career Compare only reads catalogues; rebuild the catalogue with '
    'careercompare-import or install it again.':
        'No se puede leer el catálogo %1 tal como está: %2 contiene cambios que nunca se escribieron en él (puede '
        'que otro programa lo esté modificando o que se haya detenido). Career Compare solo lee catálogos; hay que '
        'volver a generar el catálogo con careercompare-import o volver a instalarlo.',
    'The catalogue %1 cannot be read: a query of its metadata %2 (the file may be damaged or altered).':
        'No se puede leer el catálogo %1: una consulta de sus metadatos %2 (puede que el archivo esté dañado o '
        'alterado).',
    'process %1': 'proceso %1',
    'no application id': 'no tiene identificador de aplicación',
    'A query of the catalogue %1 (the file may be damaged or altered).':
        'Una consulta del catálogo %1 (puede que el archivo esté dañado o alterado).',
    'took longer than %1 seconds and was stopped': 'tardó más de %1 segundos y se detuvo',
    'returned more than %1 rows and was stopped': 'devolvió más de %1 filas y se detuvo',

    # RoleJson: a file of custom roles that is refused (field names are the file's own, kept as they are)
    '"%1"': '«%1»',
    ' (did you mean "%1"?)': ' (¿quizás «%1»?)',
    'unknown field %1': 'campo desconocido: %1',
    'unknown fields %1': 'campos desconocidos: %1',
    'skills must be a list of names': 'skills debe ser una lista de nombres',
    'has more than %1 skills': 'tiene más de %1 competencias',
    'skill %1 must be a non-empty name without control characters, at most %2 characters':
        'la competencia %1 debe ser un nombre no vacío, sin caracteres de control y de %2 caracteres como máximo',
    'role %1: %2': 'rol %1: %2',
    'role %1 ("%2"): %3': 'rol %1 («%2»): %3',
    '%1 is missing': 'falta el campo %1',
    '%1 must be text': 'el campo %1 debe ser texto',
    '%1 must be at most %2 characters without control characters':
        'el campo %1 debe tener como máximo %2 caracteres, sin caracteres de control',
    '%1 is empty': 'el campo %1 está vacío',
    'not valid JSON: %1 at offset %2': 'no es JSON válido: %1 en la posición %2',
    '"roles" must be a list': '«roles» debe ser una lista',
    'more than %1 roles': 'más de %1 roles',
    'role %1: must be an object': 'rol %1: debe ser un objeto',
    '%1 must be a number from %2 to %3': 'el campo %1 debe ser un número de %2 a %3',
    'salary must be an object': 'el campo salary debe ser un objeto',
    'salary.%1 is below a lower percentile': 'salary.%1 es menor que un percentil inferior',
    'salary.currency must be a three-letter code such as USD':
        'salary.currency debe ser un código de tres letras, como USD',
    '%1 has an unknown value': 'el campo %1 tiene un valor desconocido',
    '%1 must be true, false or null': 'el campo %1 debe ser true, false o null',

    # QJsonParseError: Qt's reasons for refusing JSON
    'unterminated object': 'objeto sin terminar',
    'missing name separator': 'falta el separador de nombre',
    'unterminated array': 'lista sin terminar',
    'missing value separator': 'falta el separador de valores',
    'illegal value': 'valor no válido',
    'invalid termination by number': 'terminación no válida por un número',
    'illegal number': 'número no válido',
    'invalid escape sequence': 'secuencia de escape no válida',
    'invalid UTF8 string': 'cadena UTF-8 no válida',
    'unterminated string': 'cadena sin terminar',
    'object is missing after a comma': 'falta un objeto después de una coma',
    'too deeply nested document': 'documento con demasiados niveles de anidamiento',
    'too large document': 'documento demasiado grande',
    'garbage at the end of the document': 'datos sobrantes al final del documento',

    # Invocation: careercompare --help
    'Print code<TAB>title<TAB>category of every role.': 'Muestra código<TAB>título<TAB>categoría de cada rol.',
    'Compare roles A and B without opening the window.': 'Compara los roles A y B sin abrir la ventana.',
    'With --compare: print the comparison as JSON.': 'Con --compare: muestra la comparación en JSON.',
    'With --compare: write the comparison as a PDF to FILE.':
        'Con --compare: escribe la comparación como PDF en ARCHIVO.',
    'Use catalogue FILE instead of the bundled one.': 'Usa el catálogo ARCHIVO en lugar del incluido.',
    'With --pdf: the client the report is for.': 'Con --pdf: el cliente para quien es el informe.',
    "With --pdf: print the text of FILE as the report's notes.":
        'Con --pdf: imprime el texto de ARCHIVO como notas del informe.',
    'Add the custom roles in JSON FILE to your own roles (all or nothing).':
        'Añade los roles propios del ARCHIVO JSON a tus roles propios (todos o ninguno).',
    'Write your custom roles to JSON FILE.': 'Escribe tus roles propios en el ARCHIVO JSON.',
    'Use FILE as your own data (custom roles, saved comparisons).':
        'Usa ARCHIVO para tus propios datos (roles propios, comparaciones guardadas).',
    'With --import-roles: replace your own roles that have the same codes.':
        'Con --import-roles: reemplaza tus roles propios que tengan los mismos códigos.',
    'With --pdf: letter or a4 (default: Letter in the US, A4 elsewhere).':
        'Con --pdf: letter o a4 (por defecto: Letter en EE. UU., A4 en el resto).',
    'Print the roles best matching TEXT (English titles or Spanish job names), best first, as '
    'code<TAB>title<TAB>matched term.':
        'Muestra los roles que mejor coinciden con TEXTO (títulos en inglés o nombres de puestos en español), '
        'los mejores primero, como código<TAB>título<TAB>término encontrado.',
    "The language of the text, JSON and PDF: es or en (default: the environment's, from LANGUAGE, LC_ALL, "
    'LC_MESSAGES or LANG).':
        'El idioma del texto, el JSON y el PDF: es o en (por defecto, el del entorno, según LANGUAGE, LC_ALL, '
        'LC_MESSAGES o LANG).',
    ('Invocation', 'FILE'): 'ARCHIVO',
    ('Invocation', 'NAME'): 'NOMBRE',
    ('Invocation', 'SIZE'): 'TAMAÑO',
    ('Invocation', 'TEXT'): 'TEXTO',
    ('Invocation', 'LANG'): 'IDIOMA',
    'Compare two careers side by side, offline. With no options, opens the window (on roles A and B when given).':
        'Compara dos profesiones lado a lado, sin conexión. Sin opciones, abre la ventana (con los roles A y B, '
        'si se indican).',
    'A role: O*NET code, title or alternate title.': 'Un rol: código O*NET, título o título alternativo.',
    'Another role.': 'Otro rol.',

    # QCommandLineParser: Qt's own help text
    'Displays help on commandline options.': 'Muestra la ayuda sobre las opciones de la línea de comandos.',
    'Displays help including Qt specific options.': 'Muestra la ayuda, incluidas las opciones propias de Qt.',
    'Displays version information.': 'Muestra la información de la versión.',
    'Usage: %1': 'Uso: %1',
    '[options]': '[opciones]',
    'Options:': 'Opciones:',
    'Arguments:': 'Argumentos:',
}
