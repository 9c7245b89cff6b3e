# Spanish for the strings of issue 9's remaining work (sim9): the Work activities tab, the skill
# lists when one role has no skill ratings, and the work activities of the text output.
ES = {
    # Skills tab, one role unrated
    'Skills and knowledge not compared: %1': 'Competencias y conocimientos no comparados: %1',
    # Work activities tab
    'Work activities': 'Actividades de trabajo',
    'Work activities of A': 'Actividades de trabajo de A',
    'Work activities of B': 'Actividades de trabajo de B',
    'What each role\'s work involves: O*NET\'s detailed work activities side by side':
        'En qué consiste el trabajo de cada rol: las actividades de trabajo detalladas de O*NET, una junto a otra',
    'At a glance, charts, work activities, skills, verdict, roadmap, related careers, client and notes':
        'De un vistazo, gráficos, actividades de trabajo, competencias, veredicto, hoja de ruta, '
        'profesiones relacionadas, cliente y notas',
    'A group of O*NET\'s work activities (intermediate work activity)':
        'Un grupo de actividades de trabajo de O*NET (actividad de trabajo intermedia)',
    'linked to a core task of %1': 'vinculada a una tarea esencial de %1',
    'linked to supplemental tasks of %1 only': 'vinculada solo a tareas complementarias de %1',
    'also a work activity of %1': 'también es una actividad de trabajo de %1',
    '%1 (%2)': '%1 (%2)',
    '%1: O*NET lists no work activities': '%1: O*NET no indica actividades laborales',
    'O*NET\'s detailed work activities linked to each occupation\'s tasks, grouped under their intermediate '
    'work activity; those linked to its core tasks first. Bold: the other role does it too.':
        'Actividades de trabajo detalladas de O*NET vinculadas a las tareas de cada ocupación, agrupadas bajo '
        'su actividad intermedia; primero las vinculadas a sus tareas esenciales. En negrita: el otro rol '
        'también la realiza.',
    'O*NET\'s detailed work activities of the role, grouped under their intermediate work activity, '
    'core-task work first':
        'Actividades de trabajo detalladas de O*NET del rol, agrupadas bajo su actividad intermedia, primero '
        'las de las tareas esenciales',
    # Text output
    'What the work is (O*NET detailed work activities, core tasks first)':
        'En qué consiste el trabajo (actividades de trabajo detalladas de O*NET, primero las de tareas esenciales)',
    'O*NET lists no work activities': 'O*NET no indica actividades laborales',
    'and %1 more': 'y %1 más',
    # Provenance note of a role the CPS flows have no group for (the codes tried)
    '%1 (nor %2)': '%1 (ni %2)',
}
NUMERUS = {
    '%1: %n work activities, %2 shared': ['%1: %n actividad de trabajo, %2 en común',
                                          '%1: %n actividades de trabajo, %2 en común'],
}
