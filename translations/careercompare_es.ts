<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>CatalogueDatabase</name>
    <message>
        <source>A query of the catalogue %1 (the file may be damaged or altered).</source>
        <translation>Una consulta del catálogo %1 (puede que el archivo esté dañado o alterado).</translation>
    </message>
    <message>
        <source>The catalogue %1 does not exist.</source>
        <translation>El catálogo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a catalogue: it is not an SQLite database (it may be empty or damaged).</source>
        <translation>%1 no es un catálogo: no es una base de datos SQLite (puede estar vacío o dañado).</translation>
    </message>
    <message>
        <source>Qt's SQLite driver (QSQLITE) is not installed, so no catalogue can be read.</source>
        <translation>El controlador SQLite de Qt (QSQLITE) no está instalado, así que no se puede leer ningún catálogo.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be opened: %2</source>
        <translation>No se puede abrir el catálogo %1: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Career Compare catalogue (%2).</source>
        <translation>%1 es una base de datos SQLite, pero no un catálogo de Career Compare (%2).</translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation>%1 no indica ninguna versión de esquema.</translation>
    </message>
    <message>
        <source>%1 has catalogue schema version %2, but this program reads version %3.</source>
        <translation>%1 tiene la versión %2 del esquema de catálogo, pero este programa lee la versión %3.</translation>
    </message>
    <message>
        <source>The catalogue %1 is being changed by another program (%2) right now; try again when it has finished.</source>
        <translation>Otro programa (%2) está modificando el catálogo %1 en este momento; se puede volver a intentar cuando termine.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read: a query of its metadata %2 (the file may be damaged or altered).</source>
        <translation>No se puede leer el catálogo %1: una consulta de sus metadatos %2 (puede que el archivo esté dañado o alterado).</translation>
    </message>
    <message>
        <source>process %1</source>
        <translation>proceso %1</translation>
    </message>
    <message>
        <source>no application id</source>
        <translation>no tiene identificador de aplicación</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month and year of a release</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>O*NET %1, BLS OEWS %2, BLS projections %3</source>
        <translation>O*NET %1, BLS OEWS %2, proyecciones del BLS %3</translation>
    </message>
    <message>
        <source>No catalogue file was given: its name is empty.</source>
        <translation>No se indicó ningún archivo de catálogo: su nombre está vacío.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read: %2.</source>
        <translation>No se puede leer el catálogo %1: %2.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be trusted: %2 is the journal of a change that did not finish, so the catalogue may be half-changed. Career Compare only reads catalogues and does not roll the change back: open %1 once with the sqlite3 program (SQLite rolls the change back), or move %2 away and rebuild the catalogue with careercompare-import, or install it again.</source>
        <translation>No se puede confiar en el catálogo %1: %2 es el registro (journal) de un cambio que no terminó, así que el catálogo puede estar modificado a medias. Career Compare solo lee catálogos y no deshace el cambio: abra %1 una vez con el programa sqlite3 (SQLite deshace el cambio), o aparte %2 y vuelva a generar el catálogo con careercompare-import, o vuelva a instalarlo.</translation>
    </message>
    <message>
        <source>The catalogue %1 cannot be read as it is: %2 holds changes that were never written into it (another program may be changing it, or was stopped). Career Compare only reads catalogues: open %1 once with the sqlite3 program (SQLite writes the changes in), or move %2 away and rebuild the catalogue with careercompare-import, or install it again.</source>
        <translation>No se puede leer el catálogo %1 tal como está: %2 contiene cambios que nunca se escribieron en él (puede que otro programa lo esté modificando o que se haya detenido). Career Compare solo lee catálogos: abra %1 una vez con el programa sqlite3 (SQLite escribe los cambios en él), o aparte %2 y vuelva a generar el catálogo con careercompare-import, o vuelva a instalarlo.</translation>
    </message>
