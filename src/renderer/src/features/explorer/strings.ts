export const explorerStrings = {
  en: {
    explorer: {
      views: 'Views of the data',
      opening: 'Opening the dataset…',
      filtered: '{{shown}} of {{total}} rows: {{filters}}.',
      table: 'Table',
      chart: 'Chart',
      map: 'Map',
      loadingFigure: 'Loading the figure…',
      figureFailed: 'The figure could not be drawn: {{message}}',
      rowsLabel: '{{count}} rows',
      units: 'Units: {{units}}',
      notes_one: '{{count}} data-quality note',
      notes_other: '{{count}} data-quality notes',
    },
  },
  fr: {
    explorer: {
      views: 'Vues des données',
      opening: 'Ouverture du jeu de données…',
      filtered: '{{shown}} lignes sur {{total}} : {{filters}}.',
      table: 'Tableau',
      chart: 'Graphique',
      map: 'Carte',
      loadingFigure: 'Chargement de la figure…',
      figureFailed: 'La figure n’a pas pu être dessinée : {{message}}',
      rowsLabel: '{{count}} lignes',
      units: 'Unités : {{units}}',
      notes_one: '{{count}} note sur la qualité des données',
      notes_other: '{{count}} notes sur la qualité des données',
    },
  },
};
