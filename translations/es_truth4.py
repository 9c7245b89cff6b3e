# Spanish for the strings of the fourth "truth" session: an AI risk that is the plain mean of different
# figures left unranked, estimates said as estimates (the way in, the coding bullets, the report's list
# of estimates and its key), survey groups mixed for one role, a role whose skills are unrated not
# treated as lacking them, and the apprenticeship behind a low entry barrier.
ES = {
 # Sentences: AI risk averaged from several 2010 codes
 'Not ranked: a plain mean of different Frey & Osborne figures, which would rank the two differently':
     'Sin clasificar: una media simple de cifras distintas de Frey y Osborne, que ordenarían los dos roles de otra manera',
 "the figure of %1 (%2) is the plain mean of Frey & Osborne's %3 for older codes now merged":
     'la cifra de %1 (%2) es la media simple de las cifras de Frey y Osborne %3 para códigos antiguos hoy fusionados',
 'AI replacement risk is not ranked: %1; %2; those figures would rank the two differently.':
     'Riesgo de sustitución por IA sin clasificar: %1; %2; esas cifras ordenarían los dos roles de otra manera.',
 'AI replacement risk is not ranked: %1, which would rank it differently against %2 (%3).':
     'Riesgo de sustitución por IA sin clasificar: %1, que lo ordenarían de otra manera frente a %2 (%3).',
 # Sentences: a low entry barrier reached through an apprenticeship
 'Lower entry barrier: %1 (%2 against %3): no college degree is needed to start, but the usual way in is an apprenticeship (BLS typical on-the-job training).':
     'Barrera de entrada más baja: %1 (%2 frente a %3): no hace falta un título universitario para empezar, pero la vía habitual es un aprendizaje (formación en el trabajo típica según el BLS).',
 'the usual way in is an apprenticeship': 'la vía habitual es un aprendizaje',
 # Mobility: a role the survey counts as a mix of groups
 " (the survey's groups %1, weighted by their employment)":
     ' (los grupos %1 de la encuesta, ponderados por su empleo)',
 # The way in: the other role's skills are not rated
 'Its most important skills (those of %1 are not rated):':
     'Sus competencias más importantes (las de %1 no están valoradas):',
 # The window's key under the glance table
 'Bold: the better value. * an estimate. Hover over a value for its source and how it was estimated.':
     'En negrita: el mejor valor. * una estimación. Pase el puntero sobre un valor para ver su fuente y cómo se estimó.',
 # The report's key and its method section
 "Bold: the better value. * An estimate, not a figure published for the occupation itself: from a related occupation code (a broader SOC group or an older code), the median of its O*NET Job Zone, or a rule applied to what O*NET lists for it; \u201cHow these figures are made\u201d says which. \u2020 The seed web page's own figure, on a scale the page does not explain: never ranked against official statistics.":
     'En negrita: el mejor valor. * Una estimación, no una cifra publicada para la ocupación en sí: de un código de ocupación relacionado (un grupo SOC más amplio o un código anterior), de la mediana de su zona de preparación de O*NET o de una regla aplicada a lo que O*NET lista para ella; \u00abCómo se obtienen estas cifras\u00bb indica cuál. \u2020 La cifra propia de la página web de origen, en una escala que la página no explica: nunca se ordena frente a estadísticas oficiales.',
 "A figure marked * was not published for this occupation itself: it comes from a related occupation code (a broader or an older one), from the median of the occupation's Job Zone, or from a rule applied to what O*NET lists for it; the list below says which. All figures are national and describe the occupation, not one employer or town: local pay and openings can differ, and so can the time it takes you, depending on what you already know.":
     'Una cifra marcada con * no se publicó para esta ocupación en sí: procede de un código de ocupación relacionado (más amplio o anterior), de la mediana de la zona de preparación de la ocupación o de una regla aplicada a lo que O*NET lista para ella; la lista de abajo indica cuál. Todas las cifras son nacionales y describen la ocupación, no a un empleador ni a una localidad: el salario y las vacantes locales pueden ser distintos, y también el tiempo que le lleve a usted, según lo que ya sepa.',
 'The estimates': 'Las estimaciones',
 'typical entry education': 'estudios de acceso típicos',
 'where people go': 'adónde va la gente',
 # The report: over a column that goes on at the top of the next page
 '%1 (continued)': '%1 (continuación)',
 # The report's roadmap: the heading over the skills to learn
 'Skills, knowledge and technologies that %1 lists and %2 does not, most important first':
     'Competencias, conocimientos y tecnologías que figuran para %1 y no para %2, de más a menos importantes',
 # Sentences: the count of common items when skills and knowledge are not compared
 'They list no technology in common.': 'Sus listas no tienen en común ninguna tecnología.',
 'They list %1 of %2 technologies in common.': 'Sus listas comparten %1 de %2 tecnologías.',
 # A seed-page figure next to an estimated statistic: how the statistic was estimated
 "%1 cannot be compared: %2 for %3 is the seed web page's own rating, which does not say what it rests on, while %4 for %5 is an estimate from %6: %7.":
     'No se puede comparar %1: %2 para %3 es la valoración propia de la página web de origen, que no dice en qué se basa, mientras que %4 para %5 es una estimación basada en %6: %7.',
 '%1 cannot be ranked: %2 for %3 comes from the seed web page, which does not say how it was measured, while %4 for %5 is an estimate from %6: %7.':
     'No se puede decir cuál es mejor en %1: %2 para %3 procede de la página web de origen, que no dice cómo se midió, mientras que %4 para %5 es una estimación basada en %6: %7.',
 # The roadmap's list when skills are not compared: technologies only
 'Technologies that %1 lists and %2 does not, most important first (skills and knowledge are not compared: they are not rated for both roles)':
     'Tecnologías que figuran para %1 y no para %2, de más a menos importantes (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)',
 'Technologies and topics that %1 lists and %2 does not, most important first (skills and knowledge are not compared: they are not rated for both roles)':
     'Tecnologías y temas que figuran para %1 y no para %2, de más a menos importantes (las competencias y los conocimientos no se comparan: no están valorados para los dos roles)',
 'Shared technologies (%1): %2': 'Tecnologías compartidas (%1): %2',
}

NUMERUS = {
 'and %n more technologies': ['y %n tecnología más', 'y %n tecnologías más'],
}
