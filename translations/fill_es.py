#!/usr/bin/env python3
"""Fills translations/careercompare_es.ts from the table below (run after lupdate).

The Spanish interface text lives here so that lupdate can be re-run freely; every source string
must have an entry, or this script fails naming the ones that lack it.
"""
import sys
import xml.etree.ElementTree as ET

ES = {
 # At a glance (core labels)
 'Source: %1': 'Fuente: %1', 'Estimate': 'Estimación', 'Not available: %1': 'No disponible: %1',
 'not available': 'no disponible', '◀ better': '◀ mejor', '◀ %1': '◀ %1', 'better ▶': 'mejor ▶', '%1 ▶': '%1 ▶',
 'equal': 'igual', 'cannot compare': 'no comparable', '/yr': '/año', 'Salary range': 'Rango salarial',
 'Median salary': 'Salario mediano', 'Demand score': 'Índice de demanda', 'AI replacement risk': 'Riesgo de sustitución por IA',
 'LLM exposure': 'Exposición a LLM', 'more exposed': 'más expuesta', 'Learning curve': 'Curva de aprendizaje',
 'Difficulty': 'Dificultad', 'Entry barrier': 'Barrera de entrada', 'Remote friendly': 'Apta para teletrabajo',
 'Yes': 'Sí', 'No': 'No', 'Requires coding': 'Requiere programar', 'codes': 'programa',
 # Main window (.ui)
 'Career Compare': 'Career Compare', '&A': '&A', 'Swap roles A and B': 'Intercambiar los roles A y B', '⇄ Swap': '⇄ Intercambiar',
 '&B': '&B', 'Summary': 'Resumen', 'At a glance': 'De un vistazo',
 'Bold: the better value. * an estimate from a related occupation code. Hover over a value for its source.':
     'En negrita: el mejor valor. * estimación a partir de un código de ocupación relacionado. Pase el ratón sobre un valor para ver su fuente.',
 'Salary range chart': 'Gráfico del rango salarial', 'Charts': 'Gráficos', 'Demand score chart': 'Gráfico del índice de demanda',
 'AI risk and LLM exposure chart': 'Gráfico de riesgo de IA y exposición a LLM', 'Learning time chart': 'Gráfico del tiempo de aprendizaje',
 'Skill profile chart': 'Gráfico del perfil de competencias', 'Skills': 'Competencias', 'Skills only in A': 'Competencias solo de A',
 'Shared skills': 'Competencias compartidas', 'Skills only in B': 'Competencias solo de B', 'Verdict': 'Veredicto',
 'Roadmap': 'Hoja de ruta', '&Reverse direction': '&Invertir el sentido', 'Skills to learn': 'Competencias que aprender',
 'The way in': 'Cómo acceder', 'Related careers': 'Profesiones relacionadas', 'Careers related to A': 'Profesiones relacionadas con A',
 'Careers related to B': 'Profesiones relacionadas con B', 'Client && notes': 'Cliente y notas', '&Client:': '&Cliente:',
 'Client name': 'Nombre del cliente',
 'Name of the person this comparison is for (printed on the report)': 'Nombre de la persona para quien es esta comparación (se imprime en el informe)',
 '&Notes:': '&Notas:', 'Notes': 'Notas', 'Notes for the report': 'Notas para el informe', '&Save comparison…': '&Guardar comparación…',
 '&File': '&Archivo', '&Roles': '&Roles', '&View': '&Ver', '&Compare': '&Comparar', '&Recent comparisons': 'Comparaciones &recientes',
 '&Help': 'Ay&uda', '&Export PDF…': '&Exportar PDF…', '&Print…': '&Imprimir…', '&Quit': '&Salir', 'Pick role &A': 'Elegir el rol &A',
 'Pick role &B': 'Elegir el rol &B', '&Swap A and B': '&Intercambiar A y B', 'Saved &comparisons…': '&Comparaciones guardadas…',
 '&New custom role…': '&Nuevo rol propio…', '&Edit custom role…': '&Editar rol propio…', '&Delete custom role…': '&Borrar rol propio…',
 '&Import custom roles…': '&Importar roles propios…', 'E&xport custom roles…': 'E&xportar roles propios…',
 '&Presentation mode': 'Modo &presentación', 'Theme: follow the &desktop': 'Tema: seguir el &escritorio', 'Theme: &light': 'Tema: &claro',
 'Theme: d&ark': 'Tema: &oscuro', '&About Career Compare': '&Acerca de Career Compare',
 'Ctrl+E': 'Ctrl+E', 'Ctrl+P': 'Ctrl+P', 'Ctrl+Q': 'Ctrl+Q', 'Ctrl+1': 'Ctrl+1', 'Ctrl+2': 'Ctrl+2', 'Ctrl+Shift+S': 'Ctrl+Shift+S',
 'Ctrl+S': 'Ctrl+S', 'Ctrl+O': 'Ctrl+O', 'Ctrl+N': 'Ctrl+N', 'F11': 'F11',
 # Start-up messages
 'not given': 'sin dato',
 'Your saved data could not be read, so it was set aside as %1 and a new, empty store was started. Nothing was deleted.':
     'No se pudieron leer sus datos guardados; se apartaron como %1 y se empezó un almacén nuevo y vacío. No se borró nada.',
 'No role is called “%1”.': 'Ningún rol se llama «%1».',
 '“%1” names several roles; pick one in the window.': '«%1» corresponde a varios roles; elija uno en la ventana.',
 # Session
 'entered by the user (custom role)': 'introducido por el usuario (rol propio)', 'There is no role %1.': 'No existe el rol %1.',
 'The catalogue cannot be read: %1': 'No se puede leer el catálogo: %1',
 # Custom role dialog
 'Custom role': 'Rol propio', 'Custom roles': 'Roles propios', ' months': ' meses',
 'One skill per line. Names the catalogue knows (Python, Programming, Mathematics…) are matched to it.':
     'Una competencia por línea. Los nombres que conoce el catálogo (Python, Programming, Mathematics…) se enlazan con él.',
 '&Title:': '&Título:', '&Category:': '&Categoría:', 'Salary, 10th percentile:': 'Salario, percentil 10:',
 'Salary, median:': 'Salario, mediana:', 'Salary, 90th percentile:': 'Salario, percentil 90:', '&Demand score:': 'Índice de &demanda:',
 'AI replacement &risk:': '&Riesgo de sustitución por IA:', '&LLM exposure:': 'Exposición a &LLM:', 'Learning &time:': '&Tiempo de aprendizaje:',
 'Di&fficulty:': 'Di&ficultad:', '&Entry barrier:': '&Barrera de entrada:', 'Re&mote friendly:': 'Apta para tele&trabajo:',
 'Requires c&oding:': 'Requiere &programar:', '&Skills:': '&Competencias:', '%1 (my version)': '%1 (mi versión)',
 # Glance model
 'Neither value is better in itself': 'Ningún valor es mejor por sí mismo', ', better': ', mejor', 'Attribute': 'Atributo',
 'Role A': 'Rol A', 'Role B': 'Rol B', 'Comparison': 'Comparación',
 # Main window (code)
 'Not available: your own data folder could not be opened': 'No disponible: no se pudo abrir su carpeta de datos',
 '%1 vs %2': '%1 frente a %2', '%1: %2 vs %3': '%1: %2 frente a %3', 'Save comparison': 'Guardar comparación', 'Name:': 'Nombre:',
 'Saved “%1”': 'Guardada «%1»', 'Import custom roles': 'Importar roles propios', 'JSON files (*.json)': 'Archivos JSON (*.json)',
 'Export custom roles': 'Exportar roles propios', 'custom roles.json': 'roles propios.json', 'Catalogue: %1': 'Catálogo: %1',
 'Catalogue release': 'Versión del catálogo', 'Saved comparisons': 'Comparaciones guardadas',
 'A role of “%1” is no longer available.': 'Uno de los roles de «%1» ya no está disponible.',
 'Your own data folder could not be opened, so custom roles cannot be saved.': 'No se pudo abrir su carpeta de datos, así que no se pueden guardar roles propios.',
 'Cannot read %1: %2': 'No se puede leer %1: %2', '%1 is too large for a list of roles.': '%1 es demasiado grande para una lista de roles.',
 '%1: %2. Nothing was imported.': '%1: %2. No se importó nada.', 'Cannot write %1: %2': 'No se puede escribir %1: %2',
 'Edit custom role': 'Editar rol propio', 'Neither role on screen is a custom role. Pick one first.': 'Ninguno de los roles en pantalla es propio. Elija uno primero.',
 'Delete custom role': 'Borrar rol propio', 'Neither role on screen is a custom role.': 'Ninguno de los roles en pantalla es propio.',
 'Delete the custom role “%1”?': '¿Borrar el rol propio «%1»?', '%1 vs %2 — Career Compare': '%1 frente a %2 — Career Compare',
 'Only %1 (%2)': 'Solo %1 (%2)', 'Shared (%1)': 'Compartidas (%1)', 'Similarity %1: %2.': 'Similitud %1: %2.',
 'Similarity not available: %1.': 'Similitud no disponible: %1.', 'Related to %1 (compare with %1)': 'Relacionadas con %1 (comparar con %1)',
 '<b>Roadmap: %1 → %2</b> — %3 skills to learn, most important first': '<b>Hoja de ruta: %1 → %2</b> — %3 competencias que aprender, las más importantes primero',
 'The way into %1': 'Cómo acceder a %1', 'Values of custom roles were entered by the user.': 'Los valores de los roles propios los introdujo el usuario.',
 'Export PDF': 'Exportar PDF', 'PDF files (*.pdf)': 'Archivos PDF (*.pdf)', 'Saved %1': 'Guardado %1', 'About Career Compare': 'Acerca de Career Compare',
 '<h3>Career Compare %1</h3><p>Two careers side by side, offline.</p><p>Catalogue: %2</p><p>%3</p><p>Sources:</p>%4':
     '<h3>Career Compare %1</h3><p>Dos profesiones lado a lado, sin conexión.</p><p>Catálogo: %2</p><p>%3</p><p>Fuentes:</p>%4',
 # Presentation
 '%1 vs %2 — presentation': '%1 frente a %2 — presentación', 'Compared roles': 'Roles comparados',
 # Related, picker, search
 '%1 (%2), O*NET relatedness: %3. Double-click or press Enter to compare.': '%1 (%2), relación según O*NET: %3. Haga doble clic o pulse Intro para comparar.',
 'Browse': 'Explorar', 'Browse roles by category': 'Explorar los roles por categoría', '%1: type a job title': '%1: escriba un puesto',
 '%1 role': 'Rol %1', 'Type a job title or alternate title; choose from the suggestions': 'Escriba un puesto o una denominación alternativa; elija entre las sugerencias',
 'Browse %1 by category': 'Explorar %1 por categoría', '%1 (custom)': '%1 (propio)', '%1, also called %2': '%1, también llamado %2',
 # Saved comparisons dialog
 '&Open': '&Abrir', '&Rename…': '&Renombrar…', '&Delete': '&Borrar', 'Rename': 'Renombrar', 'Delete': 'Borrar',
 'Delete “%1”?': '¿Borrar «%1»?', ' (client: %1)': ' (cliente: %1)',
 # User store and role files (cc_data)
 'The user store %1 cannot be opened: %2.': 'No se puede abrir el almacén de datos %1: %2.',
 'The user store %1 is damaged (%2) and could not be set aside.': 'El almacén de datos %1 está dañado (%2) y no se pudo apartar.',
 'A new user store could not be created at %1: %2': 'No se pudo crear un almacén de datos nuevo en %1: %2',
 '%1 is too large for a list of roles. Nothing was imported.': '%1 es demasiado grande para una lista de roles. No se importó nada.',
 'Cannot save the roles: %1. Nothing was imported.': 'No se pueden guardar los roles: %1. No se importó nada.',
 'A saved comparison needs a name.': 'Una comparación guardada necesita un nombre.',
 # Skill lists
 'Skills and knowledge (%1)': 'Competencias y conocimientos (%1)', 'Technologies and topics (%1)': 'Tecnologías y temas (%1)',
}
NUMERUS = {'Saved %n custom role(s)': ['Guardado %n rol propio', 'Guardados %n roles propios']}