</context>
<context>
    <name>CatalogueValues</name>
    <message>
        <source>the catalogue's salary percentiles are out of order (%1 %2 is above %3 %4)</source>
        <translation>los percentiles salariales del catálogo están desordenados (%1 %2 es mayor que %3 %4)</translation>
    </message>
    <message>
        <source>the catalogue's value %1 for %2 is not a number</source>
        <translation>el valor %1 del catálogo para %2 no es un número</translation>
    </message>
    <message>
        <source>the catalogue's value %1 for %2 is not a whole number</source>
        <translation>el valor %1 del catálogo para %2 no es un número entero</translation>
    </message>
    <message>
        <source>the catalogue's value %1 for %2 is outside the range %3 to %4</source>
        <translation>el valor %1 del catálogo para %2 está fuera del intervalo de %3 a %4</translation>
    </message>
    <message>
        <source>the catalogue's value "%1" for %2 is not one this program knows</source>
        <translation>el valor «%1» del catálogo para %2 no es uno que este programa conozca</translation>
    </message>
    <message>
        <source>the catalogue's shares of the survey groups of %1 add up to %2%, more than 100%</source>
        <translation>las proporciones de los grupos de la encuesta de %1 en el catálogo suman %2%, más del 100%</translation>
    </message>
    <message>
        <source>the catalogue's shares of where people in %1 are a year later add up to %2%, more than 100%</source>
        <translation>las proporciones del catálogo de dónde están un año después las personas de %1 suman %2%, más del 100%</translation>
    </message>
    <message>
        <source>it is computed from the employment projections, whose values in the catalogue cannot be true</source>
        <translation>se calcula a partir de las proyecciones de empleo, cuyos valores en el catálogo no pueden ser ciertos</translation>
    </message>
    <message>
        <source>it follows from the Job Zone, whose value in the catalogue cannot be true</source>
        <translation>se deriva de la zona de preparación, cuyo valor en el catálogo no puede ser cierto</translation>
    </message>
    <message>
        <source>the catalogue names no source for it</source>
        <translation>el catálogo no indica ninguna fuente para él</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>10th–90th percentile</source>
        <translation>percentiles 10–90</translation>
    </message>
    <message>
        <source>25th–75th percentile (middle 50%)</source>
        <translation>percentiles 25–75 (el 50 % central)</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>upper middle</source>
        <translation>mitad central superior</translation>
    </message>
    <message>
        <source>upper band</source>
        <translation>banda superior</translation>
    </message>
    <message>
        <source>$%.0fk</source>
        <translation>%.0f mil</translation>
    </message>
    <message>
        <source>Annual salary range (US$, 10th to 90th percentile)</source>
        <translation>Rango salarial anual (US$, percentiles 10 a 90)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Learning (months)</source>
        <translation>Aprendizaje (meses)</translation>
    </message>
    <message>
        <source>Time to become qualified (months)</source>
        <translation>Tiempo de preparación (meses)</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Aprendizaje</translation>
    </message>
    <message>
        <source>Demand score (0–10)</source>
        <translation>Índice de demanda (0–10)</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>Demanda</translation>
    </message>
    <message>
        <source>AI risk, LLM exposure (%)</source>
        <translation>Riesgo de IA, exposición a LLM (%)</translation>
    </message>
    <message>
        <source>AI risk and LLM exposure (%)</source>
        <translation>Riesgo de IA y exposición a LLM (%)</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>LLM exposure</source>
        <translation>Exposición a LLM</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos</translation>
    </message>
    <message>
        <source>%1 (n/a)</source>
        <translation>%1 (s. d.)</translation>
    </message>
    <message>
        <source>%1 (%2 n/a)</source>
        <translation>%1 (%2: s. d.)</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Rango salarial</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>percentil 10</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>percentil 25</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>percentil 75</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>percentil 90</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Skill importance (1–5)</source>
        <translation>Importancia de la competencia (1–5)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Most important skills (O*NET importance, 1–5)</source>
        <translation>Competencias más importantes (O*NET, 1–5)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>no rated skills</source>
        <translation>sin competencias valoradas</translation>
    </message>
    <message>
        <source>none rated for %1</source>
        <translation>ninguna valorada para %1</translation>
    </message>
    <message>
        <source>under 3 or not reported</source>
        <translation>menos de 3 o sin dato</translation>
    </message>
    <message>
        <source>no bar: under 3 or not reported</source>
        <translation>sin barra: menos de 3 o sin dato</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s. d.</translation>
    </message>
    <message>
        <source>%1 (bottom of the seed web page's range)</source>
        <translation>%1 (extremo inferior del rango de la página web de origen)</translation>
    </message>
    <message>
        <source>%1 (top of the seed web page's range)</source>
        <translation>%1 (extremo superior del rango de la página web de origen)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Choose %1 if you...</source>
        <translation>Elija %1 si...</translation>
    </message>
    <message>
        <source>Shared skills (%1): %2</source>
        <translation>Competencias compartidas (%1): %2</translation>
    </message>
    <message>
        <source>Real moves (US Current Population Survey, del Rio-Chanona et al. 2021)</source>
        <translation>Cambios reales (Current Population Survey de EE. UU., del Rio-Chanona y otros, 2021)</translation>
    </message>
    <message>
        <source>What the work is (O*NET detailed work activities, core tasks first)</source>
        <translation>En qué consiste el trabajo (actividades de trabajo detalladas de O*NET, primero las de tareas esenciales)</translation>
    </message>
    <message>
        <source>O*NET lists no work activities</source>
        <translation>O*NET no indica actividades laborales</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>%1 — ESCO: %2</source>
        <translation>%1 — ESCO: %2</translation>
    </message>
    <message>
        <source>it gave no reason; the file may be damaged or from another version of Career Compare (try --db with a fresh copy of the catalogue)</source>
        <translation>no indicó ningún motivo; el archivo puede estar dañado o ser de otra versión de Career Compare (prueba --db con una copia nueva del catálogo)</translation>
    </message>
    <message>
        <source>the catalogue cannot be read: %1</source>
        <translation>no se puede leer el catálogo: %1</translation>
    </message>
    <message>
        <source>your saved data could not be read; it was set aside as %1</source>
        <translation>no se pudieron leer tus datos guardados; se apartaron como %1</translation>
    </message>
    <message>
        <source>"%1" names several roles; give one of their codes:</source>
        <translation>«%1» corresponde a varios roles; indica uno de sus códigos:</translation>
    </message>
    <message>
        <source>no role is called "%1".</source>
        <translation>ningún rol se llama «%1».</translation>
    </message>
    <message>
        <source>Closest matches:</source>
        <translation>Los más parecidos:</translation>
    </message>
    <message>
        <source>catalogue: %1</source>
        <translation>catálogo: %1</translation>
    </message>
    <message>
        <source>give two roles to compare, for example:</source>
        <translation>indica dos roles para comparar, por ejemplo:</translation>
    </message>
    <message>
        <source>--list, --search, --import-roles and --export-roles take no roles</source>
        <translation>--list, --search, --import-roles y --export-roles no admiten roles</translation>
    </message>
    <message>
        <source>the catalogue cannot be read, so the roles' codes cannot be checked: %1</source>
        <translation>no se puede leer el catálogo, así que no se pueden comprobar los códigos de los roles: %1</translation>
    </message>
    <message>
        <source>(--replace replaces your own roles with the same codes.)</source>
        <translation>(--replace reemplaza tus roles propios que tengan los mismos códigos).</translation>
    </message>
    <message>
        <source>replaced</source>
        <translation>reemplazado</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <source>--search needs some text to look for</source>
        <translation>--search necesita un texto que buscar</translation>
    </message>
    <message>
        <source>no role matches "%1" in its title, alternate titles or Spanish names</source>
        <translation>ningún rol coincide con «%1» en su título, sus títulos alternativos o sus nombres en español</translation>
    </message>
    <message>
        <source>the notes: %1</source>
        <translation>las notas: %1</translation>
    </message>
    <message>
        <source>the notes are longer than %1 characters; the PDF prints the first %1.</source>
        <translation>las notas tienen más de %1 caracteres; el PDF imprime los primeros %1.</translation>
    </message>
    <message>
        <source>your custom roles cannot be looked up: %1</source>
        <translation>no se pueden consultar tus roles propios: %1</translation>
    </message>
    <message>
        <source>Shared technologies (%1): %2</source>
        <translation>Tecnologías compartidas (%1): %2</translation>
    </message>
    <message>
        <source>Shared skills: none</source>
        <translation>Competencias compartidas: ninguna</translation>
    </message>
    <message>
        <source>Shared technologies: none</source>
        <translation>Tecnologías compartidas: ninguna</translation>
    </message>
    <message>
        <source>Shared skills, knowledge areas and technologies (%1): %2</source>
        <translation>Competencias, áreas de conocimiento y tecnologías compartidas (%1): %2</translation>
    </message>
    <message>
        <source>argument %1 (%2) is not valid text in the system's encoding (UTF-8); a file of that name cannot be used: rename it</source>
        <translation>el argumento %1 (%2) no es texto válido en la codificación del sistema (UTF-8); no se puede usar un archivo con ese nombre: cámbiele el nombre</translation>
    </message>
    <message>
        <source>the PDF is written, but no font installed on this computer has these characters of the notes or the client's name, so they print as empty boxes: %1. Install a font that has them (for Chinese, Japanese and Korean, for example, fonts-noto-cjk).</source>
        <translation>el PDF está escrito, pero ninguna fuente instalada en este equipo tiene estos caracteres de las notas o del nombre del cliente, así que se imprimen como recuadros vacíos: %1. Instale una fuente que los tenga (para chino, japonés y coreano, por ejemplo, fonts-noto-cjk).</translation>
    </message>
    <message>
        <source>%1 (%2) is not valid text in the system's encoding (UTF-8); a file of that name cannot be used: rename it</source>
        <translation>%1 (%2) no es texto válido en la codificación del sistema (UTF-8); no se puede usar un archivo con ese nombre: cámbiele el nombre</translation>
    </message>
</context>
<context>
    <name>Difficulty</name>
    <message>
        <source>Beginner</source>
        <translation>Inicial</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Intermedia</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzada</translation>
    </message>
</context>
<context>
    <name>EntryBarrier</name>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
</context>
<context>
    <name>FontCheck</name>
    <message>
        <source>No font can be read on this computer, so text cannot be drawn: a PDF would have no words and the window shows empty boxes. Install a font package (for example fonts-dejavu-core) and try again.</source>
        <translation>No se puede leer ninguna fuente en esta computadora, así que no se puede dibujar texto: un PDF no tendría palabras y la ventana muestra recuadros vacíos. Instala un paquete de fuentes (por ejemplo fonts-dejavu-core) y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>$%1</source>
        <translation>%1 US$</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
</context>
<context>
    <name>GlanceRows</name>
    <message>
        <source>Job growth 2024–34</source>
        <translation>Crecimiento del empleo 2024–34</translation>
    </message>
    <message>
        <source>Openings a year</source>
        <translation>Vacantes al año</translation>
    </message>
    <message>
        <source>Bright Outlook</source>
        <translation>Perspectiva favorable (Bright Outlook)</translation>
    </message>
    <message>
        <source>bright outlook</source>
        <translation>perspectiva favorable</translation>
    </message>
    <message>
        <source>more openings</source>
        <translation>más vacantes</translation>
    </message>
    <message>
        <source>wider</source>
        <translation>más amplio</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimación</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>◀ better</source>
        <translation>◀ mejor</translation>
    </message>
    <message>
        <source>◀ %1</source>
        <translation>◀ %1</translation>
    </message>
    <message>
        <source>better ▶</source>
        <translation>mejor ▶</translation>
    </message>
    <message>
        <source>%1 ▶</source>
        <translation>%1 ▶</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>cannot compare</source>
        <translation>no comparable</translation>
    </message>
    <message>
        <source>/yr</source>
        <translation>/año</translation>
    </message>
    <message>
        <source>Salary range</source>
        <translation>Rango salarial</translation>
    </message>
    <message>
        <source>Median salary</source>
        <translation>Salario mediano</translation>
    </message>
    <message>
        <source>Demand score</source>
        <translation>Índice de demanda</translation>
    </message>
    <message>
        <source>AI replacement risk</source>
        <translation>Riesgo de sustitución por IA</translation>
    </message>
    <message>
        <source>LLM exposure</source>
        <translation>Exposición a LLM</translation>
    </message>
    <message>
        <source>more exposed</source>
        <translation>más expuesta</translation>
    </message>
    <message>
        <source>Learning curve</source>
        <translation>Curva de aprendizaje</translation>
    </message>
    <message>
        <source>Difficulty</source>
        <translation>Dificultad</translation>
    </message>
    <message>
        <source>Entry barrier</source>
        <translation>Barrera de entrada</translation>
    </message>
    <message>
        <source>Remote friendly</source>
        <translation>Apta para teletrabajo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Requires coding</source>
        <translation>Requiere programar</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>about equal</source>
        <translation>parecido</translation>
    </message>
    <message>
        <source>higher rate</source>
        <translation>tasa mayor</translation>
    </message>
    <message>
        <source>neither better</source>
        <translation>ninguno mejor</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>sin clasificar</translation>
    </message>
    <message>
        <source>Not ranked: a Job Zone's median learning time is a figure of the group, not of the role</source>
        <translation>Sin clasificar: la mediana del tiempo de preparación de una zona de preparación es una cifra del grupo, no del rol</translation>
    </message>
    <message>
        <source>Not compared: one figure comes from the seed web page, which does not say how it was made</source>
        <translation>Sin comparar: una de las cifras viene de la página web de origen, que no dice cómo se obtuvo</translation>
    </message>
    <message>
        <source>Neither range is better at every point: one is higher at some percentiles and lower at others</source>
        <translation>Ningún rango es mejor en todos sus puntos: uno es más alto en algunos percentiles y más bajo en otros</translation>
    </message>
    <message>
        <source>Not ranked: a plain mean of different Frey &amp; Osborne figures, which would rank the two differently</source>
        <translation>Sin clasificar: una media simple de cifras distintas de Frey y Osborne, que ordenarían los dos roles de otra manera</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1; %2/ is optional: make it the folder of its tables, or remove it to build the catalogue without it</source>
        <translation>%1; %2/ es opcional: haga que sea la carpeta de sus tablas, o elimínela para generar el catálogo sin ella</translation>
    </message>
    <message>
        <source>%1; put the table itself here, or remove %2 from %3/ to build the catalogue without them</source>
        <translation>%1; ponga aquí la tabla misma, o quite %2 de %3/ para generar el catálogo sin ellas</translation>
    </message>
    <message>
        <source>source folder not found</source>
        <translation>no se encontró la carpeta de datos de origen</translation>
    </message>
    <message>
        <source>%1; give --source the folder of the public data (../shared/data by default)</source>
        <translation>%1; indique en --source la carpeta de los datos públicos (../shared/data de forma predeterminada)</translation>
    </message>
</context>
<context>
    <name>Invocation</name>
    <message>
        <source>Your own data (custom roles, saved comparisons) cannot be kept, because %1, so no folder is made for it. Set HOME to your home folder, or give --user-store FILE.</source>
        <translation>Tus propios datos (roles personalizados, comparaciones guardadas) no se pueden conservar porque %1, así que no se crea ninguna carpeta para ellos. Define HOME como tu carpeta personal o usa --user-store ARCHIVO.</translation>
    </message>
    <message>
        <source>--paper takes letter or a4, not "%1"</source>
        <translation>--paper admite letter o a4, no «%1»</translation>
    </message>
    <message>
        <source>--lang takes %1 or %2, not "%3"</source>
        <translation>--lang admite %1 o %2, no «%3»</translation>
    </message>
    <message>
        <source>Print code&lt;TAB&gt;title&lt;TAB&gt;category of every role.</source>
        <translation>Muestra código&lt;TAB&gt;título&lt;TAB&gt;categoría de cada rol.</translation>
    </message>
    <message>
        <source>Compare roles A and B without opening the window.</source>
        <translation>Compara los roles A y B sin abrir la ventana.</translation>
    </message>
    <message>
        <source>With --compare: print the comparison as JSON.</source>
        <translation>Con --compare: muestra la comparación en JSON.</translation>
    </message>
    <message>
        <source>With --compare: write the comparison as a PDF to FILE.</source>
        <translation>Con --compare: escribe la comparación como PDF en ARCHIVO.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Use catalogue FILE instead of the bundled one.</source>
        <translation>Usa el catálogo ARCHIVO en lugar del incluido.</translation>
    </message>
    <message>
        <source>With --pdf: the client the report is for.</source>
        <translation>Con --pdf: el cliente para quien es el informe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>With --pdf: print the text of FILE as the report's notes.</source>
        <translation>Con --pdf: imprime el texto de ARCHIVO como notas del informe.</translation>
    </message>
    <message>
        <source>Add the custom roles in JSON FILE to your own roles (all or nothing).</source>
        <translation>Añade los roles propios del ARCHIVO JSON a tus roles propios (todos o ninguno).</translation>
    </message>
    <message>
        <source>Write your custom roles to JSON FILE.</source>
        <translation>Escribe tus roles propios en el ARCHIVO JSON.</translation>
    </message>
    <message>
        <source>Use FILE as your own data (custom roles, saved comparisons).</source>
        <translation>Usa ARCHIVO para tus propios datos (roles propios, comparaciones guardadas).</translation>
    </message>
    <message>
        <source>With --import-roles: replace your own roles that have the same codes.</source>
        <translation>Con --import-roles: reemplaza tus roles propios que tengan los mismos códigos.</translation>
    </message>
    <message>
        <source>With --pdf: letter or a4 (default: Letter in the US, A4 elsewhere).</source>
        <translation>Con --pdf: letter o a4 (por defecto: Letter en EE. UU., A4 en el resto).</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>Print the roles best matching TEXT (English titles or Spanish job names), best first, as code&lt;TAB&gt;title&lt;TAB&gt;matched term.</source>
        <translation>Muestra los roles que mejor coinciden con TEXTO (títulos en inglés o nombres de puestos en español), los mejores primero, como código&lt;TAB&gt;título&lt;TAB&gt;término encontrado.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTO</translation>
    </message>
    <message>
        <source>The language of the text, JSON and PDF: es or en (default: the environment's, from LANGUAGE, LC_ALL, LC_MESSAGES or LANG).</source>
        <translation>El idioma del texto, el JSON y el PDF: es o en (por defecto, el del entorno, según LANGUAGE, LC_ALL, LC_MESSAGES o LANG).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <source>Compare two careers side by side, offline. With no options, opens the window (on roles A and B when given).</source>
        <translation>Compara dos profesiones lado a lado, sin conexión. Sin opciones, abre la ventana (con los roles A y B, si se indican).</translation>
    </message>
    <message>
        <source>A role: O*NET code, title or alternate title.</source>
        <translation>Un rol: código O*NET, título o título alternativo.</translation>
    </message>
    <message>
        <source>Another role.</source>
        <translation>Otro rol.</translation>
    </message>
    <message>
        <source>Cannot use %1 as your own data (custom roles, saved comparisons): this command also uses it as %2. Give --user-store a file of its own.</source>
        <translation>No se puede usar %1 para sus propios datos (roles personalizados, comparaciones guardadas): este comando también lo usa como %2. Indique en --user-store un archivo propio.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Career Compare</source>
        <translation>Career Compare</translation>
    </message>
    <message>
        <source>&amp;A</source>
        <translation>&amp;A</translation>
    </message>
    <message>
        <source>Swap roles A and B</source>
        <translation>Intercambiar los roles A y B</translation>
    </message>
    <message>
        <source>⇄ Swap</source>
        <translation>⇄ Intercambiar</translation>
    </message>
    <message>
        <source>&amp;B</source>
        <translation>&amp;B</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Salary range chart</source>
        <translation>Gráfico del rango salarial</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Demand score chart</source>
        <translation>Gráfico del índice de demanda</translation>
    </message>
    <message>
        <source>AI risk and LLM exposure chart</source>
        <translation>Gráfico de riesgo de IA y exposición a LLM</translation>
    </message>
    <message>
        <source>Learning time chart</source>
        <translation>Gráfico del tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>Skill profile chart</source>
        <translation>Gráfico del perfil de competencias</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Skills only in A</source>
        <translation>Competencias solo de A</translation>
    </message>
    <message>
        <source>Shared skills</source>
        <translation>Competencias compartidas</translation>
    </message>
    <message>
        <source>Skills only in B</source>
        <translation>Competencias solo de B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Hoja de ruta</translation>
    </message>
    <message>
        <source>&amp;Reverse direction</source>
        <translation>&amp;Invertir el sentido</translation>
    </message>
    <message>
        <source>Skills to learn</source>
        <translation>Competencias que aprender</translation>
    </message>
    <message>
        <source>The way in</source>
        <translation>Cómo acceder</translation>
    </message>
    <message>
        <source>Careers related to A</source>
        <translation>Profesiones relacionadas con A</translation>
    </message>
    <message>
        <source>Careers related to B</source>
        <translation>Profesiones relacionadas con B</translation>
    </message>
    <message>
        <source>Client &amp;&amp; notes</source>
        <translation>Cliente y notas</translation>
    </message>
    <message>
        <source>&amp;Client:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Name of the person this comparison is for (printed on the report)</source>
        <translation>Nombre de la persona para quien es esta comparación (se imprime en el informe)</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Roles</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparar</translation>
    </message>
    <message>
        <source>&amp;Recent comparisons</source>
        <translation>Comparaciones &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar PDF…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Pick role &amp;A</source>
        <translation>Elegir el rol &amp;A</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Pick role &amp;B</source>
        <translation>Elegir el rol &amp;B</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Swap A and B</source>
        <translation>&amp;Intercambiar A y B</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Saved &amp;comparisons…</source>
        <translation>&amp;Comparaciones guardadas…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;New custom role…</source>
        <translation>&amp;Nuevo rol propio…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Edit custom role…</source>
        <translation>&amp;Editar rol propio…</translation>
    </message>
    <message>
        <source>&amp;Delete custom role…</source>
        <translation>&amp;Borrar rol propio…</translation>
    </message>
    <message>
        <source>&amp;Import custom roles…</source>
        <translation>&amp;Importar roles propios…</translation>
    </message>
    <message>
        <source>E&amp;xport custom roles…</source>
        <translation>E&amp;xportar roles propios…</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Theme: follow the &amp;desktop</source>
        <translation>Tema: seguir el &amp;escritorio</translation>
    </message>
    <message>
        <source>Theme: &amp;light</source>
        <translation>Tema: &amp;claro</translation>
    </message>
    <message>
        <source>Theme: d&amp;ark</source>
        <translation>Tema: &amp;oscuro</translation>
    </message>
    <message>
        <source>&amp;About Career Compare</source>
        <translation>&amp;Acerca de Career Compare</translation>
    </message>
    <message>
        <source>Related careers &amp;&amp; moves</source>
        <translation>Profesiones relacionadas y cambios</translation>
    </message>
    <message>
        <source>Where people who leave A go</source>
        <translation>Adónde van quienes dejan A</translation>
    </message>
    <message>
        <source>Share of the people who leave A in a year who go to each occupation, from the US Current Population Survey. Enter compares the occupation with A in place of B.</source>
        <translation>Proporción de quienes dejan A en un año que pasan a cada ocupación, según la Current Population Survey de EE. UU. Intro compara la ocupación con A en lugar de B.</translation>
    </message>
    <message>
        <source>Where people who leave B go</source>
        <translation>Adónde van quienes dejan B</translation>
    </message>
    <message>
        <source>Share of the people who leave B in a year who go to each occupation, from the US Current Population Survey. Enter compares the occupation with A in place of B.</source>
        <translation>Proporción de quienes dejan B en un año que pasan a cada ocupación, según la Current Population Survey de EE. UU. Intro compara la ocupación con A en lugar de B.</translation>
    </message>
    <message>
        <source>The client this comparison is for, printed on the report. Saving files the comparison under this client.</source>
        <translation>El cliente para quien es esta comparación, impreso en el informe. Al guardar, la comparación se archiva con este cliente.</translation>
    </message>
    <message>
        <source>&amp;About the client:</source>
        <translation>&amp;Sobre el cliente:</translation>
    </message>
    <message>
        <source>About the client</source>
        <translation>Sobre el cliente</translation>
    </message>
    <message>
        <source>Your notes about the client, kept with the client and not printed</source>
        <translation>Sus notas sobre el cliente, guardadas con el cliente y sin imprimir</translation>
    </message>
    <message>
        <source>Kept with the client, not printed</source>
        <translation>Se guardan con el cliente, no se imprimen</translation>
    </message>
    <message>
        <source>Notes on this comparison, printed on the report after the summary</source>
        <translation>Notas sobre esta comparación, impresas en el informe tras el resumen</translation>
    </message>
    <message>
        <source>Notes on this comparison, printed on the report</source>
        <translation>Notas sobre esta comparación, impresas en el informe</translation>
    </message>
    <message>
        <source>&amp;Open client…</source>
        <translation>&amp;Abrir cliente…</translation>
    </message>
    <message>
        <source>Open a client and their latest saved comparison</source>
        <translation>Abrir un cliente y su última comparación guardada</translation>
    </message>
    <message>
        <source>New c&amp;lient…</source>
        <translation>Nuevo c&amp;liente…</translation>
    </message>
    <message>
        <source>Start a new client on the comparison on screen</source>
        <translation>Empezar un cliente nuevo con la comparación en pantalla</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this comparison for the client, updating it when it is already saved</source>
        <translation>Guardar esta comparación para el cliente, actualizándola si ya está guardada</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>Save this comparison as a new saved comparison</source>
        <translation>Guardar esta comparación como una comparación guardada nueva</translation>
    </message>
    <message>
        <source>&amp;Save comparison</source>
        <translation>&amp;Guardar comparación</translation>
    </message>
    <message>
        <source>Save comparison &amp;as…</source>
        <translation>Guardar comparación &amp;como…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S</source>
        <translation>Ctrl+Alt+S</translation>
    </message>
    <message>
        <source>Open c&amp;lient…</source>
        <translation>Abrir c&amp;liente…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;New client…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <source>Close clien&amp;t</source>
        <translation>Cerrar clien&amp;te</translation>
    </message>
    <message>
        <source>Bold: the better value. * an estimate. Hover over a value for its source and how it was estimated.</source>
        <translation>En negrita: el mejor valor. * una estimación. Pase el puntero sobre un valor para ver su fuente y cómo se estimó.</translation>
    </message>
</context>
<context>
    <name>Mobility</name>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>no recorded moves: the survey saw none (not the same as impossible)</source>
        <translation>ningún cambio registrado: la encuesta no vio ninguno (no es lo mismo que imposible)</translation>
    </message>
    <message>
        <source>a role of your own is not an occupation of the survey</source>
        <translation>un rol propio no es una ocupación de la encuesta</translation>
    </message>
    <message>
        <source>the survey has no occupation group for it</source>
        <translation>la encuesta no tiene un grupo de ocupación que le corresponda</translation>
    </message>
    <message>
        <source>the survey recorded nobody leaving %1</source>
        <translation>la encuesta no registró a nadie que dejara %1</translation>
    </message>
    <message>
        <source>less than 0.1%</source>
        <translation>menos del 0,1 %</translation>
    </message>
    <message>
        <source>Moves from %1 to %2: not available (%3).</source>
        <translation>Cambios de %1 a %2: no disponible (%3).</translation>
    </message>
    <message>
        <source>Of the people who leave %1 in a year, %2 go to %3</source>
        <translation>De las personas que dejan %1 en un año, %2 pasan a %3</translation>
    </message>
    <message>
        <source> (the survey's group %1, which counts more than this occupation)</source>
        <translation> (el grupo %1 de la encuesta, que abarca más que esta ocupación)</translation>
    </message>
    <message>
        <source>the survey counts both in the same occupation group, %1</source>
        <translation>la encuesta cuenta los dos en el mismo grupo de ocupación, %1</translation>
    </message>
    <message>
        <source> (the survey's groups %1, weighted by their employment)</source>
        <translation> (los grupos %1 de la encuesta, ponderados por su empleo)</translation>
    </message>
    <message>
        <source>No recorded moves from %1 to %2: the survey saw none of the people who left %3 go there in a year (which does not make the move impossible).</source>
        <translation>Ningún cambio registrado de %1 a %2: la encuesta no vio a ninguna de las personas que dejaron %3 pasar allí en un año (lo que no hace imposible el cambio).</translation>
    </message>
</context>
<context>
    <name>OnetVocabulary</name>
    <message>
        <source>Reading Comprehension</source>
        <translation>Comprensión lectora</translation>
    </message>
    <message>
        <source>Active Listening</source>
        <translation>Escucha activa</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Redacción</translation>
    </message>
    <message>
        <source>Speaking</source>
        <translation>Expresión oral</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Matemáticas</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Ciencias</translation>
    </message>
    <message>
        <source>Critical Thinking</source>
        <translation>Pensamiento crítico</translation>
    </message>
    <message>
        <source>Active Learning</source>
        <translation>Aprendizaje activo</translation>
    </message>
    <message>
        <source>Learning Strategies</source>
        <translation>Estrategias de aprendizaje</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seguimiento del desempeño</translation>
    </message>
    <message>
        <source>Social Perceptiveness</source>
        <translation>Percepción social</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordinación</translation>
    </message>
    <message>
        <source>Persuasion</source>
        <translation>Persuasión</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Negociación</translation>
    </message>
    <message>
        <source>Instructing</source>
        <translation>Instrucción</translation>
    </message>
    <message>
        <source>Service Orientation</source>
        <translation>Orientación al servicio</translation>
    </message>
    <message>
        <source>Complex Problem Solving</source>
        <translation>Resolución de problemas complejos</translation>
    </message>
    <message>
        <source>Operations Analysis</source>
        <translation>Análisis de operaciones</translation>
    </message>
    <message>
        <source>Technology Design</source>
        <translation>Diseño tecnológico</translation>
    </message>
    <message>
        <source>Equipment Selection</source>
        <translation>Selección de equipos</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Instalación</translation>
    </message>
    <message>
        <source>Programming</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Operations Monitoring</source>
        <translation>Supervisión de operaciones</translation>
    </message>
    <message>
        <source>Operation and Control</source>
        <translation>Operación y control</translation>
    </message>
    <message>
        <source>Equipment Maintenance</source>
        <translation>Mantenimiento de equipos</translation>
    </message>
    <message>
        <source>Troubleshooting</source>
        <translation>Diagnóstico y solución de fallas</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>Reparación</translation>
    </message>
    <message>
        <source>Quality Control Analysis</source>
        <translation>Análisis de control de calidad</translation>
    </message>
    <message>
        <source>Judgment and Decision Making</source>
        <translation>Juicio y toma de decisiones</translation>
    </message>
    <message>
        <source>Systems Analysis</source>
        <translation>Análisis de sistemas</translation>
    </message>
    <message>
        <source>Systems Evaluation</source>
        <translation>Evaluación de sistemas</translation>
    </message>
    <message>
        <source>Time Management</source>
        <translation>Gestión del tiempo</translation>
    </message>
    <message>
        <source>Management of Financial Resources</source>
        <translation>Gestión de recursos financieros</translation>
    </message>
    <message>
        <source>Management of Material Resources</source>
        <translation>Gestión de recursos materiales</translation>
    </message>
    <message>
        <source>Management of Personnel Resources</source>
        <translation>Gestión de recursos de personal</translation>
    </message>
    <message>
        <source>Administration and Management</source>
        <translation>Administración y gestión</translation>
    </message>
    <message>
        <source>Administrative</source>
        <translation>Trabajo administrativo</translation>
    </message>
    <message>
        <source>Economics and Accounting</source>
        <translation>Economía y contabilidad</translation>
    </message>
    <message>
        <source>Sales and Marketing</source>
        <translation>Ventas y marketing</translation>
    </message>
    <message>
        <source>Customer and Personal Service</source>
        <translation>Atención al cliente y servicio personal</translation>
    </message>
    <message>
        <source>Personnel and Human Resources</source>
        <translation>Personal y recursos humanos</translation>
    </message>
    <message>
        <source>Production and Processing</source>
        <translation>Producción y procesamiento</translation>
    </message>
    <message>
        <source>Food Production</source>
        <translation>Producción de alimentos</translation>
    </message>
    <message>
        <source>Computers and Electronics</source>
        <translation>Informática y electrónica</translation>
    </message>
    <message>
        <source>Engineering and Technology</source>
        <translation>Ingeniería y tecnología</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <source>Building and Construction</source>
        <translation>Edificación y construcción</translation>
    </message>
    <message>
        <source>Mechanical</source>
        <translation>Mecánica</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Física</translation>
    </message>
    <message>
        <source>Chemistry</source>
        <translation>Química</translation>
    </message>
    <message>
        <source>Biology</source>
        <translation>Biología</translation>
    </message>
    <message>
        <source>Psychology</source>
        <translation>Psicología</translation>
    </message>
    <message>
        <source>Sociology and Anthropology</source>
        <translation>Sociología y antropología</translation>
    </message>
    <message>
        <source>Geography</source>
        <translation>Geografía</translation>
    </message>
    <message>
        <source>Medicine and Dentistry</source>
        <translation>Medicina y odontología</translation>
    </message>
    <message>
        <source>Therapy and Counseling</source>
        <translation>Terapia y consejería</translation>
    </message>
    <message>
        <source>Education and Training</source>
        <translation>Educación y capacitación</translation>
    </message>
    <message>
        <source>English Language</source>
        <translation>Idioma inglés</translation>
    </message>
    <message>
        <source>Foreign Language</source>
        <translation>Idiomas extranjeros</translation>
    </message>
    <message>
        <source>Fine Arts</source>
        <translation>Bellas artes</translation>
    </message>
    <message>
        <source>History and Archeology</source>
        <translation>Historia y arqueología</translation>
    </message>
    <message>
        <source>Philosophy and Theology</source>
        <translation>Filosofía y teología</translation>
    </message>
    <message>
        <source>Public Safety and Security</source>
        <translation>Seguridad pública</translation>
    </message>
    <message>
        <source>Law and Government</source>
        <translation>Derecho y gobierno</translation>
    </message>
    <message>
        <source>Telecommunications</source>
        <translation>Telecomunicaciones</translation>
    </message>
    <message>
        <source>Communications and Media</source>
        <translation>Comunicación y medios</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>%1 (skill)</source>
        <translation>%1 (competencia)</translation>
    </message>
    <message>
        <source>%1 (knowledge)</source>
        <translation>%1 (conocimiento)</translation>
    </message>
    <message>
        <source>%1 (technology)</source>
        <translation>%1 (tecnología)</translation>
    </message>
    <message>
        <source>%1 (topic)</source>
        <translation>%1 (tema)</translation>
    </message>
    <message>
        <source>Getting Information</source>
        <translation>Obtener información</translation>
    </message>
    <message>
        <source>Monitoring Processes, Materials, or Surroundings</source>
        <translation>Vigilar procesos, materiales o el entorno</translation>
    </message>
    <message>
        <source>Identifying Objects, Actions, and Events</source>
        <translation>Identificar objetos, acciones y sucesos</translation>
    </message>
    <message>
        <source>Inspecting Equipment, Structures, or Materials</source>
        <translation>Inspeccionar equipos, estructuras o materiales</translation>
    </message>
    <message>
        <source>Estimating the Quantifiable Characteristics of Products, Events, or Information</source>
        <translation>Estimar las características cuantificables de productos, sucesos o información</translation>
    </message>
    <message>
        <source>Judging the Qualities of Objects, Services, or People</source>
        <translation>Juzgar la calidad de objetos, servicios o personas</translation>
    </message>
    <message>
        <source>Processing Information</source>
        <translation>Procesar información</translation>
    </message>
    <message>
        <source>Evaluating Information to Determine Compliance with Standards</source>
        <translation>Evaluar información para determinar el cumplimiento de normas</translation>
    </message>
    <message>
        <source>Analyzing Data or Information</source>
        <translation>Analizar datos o información</translation>
    </message>
    <message>
        <source>Making Decisions and Solving Problems</source>
        <translation>Tomar decisiones y resolver problemas</translation>
    </message>
    <message>
        <source>Thinking Creatively</source>
        <translation>Pensar de forma creativa</translation>
    </message>
    <message>
        <source>Updating and Using Relevant Knowledge</source>
        <translation>Actualizar y aplicar los conocimientos pertinentes</translation>
    </message>
    <message>
        <source>Developing Objectives and Strategies</source>
        <translation>Elaborar objetivos y estrategias</translation>
    </message>
    <message>
        <source>Scheduling Work and Activities</source>
        <translation>Programar el trabajo y las actividades</translation>
    </message>
    <message>
        <source>Organizing, Planning, and Prioritizing Work</source>
        <translation>Organizar, planificar y priorizar el trabajo</translation>
    </message>
    <message>
        <source>Performing General Physical Activities</source>
        <translation>Realizar actividades físicas generales</translation>
    </message>
    <message>
        <source>Handling and Moving Objects</source>
        <translation>Manipular y mover objetos</translation>
    </message>
    <message>
        <source>Controlling Machines and Processes</source>
        <translation>Controlar máquinas y procesos</translation>
    </message>
    <message>
        <source>Operating Vehicles, Mechanized Devices, or Equipment</source>
        <translation>Operar vehículos, dispositivos mecanizados o equipos</translation>
    </message>
    <message>
        <source>Working with Computers</source>
        <translation>Trabajar con computadoras</translation>
    </message>
    <message>
        <source>Drafting, Laying Out, and Specifying Technical Devices, Parts, and Equipment</source>
        <translation>Dibujar, trazar y especificar dispositivos técnicos, piezas y equipos</translation>
    </message>
    <message>
        <source>Repairing and Maintaining Mechanical Equipment</source>
        <translation>Reparar y mantener equipos mecánicos</translation>
    </message>
    <message>
        <source>Repairing and Maintaining Electronic Equipment</source>
        <translation>Reparar y mantener equipos electrónicos</translation>
    </message>
    <message>
        <source>Documenting/Recording Information</source>
        <translation>Documentar o registrar información</translation>
    </message>
    <message>
        <source>Interpreting the Meaning of Information for Others</source>
        <translation>Interpretar el significado de la información para otras personas</translation>
    </message>
    <message>
        <source>Communicating with Supervisors, Peers, or Subordinates</source>
        <translation>Comunicarse con supervisores, colegas o subordinados</translation>
    </message>
    <message>
        <source>Communicating with People Outside the Organization</source>
        <translation>Comunicarse con personas ajenas a la organización</translation>
    </message>
    <message>
        <source>Establishing and Maintaining Interpersonal Relationships</source>
        <translation>Establecer y mantener relaciones interpersonales</translation>
    </message>
    <message>
        <source>Assisting and Caring for Others</source>
        <translation>Asistir y cuidar a otras personas</translation>
    </message>
    <message>
        <source>Selling or Influencing Others</source>
        <translation>Vender o influir en otras personas</translation>
    </message>
    <message>
        <source>Resolving Conflicts and Negotiating with Others</source>
        <translation>Resolver conflictos y negociar con otras personas</translation>
    </message>
    <message>
        <source>Performing for or Working Directly with the Public</source>
        <translation>Actuar ante el público o trabajar directamente con él</translation>
    </message>
    <message>
        <source>Coordinating the Work and Activities of Others</source>
        <translation>Coordinar el trabajo y las actividades de otras personas</translation>
    </message>
    <message>
        <source>Developing and Building Teams</source>
        <translation>Formar y desarrollar equipos</translation>
    </message>
    <message>
        <source>Training and Teaching Others</source>
        <translation>Capacitar y enseñar a otras personas</translation>
    </message>
    <message>
        <source>Guiding, Directing, and Motivating Subordinates</source>
        <translation>Guiar, dirigir y motivar al personal a cargo</translation>
    </message>
    <message>
        <source>Coaching and Developing Others</source>
        <translation>Orientar y desarrollar a otras personas</translation>
    </message>
    <message>
        <source>Providing Consultation and Advice to Others</source>
        <translation>Brindar consultoría y asesoramiento a otras personas</translation>
    </message>
    <message>
        <source>Performing Administrative Activities</source>
        <translation>Realizar actividades administrativas</translation>
    </message>
    <message>
        <source>Staffing Organizational Units</source>
        <translation>Dotar de personal a las unidades de la organización</translation>
    </message>
    <message>
        <source>Monitoring and Controlling Resources</source>
        <translation>Supervisar y controlar recursos</translation>
    </message>
    <message>
        <source>Job Zone One: Little or No Preparation Needed</source>
        <translation>Zona laboral uno: se necesita poca o ninguna preparación</translation>
    </message>
    <message>
        <source>Job Zone Two: Some Preparation Needed</source>
        <translation>Zona laboral dos: se necesita algo de preparación</translation>
    </message>
    <message>
        <source>Job Zone Three: Medium Preparation Needed</source>
        <translation>Zona laboral tres: se necesita una preparación media</translation>
    </message>
    <message>
        <source>Job Zone Four: Considerable Preparation Needed</source>
        <translation>Zona laboral cuatro: se necesita una preparación considerable</translation>
    </message>
    <message>
        <source>Job Zone Five: Extensive Preparation Needed</source>
        <translation>Zona laboral cinco: se necesita una preparación extensa</translation>
    </message>
    <message>
        <source>No formal educational credential</source>
        <translation>Sin credencial educativa formal</translation>
    </message>
    <message>
        <source>High school diploma or equivalent</source>
        <translation>Diploma de escuela secundaria (high school) o equivalente</translation>
    </message>
    <message>
        <source>Some college, no degree</source>
        <translation>Estudios universitarios sin título</translation>
    </message>
    <message>
        <source>Postsecondary nondegree award</source>
        <translation>Certificado postsecundario no universitario</translation>
    </message>
    <message>
        <source>Associate's degree</source>
        <translation>Título de asociado (associate degree)</translation>
    </message>
    <message>
        <source>Bachelor's degree</source>
        <translation>Licenciatura (bachelor’s degree)</translation>
    </message>
    <message>
        <source>Master's degree</source>
        <translation>Maestría</translation>
    </message>
    <message>
        <source>Doctoral or professional degree</source>
        <translation>Doctorado o título profesional</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Less than 5 years</source>
        <translation>Menos de 5 años</translation>
    </message>
    <message>
        <source>5 years or more</source>
        <translation>5 años o más</translation>
    </message>
    <message>
        <source>Short-term on-the-job training</source>
        <translation>Capacitación en el trabajo a corto plazo</translation>
    </message>
    <message>
        <source>Moderate-term on-the-job training</source>
        <translation>Capacitación en el trabajo a mediano plazo</translation>
    </message>
    <message>
        <source>Long-term on-the-job training</source>
        <translation>Capacitación en el trabajo a largo plazo</translation>
    </message>
    <message>
        <source>Apprenticeship</source>
        <translation>Programa de aprendizaje de oficio (apprenticeship)</translation>
    </message>
    <message>
        <source>Internship/residency</source>
        <translation>Pasantía o residencia</translation>
    </message>
    <message>
        <source>Management Occupations</source>
        <translation>Ocupaciones de gerencia</translation>
    </message>
    <message>
        <source>Business and Financial Operations Occupations</source>
        <translation>Ocupaciones de operaciones comerciales y financieras</translation>
    </message>
    <message>
        <source>Computer and Mathematical Occupations</source>
        <translation>Ocupaciones de informática y matemáticas</translation>
    </message>
    <message>
        <source>Architecture and Engineering Occupations</source>
        <translation>Ocupaciones de arquitectura e ingeniería</translation>
    </message>
    <message>
        <source>Life, Physical, and Social Science Occupations</source>
        <translation>Ocupaciones de ciencias biológicas, físicas y sociales</translation>
    </message>
    <message>
        <source>Community and Social Service Occupations</source>
        <translation>Ocupaciones de servicios comunitarios y sociales</translation>
    </message>
    <message>
        <source>Legal Occupations</source>
        <translation>Ocupaciones jurídicas</translation>
    </message>
    <message>
        <source>Educational Instruction and Library Occupations</source>
        <translation>Ocupaciones de enseñanza y bibliotecas</translation>
    </message>
    <message>
        <source>Arts, Design, Entertainment, Sports, and Media Occupations</source>
        <translation>Ocupaciones de artes, diseño, entretenimiento, deportes y medios de comunicación</translation>
    </message>
    <message>
        <source>Healthcare Practitioners and Technical Occupations</source>
        <translation>Ocupaciones de profesionales y técnicos de la salud</translation>
    </message>
    <message>
        <source>Healthcare Support Occupations</source>
        <translation>Ocupaciones de apoyo a la atención de la salud</translation>
    </message>
    <message>
        <source>Protective Service Occupations</source>
        <translation>Ocupaciones de servicios de protección</translation>
    </message>
    <message>
        <source>Food Preparation and Serving Related Occupations</source>
        <translation>Ocupaciones de preparación y servicio de alimentos</translation>
    </message>
    <message>
        <source>Building and Grounds Cleaning and Maintenance Occupations</source>
        <translation>Ocupaciones de limpieza y mantenimiento de edificios y terrenos</translation>
    </message>
    <message>
        <source>Personal Care and Service Occupations</source>
        <translation>Ocupaciones de cuidado y servicios personales</translation>
    </message>
    <message>
        <source>Sales and Related Occupations</source>
        <translation>Ocupaciones de ventas y afines</translation>
    </message>
    <message>
        <source>Office and Administrative Support Occupations</source>
        <translation>Ocupaciones de oficina y apoyo administrativo</translation>
    </message>
    <message>
        <source>Farming, Fishing, and Forestry Occupations</source>
        <translation>Ocupaciones agrícolas, pesqueras y forestales</translation>
    </message>
    <message>
        <source>Construction and Extraction Occupations</source>
        <translation>Ocupaciones de construcción y extracción</translation>
    </message>
    <message>
        <source>Installation, Maintenance, and Repair Occupations</source>
        <translation>Ocupaciones de instalación, mantenimiento y reparación</translation>
    </message>
    <message>
        <source>Production Occupations</source>
        <translation>Ocupaciones de producción</translation>
    </message>
    <message>
        <source>Transportation and Material Moving Occupations</source>
        <translation>Ocupaciones de transporte y movimiento de materiales</translation>
    </message>
    <message>
        <source>Military Specific Occupations</source>
        <translation>Ocupaciones militares específicas</translation>
    </message>
    <message>
        <source>AI Engineering</source>
        <translation>Ingeniería de IA</translation>
    </message>
    <message>
        <source>Custom roles</source>
        <translation>Roles propios</translation>
    </message>
    <message>
        <source>Realistic</source>
        <translation>Realista</translation>
    </message>
    <message>
        <source>Investigative</source>
        <translation>Investigador</translation>
    </message>
    <message>
        <source>Artistic</source>
        <translation>Artístico</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Enterprising</source>
        <translation>Emprendedor</translation>
    </message>
    <message>
        <source>Conventional</source>
        <translation>Convencional</translation>
    </message>
</context>
<context>
    <name>ProvenanceNote</name>
    <message>
        <source>no source gives this value</source>
        <translation>ninguna fuente da este valor</translation>
    </message>
    <message>
        <source>not given for this custom role</source>
        <translation>no se indicó para este rol propio</translation>
    </message>
    <message>
        <source>no skills given</source>
        <translation>no se indicaron competencias</translation>
    </message>
    <message>
        <source>matched to catalogue skills by name</source>
        <translation>enlazadas por nombre con las competencias del catálogo</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>SOC %1 is not in the 2010 to 2018 crosswalk, so it has no CPS group</source>
        <translation>el SOC %1 no figura en la tabla de correspondencias de 2010 a 2018, así que no tiene grupo de la CPS</translation>
    </message>
    <message>
        <source>CPS group %1 %2 (from SOC 2010 %3)</source>
        <translation>grupo de la CPS %1 %2 (a partir del SOC 2010 %3)</translation>
    </message>
    <message>
        <source>%1 %2 (from SOC 2010 %3, %4 of the employment)</source>
        <translation>%1 %2 (a partir del SOC 2010 %3, %4 del empleo)</translation>
    </message>
    <message>
        <source>several CPS groups combined by BLS employment: %1; moves between them count as staying</source>
        <translation>varios grupos de la CPS combinados según el empleo del BLS: %1; los cambios entre ellos cuentan como permanencia</translation>
    </message>
    <message>
        <source>%1, a group that counts more than this occupation</source>
        <translation>%1, un grupo que abarca más que esta ocupación</translation>
    </message>
    <message>
        <source>%1, figures for SOC %2 as a whole</source>
        <translation>%1, cifras del SOC %2 en conjunto</translation>
    </message>
    <message>
        <source>not an occupation of the US survey the moves come from</source>
        <translation>no es una ocupación de la encuesta estadounidense de la que proceden los cambios de ocupación</translation>
    </message>
    <message>
        <source>the source data has no mobility files (%1)</source>
        <translation>los datos de origen no tienen archivos de movilidad (%1)</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>rated for this occupation (teleworkable %1%)</source>
        <translation>calificación para esta ocupación (teletrabajable: %1 %)</translation>
    </message>
    <message>
        <source>rated for O*NET-SOC 2010 %1 %2 (teleworkable %3%)</source>
        <translation>calificación para O*NET-SOC 2010 %1 %2 (teletrabajable: %3 %)</translation>
    </message>
    <message>
        <source>SOC %1 is not in the 2010 to 2018 crosswalk</source>
        <translation>el SOC %1 no figura en la tabla de correspondencias de 2010 a 2018</translation>
    </message>
    <message>
        <source>Dingel &amp; Neiman rate no 2010 SOC %1</source>
        <translation>Dingel &amp; Neiman no califican el SOC 2010 %1</translation>
    </message>
    <message>
        <source>teleworkable share %1 published only for the combined OES code %2, which includes this occupation</source>
        <translation>proporción teletrabajable del %1 publicada solo para el código OES combinado %2, que incluye esta ocupación</translation>
    </message>
    <message>
        <source>teleworkable share %1 from 2010 SOC %2</source>
        <translation>proporción teletrabajable del %1 según el SOC 2010 %2</translation>
    </message>
    <message>
        <source>figure for SOC %1 as a whole</source>
        <translation>cifra del SOC %1 en conjunto</translation>
    </message>
    <message>
        <source>O*NET Job Zone %1</source>
        <translation>zona de preparación (Job Zone) %1 de O*NET</translation>
    </message>
    <message>
        <source>O*NET assigns no Job Zone</source>
        <translation>O*NET no asigna zona de preparación (Job Zone)</translation>
    </message>
    <message>
        <source>expected education beyond high school %1 + training %2 (docs/DATA.md)</source>
        <translation>estudios esperados después de la secundaria: %1 + formación: %2 (docs/DATA.md)</translation>
    </message>
    <message>
        <source>O*NET marks some of these ratings as low-confidence</source>
        <translation>O*NET marca algunas de estas valoraciones como poco fiables</translation>
    </message>
    <message>
        <source>O*NET has no education and training ratings for this occupation</source>
        <translation>O*NET no tiene valoraciones de estudios y formación para esta ocupación</translation>
    </message>
    <message>
        <source>O*NET lists no skills for this occupation</source>
        <translation>O*NET no indica competencias para esta ocupación</translation>
    </message>
    <message>
        <source>O*NET has no skill or knowledge ratings for this occupation; technologies only</source>
        <translation>O*NET no tiene valoraciones de competencias ni de conocimientos para esta ocupación; solo tecnologías</translation>
    </message>
    <message>
        <source>Programming skill importance %1 of 5 (Yes from 3)</source>
        <translation>importancia de la competencia de programación: %1 de 5 (Sí a partir de 3)</translation>
    </message>
    <message>
        <source>O*NET has no skill ratings here; %1 development-software technologies listed (Yes from %2)</source>
        <translation>O*NET no tiene valoraciones de competencias aquí; figuran %1 tecnologías de software de desarrollo (Sí a partir de %2)</translation>
    </message>
    <message>
        <source>O*NET has neither skill ratings nor technologies for this occupation</source>
        <translation>O*NET no tiene valoraciones de competencias ni tecnologías para esta ocupación</translation>
    </message>
    <message>
        <source>O*NET gives no interest profile</source>
        <translation>O*NET no da perfil de intereses</translation>
    </message>
    <message>
        <source>O*NET has no education and training ratings for this occupation; median of the %1 occupations in Job Zone %2</source>
        <translation>O*NET no tiene valoraciones de estudios y formación para esta ocupación; mediana de las %1 ocupaciones de la zona de preparación (Job Zone) %2</translation>
    </message>
    <message>
        <source>published only for the combined SOC %1 %2, which includes this occupation</source>
        <translation>datos publicados solo para el SOC combinado %1 %2, que incluye esta ocupación</translation>
    </message>
    <message>
        <source>published only for SOC %1 %2, the group that includes this occupation</source>
        <translation>datos publicados solo para el SOC %1 %2, el grupo que incluye esta ocupación</translation>
    </message>
    <message>
        <source>published for SOC %1 %2 as a whole, which includes this occupation</source>
        <translation>datos publicados para el SOC %1 %2 en conjunto, que incluye esta ocupación</translation>
    </message>
    <message>
        <source>growth of %1% or more</source>
        <translation>crecimiento del %1 % o más</translation>
    </message>
    <message>
        <source>%1 or more openings over 2024–34</source>
        <translation>%1 vacantes o más en 2024–34</translation>
    </message>
    <message>
        <source>meets both criteria: %1 and %2</source>
        <translation>cumple ambos criterios (%1 y %2)</translation>
    </message>
    <message>
        <source>meets the criterion %1</source>
        <translation>cumple el criterio de %1</translation>
    </message>
    <message>
        <source>meets neither criterion (%1; %2)</source>
        <translation>no cumple ninguno de los criterios (%1; %2)</translation>
    </message>
    <message>
        <source>%1growth %2% and %3 openings a year: %4 (docs/DATA.md)</source>
        <translation>%1crecimiento del %2 % y %3 vacantes al año: %4 (docs/DATA.md)</translation>
    </message>
    <message>
        <source>%1BLS projections lack growth or openings for SOC %2</source>
        <translation>%1a las proyecciones del BLS les falta el crecimiento o las vacantes del SOC %2</translation>
    </message>
    <message>
        <source>%1growth %2% (percentile %3) and %4 openings a year (percentile %5) among the %6 BLS occupations projected for 2024–34 (formula in docs/DATA.md)</source>
        <translation>%1crecimiento del %2 % (percentil %3) y %4 vacantes al año (percentil %5) entre las %6 ocupaciones que el BLS proyecta para 2024–34 (fórmula en docs/DATA.md)</translation>
    </message>
    <message>
        <source>BLS gives no typical entry education (—) for SOC %1</source>
        <translation>el BLS no da el nivel de estudios típico para empezar (—) para el SOC %1</translation>
    </message>
    <message>
        <source>%1typical entry education: %2; related work experience: %3</source>
        <translation>%1estudios típicos para empezar: %2; experiencia laboral relacionada: %3</translation>
    </message>
    <message>
        <source>%1BLS gives no typical entry education or related work experience for SOC %2</source>
        <translation>%1el BLS no da estudios típicos para empezar ni experiencia laboral relacionada para el SOC %2</translation>
    </message>
    <message>
        <source>unrecognised BLS entry education "%1" or work experience "%2"</source>
        <translation>estudios para empezar «%1» o experiencia laboral «%2» del BLS no reconocidos</translation>
    </message>
    <message>
        <source>BLS OEWS May 2024 publishes no wages for SOC %1</source>
        <translation>la OEWS del BLS de mayo de 2024 no publica salarios para el SOC %1</translation>
    </message>
    <message>
        <source>10th percentile</source>
        <translation>percentil 10</translation>
    </message>
    <message>
        <source>25th percentile</source>
        <translation>percentil 25</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>75th percentile</source>
        <translation>percentil 75</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>percentil 90</translation>
    </message>
    <message>
        <source>BLS publishes only hourly wages for this occupation, no annual figures</source>
        <translation>el BLS publica solo salarios por hora para esta ocupación, no cifras anuales</translation>
    </message>
    <message>
        <source>BLS did not release the annual %1 for SOC %2</source>
        <translation>el BLS no publicó estas cifras anuales del SOC %2: %1</translation>
    </message>
    <message>
        <source>Wages %1</source>
        <translation>Salarios: %1</translation>
    </message>
    <message>
        <source>BLS did not release the %1</source>
        <translation>el BLS no publicó: %1</translation>
    </message>
    <message>
        <source>the 90th percentile is $%1 or more, the highest figure BLS publishes</source>
        <translation>el percentil 90 es de %1 USD o más, la cifra más alta que publica el BLS</translation>
    </message>
    <message>
        <source>BLS Employment Projections 2024–34 have no line for SOC %1</source>
        <translation>las proyecciones de empleo 2024–34 del BLS no tienen ninguna línea para el SOC %1</translation>
    </message>
    <message>
        <source>Projections %1; </source>
        <translation>Proyecciones: %1; </translation>
    </message>
    <message>
        <source>%1BLS gives no figure (—) for part of SOC %2's projection</source>
        <translation>%1el BLS no da cifra (—) para parte de la proyección del SOC %2</translation>
    </message>
    <message>
        <source>SOC %1 is not in the 2010 to 2018 crosswalk, so no Frey &amp; Osborne figure can be matched</source>
        <translation>el SOC %1 no figura en la tabla de correspondencias de 2010 a 2018, así que no se le puede asignar ninguna cifra de Frey y Osborne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 under their code %2 %3</source>
        <translation>%1 con su código %2 %3</translation>
    </message>
    <message>
        <source>mean of 2010 SOC %1</source>
        <translation>media de los SOC 2010 %1</translation>
    </message>
    <message>
        <source>2010 SOC %1</source>
        <translation>SOC 2010 %1</translation>
    </message>
    <message>
        <source>Frey &amp; Osborne list %1</source>
        <translation>Frey y Osborne indican %1</translation>
    </message>
    <message>
        <source>no figure for 2010 SOC %1</source>
        <translation>sin cifra para el SOC 2010 %1</translation>
    </message>
    <message>
        <source>Frey &amp; Osborne give one figure for the 2010 group %1 %2, which includes 2010 SOC %3</source>
        <translation>Frey y Osborne dan una sola cifra para el grupo de 2010 %1 %2, que incluye el SOC 2010 %3</translation>
    </message>
    <message>
        <source>figure for the parent occupation %1</source>
        <translation>cifra de la ocupación principal %1</translation>
    </message>
    <message>
        <source>Eloundou et al. rate no occupation %1</source>
        <translation>Eloundou et al. no valoran la ocupación %1</translation>
    </message>
    <message>
        <source>the page gives only the range, no 25th percentile, median or 75th percentile</source>
        <translation>la página da solo el rango, sin percentil 25, mediana ni percentil 75</translation>
    </message>
    <message>
        <source>the page gives no figure</source>
        <translation>la página no da ninguna cifra</translation>
    </message>
    <message>
        <source>the page gives no LLM exposure figure and the role is not an O*NET occupation</source>
        <translation>la página no da cifra de exposición a LLM y el rol no es una ocupación de O*NET</translation>
    </message>
    <message>
        <source>the role is not a BLS occupation; the page gives only its own demand score</source>
        <translation>el rol no es una ocupación del BLS; la página da solo su propio índice de demanda</translation>
    </message>
    <message>
        <source>the page gives only an entry barrier</source>
        <translation>la página da solo una barrera de entrada</translation>
    </message>
    <message>
        <source>the role is not an O*NET occupation</source>
        <translation>el rol no es una ocupación de O*NET</translation>
    </message>
    <message>
        <source>the role is not an O*NET occupation, so it has no interest profile</source>
        <translation>el rol no es una ocupación de O*NET, así que no tiene perfil de intereses</translation>
    </message>
    <message>
        <source>the page's free-text skills, tagged with the canonical skills they name</source>
        <translation>las competencias en texto libre de la página, etiquetadas con las competencias canónicas que nombran</translation>
    </message>
    <message>
        <source>by title</source>
        <translation>por el título</translation>
    </message>
    <message>
        <source>by code</source>
        <translation>por el código</translation>
    </message>
    <message>
        <source>by title elsewhere</source>
        <translation>por el título en otro grupo</translation>
    </message>
    <message>
        <source>by SOC</source>
        <translation>por el SOC</translation>
    </message>
    <message>
        <source>ESCO occupation "%1" (%2), matched to O*NET-SOC 2010 %3 %4 by the Nesta ESCO–O*NET crosswalk with confidence %5 (of 0.5, 1, 2); 2010 code mapped %6</source>
        <translation>ocupación ESCO «%1» (%2), emparejada con O*NET-SOC 2010 %3 %4 por la tabla de correspondencias ESCO–O*NET de Nesta con confianza %5 (de 0,5, 1, 2); código de 2010 asignado %6</translation>
    </message>
    <message>
        <source>not an O*NET occupation, so the ESCO crosswalk does not cover it</source>
        <translation>no es una ocupación de O*NET, así que la correspondencia con ESCO no la cubre</translation>
    </message>
    <message>
        <source>the source data has no ESCO files (%1)</source>
        <translation>los datos de origen no tienen archivos de ESCO (%1)</translation>
    </message>
    <message>
        <source>the Nesta ESCO–O*NET crosswalk matches ESCO occupations to it only loosely (confidence 0.5, through a broader occupation, or split between several of today's occupations)</source>
        <translation>la correspondencia ESCO–O*NET de Nesta solo le asigna ocupaciones ESCO de forma aproximada (confianza 0,5, a través de una ocupación más amplia o repartida entre varias ocupaciones actuales)</translation>
    </message>
    <message>
        <source>the Nesta ESCO–O*NET crosswalk matches no ESCO occupation to it</source>
        <translation>la correspondencia ESCO–O*NET de Nesta no le asigna ninguna ocupación ESCO</translation>
    </message>
    <message>
        <source>2010 SOC %1 %2, which the 2018 SOC divides into %3, has one figure for all of them</source>
        <translation>el SOC 2010 %1 %2, que el SOC 2018 divide en %3, tiene una sola cifra para todos ellos</translation>
    </message>
    <message>
        <source>a plain mean of different figures, not one published for this occupation</source>
        <translation>una media simple de cifras distintas, no una cifra publicada para esta ocupación</translation>
    </message>
    <message>
        <source>Frey &amp; Osborne's 2013 study has no figure for 2010 SOC %1, from which the 2018 SOC formed this occupation</source>
        <translation>el estudio de 2013 de Frey y Osborne no tiene cifra para el SOC 2010 %1, a partir del cual el SOC 2018 formó esta ocupación</translation>
    </message>
    <message>
        <source>the CPS flows of del Rio-Chanona et al. have no group for SOC 2010 %1 nor for the broader codes %2, so this survey cannot say where its people move</source>
        <translation>los flujos de la CPS que publican del Rio-Chanona y otros no tienen grupo para el SOC 2010 %1 ni para los códigos más amplios %2, así que esta encuesta no puede decir a qué ocupaciones pasan las personas que la ejercen</translation>
    </message>
    <message>
        <source>O*NET-SOC 2010 %1 %2, this occupation before O*NET's 2019 codes, in 2010 SOC %3</source>
        <translation>O*NET-SOC 2010 %1 %2, esta ocupación antes de los códigos de O*NET de 2019, en el SOC 2010 %3</translation>
    </message>
    <message>
        <source>the role is not a BLS occupation, so no projection says whether its outlook is bright</source>
        <translation>el rol no es una ocupación del BLS, así que ninguna proyección dice si sus perspectivas son buenas</translation>
    </message>
    <message>
        <source>the saved value is not shown: %1</source>
        <translation>el valor guardado no se muestra: %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Unknown option '%1'.</source>
        <translation>Opción desconocida: «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opciones desconocidas: %1.</translation>
    </message>
    <message>
        <source>Missing value after '%1'.</source>
        <translation>Falta un valor después de «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after '%1'.</source>
        <translation>Valor inesperado después de «%1».</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Muestra la ayuda sobre las opciones de la línea de comandos.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Muestra la ayuda, incluidas las opciones propias de Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Muestra la información de la versión.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opciones]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumentos:</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>Demand scores of both roles. %1</source>
        <translation>Índices de demanda de los dos roles. %1</translation>
    </message>
    <message>
        <source>AI replacement risk and LLM exposure. %1</source>
        <translation>Riesgo de sustitución por IA y exposición a LLM. %1</translation>
    </message>
    <message>
        <source>Months to become qualified. %1</source>
        <translation>Meses de preparación. %1</translation>
    </message>
    <message>
        <source>Importance of the main skills. %1</source>
        <translation>Importancia de las competencias principales. %1</translation>
    </message>
    <message>
        <source>Skills role A needs and role B does not</source>
        <translation>Competencias que necesita el rol A y no el B</translation>
    </message>
    <message>
        <source>Skills both roles need</source>
        <translation>Competencias que necesitan los dos roles</translation>
    </message>
    <message>
        <source>Skills role B needs and role A does not</source>
        <translation>Competencias que necesita el rol B y no el A</translation>
    </message>
    <message>
        <source>O*NET's related careers of role A; Enter compares one</source>
        <translation>Profesiones relacionadas del rol A según O*NET; Intro compara una</translation>
    </message>
    <message>
        <source>O*NET's related careers of role B; Enter compares one</source>
        <translation>Profesiones relacionadas del rol B según O*NET; Intro compara una</translation>
    </message>
</context>
<context>
    <name>QJsonParseError</name>
    <message>
        <source>unterminated object</source>
        <translation>objeto sin terminar</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>falta el separador de nombre</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>lista sin terminar</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>falta el separador de valores</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>valor no válido</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>terminación no válida por un número</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>cadena UTF-8 no válida</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>falta un objeto después de una coma</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>documento con demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>documento demasiado grande</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>datos sobrantes al final del documento</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Career Compare</source>
        <translation>Career Compare</translation>
    </message>
    <message>
        <source>Your saved data could not be read, so it was set aside as %1 and a new, empty store was started. Nothing was deleted.</source>
        <translation>No se pudieron leer sus datos guardados; se apartaron como %1 y se empezó un almacén nuevo y vacío. No se borró nada.</translation>
    </message>
    <message>
        <source>No role is called “%1”.</source>
        <translation>Ningún rol se llama «%1».</translation>
    </message>
    <message>
        <source>“%1” names several roles; pick one in the window.</source>
        <translation>«%1» corresponde a varios roles; elija uno en la ventana.</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>No se puede leer el catálogo: %1</translation>
    </message>
    <message>
        <source>Your settings (last comparison, theme, window size) are kept only until you close the window, because %1. Set HOME to your home folder to keep them.</source>
        <translation>Tus preferencias (última comparación, tema, tamaño de la ventana) se conservan solo hasta que cierres la ventana, porque %1. Define HOME como tu carpeta personal para conservarlas.</translation>
    </message>
</context>
<context>
    <name>RelatedRolesModel</name>
    <message>
        <source>median %1</source>
        <translation>mediana %1</translation>
    </message>
    <message>
        <source>pay not published</source>
        <translation>salario no publicado</translation>
    </message>
    <message>
        <source>outlook not published</source>
        <translation>perspectivas no publicadas</translation>
    </message>
    <message>
        <source>demand %1</source>
        <translation>demanda %1</translation>
    </message>
</context>
<context>
    <name>RemoteFriendly</name>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>Prepared for:</source>
        <translation>Preparado para:</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Career Compare report, %1. Catalogue: %2.</source>
        <translation>Informe de Career Compare, %1. Catálogo: %2.</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>De un vistazo</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Only %1 (%2)</source>
        <translation>Solo %1 (%2)</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Similarity: %1.</source>
        <translation>Similitud: %1.</translation>
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation>Compartidas (%1)</translation>
    </message>
    <message>
        <source>What the work is</source>
        <translation>En qué consiste el trabajo</translation>
    </message>
    <message>
        <source>O*NET lists no work activities</source>
        <translation>O*NET no indica actividades laborales</translation>
    </message>
    <message>
        <source>O*NET's detailed work activities linked to the occupation's tasks, those of its core tasks first.</source>
        <translation>Actividades laborales detalladas de O*NET vinculadas a las tareas de la ocupación, primero las de sus tareas principales.</translation>
    </message>
    <message>
        <source>Which to choose</source>
        <translation>Cuál elegir</translation>
    </message>
    <message>
        <source>Roadmap: %1 → %2</source>
        <translation>Hoja de ruta: %1 → %2</translation>
    </message>
    <message>
        <source>Work %1 involves that %2 does not</source>
        <translation>Trabajo propio de %1 que no hace %2</translation>
    </message>
    <message>
        <source>The way in</source>
        <translation>Cómo acceder</translation>
    </message>
    <message>
        <source>Related careers</source>
        <translation>Profesiones relacionadas</translation>
    </message>
    <message>
        <source>Related to %1</source>
        <translation>Relacionadas con %1</translation>
    </message>
    <message>
        <source>none listed</source>
        <translation>ninguna indicada</translation>
    </message>
    <message>
        <source>Where people go</source>
        <translation>Adónde va la gente</translation>
    </message>
    <message>
        <source> (survey group %1, with %2 more)</source>
        <translation> (grupo %1 de la encuesta, con %2 más)</translation>
    </message>
    <message>
        <source> (no occupation of the catalogue)</source>
        <translation> (ninguna ocupación del catálogo)</translation>
    </message>
    <message>
        <source>not available: %1</source>
        <translation>no disponible: %1</translation>
    </message>
    <message>
        <source>Where people who leave %1 go</source>
        <translation>Adónde van quienes dejan %1</translation>
    </message>
    <message>
        <source>Share of the people who leave an occupation in a year. Source: US Current Population Survey (ASEC) flows by del Rio-Chanona et al. (2021), CC BY 4.0. A move nobody was recorded making is not an impossible one.</source>
        <translation>Proporción de las personas que dejan una ocupación en un año. Fuente: flujos de la Current Population Survey (ASEC) de EE. UU., de del Rio-Chanona y otros (2021), CC BY 4.0. Un cambio que nadie hizo en los registros no es un cambio imposible.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Salary&lt;/b&gt; is what people in the occupation earned in a year across the United States in May 2024, before tax, from the Bureau of Labor Statistics (BLS): the bar runs from the 10th to the 90th percentile, so one in ten earned less and one in ten more; the dark middle holds half of everyone.</source>
        <translation>El &lt;b&gt;salario&lt;/b&gt; es lo que ganaban en un año las personas de la ocupación en todo Estados Unidos en mayo de 2024, antes de impuestos, según la Bureau of Labor Statistics (BLS): la barra va del percentil 10 al 90, así que una de cada diez personas ganaba menos y una de cada diez más; el tramo oscuro central reúne a la mitad.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Demand&lt;/b&gt; (0–10) ranks the occupation among about 830 that the Bureau of Labor Statistics projects from 2024 to 2034, by how fast employment grows and how many openings there are each year, the two counting equally: 5 is the middle, 10 the top.</source>
        <translation>La &lt;b&gt;demanda&lt;/b&gt; (0–10) sitúa la ocupación entre unas 830 que la Bureau of Labor Statistics proyecta de 2024 a 2034, según lo rápido que crece el empleo y cuántas vacantes hay cada año, con el mismo peso para las dos cosas: 5 es el centro y 10 lo más alto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;AI replacement risk&lt;/b&gt; is Frey and Osborne's estimate of how likely the work is to be automated. &lt;b&gt;LLM exposure&lt;/b&gt; (Eloundou and others) is the share of the work a language model such as ChatGPT could speed up: a tool that helps, not a forecast of lost jobs.</source>
        <translation>El &lt;b&gt;riesgo de sustitución por IA&lt;/b&gt; es la estimación de Frey y Osborne de la probabilidad de que el trabajo se automatice. La &lt;b&gt;exposición a LLM&lt;/b&gt; (Eloundou y otros) es la parte del trabajo que un modelo de lenguaje como ChatGPT podría agilizar: una herramienta que ayuda, no un pronóstico de empleos perdidos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Learning time&lt;/b&gt; adds up the education, on-site and on-the-job training that people in the job report in O*NET, the US Department of Labor's occupation database. &lt;b&gt;Skills&lt;/b&gt; and their importance (1–5) come from O*NET too; similarity measures how much of what one job needs the other already uses.</source>
        <translation>El &lt;b&gt;tiempo de aprendizaje&lt;/b&gt; suma la educación y la formación en el centro y en el puesto que declaran quienes ejercen la ocupación en O*NET, la base de datos de ocupaciones del Departamento de Trabajo de EE. UU. Las &lt;b&gt;competencias&lt;/b&gt; y su importancia (1–5) también proceden de O*NET; la similitud mide cuánto de lo que necesita un trabajo ya lo usa el otro.</translation>
    </message>
    <message>
        <source>How these figures are made</source>
        <translation>Cómo se obtienen estas cifras</translation>
    </message>
    <message>
        <source>(The notes are longer than %1 characters; only the first %1 are printed.)</source>
        <translation>(Las notas tienen más de %1 caracteres; solo se imprimen los primeros %1.)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot start a PDF at %1.</source>
        <translation>No se puede empezar un PDF en %1.</translation>
    </message>
    <message>
        <source>Choose %1 if you…</source>
        <translation>Elija %1 si…</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Typical entry education: %1</source>
        <translation>Educación típica de entrada: %1</translation>
    </message>
    <message>
        <source>Related work experience: %1</source>
        <translation>Experiencia laboral relacionada: %1</translation>
    </message>
    <message>
        <source>On-the-job training: %1</source>
        <translation>Formación en el puesto: %1</translation>
    </message>
    <message>
        <source>Time to become qualified: %1</source>
        <translation>Tiempo de preparación: %1</translation>
    </message>
    <message>
        <source>Skills to learn first:</source>
        <translation>Competencias que aprender primero:</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>%1 — ESCO: %2</source>
        <translation>%1 — ESCO: %2</translation>
    </message>
    <message>
        <source>None: %1 lists them all already.</source>
        <translation>Ninguna: %1 ya las incluye todas.</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>No se indica ninguna.</translation>
    </message>
    <message>
        <source>Skills to learn first, coming from %1:</source>
        <translation>Competencias que aprender primero, viniendo de %1:</translation>
    </message>
    <message>
        <source>Bold: the better value. * An estimate, not a figure published for the occupation itself: from a related occupation code (a broader SOC group or an older code), the median of its O*NET Job Zone, or a rule applied to what O*NET lists for it; “How these figures are made” says which. † The seed web page's own figure, on a scale the page does not explain: never ranked against official statistics.</source>
        <translation>En negrita: el mejor valor. * Una estimación, no una cifra publicada para la ocupación en sí: de un código de ocupación relacionado (un grupo SOC más amplio o un código anterior), de la mediana de su zona de preparación de O*NET o de una regla aplicada a lo que O*NET lista para ella; «Cómo se obtienen estas cifras» indica cuál. † La cifra propia de la página web de origen, en una escala que la página no explica: nunca se ordena frente a estadísticas oficiales.</translation>
    </message>
    <message>
        <source>A figure marked * was not published for this occupation itself: it comes from a related occupation code (a broader or an older one), from the median of the occupation's Job Zone, or from a rule applied to what O*NET lists for it; the list below says which. All figures are national and describe the occupation, not one employer or town: local pay and openings can differ, and so can the time it takes you, depending on what you already know.</source>
        <translation>Una cifra marcada con * no se publicó para esta ocupación en sí: procede de un código de ocupación relacionado (más amplio o anterior), de la mediana de la zona de preparación de la ocupación o de una regla aplicada a lo que O*NET lista para ella; la lista de abajo indica cuál. Todas las cifras son nacionales y describen la ocupación, no a un empleador ni a una localidad: el salario y las vacantes locales pueden ser distintos, y también el tiempo que le lleve a usted, según lo que ya sepa.</translation>
    </message>
    <message>
        <source>typical entry education</source>
        <translation>estudios de acceso típicos</translation>
    </message>
    <message>
        <source>where people go</source>
        <translation>adónde va la gente</translation>
    </message>
    <message>
        <source>The estimates</source>
        <translation>Las estimaciones</translation>
    </message>
    <message>
        <source>Its most important skills (those of %1 are not rated):</source>
        <translation>Sus competencias más importantes (las de %1 no están valoradas):</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more technologies</source>
        <translation><numerusform>y %n tecnología más</numerusform><numerusform>y %n tecnologías más</numerusform></translation>
    </message>
    <message>
        <source>Skills, knowledge and technologies that %1 lists and %2 does not, most important first</source>
        <translation>Competencias, conocimientos y tecnologías que figuran para %1 y no para %2, de más a menos importantes</translation>
    </message>
    <message>
        <source>Technologies and topics that %1 lists and %2 does not, most important first (skills and knowledge are not compared: they are not rated for both roles)</source>
        <translation>Tecnologías y temas que figuran para %1 y no para %2, de más a menos importantes (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)</translation>
    </message>
    <message>
        <source>Technologies that %1 lists and %2 does not, most important first (skills and knowledge are not compared: they are not rated for both roles)</source>
        <translation>Tecnologías que figuran para %1 y no para %2, de más a menos importantes (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)</translation>
    </message>
    <message>
        <source>Technologies and topics to learn first, coming from %1 (skills and knowledge are not compared: they are not rated for %2):</source>
        <translation>Tecnologías y temas que aprender primero, viniendo de %1 (las competencias y los conocimientos no se comparan: no están valorados para %2):</translation>
    </message>
    <message>
        <source>Technologies to learn first, coming from %1 (skills and knowledge are not compared: they are not rated for %2):</source>
        <translation>Tecnologías que aprender primero, viniendo de %1 (las competencias y los conocimientos no se comparan: no están valorados para %2):</translation>
    </message>
    <message>
        <source>(No font installed on this computer has these characters of the notes or the client's name, so they print as empty boxes: %1. A font that has them, such as Noto, prints them.)</source>
        <translation>(Ninguna fuente instalada en este equipo tiene estos caracteres de las notas o del nombre del cliente, así que se imprimen como recuadros vacíos: %1. Una fuente que los tenga, como Noto, los imprime.)</translation>
    </message>
</context>
<context>
    <name>Roadmap</name>
    <message>
        <source>No skill, knowledge area or technology of %1 is listed for %2.</source>
        <translation>Ninguna competencia, área de conocimiento ni tecnología de %1 figura en la lista de %2.</translation>
    </message>
    <message>
        <source>Carries over: %1 skills, knowledge areas and technologies %2 and %3 both list (similarity %4).</source>
        <translation>Se aprovechan %1 competencias, áreas de conocimiento y tecnologías que figuran en las listas de %2 y de %3 (similitud %4).</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>No time estimate: the learning time of %1 is not available.</source>
        <translation>Sin estimación de tiempo: el tiempo de aprendizaje de %1 no está disponible.</translation>
    </message>
    <message>
        <source>, estimated</source>
        <translation>, estimado</translation>
    </message>
    <message>
        <source>Both sides are %1: there is nothing new to learn and no qualification to gain.</source>
        <translation>Los dos lados son %1: no hay nada nuevo que aprender ni ninguna titulación que obtener.</translation>
    </message>
    <message>
        <source>Becoming qualified for %1 takes about %2%3 (education and training together; any related work experience it asks for comes on top). What carries over from %4 helps you learn, but it does not shorten a degree, licence or experience %1 requires.</source>
        <translation>Prepararse para %1 lleva alrededor de %2%3 (educación y formación en conjunto; la experiencia laboral relacionada que pida se suma aparte). Lo que se aprovecha de %4 ayuda a aprender, pero no acorta un título, una licencia ni la experiencia que exija %1.</translation>
    </message>
</context>
<context>
    <name>RoleDirectory</name>
    <message>
        <source>entered by the user (custom role)</source>
        <translation>introducido por el usuario (rol propio)</translation>
    </message>
</context>
<context>
    <name>RoleJson</name>
    <message>
        <source>%1 must be true, false or null</source>
        <translation>el campo %1 debe ser true, false o null</translation>
    </message>
    <message>
        <source>salary must be an object</source>
        <translation>el campo salary debe ser un objeto</translation>
    </message>
    <message>
        <source>salary.%1 is below a lower percentile</source>
        <translation>salary.%1 es menor que un percentil inferior</translation>
    </message>
    <message>
        <source>%1 has an unknown value</source>
        <translation>el campo %1 tiene un valor desconocido</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source> (did you mean "%1"?)</source>
        <translation> (¿quizás «%1»?)</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>campo desconocido: %1</translation>
    </message>
    <message>
        <source>unknown fields %1</source>
        <translation>campos desconocidos: %1</translation>
    </message>
    <message>
        <source>skills must be a list of names</source>
        <translation>skills debe ser una lista de nombres</translation>
    </message>
    <message>
        <source>has more than %1 skills</source>
        <translation>tiene más de %1 competencias</translation>
    </message>
    <message>
        <source>skill %1 must be a non-empty name without control characters, at most %2 characters</source>
        <translation>la competencia %1 debe ser un nombre no vacío, sin caracteres de control y de %2 caracteres como máximo</translation>
    </message>
    <message>
        <source>role %1: %2</source>
        <translation>rol %1: %2</translation>
    </message>
    <message>
        <source>role %1 ("%2"): %3</source>
        <translation>rol %1 («%2»): %3</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>falta el campo %1</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>el campo %1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters without control characters</source>
        <translation>el campo %1 debe tener como máximo %2 caracteres, sin caracteres de control</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>el campo %1 está vacío</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at offset %2</source>
        <translation>no es JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <source>"roles" must be a list</source>
        <translation>«roles» debe ser una lista</translation>
    </message>
    <message>
        <source>more than %1 roles</source>
        <translation>más de %1 roles</translation>
    </message>
    <message>
        <source>role %1: must be an object</source>
        <translation>rol %1: debe ser un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3 (%4 was given)</source>
        <translation>el campo %1 debe ser un número entero de %2 a %3 (se indicó %4)</translation>
    </message>
    <message>
        <source>%1 must be a number from %2 to %3 (%4 was given)</source>
        <translation>el campo %1 debe ser un número de %2 a %3 (se indicó %4)</translation>
    </message>
    <message>
        <source>salary.currency must be "USD": Career Compare shows salaries in US dollars only (%1 was given)</source>
        <translation>salary.currency debe ser «USD»: Career Compare muestra los salarios solo en dólares estadounidenses (se indicó %1)</translation>
    </message>
    <message>
        <source>salary.top_coded must be a list of salary percentiles given ("low", "p25", "median", "p75", "high"), not %1</source>
        <translation>salary.top_coded debe ser una lista de percentiles del salario indicados («low», «p25», «median», «p75», «high»), no %1</translation>
    </message>
    <message>
        <source>remote_share %1 does not fit remote_friendly "%2" ("Yes" is a share of 100, "No" a share of 0)</source>
        <translation>remote_share %1 no concuerda con remote_friendly «%2» («Yes» es una proporción de 100 y «No», de 0)</translation>
    </message>
    <message>
        <source>skill %1 has \u%2, half of a UTF-16 surrogate pair without the other half: it is no character (write the character itself)</source>
        <translation>la competencia %1 tiene \u%2, la mitad de un par suplente UTF-16 sin la otra mitad: no es ningún carácter (escriba el carácter mismo)</translation>
    </message>
    <message>
        <source>%1 has \u%2, half of a UTF-16 surrogate pair without the other half: it is no character (write the character itself)</source>
        <translation>el campo %1 tiene \u%2, la mitad de un par suplente UTF-16 sin la otra mitad: no es ningún carácter (escriba el carácter mismo)</translation>
    </message>
    <message>
        <source>beside "roles": %1</source>
        <translation>junto a «roles»: %1</translation>
    </message>
</context>
<context>
    <name>SafeFile</name>
    <message>
        <source>file not found</source>
        <translation>no se encuentra el archivo</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links</source>
        <translation>es un bucle de enlaces simbólicos</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>una parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>the file system is read-only</source>
        <translation>el sistema de archivos es de solo lectura</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk could not be read (input/output error)</source>
        <translation>no se pudo leer el disco (error de entrada/salida)</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>it is a folder, not a regular file</source>
        <translation>es una carpeta, no un archivo normal</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a regular file</source>
        <translation>es una FIFO (tubería con nombre), no un archivo normal</translation>
    </message>
    <message>
        <source>it is a device, not a regular file</source>
        <translation>es un dispositivo, no un archivo normal</translation>
    </message>
    <message>
        <source>it is a socket, not a regular file</source>
        <translation>es un socket, no un archivo normal</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>it is a symbolic link to a file that does not exist</source>
        <translation>es un enlace simbólico a un archivo que no existe</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>no se indicó ningún nombre de archivo</translation>
    </message>
    <message>
        <source>the output folder does not exist</source>
        <translation>la carpeta de destino no existe</translation>
    </message>
    <message>
        <source>it is a file this command reads or keeps</source>
        <translation>es un archivo que este comando lee o conserva</translation>
    </message>
    <message>
        <source>it is %1, which this command reads or keeps</source>
        <translation>es %1, que este comando lee o conserva</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <source>Cannot write: no file name was given.</source>
        <translation>No se puede escribir: no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Cannot read: no file name was given.</source>
        <translation>No se puede leer: no se indicó ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>it is larger than the limit of %1</source>
        <translation>supera el límite de %1</translation>
    </message>
    <message>
        <source>no folder was given</source>
        <translation>no se indicó ninguna carpeta</translation>
    </message>
    <message>
        <source>it is a symbolic link to a folder that does not exist</source>
        <translation>es un enlace simbólico a una carpeta que no existe</translation>
    </message>
    <message>
        <source>folder not found</source>
        <translation>no se encontró la carpeta</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>es un archivo, no una carpeta</translation>
    </message>
    <message>
        <source>it is a FIFO (named pipe), not a folder</source>
        <translation>es una FIFO (tubería con nombre), no una carpeta</translation>
    </message>
    <message>
        <source>it is a device, not a folder</source>
        <translation>es un dispositivo, no una carpeta</translation>
    </message>
    <message>
        <source>it is a socket, not a folder</source>
        <translation>es un socket, no una carpeta</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>the salary ceiling</source>
        <translation>el techo salarial</translation>
    </message>
    <message>
        <source>BLS OEWS wages</source>
        <translation>salarios OEWS de BLS</translation>
    </message>
    <message>
        <source>Both salary ceilings are at or above %1, the highest figure BLS publishes, so neither can be called higher.</source>
        <translation>Techos salariales no comparables: los dos están en %1 o más, la cifra más alta que publica BLS, así que ninguno puede llamarse más alto.</translation>
    </message>
    <message>
        <source>Higher salary ceiling: %1 (%2 against %3 a year at the 90th percentile%4).</source>
        <translation>Techo salarial más alto: %1 (%2 frente a %3 al año en el percentil 90%4).</translation>
    </message>
    <message>
        <source>Both have the same salary ceiling (%1 a year at the 90th percentile%2).</source>
        <translation>Mismo techo salarial en los dos roles (%1 al año en el percentil 90%2).</translation>
    </message>
    <message>
        <source>Salary ceilings cannot be compared: the 90th percentile is %1.</source>
        <translation>Techos salariales no comparables: percentil 90 %1.</translation>
    </message>
    <message>
        <source>Want the higher salary ceiling (%1 at the 90th percentile)</source>
        <translation>Busca el techo salarial más alto (%1 en el percentil 90)</translation>
    </message>
    <message>
        <source>median pay</source>
        <translation>el salario mediano</translation>
    </message>
    <message>
        <source>Both median salaries are at or above %1, so neither can be called higher.</source>
        <translation>Salarios medianos no comparables: los dos están en %1 o más, así que ninguno puede llamarse más alto.</translation>
    </message>
    <message>
        <source>Higher median pay: %1 (%2 against %3 a year%4).</source>
        <translation>Salario mediano más alto: %1 (%2 frente a %3 al año%4).</translation>
    </message>
    <message>
        <source>Both have the same median pay (%1 a year%2).</source>
        <translation>Mismo salario mediano en los dos roles (%1 al año%2).</translation>
    </message>
    <message>
        <source>Median pay cannot be compared: it is %1.</source>
        <translation>Salario mediano no comparable: %1.</translation>
    </message>
    <message>
        <source>Want the higher typical pay (median %1)</source>
        <translation>Busca el salario típico más alto (mediana de %1)</translation>
    </message>
    <message>
        <source>demand</source>
        <translation>la demanda</translation>
    </message>
    <message>
        <source>BLS employment projections 2024–34</source>
        <translation>proyecciones de empleo de BLS 2024–34</translation>
    </message>
    <message>
        <source>Both have the same demand score, %1 (%2: %3; %4: %5).</source>
        <translation>Mismo índice de demanda en los dos roles, %1 (%2: %3; %4: %5).</translation>
    </message>
    <message>
        <source>Higher future demand: %1 (%2, against %3%4).</source>
        <translation>Mayor demanda futura: %1 (%2, frente a %3%4).</translation>
    </message>
    <message>
        <source>Both have the same demand score (%1%2).</source>
        <translation>Mismo índice de demanda en los dos roles (%1%2).</translation>
    </message>
    <message>
        <source>Demand cannot be compared: it is %1.</source>
        <translation>Demanda no comparable: %1.</translation>
    </message>
    <message>
        <source>Want the higher-demand career path (%1)</source>
        <translation>Busca la trayectoria con más demanda (%1)</translation>
    </message>
    <message>
        <source>job growth</source>
        <translation>el crecimiento del empleo</translation>
    </message>
    <message>
        <source>openings a year</source>
        <translation>las vacantes al año</translation>
    </message>
    <message>
        <source>Bright Outlook</source>
        <translation>la perspectiva favorable (Bright Outlook)</translation>
    </message>
    <message>
        <source>O*NET's Bright Outlook criteria on BLS projections</source>
        <translation>criterios Bright Outlook de O*NET sobre las proyecciones de BLS</translation>
    </message>
    <message>
        <source>AI replacement risk</source>
        <translation>el riesgo de sustitución por IA</translation>
    </message>
    <message>
        <source>Frey &amp; Osborne's study of computerisation</source>
        <translation>estudio de Frey y Osborne sobre la informatización</translation>
    </message>
    <message>
        <source>Lower AI replacement risk: %1 (%2 against %3%4).</source>
        <translation>Menor riesgo de sustitución por IA: %1 (%2 frente a %3%4).</translation>
    </message>
    <message>
        <source>Both have the same AI replacement risk (%1%2).</source>
        <translation>Mismo riesgo de sustitución por IA en los dos roles (%1%2).</translation>
    </message>
    <message>
        <source>AI replacement risk cannot be compared: it is %1.</source>
        <translation>Riesgo de sustitución por IA no comparable: %1.</translation>
    </message>
    <message>
        <source>LLM exposure</source>
        <translation>la exposición a LLM</translation>
    </message>
    <message>
        <source>Eloundou et al.'s study of LLM exposure</source>
        <translation>estudio de Eloundou y otros sobre la exposición a LLM</translation>
    </message>
    <message>
        <source>learning time</source>
        <translation>el tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>O*NET's education and training ratings</source>
        <translation>valoraciones de educación y formación de O*NET</translation>
    </message>
    <message>
        <source>Quicker to become qualified: %1 (%2 against %3%4).</source>
        <translation>Menos tiempo de preparación: %1 (%2 frente a %3%4).</translation>
    </message>
    <message>
        <source>Learning time cannot be compared: it is %1.</source>
        <translation>Tiempo de aprendizaje no comparable: %1.</translation>
    </message>
    <message>
        <source>Want to be qualified sooner (about %1 against %2)</source>
        <translation>Quiere poder ejercer antes (alrededor de %1 frente a %2)</translation>
    </message>
    <message>
        <source>difficulty</source>
        <translation>la dificultad</translation>
    </message>
    <message>
        <source>O*NET's Job Zone</source>
        <translation>Job Zone de O*NET</translation>
    </message>
    <message>
        <source>the entry barrier</source>
        <translation>la barrera de entrada</translation>
    </message>
    <message>
        <source>BLS typical entry education and related work experience</source>
        <translation>educación típica de entrada y experiencia laboral relacionada según BLS</translation>
    </message>
    <message>
        <source>Lower entry barrier: %1 (%2 against %3), but it asks for related work experience (%4), so it is no easy way in for a career changer.</source>
        <translation>Barrera de entrada más baja: %1 (%2 frente a %3), pero se pide experiencia laboral relacionada (%4), así que no es una vía fácil para quien cambia de carrera.</translation>
    </message>
    <message>
        <source>Lower entry barrier: %1 (%2 against %3%4): easier for a career changer to get into.</source>
        <translation>Barrera de entrada más baja: %1 (%2 frente a %3%4): más fácil de acceder para quien cambia de carrera.</translation>
    </message>
    <message>
        <source>Both have the same entry barrier (%1%2), so neither is easier to get into on that count.</source>
        <translation>Misma barrera de entrada en los dos roles (%1%2): en eso, ninguno es más fácil de acceder.</translation>
    </message>
    <message>
        <source>Entry barriers cannot be compared: the barrier is %1.</source>
        <translation>Barreras de entrada no comparables: %1.</translation>
    </message>
    <message>
        <source>Want a lower entry barrier (%1 against %2)</source>
        <translation>Busca una barrera de entrada más baja (%1 frente a %2)</translation>
    </message>
    <message>
        <source>remote work</source>
        <translation>el teletrabajo</translation>
    </message>
    <message>
        <source>Dingel &amp; Neiman's telework study</source>
        <translation>estudio de Dingel y Neiman sobre el teletrabajo</translation>
    </message>
    <message>
        <source>Neither can usually be done from home.</source>
        <translation>Teletrabajo poco habitual en los dos roles: ninguno suele poder hacerse desde casa.</translation>
    </message>
    <message>
        <source>Both are about equally remote-friendly (%1: %2; %3: %4).</source>
        <translation>Posibilidades de teletrabajo parecidas en los dos roles (%1: %2; %3: %4).</translation>
    </message>
    <message>
        <source>More remote-friendly: %1 (%2 against %3%4).</source>
        <translation>Más posibilidades de teletrabajo: %1 (%2 frente a %3%4).</translation>
    </message>
    <message>
        <source>Both are equally remote-friendly (%1%2).</source>
        <translation>Mismas posibilidades de teletrabajo en los dos roles (%1%2).</translation>
    </message>
    <message>
        <source>Remote work cannot be compared: it is %1.</source>
        <translation>Teletrabajo no comparable: %1.</translation>
    </message>
    <message>
        <source>Want to work from home more (remote-friendly: %1)</source>
        <translation>Quiere trabajar más desde casa (teletrabajo: %1)</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>la programación</translation>
    </message>
    <message>
        <source>O*NET's Programming skill rating</source>
        <translation>valoración de O*NET de la competencia de programación</translation>
    </message>
    <message>
        <source>%1: %2 growth and %3 openings a year</source>
        <translation>%1: crecimiento del %2 y %3 vacantes al año</translation>
    </message>
    <message>
        <source>not available for either role (%1)</source>
        <translation>no disponible para ninguno de los dos roles (%1)</translation>
    </message>
    <message>
        <source>not available for either role (%1: %2; %3: %4)</source>
        <translation>no disponible para ninguno de los dos roles (%1: %2; %3: %4)</translation>
    </message>
    <message>
        <source>not available for %1 (%2)</source>
        <translation>no disponible para %1 (%2)</translation>
    </message>
    <message>
        <source>hands-on work with tools, machines, materials or living things</source>
        <translation>el trabajo práctico con herramientas, máquinas, materiales o seres vivos</translation>
    </message>
    <message>
        <source>researching, analysing and solving problems with ideas</source>
        <translation>investigar, analizar y resolver problemas con ideas</translation>
    </message>
    <message>
        <source>creating, designing and expressing yourself</source>
        <translation>crear, diseñar y expresarse</translation>
    </message>
    <message>
        <source>helping, teaching and caring for people</source>
        <translation>ayudar, enseñar y cuidar a las personas</translation>
    </message>
    <message>
        <source>leading, persuading and taking business risks</source>
        <translation>dirigir, convencer y asumir riesgos empresariales</translation>
    </message>
    <message>
        <source>orderly work with data, records and clear procedures</source>
        <translation>el trabajo ordenado con datos, registros y procedimientos claros</translation>
    </message>
    <message>
        <source>both estimated</source>
        <translation>ambas cifras estimadas</translation>
    </message>
    <message>
        <source>estimated for %1</source>
        <translation>cifra estimada para %1</translation>
    </message>
    <message>
        <source>the seed web page's range</source>
        <translation>el rango de la página web de origen</translation>
    </message>
    <message>
        <source>10th to 90th percentile, estimated</source>
        <translation>percentiles 10 a 90, estimado</translation>
    </message>
    <message>
        <source>10th to 90th percentile</source>
        <translation>percentiles 10 a 90</translation>
    </message>
    <message>
        <source>%1: %2 a year (%3)</source>
        <translation>%1: %2 al año (%3)</translation>
    </message>
    <message>
        <source>%1: %2 a year</source>
        <translation>%1: %2 al año</translation>
    </message>
    <message>
        <source>Salary ranges are %1.</source>
        <translation>Rangos salariales: %1.</translation>
    </message>
    <message>
        <source>%1; the salary range of %2 is not available (%3).</source>
        <translation>%1; el rango salarial de %2 no está disponible (%3).</translation>
    </message>
    <message>
        <source>%1 cannot be ranked: %2 for %3 comes from the seed web page, which does not say how it was measured, while %4 for %5 comes from %6%7.</source>
        <translation>No se puede decir cuál es mejor en %1: %2 para %3 procede de la página web de origen, que no dice cómo se midió, mientras que %4 para %5 viene de otra fuente: %6%7.</translation>
    </message>
    <message>
        <source> (estimated)</source>
        <translation> (cifra estimada)</translation>
    </message>
    <message>
        <source>Their skills cannot be compared: %1.</source>
        <translation>Competencias no comparables: %1.</translation>
    </message>
    <message>
        <source>They list no skill, knowledge area or technology in common.</source>
        <translation>Sus listas no tienen en común ninguna competencia, área de conocimiento ni tecnología.</translation>
    </message>
    <message>
        <source>They list %1 of %2 skills, knowledge areas and technologies in common.</source>
        <translation>Sus listas comparten %1 de %2 competencias, áreas de conocimiento y tecnologías.</translation>
    </message>
    <message>
        <source> O*NET has not rated skills for either role, so skills and knowledge are not compared.</source>
        <translation> O*NET no ha valorado las competencias de ninguno de los dos roles, así que no se comparan competencias ni conocimientos.</translation>
    </message>
    <message>
        <source> %1, so skills and knowledge are not compared.</source>
        <translation> %1, así que no se comparan competencias ni conocimientos.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Enjoy writing and debugging code</source>
        <translation>Le gusta escribir y depurar código</translation>
    </message>
    <message>
        <source>Would rather not write code for a living</source>
        <translation>Prefiere no programar para ganarse la vida</translation>
    </message>
    <message>
        <source>Enjoy %1 (%2 interest %3 against %4 of 7)</source>
        <translation>Le gusta %1 (interés %2: %3 frente a %4 de 7)</translation>
    </message>
    <message>
        <source>Are drawn to the work itself: none of the figures compared here favours %1</source>
        <translation>Le atrae el trabajo en sí: ninguna de las cifras comparadas aquí favorece a %1</translation>
    </message>
    <message>
        <source>one of them has no skills, work activities or technologies in the sources</source>
        <translation>uno de los dos no tiene competencias, actividades laborales ni tecnologías en las fuentes</translation>
    </message>
    <message>
        <source>much of the content of the work carries over</source>
        <translation>buena parte del contenido del trabajo se aprovecha</translation>
    </message>
    <message>
        <source>some of the content of the work carries over</source>
        <translation>parte del contenido del trabajo se aprovecha</translation>
    </message>
    <message>
        <source>little of the content of the work carries over</source>
        <translation>poco del contenido del trabajo se aprovecha</translation>
    </message>
    <message>
        <source>O*NET has not rated skills for %1</source>
        <translation>O*NET no ha valorado las competencias de %1</translation>
    </message>
    <message>
        <source>The seed page rates no skills for %1</source>
        <translation>La página de origen no valora competencias de %1</translation>
    </message>
    <message>
        <source>No skills are rated for %1</source>
        <translation>No hay competencias valoradas para %1</translation>
    </message>
    <message>
        <source>Both have about the same salary ceiling (%1: %2; %3: %4 a year at the 90th percentile%5).</source>
        <translation>Techo salarial parecido en los dos roles (%1: %2; %3: %4 al año en el percentil 90%5).</translation>
    </message>
    <message>
        <source>Both have about the same median pay (%1: %2; %3: %4 a year%5).</source>
        <translation>Salario mediano parecido en los dos roles (%1: %2; %3: %4 al año%5).</translation>
    </message>
    <message>
        <source>Both have about the same demand (%1: %2; %3: %4%5).</source>
        <translation>Demanda parecida en los dos roles (%1: %2; %3: %4%5).</translation>
    </message>
    <message>
        <source>Both have about the same AI replacement risk (%1: %2; %3: %4%5).</source>
        <translation>Riesgo de sustitución por IA parecido en los dos roles (%1: %2; %3: %4%5).</translation>
    </message>
    <message>
        <source>Both take about the same time to become qualified (%1: %2; %3: %4%5).</source>
        <translation>Tiempo de preparación parecido en los dos roles (%1: %2; %3: %4%5).</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Higher future demand: %1 (%2, against %3), although employment in both is projected to shrink.</source>
        <translation>Mayor demanda futura: %1 (%2, frente a %3), aunque se prevé que el empleo se reduzca en los dos roles.</translation>
    </message>
    <message>
        <source>Higher future demand: %1 (%2, against %3), although employment in %1 is projected to shrink and in %4 is not.</source>
        <translation>Mayor demanda futura: %1 (%2, frente a %3), aunque se prevé que el empleo se reduzca en %1 y no en %4.</translation>
    </message>
    <message>
        <source>employment in both projected to shrink</source>
        <translation>se prevé que el empleo se reduzca en los dos roles</translation>
    </message>
    <message>
        <source>employment projected to shrink</source>
        <translation>se prevé que el empleo se reduzca</translation>
    </message>
    <message>
        <source>related work experience still expected: %1</source>
        <translation>se sigue pidiendo experiencia laboral relacionada: %1</translation>
    </message>
    <message>
        <source>Want the higher top of the salary range (%1 against %2 on the seed web page)</source>
        <translation>Busca un rango salarial que llegue más alto (%1 frente a %2 en la página web de origen)</translation>
    </message>
    <message>
        <source>Both salary ranges reach the same top (%1 a year on the seed web page).</source>
        <translation>Mismo extremo superior del rango salarial en los dos roles (%1 al año en la página web de origen).</translation>
    </message>
    <message>
        <source>Both salary ranges reach about the same top (%1: %2; %3: %4 a year on the seed web page).</source>
        <translation>Extremo superior del rango salarial parecido en los dos roles (%1: %2; %3: %4 al año en la página web de origen).</translation>
    </message>
    <message>
        <source>Higher top of the salary range: %1 (%2 against %3 a year on the seed web page).</source>
        <translation>Rango salarial que llega más alto: %1 (%2 frente a %3 al año en la página web de origen).</translation>
    </message>
    <message>
        <source>no source gives it</source>
        <translation>ninguna fuente lo da</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2 for %3 is the seed web page's own rating, which does not say what it rests on, while %4 for %5 comes from %6%7.</source>
        <translation>No se puede comparar %1: %2 para %3 es la valoración propia de la página web de origen, que no dice en qué se basa, mientras que %4 para %5 viene de otra fuente: %6%7.</translation>
    </message>
    <message>
        <source>what you entered</source>
        <translation>los datos que usted introdujo</translation>
    </message>
    <message>
        <source>the seed web page's own figure, not an official statistic</source>
        <translation>cifra propia de la página web de origen, no una estadística oficial</translation>
    </message>
    <message>
        <source>Both take the same time to become qualified (%1%2).</source>
        <translation>Mismo tiempo de preparación en los dos roles (%1%2).</translation>
    </message>
    <message>
        <source>Lower difficulty: %1 (%2 against %3%4).</source>
        <translation>Dificultad más baja: %1 (%2 frente a %3%4).</translation>
    </message>
    <message>
        <source>Both have the same difficulty (%1%2).</source>
        <translation>Misma dificultad en los dos roles (%1%2).</translation>
    </message>
    <message>
        <source>Difficulty cannot be compared: it is %1.</source>
        <translation>Dificultad no comparable: %1.</translation>
    </message>
    <message>
        <source>Want work that asks for less preparation (difficulty %1 against %2)</source>
        <translation>Busca un trabajo que pida menos preparación (dificultad %1 frente a %2)</translation>
    </message>
    <message>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <source>knowledge</source>
        <translation>conocimientos</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>competencias</translation>
    </message>
    <message>
        <source>tools</source>
        <translation>herramientas</translation>
    </message>
    <message>
        <source>interests</source>
        <translation>intereses</translation>
    </message>
    <message>
        <source>work styles</source>
        <translation>estilos de trabajo</translation>
    </message>
    <message>
        <source>Job Zone</source>
        <translation>zona de preparación</translation>
    </message>
    <message>
        <source>Similarity of the work (%1): %2, so %3. %4</source>
        <translation>Similitud del trabajo (%1): %2, así que %3. %4</translation>
    </message>
    <message>
        <source>Are drawn to the work itself: of the figures compared here, %1 leads only on %2</source>
        <translation>Le atrae el trabajo en sí: de las cifras comparadas aquí, %1 solo destaca en %2</translation>
    </message>
    <message>
        <source>Learning time is not ranked: O*NET has no education and training ratings for either role, whose figures are the medians of their Job Zones (%1).</source>
        <translation>Tiempo de preparación sin clasificar: O*NET no tiene valoraciones de estudios y formación para ninguno de los dos roles, cuyas cifras son las medianas de sus zonas de preparación (%1).</translation>
    </message>
    <message>
        <source>Learning time is not ranked: O*NET has no education and training ratings for %1, whose figure is the median of its Job Zone (%2).</source>
        <translation>Tiempo de preparación sin clasificar: O*NET no tiene valoraciones de estudios y formación para %1, cuya cifra es la mediana de su zona de preparación (%2).</translation>
    </message>
    <message>
        <source>the figure of %1 (%2) is the plain mean of Frey &amp; Osborne's %3 for older codes now merged</source>
        <translation>la cifra de %1 (%2) es la media simple de las cifras de Frey y Osborne %3 para códigos antiguos hoy fusionados</translation>
    </message>
    <message>
        <source>AI replacement risk is not ranked: %1; %2; those figures would rank the two differently.</source>
        <translation>Riesgo de sustitución por IA sin clasificar: %1; %2; esas cifras ordenarían los dos roles de otra manera.</translation>
    </message>
    <message>
        <source>AI replacement risk is not ranked: %1, which would rank it differently against %2 (%3).</source>
        <translation>Riesgo de sustitución por IA sin clasificar: %1, que lo ordenarían de otra manera frente a %2 (%3).</translation>
    </message>
    <message>
        <source>Lower entry barrier: %1 (%2 against %3): no college degree is needed to start, but the usual way in is an apprenticeship (BLS typical on-the-job training).</source>
        <translation>Barrera de entrada más baja: %1 (%2 frente a %3): no hace falta un título universitario para empezar, pero la vía habitual es un aprendizaje (formación en el trabajo típica según el BLS).</translation>
    </message>
    <message>
        <source>the usual way in is an apprenticeship</source>
        <translation>la vía habitual es un aprendizaje</translation>
    </message>
    <message>
        <source>They list no technology in common.</source>
        <translation>Sus listas no tienen en común ninguna tecnología.</translation>
    </message>
    <message>
        <source>They list %1 of %2 technologies in common.</source>
        <translation>Sus listas comparten %1 de %2 tecnologías.</translation>
    </message>
    <message>
        <source>%1 cannot be compared: %2 for %3 is the seed web page's own rating, which does not say what it rests on, while %4 for %5 is an estimate from %6: %7.</source>
        <translation>No se puede comparar %1: %2 para %3 es la valoración propia de la página web de origen, que no dice en qué se basa, mientras que %4 para %5 es una estimación basada en %6: %7.</translation>
    </message>
    <message>
        <source>%1 cannot be ranked: %2 for %3 comes from the seed web page, which does not say how it was measured, while %4 for %5 is an estimate from %6: %7.</source>
        <translation>No se puede decir cuál es mejor en %1: %2 para %3 procede de la página web de origen, que no dice cómo se midió, mientras que %4 para %5 es una estimación basada en %6: %7.</translation>
    </message>
    <message>
        <source>The demand scores are close, but %1 has both the higher growth rate and more openings a year (%2: %3; %4: %5).</source>
        <translation>Las puntuaciones de demanda son parecidas, pero %1 tiene a la vez la tasa de crecimiento más alta y más vacantes al año (%2: %3; %4: %5).</translation>
    </message>
    <message>
        <source>The demand scores are close, but %1 has the higher growth rate (%2: %3; %4: %5).</source>
        <translation>Las puntuaciones de demanda son parecidas, pero %1 tiene la tasa de crecimiento más alta (%2: %3; %4: %5).</translation>
    </message>
    <message>
        <source>The demand scores are close, but %1 has more openings a year (%2: %3; %4: %5).</source>
        <translation>Las puntuaciones de demanda son parecidas, pero %1 tiene más vacantes al año (%2: %3; %4: %5).</translation>
    </message>
    <message>
        <source>Want a lower AI replacement risk (%1 against %2)</source>
        <translation>Busca un menor riesgo de sustitución por IA (%1 frente a %2)</translation>
    </message>
    <message>
        <source>the catalogue's similarity figures for %1 cannot be read (they are not numbers in range)</source>
        <translation>las cifras de similitud del catálogo para %1 no se pueden leer (no son números dentro del intervalo)</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>took longer than %1 seconds and was stopped</source>
        <translation>tardó más de %1 segundos y se detuvo</translation>
    </message>
    <message>
        <source>returned more than %1 rows and was stopped</source>
        <translation>devolvió más de %1 filas y se detuvo</translation>
    </message>
    <message>
        <source>was stopped: with the statements before it, reading took longer than %1 seconds</source>
        <translation>se detuvo: con las consultas anteriores, la lectura tardó más de %1 segundos</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>es de solo lectura</translation>
    </message>
    <message>
        <source>%1, a file SQLite keeps beside %2, cannot be used: %3. Move it away (keep it: it may hold recent changes) or use another file</source>
        <translation>%1, un archivo que SQLite guarda junto a %2, no se puede usar: %3. Muévalo a otro sitio (consérvelo: puede contener cambios recientes) o use otro archivo</translation>
    </message>
</context>
<context>
    <name>UserFolders</name>
    <message>
        <source>HOME is empty or not set</source>
        <translation>HOME está vacía o no está definida</translation>
    </message>
    <message>
        <source>HOME (%1) is not an absolute path</source>
        <translation>HOME (%1) no es una ruta absoluta</translation>
    </message>
    <message>
        <source>HOME is the root folder "/"</source>
        <translation>HOME es la carpeta raíz "/"</translation>
    </message>
    <message>
        <source>HOME (%1) is not an existing folder</source>
        <translation>HOME (%1) no es una carpeta existente</translation>
    </message>
    <message>
        <source>the folder %1 is outside your home folder</source>
        <translation>la carpeta %1 está fuera de tu carpeta personal</translation>
    </message>
</context>
<context>
    <name>UserStore</name>
    <message>
        <source>The user store %1 cannot be opened: %2.</source>
        <translation>No se puede abrir el almacén de datos %1: %2.</translation>
    </message>
    <message>
        <source>The user store %1 is damaged (%2) and could not be set aside.</source>
        <translation>El almacén de datos %1 está dañado (%2) y no se pudo apartar.</translation>
    </message>
    <message>
        <source>A new user store could not be created at %1: %2</source>
        <translation>No se pudo crear un almacén de datos nuevo en %1: %2</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot save the roles: %1. Nothing was imported.</source>
        <translation>No se pueden guardar los roles: %1. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>A saved comparison needs a name.</source>
        <translation>Una comparación guardada necesita un nombre.</translation>
    </message>
    <message>
        <source>it is not a Career Compare user store (it belongs to another program; it was left as it is)</source>
        <translation>no es un almacén de usuario de Career Compare (pertenece a otro programa; se dejó como estaba)</translation>
    </message>
    <message>
        <source>The user store %1 cannot be opened: %2</source>
        <translation>No se puede abrir el almacén de usuario %1: %2</translation>
    </message>
    <message>
        <source>No user store file was given.</source>
        <translation>No se indicó ningún archivo de almacén de usuario.</translation>
    </message>
    <message>
        <source>A client needs a name.</source>
        <translation>Un cliente necesita un nombre.</translation>
    </message>
    <message>
        <source>codes of catalogue roles: %1</source>
        <translation>códigos de roles del catálogo: %1</translation>
    </message>
    <message>
        <source>in the file more than once (case is ignored): %1</source>
        <translation>más de una vez en el archivo (sin distinguir mayúsculas): %1</translation>
    </message>
    <message>
        <source>already codes of your own roles: %1</source>
        <translation>ya son códigos de sus roles propios: %1</translation>
    </message>
    <message>
        <source>%1 Nothing was imported.</source>
        <translation>%1 No se importó nada.</translation>
    </message>
    <message>
        <source>%1: nothing was imported; these codes conflict: %2.</source>
        <translation>%1: no se importó nada; estos códigos chocan: %2.</translation>
    </message>
    <message>
        <source>it was written by a newer Career Compare (store version %1)</source>
        <translation>lo escribió una versión más reciente de Career Compare (versión del almacén %1)</translation>
    </message>
    <message>
        <source>it could not be upgraded: %1</source>
        <translation>no se pudo actualizar: %1</translation>
    </message>
    <message>
        <source>no client %1</source>
        <translation>no existe el cliente %1</translation>
    </message>
    <message>
        <source>no saved comparison %1</source>
        <translation>no existe la comparación guardada %1</translation>
    </message>
    <message>
        <source>"%1"</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1 (yours is %2)</source>
        <translation>%1 (el suyo es %2)</translation>
    </message>
</context>
<context>
    <name>cc</name>
    <message>
        <source>another program is using the file (the database is locked); close it and try again</source>
        <translation>otro programa está usando el archivo (la base de datos está bloqueada); ciérralo y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libera espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the file or its folder is read-only; choose a file you may write to</source>
        <translation>el archivo o su carpeta es de solo lectura; elige un archivo en el que puedas escribir</translation>
    </message>
    <message>
        <source>the file cannot be opened; check that its folder exists and that you may read and write there</source>
        <translation>no se puede abrir el archivo; comprueba que su carpeta existe y que puedes leer y escribir en ella</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>no es un archivo de base de datos</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>el archivo está dañado</translation>
    </message>
    <message>
        <source>the disk could not be read or written (input/output error)</source>
        <translation>no se pudo leer o escribir en el disco (error de entrada/salida)</translation>
    </message>
    <message>
        <source>you do not have permission to use the file</source>
        <translation>no tienes permiso para usar el archivo</translation>
    </message>
    <message>
        <source>a table or column it needs is missing (%1); the file is damaged or from another version of Career Compare</source>
        <translation>falta una tabla o columna necesaria (%1); el archivo está dañado o es de otra versión de Career Compare</translation>
    </message>
    <message>
        <source>the database gave no reason; the file may be damaged or from another version of Career Compare</source>
        <translation>la base de datos no dio ningún motivo; puede que el archivo esté dañado o sea de otra versión de Career Compare</translation>
    </message>
    <message>
        <source>a query did not fit the file (%1); the file may be damaged or from another version of Career Compare</source>
        <translation>una consulta no corresponde al archivo (%1); puede que el archivo esté dañado o sea de otra versión de Career Compare</translation>
    </message>
</context>
<context>
    <name>cc::ComparisonSession</name>
    <message>
        <source>There is no role %1.</source>
        <translation>No existe el rol %1.</translation>
    </message>
    <message>
        <source>The catalogue cannot be read: %1</source>
        <translation>No se puede leer el catálogo: %1</translation>
    </message>
    <message>
        <source>Similarity %1: %2.</source>
        <translation>Similitud %1: %2.</translation>
    </message>
    <message>
        <source>Similarity not available: %1.</source>
        <translation>Similitud no disponible: %1.</translation>
    </message>
</context>
<context>
    <name>cc::CustomRoleDialog</name>
    <message>
        <source>Custom role</source>
        <translation>Rol propio</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>sin dato</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>One skill per line. Names the catalogue knows (Python, Programming, Mathematics…) are matched to it.</source>
        <translation>Una competencia por línea. Los nombres que conoce el catálogo (Python, Programación, Matemáticas…) se enlazan con él.</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categoría:</translation>
    </message>
    <message>
        <source>Salary, 10th percentile:</source>
        <translation>Salario, percentil 10:</translation>
    </message>
    <message>
        <source>Salary, median:</source>
        <translation>Salario, mediana:</translation>
    </message>
    <message>
        <source>Salary, 90th percentile:</source>
        <translation>Salario, percentil 90:</translation>
    </message>
    <message>
        <source>&amp;Demand score:</source>
        <translation>Índice de &amp;demanda:</translation>
    </message>
    <message>
        <source>AI replacement &amp;risk:</source>
        <translation>&amp;Riesgo de sustitución por IA:</translation>
    </message>
    <message>
        <source>&amp;LLM exposure:</source>
        <translation>Exposición a &amp;LLM:</translation>
    </message>
    <message>
        <source>Learning &amp;time:</source>
        <translation>&amp;Tiempo de aprendizaje:</translation>
    </message>
    <message>
        <source>Di&amp;fficulty:</source>
        <translation>Di&amp;ficultad:</translation>
    </message>
    <message>
        <source>&amp;Entry barrier:</source>
        <translation>&amp;Barrera de entrada:</translation>
    </message>
    <message>
        <source>Re&amp;mote friendly:</source>
        <translation>Apta para tele&amp;trabajo:</translation>
    </message>
    <message>
        <source>Requires c&amp;oding:</source>
        <translation>Requiere &amp;programar:</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>&amp;Competencias:</translation>
    </message>
    <message>
        <source>%1 (my version)</source>
        <translation>%1 (mi versión)</translation>
    </message>
    <message>
        <source>Job &amp;growth 2024–34:</source>
        <translation>&amp;Crecimiento del empleo 2024–34:</translation>
    </message>
    <message>
        <source>&amp;Openings a year:</source>
        <translation>&amp;Vacantes al año:</translation>
    </message>
    <message>
        <source>&amp;Bright Outlook:</source>
        <translation>&amp;Bright Outlook:</translation>
    </message>
    <message>
        <source>Type a skill and press Enter to add it</source>
        <translation>Escriba una competencia y pulse Intro para añadirla</translation>
    </message>
    <message>
        <source>&amp;Add a skill:</source>
        <translation>&amp;Añadir una competencia:</translation>
    </message>
    <message>
        <source>%1 not given</source>
        <translation>%1 sin dato</translation>
    </message>
    <message>
        <source>The catalogue already has a role called “%1”. Compare with it instead, or give yours another title.</source>
        <translation>El catálogo ya tiene un rol llamado «%1». Compare con él, o dé otro título al suyo.</translation>
    </message>
    <message>
        <source>Matched: %1</source>
        <translation>Enlazadas: %1</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>nuevas: %1</translation>
    </message>
    <message>
        <source>not matched: %1</source>
        <translation>sin enlazar: %1</translation>
    </message>
    <message>
        <source>New custom role</source>
        <translation>Nuevo rol propio</translation>
    </message>
    <message>
        <source>Start the new role blank, or from the values and skills of “%1”?</source>
        <translation>¿Empezar el rol nuevo en blanco o con los valores y competencias de «%1»?</translation>
    </message>
    <message>
        <source>Start &amp;blank</source>
        <translation>Empezar en &amp;blanco</translation>
    </message>
    <message>
        <source>Start from “%1”</source>
        <translation>Empezar con «%1»</translation>
    </message>
</context>
<context>
    <name>cc::DestinationsModel</name>
    <message>
        <source>the survey recorded nobody leaving it</source>
        <translation>la encuesta no registró a nadie que lo dejara</translation>
    </message>
    <message>
        <source>Where people who leave %1 go (%2 leave in a year; US survey)</source>
        <translation>Adónde van quienes dejan %1 (%2 lo dejan en un año; encuesta de EE. UU.)</translation>
    </message>
    <message>
        <source>Where people who leave %1 go</source>
        <translation>Adónde van quienes dejan %1</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>No disponible: %1</translation>
    </message>
    <message>
        <source>%1 %2 — %3</source>
        <translation>%1 %2 — %3</translation>
    </message>
    <message>
        <source>%1 %2 (no occupation of the catalogue)</source>
        <translation>%1 %2 (ninguna ocupación del catálogo)</translation>
    </message>
    <message>
        <source>%1 of the people who leave in a year go to the survey group %2 (%3).</source>
        <translation>El %1 de quienes lo dejan en un año pasa al grupo %2 de la encuesta (%3).</translation>
    </message>
    <message>
        <source>Compared as %1; the group also counts: %2.</source>
        <translation>Se compara como %1; el grupo también abarca: %2.</translation>
    </message>
    <message>
        <source>Double-click or press Enter to compare it with A in place of B; right-click for the other way.</source>
        <translation>Doble clic o Intro para compararla con A en lugar de B; clic derecho para lo contrario.</translation>
    </message>
    <message>
        <source>Source: CPS ASEC flows, del Rio-Chanona et al. (2021), CC BY 4.0.</source>
        <translation>Fuente: flujos CPS ASEC, del Rio-Chanona y otros (2021), CC BY 4.0.</translation>
    </message>
</context>
<context>
    <name>cc::GlanceModel</name>
    <message>
        <source>Neither value is better in itself</source>
        <translation>Ningún valor es mejor por sí mismo</translation>
    </message>
    <message>
        <source>, better</source>
        <translation>, mejor</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Atributo</translation>
    </message>
    <message>
        <source>Role A</source>
        <translation>Rol A</translation>
    </message>
    <message>
        <source>Role B</source>
        <translation>Rol B</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
</context>
<context>
    <name>cc::MainWindow</name>
    <message>
        <source>Role A</source>
        <translation>Rol A</translation>
    </message>
    <message>
        <source>Role B</source>
        <translation>Rol B</translation>
    </message>
    <message>
        <source>Not available: your own data folder could not be opened</source>
        <translation>No disponible: no se pudo abrir su carpeta de datos</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 frente a %3</translation>
    </message>
    <message>
        <source>Save comparison</source>
        <translation>Guardar comparación</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>Guardada «%1»</translation>
    </message>
    <message>
        <source>Import custom roles</source>
        <translation>Importar roles propios</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export custom roles</source>
        <translation>Exportar roles propios</translation>
    </message>
    <message>
        <source>custom roles.json</source>
        <translation>roles propios.json</translation>
    </message>
    <message>
        <source>Catalogue: %1</source>
        <translation>Catálogo: %1</translation>
    </message>
    <message>
        <source>Catalogue release</source>
        <translation>Versión del catálogo</translation>
    </message>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>A role of “%1” is no longer available.</source>
        <translation>Uno de los roles de «%1» ya no está disponible.</translation>
    </message>
    <message>
        <source>Your own data folder could not be opened, so custom roles cannot be saved.</source>
        <translation>No se pudo abrir su carpeta de datos, así que no se pueden guardar roles propios.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n custom role(s)</source>
        <translation><numerusform>Guardado %n rol propio</numerusform><numerusform>Guardados %n roles propios</numerusform></translation>
    </message>
    <message>
        <source>Edit custom role</source>
        <translation>Editar rol propio</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>Rol propio</translation>
    </message>
    <message>
        <source>Delete custom role</source>
        <translation>Borrar rol propio</translation>
    </message>
    <message>
        <source>Neither role on screen is a custom role.</source>
        <translation>Ninguno de los roles en pantalla es propio.</translation>
    </message>
    <message>
        <source>Delete the custom role “%1”?</source>
        <translation>¿Borrar el rol propio «%1»?</translation>
    </message>
    <message>
        <source>%1 vs %2 — Career Compare</source>
        <translation>%1 frente a %2 — Career Compare</translation>
    </message>
    <message>
        <source>The way into %1</source>
        <translation>Cómo acceder a %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
    </message>
    <message>
        <source>About Career Compare</source>
        <translation>Acerca de Career Compare</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Career Compare %1&lt;/h3&gt;&lt;p&gt;Two careers side by side, offline.&lt;/p&gt;&lt;p&gt;Catalogue: %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Sources:&lt;/p&gt;%4</source>
        <translation>&lt;h3&gt;Career Compare %1&lt;/h3&gt;&lt;p&gt;Dos profesiones lado a lado, sin conexión.&lt;/p&gt;&lt;p&gt;Catálogo: %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;&lt;p&gt;Fuentes:&lt;/p&gt;%4</translation>
    </message>
    <message>
        <source>Compare %1 with %2 (in place of %3)</source>
        <translation>Comparar %1 con %2 (en lugar de %3)</translation>
    </message>
    <message>
        <source>Compare %1 with %2 instead (in place of %3)</source>
        <translation>Comparar %1 con %2 (en lugar de %3)</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Gráfico</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message numerus="yes">
        <source> The list shows the first technologies; %n more are not listed.</source>
        <translation><numerusform> La lista muestra las primeras tecnologías; %n más no figura.</numerusform><numerusform> La lista muestra las primeras tecnologías; %n más no figuran.</numerusform></translation>
    </message>
    <message>
        <source>PDF on US Letter paper (*.pdf)</source>
        <translation>PDF en papel carta de EE. UU. (*.pdf)</translation>
    </message>
    <message>
        <source>PDF on A4 paper (*.pdf)</source>
        <translation>PDF en papel A4 (*.pdf)</translation>
    </message>
    <message>
        <source>The charts' &amp;figures as a table:</source>
        <translation>&amp;Cifras de los gráficos en una tabla:</translation>
    </message>
    <message>
        <source>Chart figures</source>
        <translation>Cifras de los gráficos</translation>
    </message>
    <message>
        <source>Every number the salary, demand, AI risk, learning time and skill charts show, for role A and role B</source>
        <translation>Cada número que muestran los gráficos de salario, demanda, riesgo de IA, tiempo de aprendizaje y competencias, para el rol A y el rol B</translation>
    </message>
    <message>
        <source>The same figures are in the table under the charts on the Charts tab</source>
        <translation>Las mismas cifras están en la tabla bajo los gráficos de la pestaña Gráficos</translation>
    </message>
    <message>
        <source>Exchange roles A and B (Ctrl+Shift+S)</source>
        <translation>Intercambiar los roles A y B (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>Views of the comparison</source>
        <translation>Vistas de la comparación</translation>
    </message>
    <message>
        <source>Each attribute for role A and role B; the better value is in bold</source>
        <translation>Cada atributo para el rol A y el rol B; el mejor valor va en negrita</translation>
    </message>
    <message>
        <source>Salary ranges of both roles. %1</source>
        <translation>Rangos salariales de los dos roles. %1</translation>
    </message>
    <message>
        <source>Who each role suits, and the conclusion</source>
        <translation>A quién conviene cada rol, y la conclusión</translation>
    </message>
    <message>
        <source>Reverse the roadmap</source>
        <translation>Invertir la hoja de ruta</translation>
    </message>
    <message>
        <source>Show the way from B to A instead of A to B</source>
        <translation>Mostrar el camino de B a A en lugar de A a B</translation>
    </message>
    <message>
        <source>Skills to learn for the move, most important first</source>
        <translation>Competencias que aprender para el cambio, las más importantes primero</translation>
    </message>
    <message>
        <source>Education, experience and training each role asks for</source>
        <translation>Educación, experiencia y formación que pide cada rol</translation>
    </message>
    <message>
        <source>The figures side by side, and the salary chart</source>
        <translation>Las cifras lado a lado, y el gráfico salarial</translation>
    </message>
    <message>
        <source>Demand, AI risk, learning time and skill charts, and their figures as a table</source>
        <translation>Gráficos de demanda, riesgo de IA, tiempo de aprendizaje y competencias, y sus cifras en una tabla</translation>
    </message>
    <message>
        <source>Skills only in A, shared, only in B</source>
        <translation>Competencias solo de A, compartidas, solo de B</translation>
    </message>
    <message>
        <source>What to learn to move from one role to the other</source>
        <translation>Qué aprender para pasar de un rol al otro</translation>
    </message>
    <message>
        <source>O*NET's related careers of each role</source>
        <translation>Profesiones relacionadas de cada rol según O*NET</translation>
    </message>
    <message>
        <source>The client this comparison is for, and notes for the report</source>
        <translation>El cliente para quien es esta comparación, y notas para el informe</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Abrir cliente</translation>
    </message>
    <message>
        <source>Save comparison as</source>
        <translation>Guardar comparación como</translation>
    </message>
    <message>
        <source>There are no clients yet. Make one with File → New client, or type a name on the Client &amp;&amp; notes tab and save.</source>
        <translation>Todavía no hay clientes. Cree uno con Archivo → Nuevo cliente, o escriba un nombre en la pestaña Cliente y notas y guarde.</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <source>No client</source>
        <translation>Sin cliente</translation>
    </message>
    <message>
        <source>Client: %1</source>
        <translation>Cliente: %1</translation>
    </message>
    <message>
        <source> (unsaved changes)</source>
        <translation> (cambios sin guardar)</translation>
    </message>
    <message>
        <source>Saved comparison “%1”</source>
        <translation>Comparación guardada «%1»</translation>
    </message>
    <message>
        <source>This comparison is not saved</source>
        <translation>Esta comparación no está guardada</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The client and notes of this comparison have unsaved changes. Save them?</source>
        <translation>El cliente y las notas de esta comparación tienen cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Your own data folder could not be opened, so comparisons cannot be saved.</source>
        <translation>No se pudo abrir su carpeta de datos, así que no se pueden guardar comparaciones.</translation>
    </message>
    <message>
        <source>You have no custom roles yet. Make one with Roles ▸ New custom role.</source>
        <translation>Todavía no tiene roles propios. Cree uno con Roles ▸ Nuevo rol propio.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Custom role to edit:</source>
        <translation>Rol propio que editar:</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Career Compare will use the new language the next time it starts.</source>
        <translation>Career Compare usará el idioma nuevo la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>ESCO: %1</source>
        <translation>ESCO: %1</translation>
    </message>
    <message numerus="yes">
        <source>The file has %n role(s) with the same code as one of your own roles: %1. Replace your roles with the ones in the file?</source>
        <translation><numerusform>El archivo tiene %n rol con el mismo código que uno de tus propios roles: %1. ¿Quieres reemplazar tus roles por los del archivo?</numerusform><numerusform>El archivo tiene %n roles con el mismo código que tus propios roles: %1. ¿Quieres reemplazar tus roles por los del archivo?</numerusform></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Work activities</source>
        <translation>Actividades de trabajo</translation>
    </message>
    <message>
        <source>At a glance, charts, work activities, skills, verdict, roadmap, related careers, client and notes</source>
        <translation>De un vistazo, gráficos, actividades de trabajo, competencias, veredicto, hoja de ruta, profesiones relacionadas, cliente y notas</translation>
    </message>
    <message>
        <source>What each role's work involves: O*NET's detailed work activities side by side</source>
        <translation>En qué consiste el trabajo de cada rol: las actividades de trabajo detalladas de O*NET, una junto a otra</translation>
    </message>
    <message>
        <source>Bold: the better value. * an estimate. † the seed web page's own figure, on a scale the page does not explain: never ranked against official statistics. Hover over a value for its source and how it was estimated.</source>
        <translation>En negrita: el mejor valor. * una estimación. † la cifra propia de la página web de origen, en una escala que la página no explica: nunca se ordena frente a estadísticas oficiales. Pase el puntero sobre un valor para ver su fuente y cómo se estimó.</translation>
    </message>
    <message>
        <source>Bold: the better value. * an estimate. Hover over a value for its source and how it was estimated.</source>
        <translation>En negrita: el mejor valor. * una estimación. Pase el puntero sobre un valor para ver su fuente y cómo se estimó.</translation>
    </message>
</context>
<context>
    <name>cc::PresentationView</name>
    <message>
        <source>%1 vs %2 — presentation</source>
        <translation>%1 frente a %2 — presentación</translation>
    </message>
    <message>
        <source>Compared roles</source>
        <translation>Roles comparados</translation>
    </message>
    <message>
        <source>Salary range chart</source>
        <translation>Gráfico del rango salarial</translation>
    </message>
    <message>
        <source>Demand score chart</source>
        <translation>Gráfico del índice de demanda</translation>
    </message>
    <message>
        <source>AI risk and LLM exposure chart</source>
        <translation>Gráfico de riesgo de IA y exposición a LLM</translation>
    </message>
    <message>
        <source>Learning time chart</source>
        <translation>Gráfico del tiempo de aprendizaje</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Page Down and Page Up turn the pages; Escape leaves</source>
        <translation>Av Pág y Re Pág pasan las páginas; Esc sale</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Only A</source>
        <translation>Solo A</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Only B</source>
        <translation>Solo B</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation><numerusform>y %n más</numerusform><numerusform>y %n más</numerusform></translation>
    </message>
    <message>
        <source>%1 — page %2 of %3 · PgDn / PgUp: next / previous · Esc: leave</source>
        <translation>%1 — página %2 de %3 · Av Pág / Re Pág: siguiente / anterior · Esc: salir</translation>
    </message>
</context>
<context>
    <name>cc::RelatedRolesModel</name>
    <message>
        <source>Related to %1 (O*NET)</source>
        <translation>Relacionadas con %1 (O*NET)</translation>
    </message>
    <message>
        <source>%1 (%2), O*NET relatedness: %3; %4. Pay: BLS OEWS median; outlook: demand score from BLS projections 2024–34. Double-click or press Enter to compare it with A in place of B; right-click for the other way.</source>
        <translation>%1 (%2), relación según O*NET: %3; %4. Salario: mediana OEWS de BLS; perspectivas: índice de demanda de las proyecciones de BLS 2024–34. Doble clic o Intro para compararla con A en lugar de B; clic derecho para lo contrario.</translation>
    </message>
    <message>
        <source>Related to %1 (O*NET): O*NET lists none</source>
        <translation>Relacionadas con %1 (O*NET): O*NET no indica ninguna</translation>
    </message>
    <message>
        <source>Related to %1: none listed, as it is not an O*NET occupation</source>
        <translation>Relacionadas con %1: ninguna, porque no es una ocupación de O*NET</translation>
    </message>
</context>
<context>
    <name>cc::RolePicker</name>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Browse roles by category</source>
        <translation>Explorar los roles por categoría</translation>
    </message>
    <message>
        <source>%1: type a job title</source>
        <translation>%1: escriba un puesto</translation>
    </message>
    <message>
        <source>%1 role</source>
        <translation>Rol %1</translation>
    </message>
    <message>
        <source>Type a job title or alternate title; choose from the suggestions</source>
        <translation>Escriba un puesto o una denominación alternativa; elija entre las sugerencias</translation>
    </message>
    <message>
        <source>Browse %1 by category</source>
        <translation>Explorar %1 por categoría</translation>
    </message>
    <message>
        <source>A menu of every role by category</source>
        <translation>Un menú con todos los roles por categoría</translation>
    </message>
</context>
<context>
    <name>cc::RoleSearchModel</name>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (propio)</translation>
    </message>
    <message>
        <source>%1, also called %2</source>
        <translation>%1, también llamado %2</translation>
    </message>
    <message>
        <source>%1 (%2), %3; Spanish term: %4</source>
        <translation>%1 (%2), %3; término en español: %4</translation>
    </message>
    <message>
        <source>common US and Latin American usage</source>
        <translation>uso común en EE. UU. y América Latina</translation>
    </message>
    <message>
        <source>ESCO classification</source>
        <translation>clasificación ESCO</translation>
    </message>
    <message>
        <source>%1, in Spanish %2</source>
        <translation>%1, en español %2</translation>
    </message>
</context>
<context>
    <name>cc::SavedComparisonsDialog</name>
    <message>
        <source>Saved comparisons</source>
        <translation>Comparaciones guardadas</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>¿Borrar «%1»?</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <source>Search by client, role or name</source>
        <translation>Buscar por cliente, rol o nombre</translation>
    </message>
    <message>
        <source>Search saved comparisons</source>
        <translation>Buscar comparaciones guardadas</translation>
    </message>
    <message>
        <source>Shows only the saved comparisons whose client, roles or name contain this text</source>
        <translation>Muestra solo las comparaciones guardadas cuyo cliente, roles o nombre contienen este texto</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>Client, the two roles, name and date modified of each saved comparison; Enter opens one</source>
        <translation>Cliente, los dos roles, nombre y fecha de modificación de cada comparación guardada; Intro abre una</translation>
    </message>
    <message>
        <source>(no client)</source>
        <translation>(sin cliente)</translation>
    </message>
</context>
<context>
    <name>cc::SkillListModel</name>
    <message>
        <source>Skills and knowledge (%1)</source>
        <translation>Competencias y conocimientos (%1)</translation>
    </message>
    <message>
        <source>Technologies and topics (%1)</source>
        <translation>Tecnologías y temas (%1)</translation>
    </message>
    <message>
        <source>Only %1 (%2)</source>
        <translation>Solo %1 (%2)</translation>
    </message>
    <message>
        <source>Shared (%1)</source>
        <translation>Compartidas (%1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roadmap: %1 → %2&lt;/b&gt; — %3 skills to learn, most important first</source>
        <translation>&lt;b&gt;Hoja de ruta: %1 → %2&lt;/b&gt; — %3 competencias que aprender, las más importantes primero</translation>
    </message>
    <message>
        <source>importance %1</source>
        <translation>importancia %1</translation>
    </message>
    <message>
        <source>in demand</source>
        <translation>con alta demanda</translation>
    </message>
    <message>
        <source>hot technology</source>
        <translation>tecnología en auge</translation>
    </message>
    <message>
        <source>A: %1; B: %2</source>
        <translation>A: %1; B: %2</translation>
    </message>
    <message>
        <source>listed</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>Skills and knowledge not compared: %1</source>
        <translation>Competencias y conocimientos no comparados: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roadmap: %1 → %2&lt;/b&gt; — %3 technologies and topics to learn (skills and knowledge are not compared: they are not rated for both roles)</source>
        <translation>&lt;b&gt;Hoja de ruta: %1 → %2&lt;/b&gt; — %3 tecnologías y temas que aprender (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Roadmap: %1 → %2&lt;/b&gt; — %3 technologies to learn (skills and knowledge are not compared: they are not rated for both roles)</source>
        <translation>&lt;b&gt;Hoja de ruta: %1 → %2&lt;/b&gt; — %3 tecnologías que aprender (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)</translation>
    </message>
</context>
<context>
    <name>cc::WorkActivitiesModel</name>
    <message>
        <source>A group of O*NET's work activities (intermediate work activity)</source>
        <translation>Un grupo de actividades de trabajo de O*NET (actividad de trabajo intermedia)</translation>
    </message>
    <message>
        <source>linked to a core task of %1</source>
        <translation>vinculada a una tarea esencial de %1</translation>
    </message>
    <message>
        <source>linked to supplemental tasks of %1 only</source>
        <translation>vinculada solo a tareas complementarias de %1</translation>
    </message>
    <message>
        <source>also a work activity of %1</source>
        <translation>también es una actividad de trabajo de %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: O*NET lists no work activities</source>
        <translation>%1: O*NET no indica actividades laborales</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n work activities, %2 shared</source>
        <translation><numerusform>%1: %n actividad de trabajo, %2 en común</numerusform><numerusform>%1: %n actividades de trabajo, %2 en común</numerusform></translation>
    </message>
</context>
<context>
    <name>cc::WorkActivitiesView</name>
    <message>
        <source>Work activities of A</source>
        <translation>Actividades de trabajo de A</translation>
    </message>
    <message>
        <source>Work activities of B</source>
        <translation>Actividades de trabajo de B</translation>
    </message>
    <message>
        <source>O*NET's detailed work activities linked to each occupation's tasks, grouped under their intermediate work activity; those linked to its core tasks first. Bold: the other role does it too.</source>
        <translation>Actividades de trabajo detalladas de O*NET vinculadas a las tareas de cada ocupación, agrupadas bajo su actividad intermedia; primero las vinculadas a sus tareas esenciales. En negrita: el otro rol también la realiza.</translation>
    </message>
    <message>
        <source>O*NET's detailed work activities of the role, grouped under their intermediate work activity, core-task work first</source>
        <translation>Actividades de trabajo detalladas de O*NET del rol, agrupadas bajo su actividad intermedia, primero las de las tareas esenciales</translation>
    </message>
</context>
</TS>