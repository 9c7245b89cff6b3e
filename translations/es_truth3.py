# Spanish for the strings of the third "truth" session: difficulty in the conclusion and the "choose…
# if" bullets, equal learning times called equal, the similarity naming the groups it rests on, the
# roadmap's time without related experience, a role against itself, and the way in leaving out what the
# other role lists. Sentences lead with the finding, as in es_sentences.py.
ES = {
 # Sentences: difficulty (O*NET Job Zone)
 'Lower difficulty: %1 (%2 against %3%4).': 'Dificultad más baja: %1 (%2 frente a %3%4).',
 'Both have the same difficulty (%1%2).': 'Misma dificultad en los dos roles (%1%2).',
 'Difficulty cannot be compared: it is %1.': 'Dificultad no comparable: %1.',
 'Want work that asks for less preparation (difficulty %1 against %2)':
     'Busca un trabajo que pida menos preparación (dificultad %1 frente a %2)',
 # Sentences: equal learning months are equal, not "about the same"
 'Both take the same time to become qualified (%1%2).': 'Mismo tiempo de preparación en los dos roles (%1%2).',
 # Sentences: the choose-if bullet when no figure of its own favours a role but a glance mark does
 'Are drawn to the work itself: of the figures compared here, %1 leads only on %2':
     'Le atrae el trabajo en sí: de las cifras comparadas aquí, %1 solo destaca en %2',
 # Sentences: the similarity and the groups it rests on
 'Similarity of the work (%1): %2, so %3. %4': 'Similitud del trabajo (%1): %2, así que %3. %4',
 'activities': 'actividades',
 'knowledge': 'conocimientos',
 'skills': 'competencias',
 'tools': 'herramientas',
 'interests': 'intereses',
 'work styles': 'estilos de trabajo',
 'Job Zone': 'zona de preparación',
 # Roadmap
 'Both sides are %1: there is nothing new to learn and no qualification to gain.':
     'Los dos lados son %1: no hay nada nuevo que aprender ni ninguna titulación que obtener.',
 'Becoming qualified for %1 takes about %2%3 (education and training together; any related work experience it asks for comes on top). What carries over from %4 helps you learn, but it does not shorten a degree, licence or experience %1 requires.':
     'Prepararse para %1 lleva alrededor de %2%3 (educación y formación en conjunto; la experiencia laboral relacionada que pida se suma aparte). Lo que se aprovecha de %4 ayuda a aprender, pero no acorta un título, una licencia ni la experiencia que exija %1.',
 # Report: the way in
 'Skills to learn first, coming from %1:': 'Competencias que aprender primero, viniendo de %1:',
 'None: %1 lists them all already.': 'Ninguna: %1 ya las incluye todas.',
 'None listed.': 'No se indica ninguna.',
}
ES.update({
 # The catalogue's releases in the report header, the status bar and About
 '%1 %2': '%1 de %2',
 'O*NET %1, BLS OEWS %2, BLS projections %3': 'O*NET %1, BLS OEWS %2, proyecciones del BLS %3',
})
ES.update({
 # A Job Zone's median learning time is not ranked against another figure
 'not ranked': 'sin clasificar',
 'Learning time is not ranked: O*NET has no education and training ratings for %1, whose figure is the median of its Job Zone (%2).':
     'Tiempo de preparación sin clasificar: O*NET no tiene valoraciones de estudios y formación para %1, cuya cifra es la mediana de su zona de preparación (%2).',
 'Learning time is not ranked: O*NET has no education and training ratings for either role, whose figures are the medians of their Job Zones (%1).':
     'Tiempo de preparación sin clasificar: O*NET no tiene valoraciones de estudios y formación para ninguno de los dos roles, cuyas cifras son las medianas de sus zonas de preparación (%1).',
})
ES.update({
 # The skill chart: a role lists only its skills of importance 3 or more
 'no bar: under 3 or not reported': 'sin barra: menos de 3 o sin dato',
 'under 3 or not reported': 'menos de 3 o sin dato',
})
ES.update({
 # Tooltips of the glance table's comparison column
 'Neither range is better at every point: one is higher at some percentiles and lower at others':
     'Ningún rango es mejor en todos sus puntos: uno es más alto en algunos percentiles y más bajo en otros',
 "Not ranked: a Job Zone's median learning time is a figure of the group, not of the role":
     'Sin clasificar: la mediana del tiempo de preparación de una zona de preparación es una cifra del grupo, no del rol',
 'Not compared: one figure comes from the seed web page, which does not say how it was made':
     'Sin comparar: una de las cifras viene de la página web de origen, que no dice cómo se obtuvo',
})
