# Spanish for the strings of the fifth "truth" session: two close demand scores whose growth and
# openings favour one role, the text output's empty list of shared items, and an automation risk
# taken from the role's O*NET 2010 occupation.
ES = {
 'The demand scores are close, but %1 has both the higher growth rate and more openings a year (%2: %3; %4: %5).':
     'Las puntuaciones de demanda son parecidas, pero %1 tiene a la vez la tasa de crecimiento más alta y más vacantes al año (%2: %3; %4: %5).',
 'The demand scores are close, but %1 has the higher growth rate (%2: %3; %4: %5).':
     'Las puntuaciones de demanda son parecidas, pero %1 tiene la tasa de crecimiento más alta (%2: %3; %4: %5).',
 'The demand scores are close, but %1 has more openings a year (%2: %3; %4: %5).':
     'Las puntuaciones de demanda son parecidas, pero %1 tiene más vacantes al año (%2: %3; %4: %5).',
 'Shared skills: none': 'Competencias compartidas: ninguna',
 'Shared technologies: none': 'Tecnologías compartidas: ninguna',
}
ES.update({
 # Provenance: a Frey & Osborne figure through the role's O*NET 2010 occupation
 "O*NET-SOC 2010 %1 %2, this occupation before O*NET's 2019 codes, in 2010 SOC %3":
     'O*NET-SOC 2010 %1 %2, esta ocupación antes de los códigos de O*NET de 2019, en el SOC 2010 %3',
})
ES.update({
 # The report's small bar charts: a missing figure's place
 'n/a': 's. d.',
})
ES.update({
 # Provenance: a seed role's Bright Outlook
 'the role is not a BLS occupation, so no projection says whether its outlook is bright':
     'el rol no es una ocupación del BLS, así que ninguna proyección dice si sus perspectivas son buenas',
})
ES.update({
 # The window after a review as a counselor would use it
 '<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 technologies and topics to learn (skills and knowledge are not compared: they are not rated for both roles)':
     '<b>Hoja de ruta: %1 \u2192 %2</b> \u2014 %3 tecnologías y temas que aprender (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)',
 "Bold: the better value. * an estimate. \u2020 the seed web page's own figure, on a scale the page does not explain: never ranked against official statistics. Hover over a value for its source and how it was estimated.":
     'En negrita: el mejor valor. * una estimación. \u2020 la cifra propia de la página web de origen, en una escala que la página no explica: nunca se ordena frente a estadísticas oficiales. Pase el puntero sobre un valor para ver su fuente y cómo se estimó.',
 "%1 (bottom of the seed web page's range)": '%1 (extremo inferior del rango de la página web de origen)',
 "%1 (top of the seed web page's range)": '%1 (extremo superior del rango de la página web de origen)',
 'Related to %1 (O*NET): O*NET lists none': 'Relacionadas con %1 (O*NET): O*NET no indica ninguna',
 'Related to %1: none listed, as it is not an O*NET occupation': 'Relacionadas con %1: ninguna, porque no es una ocupación de O*NET',
})
ES.update({
 '<b>Roadmap: %1 \u2192 %2</b> \u2014 %3 technologies to learn (skills and knowledge are not compared: they are not rated for both roles)':
     '<b>Hoja de ruta: %1 \u2192 %2</b> \u2014 %3 tecnologías que aprender (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)',
})
ES.update({
 # Two pairs read against the sources
 'Want a lower AI replacement risk (%1 against %2)': 'Busca un menor riesgo de sustitución por IA (%1 frente a %2)',
 'Technologies to learn first, coming from %1 (skills and knowledge are not compared: they are not rated for %2):':
     'Tecnologías que aprender primero, viniendo de %1 (las competencias y los conocimientos no se comparan: no están valorados para %2):',
 'Technologies and topics to learn first, coming from %1 (skills and knowledge are not compared: they are not rated for %2):':
     'Tecnologías y temas que aprender primero, viniendo de %1 (las competencias y los conocimientos no se comparan: no están valorados para %2):',
 'Shared skills, knowledge areas and technologies (%1): %2': 'Competencias, áreas de conocimiento y tecnologías compartidas (%1): %2',
})
ES.update({
 # Issue 13, a hostile tester's catalogue: survey shares that cannot be true, a role read's deadline
 "the catalogue's shares of the survey groups of %1 add up to %2%, more than 100%":
     'las proporciones de los grupos de la encuesta de %1 en el catálogo suman %2%, más del 100%',
 "the catalogue's shares of where people in %1 are a year later add up to %2%, more than 100%":
     'las proporciones del catálogo de dónde están un año después las personas de %1 suman %2%, más del 100%',
 'was stopped: with the statements before it, reading took longer than %1 seconds':
     'se detuvo: con las consultas anteriores, la lectura tardó más de %1 segundos',
})
ES.update({
 # Issue 13, a hostile tester's paths
 'The catalogue %1 cannot be read: %2.': 'No se puede leer el catálogo %1: %2.',
 'No catalogue file was given: its name is empty.': 'No se indicó ningún archivo de catálogo: su nombre está vacío.',
 'Cannot use %1 as your own data (custom roles, saved comparisons): this command also uses it as %2. Give --user-store a file of its own.':
     'No se puede usar %1 para sus propios datos (roles personalizados, comparaciones guardadas): este comando también lo usa como %2. Indique en --user-store un archivo propio.',
 "argument %1 (%2) is not valid text in the system's encoding (UTF-8); a file of that name cannot be used: rename it":
     'el argumento %1 (%2) no es texto válido en la codificación del sistema (UTF-8); no se puede usar un archivo con ese nombre: cámbiele el nombre',
})
ES.update({
 'it is computed from the employment projections, whose values in the catalogue cannot be true':
     'se calcula a partir de las proyecciones de empleo, cuyos valores en el catálogo no pueden ser ciertos',
 'it follows from the Job Zone, whose value in the catalogue cannot be true':
     'se deriva de la zona de preparación, cuyo valor en el catálogo no puede ser cierto',
})
ES.update({
 '%1, a file SQLite keeps beside %2, cannot be used: %3. Move it away (keep it: it may hold recent changes) or use another file':
     '%1, un archivo que SQLite guarda junto a %2, no se puede usar: %3. Muévalo a otro sitio (consérvelo: puede contener cambios recientes) o use otro archivo',
})
ES.update({
 'The catalogue %1 cannot be trusted: %2 is the journal of a change that did not finish, so the catalogue may be half-changed. Career Compare only reads catalogues and does not roll the change back: open %1 once with the sqlite3 program (SQLite rolls the change back), or move %2 away and rebuild the catalogue with careercompare-import, or install it again.':
     'No se puede confiar en el catálogo %1: %2 es el registro (journal) de un cambio que no terminó, así que el catálogo puede estar modificado a medias. Career Compare solo lee catálogos y no deshace el cambio: abra %1 una vez con el programa sqlite3 (SQLite deshace el cambio), o aparte %2 y vuelva a generar el catálogo con careercompare-import, o vuelva a instalarlo.',
 'The catalogue %1 cannot be read as it is: %2 holds changes that were never written into it (another program may be changing it, or was stopped). Career Compare only reads catalogues: open %1 once with the sqlite3 program (SQLite writes the changes in), or move %2 away and rebuild the catalogue with careercompare-import, or install it again.':
     'No se puede leer el catálogo %1 tal como está: %2 contiene cambios que nunca se escribieron en él (puede que otro programa lo esté modificando o que se haya detenido). Career Compare solo lee catálogos: abra %1 una vez con el programa sqlite3 (SQLite escribe los cambios en él), o aparte %2 y vuelva a generar el catálogo con careercompare-import, o vuelva a instalarlo.',
})
ES.update({
 "(No font installed on this computer has these characters of the notes or the client's name, so they print as empty boxes: %1. A font that has them, such as Noto, prints them.)":
     '(Ninguna fuente instalada en este equipo tiene estos caracteres de las notas o del nombre del cliente, así que se imprimen como recuadros vacíos: %1. Una fuente que los tenga, como Noto, los imprime.)',
 "the PDF is written, but no font installed on this computer has these characters of the notes or the client's name, so they print as empty boxes: %1. Install a font that has them (for Chinese, Japanese and Korean, for example, fonts-noto-cjk).":
     'el PDF está escrito, pero ninguna fuente instalada en este equipo tiene estos caracteres de las notas o del nombre del cliente, así que se imprimen como recuadros vacíos: %1. Instale una fuente que los tenga (para chino, japonés y coreano, por ejemplo, fonts-noto-cjk).',
})
ES.update({
 'the catalogue names no source for it': 'el catálogo no indica ninguna fuente para él',
})
ES.update({
 'beside "roles": %1': 'junto a «roles»: %1',
 # careercompare-import: the source folder and the optional mobility/ and esco/ (a hostile tester's paths)
 'no folder was given': 'no se indicó ninguna carpeta',
 'folder not found': 'no se encontró la carpeta',
 'it is a symbolic link to a folder that does not exist': 'es un enlace simbólico a una carpeta que no existe',
 'it is a file, not a folder': 'es un archivo, no una carpeta',
 'it is a FIFO (named pipe), not a folder': 'es una FIFO (tubería con nombre), no una carpeta',
 'it is a device, not a folder': 'es un dispositivo, no una carpeta',
 'it is a socket, not a folder': 'es un socket, no una carpeta',
 'it is not a folder': 'no es una carpeta',
 'source folder not found': 'no se encontró la carpeta de datos de origen',
 '%1; give --source the folder of the public data (../shared/data by default)':
     '%1; indique en --source la carpeta de los datos públicos (../shared/data de forma predeterminada)',
 '%1; %2/ is optional: make it the folder of its tables, or remove it to build the catalogue without it':
     '%1; %2/ es opcional: haga que sea la carpeta de sus tablas, o elimínela para generar el catálogo sin ella',
 '%1; put the table itself here, or remove %2 from %3/ to build the catalogue without them':
     '%1; ponga aquí la tabla misma, o quite %2 de %3/ para generar el catálogo sin ellas',
})
ES.update({
 "the catalogue's similarity figures for %1 cannot be read (they are not numbers in range)":
     'las cifras de similitud del catálogo para %1 no se pueden leer (no son números dentro del intervalo)',
})
ES.update({
 "%1 (%2) is not valid text in the system's encoding (UTF-8); a file of that name cannot be used: rename it":
     '%1 (%2) no es texto válido en la codificación del sistema (UTF-8); no se puede usar un archivo con ese nombre: cámbiele el nombre',
})
