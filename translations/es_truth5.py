# Spanish for the strings of the fifth "truth" session: two close demand scores whose growth and
# openings favour one role, and the text output's empty list of shared items.
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
