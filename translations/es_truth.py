# Spanish for the strings of the "truth" session: near-ties ("about the same"), shrinking occupations,
# the experience caveat of the choose-if bullets, the remote share without nested brackets, and the
# provenance notes of 2010 SOC codes the 2018 SOC split. Like es_sentences.py, sentences lead with the
# finding, so that no word has to agree with an occupation title.
ES = {
 # Sentences: two different figures that are about the same
 'Both have about the same salary ceiling (%1: %2; %3: %4 a year at the 90th percentile%5).':
     'Techo salarial parecido en los dos roles (%1: %2; %3: %4 al año en el percentil 90%5).',
 'Both have about the same median pay (%1: %2; %3: %4 a year%5).':
     'Salario mediano parecido en los dos roles (%1: %2; %3: %4 al año%5).',
 'Both have about the same demand (%1: %2; %3: %4%5).':
     'Demanda parecida en los dos roles (%1: %2; %3: %4%5).',
 'Both have about the same AI replacement risk (%1: %2; %3: %4%5).':
     'Riesgo de sustitución por IA parecido en los dos roles (%1: %2; %3: %4%5).',
 'Both take about the same time to become qualified (%1: %2; %3: %4%5).':
     'Tiempo de preparación parecido en los dos roles (%1: %2; %3: %4%5).',
 # Sentences: a higher demand score of an occupation projected to shrink
 'Higher future demand: %1 (%2, against %3), although employment in both is projected to shrink.':
     'Mayor demanda futura: %1 (%2, frente a %3), aunque se prevé que el empleo se reduzca en los dos roles.',
 'Higher future demand: %1 (%2, against %3), although employment in %1 is projected to shrink and in %4 is not.':
     'Mayor demanda futura: %1 (%2, frente a %3), aunque se prevé que el empleo se reduzca en %1 y no en %4.',
 'employment in both projected to shrink': 'se prevé que el empleo se reduzca en los dos roles',
 'employment projected to shrink': 'se prevé que el empleo se reduzca',
 # Choose-if: the experience an easier entry still asks for
 'related work experience still expected: %1': 'se sigue pidiendo experiencia laboral relacionada: %1',
 # "Partly, 45%"
 ('Sentences', '%1, %2'): '%1, %2',
 # Glance table
 'about equal': 'parecido',
 # Real moves: the group named without brackets, since the reason itself is quoted in brackets
 'the survey counts both in the same occupation group, %1': 'la encuesta cuenta los dos en el mismo grupo de ocupación, %1',
 # Provenance notes
 '2010 SOC %1 %2, which the 2018 SOC divides into %3, has one figure for all of them':
     'el SOC 2010 %1 %2, que el SOC 2018 divide en %3, tiene una sola cifra para todos ellos',
 "Frey & Osborne's 2013 study has no figure for 2010 SOC %1, from which the 2018 SOC formed this occupation":
     'el estudio de 2013 de Frey y Osborne no tiene cifra para el SOC 2010 %1, a partir del cual el SOC 2018 formó esta ocupación',
 'a plain mean of different figures, not one published for this occupation':
     'una media simple de cifras distintas, no una cifra publicada para esta ocupación',
}
