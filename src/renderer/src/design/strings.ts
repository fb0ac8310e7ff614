/** Strings of the shell and the shared primitives (header, drawers, theme, skip link). */
export const shellStrings = {
  en: {
    ui: { close: 'Close', cancel: 'Cancel' },
    shell: {
      skipToContent: 'Skip to content',
      datasets: 'Datasets',
      showDatasets: 'Show datasets',
      hideDatasets: 'Hide datasets',
      panels: 'Source and saved views',
      showPanel: 'Show source and saved views',
      hidePanel: 'Hide source and saved views',
      theme: 'Theme',
      themeSystem: 'As the system',
      themeLight: 'Light',
      themeDark: 'Dark',
      themeNotSaved: 'The theme has changed, but the choice could not be kept: {{message}}',
      regionsHint: 'F6 moves between the datasets, the figure and the side panel; Ctrl+F searches.',
    },
  },
  fr: {
    ui: { close: 'Fermer', cancel: 'Annuler' },
    shell: {
      skipToContent: 'Aller au contenu',
      datasets: 'Jeux de données',
      showDatasets: 'Afficher les jeux de données',
      hideDatasets: 'Masquer les jeux de données',
      panels: 'Source et vues enregistrées',
      showPanel: 'Afficher la source et les vues enregistrées',
      hidePanel: 'Masquer la source et les vues enregistrées',
      theme: 'Thème',
      themeSystem: 'Comme le système',
      themeLight: 'Clair',
      themeDark: 'Sombre',
      themeNotSaved: 'Le thème a changé, mais ce choix n’a pas pu être conservé : {{message}}',
      regionsHint: 'F6 passe des jeux de données à la figure puis au panneau latéral ; Ctrl+F lance la recherche.',
    },
  },
};
