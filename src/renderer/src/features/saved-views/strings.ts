/** Strings of the saved-views feature, under the `savedViews` namespace. */
export const savedViewsStrings = {
  en: {
    savedViews: {
      region: 'Saved views',
      save: 'Save view',
      dialogTitle: 'Save the current view',
      name: 'Name',
      confirmSave: 'Save',
      cancel: 'Cancel',
      saved: 'Saved “{{name}}”.',
      empty: 'No saved views yet. Use “Save view” to keep the current table, chart or map.',
      loading: 'Loading saved views…',
      apply: 'Open this view',
      rename: 'Rename',
      renameLabel: 'New name',
      delete: 'Delete',
      deleted: 'Deleted “{{name}}”.',
      undo: 'Undo',
      moveUp: 'Move up',
      moveDown: 'Move down',
      pin: 'Open at startup',
      unpin: 'Stop opening at startup',
      defaultBadge: 'opens at startup',
      reset: 'Reset to default',
      resetHint: 'Back to the pinned view, or to the dataset’s default view if none is pinned.',
      noView: 'Open a dataset first.',
      error: 'That did not work: {{message}}',
      dismiss: 'Dismiss',
      readOnly: 'Saved views are read-only for now: changes cannot be saved.',
      notice: {
        recovered_one:
          'Your saved views file was damaged. {{count}} view was recovered{{backupPart}}. The damaged file was kept as “{{keptAs}}”.',
        recovered_other:
          'Your saved views file was damaged. {{count}} views were recovered{{backupPart}}. The damaged file was kept as “{{keptAs}}”.',
        fromBackup: ' ({{count}} from the last good copy)',
        problems: 'What was wrong: {{list}}',
        newerVersion:
          'Your saved views were saved by a newer version of the app{{by}}. They are shown read-only and will not be changed; update the app to edit them.',
        newerBy: ' ({{version}})',
        unreadable:
          'Your saved views could not be read safely ({{message}}). They are left untouched and changes cannot be saved.',
      },
      importViews: 'Import views',
      exportViews: 'Export views',
      exportOne: 'Export this view',
      imported_one: 'Imported {{count}} view: {{names}}.',
      imported_other: 'Imported {{count}} views: {{names}}.',
      otherEdition:
        'This file was made with data edition {{file}}; this app has edition {{app}}. Figures may differ from when the views were saved.',
      skipped_one:
        '{{count}} of {{total}} views was not imported: it refers to data this version does not have, or is damaged ({{names}}).',
      skipped_other:
        '{{count}} of {{total}} views were not imported: they refer to data this version does not have, or are damaged ({{names}}).',
      importFailed: 'Nothing was imported. {{message}}',
      exported_one: 'Exported {{count}} view to “{{file}}”.',
      exported_other: 'Exported {{count}} views to “{{file}}”.',
      exportFailed: 'The views were not exported. {{message}}',
    },
  },
  fr: {
    savedViews: {
      region: 'Vues enregistrées',
      save: 'Enregistrer la vue',
      dialogTitle: 'Enregistrer la vue actuelle',
      name: 'Nom',
      confirmSave: 'Enregistrer',
      cancel: 'Annuler',
      saved: '« {{name}} » enregistrée.',
      empty: 'Aucune vue enregistrée. « Enregistrer la vue » conserve le tableau, le graphique ou la carte affichés.',
      loading: 'Chargement des vues enregistrées…',
      apply: 'Ouvrir cette vue',
      rename: 'Renommer',
      renameLabel: 'Nouveau nom',
      delete: 'Supprimer',
      deleted: '« {{name}} » supprimée.',
      undo: 'Annuler la suppression',
      moveUp: 'Monter',
      moveDown: 'Descendre',
      pin: 'Ouvrir au démarrage',
      unpin: 'Ne plus ouvrir au démarrage',
      defaultBadge: 'ouverte au démarrage',
      reset: 'Revenir à la vue par défaut',
      resetHint: 'Revient à la vue épinglée, ou à la vue par défaut du jeu de données si aucune ne l’est.',
      noView: 'Ouvrez d’abord un jeu de données.',
      error: 'Échec : {{message}}',
      dismiss: 'Fermer',
      readOnly: 'Les vues enregistrées sont en lecture seule : les modifications ne peuvent pas être enregistrées.',
      notice: {
        recovered_one:
          'Le fichier de vues enregistrées était endommagé. {{count}} vue a été récupérée{{backupPart}}. Le fichier endommagé a été conservé sous « {{keptAs}} ».',
        recovered_other:
          'Le fichier de vues enregistrées était endommagé. {{count}} vues ont été récupérées{{backupPart}}. Le fichier endommagé a été conservé sous « {{keptAs}} ».',
        fromBackup: ' (dont {{count}} depuis la dernière copie saine)',
        problems: 'Problèmes : {{list}}',
        newerVersion:
          'Vos vues ont été enregistrées par une version plus récente de l’application{{by}}. Elles sont affichées en lecture seule et ne seront pas modifiées ; mettez l’application à jour pour les modifier.',
        newerBy: ' ({{version}})',
        unreadable:
          'Vos vues enregistrées n’ont pas pu être lues sans risque ({{message}}). Elles restent intactes et les modifications ne peuvent pas être enregistrées.',
      },
      importViews: 'Importer des vues',
      exportViews: 'Exporter les vues',
      exportOne: 'Exporter cette vue',
      imported_one: '{{count}} vue importée : {{names}}.',
      imported_other: '{{count}} vues importées : {{names}}.',
      otherEdition:
        'Ce fichier a été créé avec l’édition de données {{file}} ; cette application a l’édition {{app}}. Les chiffres peuvent différer.',
      skipped_one:
        '{{count}} vue sur {{total}} n’a pas été importée : elle renvoie à des données que cette version n’a pas, ou elle est endommagée ({{names}}).',
      skipped_other:
        '{{count}} vues sur {{total}} n’ont pas été importées : elles renvoient à des données que cette version n’a pas, ou elles sont endommagées ({{names}}).',
      importFailed: 'Rien n’a été importé. {{message}}',
      exported_one: '{{count}} vue exportée dans « {{file}} ».',
      exported_other: '{{count}} vues exportées dans « {{file}} ».',
      exportFailed: 'Les vues n’ont pas été exportées. {{message}}',
    },
  },
};
