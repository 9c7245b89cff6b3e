<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
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
        <source>faster growth</source>
        <translation>crece más rápido</translation>
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
        <source>Bold: the better value. * an estimate from a related occupation code. Hover over a value for its source.</source>
        <translation>En negrita: el mejor valor. * estimación a partir de un código de ocupación relacionado. Pase el ratón sobre un valor para ver su fuente.</translation>
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
        <source>Related careers</source>
        <translation>Profesiones relacionadas</translation>
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
        <source>Notes for the report</source>
        <translation>Notas para el informe</translation>
    </message>
    <message>
        <source>&amp;Save comparison…</source>
        <translation>&amp;Guardar comparación…</translation>
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
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not given</source>
        <translation>sin dato</translation>
    </message>
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
</context>
<context>
    <name>RoleDirectory</name>
    <message>
        <source>entered by the user (custom role)</source>
        <translation>introducido por el usuario (rol propio)</translation>
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
        <source>%1 is too large for a list of roles. Nothing was imported.</source>
        <translation>%1 es demasiado grande para una lista de roles. No se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
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
        <source>Custom roles</source>
        <translation>Roles propios</translation>
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
        <translation>Una competencia por línea. Los nombres que conoce el catálogo (Python, Programming, Mathematics…) se enlazan con él.</translation>
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
        <source>Neither role on screen is a custom role. Pick one first.</source>
        <translation>Ninguno de los roles en pantalla es propio. Elija uno primero.</translation>
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
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
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
</context>
<context>
    <name>cc::RelatedRolesModel</name>
    <message>
        <source>%1 (%2), O*NET relatedness: %3. Double-click or press Enter to compare.</source>
        <translation>%1 (%2), relación según O*NET: %3. Haga doble clic o pulse Intro para comparar.</translation>
    </message>
    <message>
        <source>Related to %1 (compare with %1)</source>
        <translation>Relacionadas con %1 (comparar con %1)</translation>
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
        <source> (client: %1)</source>
        <translation> (cliente: %1)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado %1</translation>
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
</context>
</TS>