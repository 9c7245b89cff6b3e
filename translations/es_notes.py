# Spanish for the provenance notes the importer writes (context "ProvenanceNote"; src/core/provenancenote.h).
# A note is a template filled with facts: codes and official English titles stay as they are, O*NET's
# vocabulary goes through onetTerm(), numbers are written in the reader's locale.
ES = {
 # Custom roles and defaults
 'no source gives this value': 'ninguna fuente da este valor',
 'not given for this custom role': 'no se indicó para este rol propio',
 'no skills given': 'no se indicaron competencias',
 'matched to catalogue skills by name': 'enlazadas por nombre con las competencias del catálogo',
 # Figures
 '%1%': '%1\u00a0%', '%1 (%2)': '%1 (%2)', '1 month': '1 mes', '%1 months': '%1 meses',
 # Where a SOC-level figure was published
 'published only for the combined SOC %1 %2, which includes this occupation':
     'datos publicados solo para el SOC combinado %1 %2, que incluye esta ocupación',
 'published only for SOC %1 %2, the group that includes this occupation':
     'datos publicados solo para el SOC %1 %2, el grupo que incluye esta ocupación',
 'published for SOC %1 %2 as a whole, which includes this occupation':
     'datos publicados para el SOC %1 %2 en conjunto, que incluye esta ocupación',
 'figure for SOC %1 as a whole': 'cifra del SOC %1 en conjunto',
 'figure for the parent occupation %1': 'cifra de la ocupación principal %1',
 # Wages (BLS OEWS)
 'Wages %1': 'Salarios: %1',
 'BLS OEWS May 2024 publishes no wages for SOC %1': 'la OEWS del BLS de mayo de 2024 no publica salarios para el SOC %1',
 '10th percentile': 'percentil 10', '25th percentile': 'percentil 25', 'median': 'mediana',
 '75th percentile': 'percentil 75', '90th percentile': 'percentil 90',
 'BLS publishes only hourly wages for this occupation, no annual figures':
     'el BLS publica solo salarios por hora para esta ocupación, no cifras anuales',
 'BLS did not release the annual %1 for SOC %2': 'el BLS no publicó estas cifras anuales del SOC %2: %1',
 'BLS did not release the %1': 'el BLS no publicó: %1',
 'the 90th percentile is $%1 or more, the highest figure BLS publishes':
     'el percentil 90 es de %1 USD o más, la cifra más alta que publica el BLS',
 # Projections, demand score, Bright Outlook, entry requirements (BLS Employment Projections)
 'Projections %1; ': 'Proyecciones: %1; ',
 'BLS Employment Projections 2024–34 have no line for SOC %1':
     'las proyecciones de empleo 2024–34 del BLS no tienen ninguna línea para el SOC %1',
 "%1BLS gives no figure (—) for part of SOC %2's projection":
     '%1el BLS no da cifra (—) para parte de la proyección del SOC %2',
 'growth of %1% or more': 'crecimiento del %1 % o más',
 '%1 or more openings over 2024–34': '%1 vacantes o más en 2024–34',
 'meets both criteria: %1 and %2': 'cumple ambos criterios (%1 y %2)',
 'meets the criterion %1': 'cumple el criterio de %1',
 'meets neither criterion (%1; %2)': 'no cumple ninguno de los criterios (%1; %2)',
 '%1growth %2% and %3 openings a year: %4 (docs/DATA.md)':
     '%1crecimiento del %2 % y %3 vacantes al año: %4 (docs/DATA.md)',
 '%1BLS projections lack growth or openings for SOC %2':
     '%1a las proyecciones del BLS les falta el crecimiento o las vacantes del SOC %2',
 '%1growth %2% (percentile %3) and %4 openings a year (percentile %5) among the %6 BLS occupations projected for 2024–34 (formula in docs/DATA.md)':
     '%1crecimiento del %2 % (percentil %3) y %4 vacantes al año (percentil %5) entre las %6 ocupaciones '
     'que el BLS proyecta para 2024–34 (fórmula en docs/DATA.md)',
 'BLS gives no typical entry education (—) for SOC %1':
     'el BLS no da el nivel de estudios típico para empezar (—) para el SOC %1',
 '%1typical entry education: %2; related work experience: %3':
     '%1estudios típicos para empezar: %2; experiencia laboral relacionada: %3',
 '%1BLS gives no typical entry education or related work experience for SOC %2':
     '%1el BLS no da estudios típicos para empezar ni experiencia laboral relacionada para el SOC %2',
 'unrecognised BLS entry education "%1" or work experience "%2"':
     'estudios para empezar «%1» o experiencia laboral «%2» del BLS no reconocidos',
 # Automation risk (Frey & Osborne) and LLM exposure (Eloundou et al.)
 'SOC %1 is not in the 2010 to 2018 crosswalk, so no Frey & Osborne figure can be matched':
     'el SOC %1 no figura en la tabla de correspondencias de 2010 a 2018, así que no se le puede asignar '
     'ninguna cifra de Frey y Osborne',
 '%1 under their code %2 %3': '%1 con su código %2 %3',
 'mean of 2010 SOC %1': 'media de los SOC 2010 %1',
 '2010 SOC %1': 'SOC 2010 %1',
 'Frey & Osborne list %1': 'Frey y Osborne indican %1',
 'no figure for 2010 SOC %1': 'sin cifra para el SOC 2010 %1',
 'Frey & Osborne give one figure for the 2010 group %1 %2, which includes 2010 SOC %3':
     'Frey y Osborne dan una sola cifra para el grupo de 2010 %1 %2, que incluye el SOC 2010 %3',
 'Frey & Osborne (2013) have no figure for 2010 SOC %1, from which the 2018 SOC formed this occupation':
     'Frey y Osborne (2013) no tienen cifra para el SOC 2010 %1, a partir del cual el SOC 2018 formó esta ocupación',
 'Eloundou et al. rate no occupation %1': 'Eloundou et al. no valoran la ocupación %1',
 # Telework (Dingel & Neiman)
 'rated for this occupation (teleworkable %1%)': 'calificación para esta ocupación (teletrabajable: %1 %)',
 'rated for O*NET-SOC 2010 %1 %2 (teleworkable %3%)': 'calificación para O*NET-SOC 2010 %1 %2 (teletrabajable: %3 %)',
 'SOC %1 is not in the 2010 to 2018 crosswalk': 'el SOC %1 no figura en la tabla de correspondencias de 2010 a 2018',
 'Dingel & Neiman rate no 2010 SOC %1': 'Dingel & Neiman no califican el SOC 2010 %1',
 'teleworkable share %1 published only for the combined OES code %2, which includes this occupation':
     'proporción teletrabajable del %1 publicada solo para el código OES combinado %2, que incluye esta ocupación',
 'teleworkable share %1 from 2010 SOC %2': 'proporción teletrabajable del %1 según el SOC 2010 %2',
 # Preparation, skills and coding (O*NET)
 'O*NET Job Zone %1': 'zona de preparación (Job Zone) %1 de O*NET',
 'O*NET assigns no Job Zone': 'O*NET no asigna zona de preparación (Job Zone)',
 'expected education beyond high school %1 + training %2 (docs/DATA.md)':
     'estudios esperados después de la secundaria: %1 + formación: %2 (docs/DATA.md)',
 'O*NET marks some of these ratings as low-confidence': 'O*NET marca algunas de estas valoraciones como poco fiables',
 'O*NET has no education and training ratings for this occupation':
     'O*NET no tiene valoraciones de estudios y formación para esta ocupación',
 'O*NET has no education and training ratings for this occupation; median of the %1 occupations in Job Zone %2':
     'O*NET no tiene valoraciones de estudios y formación para esta ocupación; mediana de las %1 ocupaciones '
     'de la zona de preparación (Job Zone) %2',
 'O*NET lists no skills for this occupation': 'O*NET no indica competencias para esta ocupación',
 'O*NET has no skill or knowledge ratings for this occupation; technologies only':
     'O*NET no tiene valoraciones de competencias ni de conocimientos para esta ocupación; solo tecnologías',
 'Programming skill importance %1 of 5 (Yes from 3)':
     'importancia de la competencia de programación: %1 de 5 (Sí a partir de 3)',
 'O*NET has no skill ratings here; %1 development-software technologies listed (Yes from %2)':
     'O*NET no tiene valoraciones de competencias aquí; figuran %1 tecnologías de software de desarrollo '
     '(Sí a partir de %2)',
 'O*NET has neither skill ratings nor technologies for this occupation':
     'O*NET no tiene valoraciones de competencias ni tecnologías para esta ocupación',
 'O*NET gives no interest profile': 'O*NET no da perfil de intereses',
 # Mobility (CPS flows)
 'SOC %1 is not in the 2010 to 2018 crosswalk, so it has no CPS group':
     'el SOC %1 no figura en la tabla de correspondencias de 2010 a 2018, así que no tiene grupo de la CPS',
 '%1 (nor %2 or %3)': '%1 (ni %2 ni %3)',
 'the CPS flows (del Rio-Chanona et al.) have no group for SOC 2010 %1, so this survey cannot say where its people move':
     'los flujos de la CPS (del Rio-Chanona et al.) no tienen grupo para el SOC 2010 %1, así que esta encuesta '
     'no puede decir a qué ocupaciones pasan las personas que la ejercen',
 'CPS group %1 %2 (from SOC 2010 %3)': 'grupo de la CPS %1 %2 (a partir del SOC 2010 %3)',
 '%1 %2 (from SOC 2010 %3, %4 of the employment)': '%1 %2 (a partir del SOC 2010 %3, %4 del empleo)',
 'several CPS groups combined by BLS employment: %1; moves between them count as staying':
     'varios grupos de la CPS combinados según el empleo del BLS: %1; los cambios entre ellos cuentan como permanencia',
 '%1, a group that counts more than this occupation': '%1, un grupo que abarca más que esta ocupación',
 '%1, figures for SOC %2 as a whole': '%1, cifras del SOC %2 en conjunto',
 'not an occupation of the US survey the moves come from':
     'no es una ocupación de la encuesta estadounidense de la que proceden los cambios de ocupación',
 'the source data has no mobility files (%1)': 'los datos de origen no tienen archivos de movilidad (%1)',
 # The seed web page's roles
 'the page gives only the range, no 25th percentile, median or 75th percentile':
     'la página da solo el rango, sin percentil 25, mediana ni percentil 75',
 'the page gives no figure': 'la página no da ninguna cifra',
 'the page gives no LLM exposure figure and the role is not an O*NET occupation':
     'la página no da cifra de exposición a LLM y el rol no es una ocupación de O*NET',
 'the role is not a BLS occupation; the page gives only its own demand score':
     'el rol no es una ocupación del BLS; la página da solo su propio índice de demanda',
 'the page gives only an entry barrier': 'la página da solo una barrera de entrada',
 'the role is not an O*NET occupation': 'el rol no es una ocupación de O*NET',
 'the role is not an O*NET occupation, so it has no interest profile':
     'el rol no es una ocupación de O*NET, así que no tiene perfil de intereses',
 "the page's free-text skills, tagged with the canonical skills they name":
     'las competencias en texto libre de la página, etiquetadas con las competencias canónicas que nombran',
 # ESCO labels (escoterms.cpp)
 'by title': 'por el título', 'by code': 'por el código', 'by title elsewhere': 'por el título en otro grupo',
 'by SOC': 'por el SOC',
 'ESCO occupation "%1" (%2), matched to O*NET-SOC 2010 %3 %4 by the Nesta ESCO\u2013O*NET crosswalk with confidence %5 (of 0.5, 1, 2); 2010 code mapped %6':
     'ocupación ESCO «%1» (%2), emparejada con O*NET-SOC 2010 %3 %4 por la tabla de correspondencias ESCO\u2013O*NET de Nesta con confianza %5 (de 0,5, 1, 2); código de 2010 asignado %6',
 'not an O*NET occupation, so the ESCO crosswalk does not cover it':
     'no es una ocupación de O*NET, así que la correspondencia con ESCO no la cubre',
 'the source data has no ESCO files (%1)': 'los datos de origen no tienen archivos de ESCO (%1)',
 "the Nesta ESCO\u2013O*NET crosswalk matches ESCO occupations to it only loosely (confidence 0.5, through a broader occupation, or split between several of today's occupations)":
     'la correspondencia ESCO\u2013O*NET de Nesta solo le asigna ocupaciones ESCO de forma aproximada (confianza 0,5, a través de una ocupación más amplia o repartida entre varias ocupaciones actuales)',
 'the Nesta ESCO\u2013O*NET crosswalk matches no ESCO occupation to it':
     'la correspondencia ESCO\u2013O*NET de Nesta no le asigna ninguna ocupación ESCO',
}