# Further tables live beside this script as es_*.py, each with an ES dict (and optionally NUMERUS),
# one per area, so that work on different areas does not edit one dict. A source text given two
# different translations is an error.
import glob
import importlib.util
import os
for module_path in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'es_*.py'))):
    spec = importlib.util.spec_from_file_location(os.path.basename(module_path)[:-3], module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for table, extra in ((ES, getattr(module, 'ES', {})), (NUMERUS, getattr(module, 'NUMERUS', {}))):
        for source, text in extra.items():
            if source in table and table[source] != text:
                sys.exit(f'{module_path}: {source!r} is already translated differently')
            table[source] = text

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/careercompare_es.ts'
tree = ET.parse(path)
root = tree.getroot()
root.set('language', 'es_ES')
missing = []
context_of = {m: c.findtext('name') for c in root.iter('context') for m in c.iter('message')}
for message in root.iter('message'):
    source = message.find('source').text
    translation = message.find('translation')
    translation.attrib.pop('type', None)
    if message.get('numerus') == 'yes':
        forms = NUMERUS.get(source)
        if not forms:
            missing.append(source)
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, 'numerusform').text = form
    elif (context_of[message], source) in ES:
        translation.text = ES[(context_of[message], source)]  # a (context, source) key: that context only
    elif source in ES:
        translation.text = ES[source]
    else:
        missing.append(source)
if missing:
    sys.exit('no Spanish for: ' + '; '.join(repr(m) for m in missing))
tree.write(path, encoding='utf-8', xml_declaration=True)
print(f'{path}: complete')
