# Spanish for the strings of the custom-role import fixes: a code taken in another case, the store
# that is not ours, and the values a roles file may give (ranges, whole numbers, US dollars only).
ES = {
 # A file's code that is one of the user's roles in another case
 '%1 (yours is %2)': '%1 (el suyo es %2)',
}
ES.update({
 # A role's value this version refuses, in a row of the user's own store written by another version
 'the saved value is not shown: %1': 'el valor guardado no se muestra: %1',
 # What a roles file gave where a number was expected
 'a list': 'una lista',
 'an object': 'un objeto',
 # Ranges of a roles file's values: the catalogue's
 '%1 must be a whole number from %2 to %3 (%4 was given)':
     'el campo %1 debe ser un número entero de %2 a %3 (se indicó %4)',
 '%1 must be a number from %2 to %3 (%4 was given)': 'el campo %1 debe ser un número de %2 a %3 (se indicó %4)',
 'salary.currency must be "USD": Career Compare shows salaries in US dollars only (%1 was given)':
     'salary.currency debe ser «USD»: Career Compare muestra los salarios solo en dólares estadounidenses (se indicó %1)',
 'salary.top_coded must be a list of salary percentiles given ("low", "p25", "median", "p75", "high"), not %1':
     'salary.top_coded debe ser una lista de percentiles del salario indicados («low», «p25», «median», «p75», «high»), no %1',
 'remote_share %1 does not fit remote_friendly "%2" ("Yes" is a share of 100, "No" a share of 0)':
     'remote_share %1 no concuerda con remote_friendly «%2» («Yes» es una proporción de 100 y «No», de 0)',
 # A lone UTF-16 surrogate ("\ud800") in a text
 'skill %1 has \\u%2, half of a UTF-16 surrogate pair without the other half: it is no character (write the character itself)':
     'la competencia %1 tiene \\u%2, la mitad de un par suplente UTF-16 sin la otra mitad: no es ningún carácter (escriba el carácter mismo)',
 '%1 has \\u%2, half of a UTF-16 surrogate pair without the other half: it is no character (write the character itself)':
     'el campo %1 tiene \\u%2, la mitad de un par suplente UTF-16 sin la otra mitad: no es ningún carácter (escriba el carácter mismo)',
})
