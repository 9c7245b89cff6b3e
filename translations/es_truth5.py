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
