export const homeStrings = {
  en: {
    home: {
      button: 'Home',
      intro: 'Open a figure as the report prints it, or pick a dataset on the left. Every number shows the report line it comes from.',
      figures: 'Report figures',
      figureKind: '{{kind}} · line {{line}}',
      numbers: 'Key numbers',
      numberHint: 'Show line {{line}} of the report',
      yours: 'Your views',
      last: 'Where you left off',
      pinned: 'Pinned view',
      since: 'since {{year}}',
      // Read from the data as the report prints them (English); shown as the report would say them in French.
      qualifiers: { nearly: 'nearly', over: 'over', 'more than': 'more than', almost: 'almost', about: 'about' },
      labels: {
        movements: 'People whose journey to Canada IOM arranged',
        health: 'Health assessments for people heading to Canada, to date',
        orientation: 'Clients given Canadian Orientation Abroad',
        funding: 'Canada’s contributions to IOM emergency response and resilience',
        history: 'People IOM (then ICEM) helped move to Canada',
      },
    },
  },
  fr: {
    home: {
      button: 'Accueil',
      intro: 'Ouvrez une figure telle que le rapport l’imprime, ou choisissez un jeu de données à gauche. Chaque nombre indique la ligne du rapport d’où il vient.',
      figures: 'Figures du rapport',
      figureKind: '{{kind}} · ligne {{line}}',
      numbers: 'Chiffres clés',
      numberHint: 'Afficher la ligne {{line}} du rapport',
      yours: 'Vos vues',
      last: 'Là où vous en étiez',
      pinned: 'Vue épinglée',
      since: 'depuis {{year}}',
      qualifiers: { nearly: 'près de', over: 'plus de', 'more than': 'plus de', almost: 'près de', about: 'environ' },
      labels: {
        movements: 'Personnes dont l’OIM a organisé le voyage vers le Canada',
        health: 'Évaluations sanitaires de personnes en route vers le Canada, à ce jour',
        orientation: 'Clients de l’Orientation canadienne à l’étranger',
        funding: 'Contributions du Canada aux interventions d’urgence et à la résilience de l’OIM',
        history: 'Personnes dont l’OIM (alors le CIME) a facilité le voyage vers le Canada',
      },
    },
  },
};
