# Spanish for the strings of issue 13 items 7, 10, 11 (branch h13b).
ES = {
    'No font can be read on this computer, so text cannot be drawn: a PDF would have no words and the window shows empty boxes. Install a font package (for example fonts-dejavu-core) and try again.':
        'No se puede leer ninguna fuente en esta computadora, así que no se puede dibujar texto: un PDF no tendría palabras y la ventana muestra recuadros vacíos. Instala un paquete de fuentes (por ejemplo fonts-dejavu-core) y vuelve a intentarlo.',
    'HOME is empty or not set': 'HOME está vacía o no está definida',
    'HOME (%1) is not an absolute path': 'HOME (%1) no es una ruta absoluta',
    'HOME is the root folder "/"': 'HOME es la carpeta raíz "/"',
    'HOME (%1) is not an existing folder': 'HOME (%1) no es una carpeta existente',
    'the folder %1 is outside your home folder': 'la carpeta %1 está fuera de tu carpeta personal',
    'Your own data (custom roles, saved comparisons) cannot be kept, because %1, so no folder is made for it. Set HOME to your home folder, or give --user-store FILE.':
        'Tus propios datos (roles personalizados, comparaciones guardadas) no se pueden conservar porque %1, así que no se crea ninguna carpeta para ellos. Define HOME como tu carpeta personal o usa --user-store ARCHIVO.',
    'Your settings (last comparison, theme, window size) are kept only until you close the window, because %1. Set HOME to your home folder to keep them.':
        'Tus preferencias (última comparación, tema, tamaño de la ventana) se conservan solo hasta que cierres la ventana, porque %1. Define HOME como tu carpeta personal para conservarlas.',
    'another program is using the file (the database is locked); close it and try again':
        'otro programa está usando el archivo (la base de datos está bloqueada); ciérralo y vuelve a intentarlo',
    'the disk is full; free some space and try again': 'el disco está lleno; libera espacio y vuelve a intentarlo',
    'the file or its folder is read-only; choose a file you may write to':
        'el archivo o su carpeta es de solo lectura; elige un archivo en el que puedas escribir',
    'the file cannot be opened; check that its folder exists and that you may read and write there':
        'no se puede abrir el archivo; comprueba que su carpeta existe y que puedes leer y escribir en ella',
    'it is not a database file': 'no es un archivo de base de datos',
    'the file is damaged': 'el archivo está dañado',
    'the disk could not be read or written (input/output error)':
        'no se pudo leer o escribir en el disco (error de entrada/salida)',
    'you do not have permission to use the file': 'no tienes permiso para usar el archivo',
    'a table or column it needs is missing (%1); the file is damaged or from another version of Career Compare':
        'falta una tabla o columna necesaria (%1); el archivo está dañado o es de otra versión de Career Compare',
    'the database gave no reason; the file may be damaged or from another version of Career Compare':
        'la base de datos no dio ningún motivo; puede que el archivo esté dañado o sea de otra versión de Career Compare',
    'a query did not fit the file (%1); the file may be damaged or from another version of Career Compare':
        'una consulta no corresponde al archivo (%1); puede que el archivo esté dañado o sea de otra versión de Career Compare',
    'Replace': 'Reemplazar',
}
NUMERUS = {
    'The file has %n role(s) with the same code as one of your own roles: %1. Replace your roles with the ones in the file?': [
        'El archivo tiene %n rol con el mismo código que uno de tus propios roles: %1. ¿Quieres reemplazar tus roles por los del archivo?',
        'El archivo tiene %n roles con el mismo código que tus propios roles: %1. ¿Quieres reemplazar tus roles por los del archivo?',
    ],
}
