# Spanish for the strings of the second "truth" session: a salary range with a higher floor but a lower
# median is neither better; the seed page's ranges, whose top is no 90th percentile; the page's own
# categories (its "High" entry barrier) never compared with another source's; missing reasons without
# brackets inside brackets. Sentences lead with the finding, as in es_sentences.py.
ES = {
 # Glance table: two salary ranges of which neither is better
 'neither better': 'ninguno mejor',
 # Sentences: why a value is missing when no note says
 'no source gives it': 'ninguna fuente lo da',
 # Sentences: a category of the seed page against another source's
 "%1 cannot be compared: %2 for %3 is the seed web page's own rating, which does not say what it rests on, while %4 for %5 comes from %6%7.":
     'No se puede comparar %1: %2 para %3 es la valoración propia de la página web de origen, que no dice en qué se basa, mientras que %4 para %5 viene de otra fuente: %6%7.',
 'what you entered': 'los datos que usted introdujo',
 # Sentences: the seed page's salary ranges
 'Higher top of the salary range: %1 (%2 against %3 a year on the seed web page).':
     'Rango salarial que llega más alto: %1 (%2 frente a %3 al año en la página web de origen).',
 'Both salary ranges reach the same top (%1 a year on the seed web page).':
     'Mismo extremo superior del rango salarial en los dos roles (%1 al año en la página web de origen).',
 'Both salary ranges reach about the same top (%1: %2; %3: %4 a year on the seed web page).':
     'Extremo superior del rango salarial parecido en los dos roles (%1: %2; %3: %4 al año en la página web de origen).',
 'Want the higher top of the salary range (%1 against %2 on the seed web page)':
     'Busca un rango salarial que llegue más alto (%1 frente a %2 en la página web de origen)',
}
ES.update({
 # Provenance note: a role the mobility file has no group for, written without brackets
 'the CPS flows of del Rio-Chanona et al. have no group for SOC 2010 %1 nor for the broader codes %2, so this survey cannot say where its people move':
     'los flujos de la CPS que publican del Rio-Chanona y otros no tienen grupo para el SOC 2010 %1 ni para los códigos más amplios %2, así que esta encuesta no puede decir a qué ocupaciones pasan las personas que la ejercen',
 # JSON: a value of the seed page says so beside it
 "the seed web page's own figure, not an official statistic": 'cifra propia de la página web de origen, no una estadística oficial',
})
