export const chartStrings = {
  en: {
    chart: {
      showDescription: 'Describe the chart in words',
      hideDescription: 'Hide the description',
      type: 'Chart type',
      measure: 'Measure',
      dimension: 'Category',
      stack: 'Split by',
      noStack: 'Nothing',
      types: {
        bar: 'Horizontal bars',
        column: 'Vertical bars',
        stacked: 'Stacked bars',
        line: 'Line',
        pie: 'Pie',
        donut: 'Donut',
        treemap: 'Treemap',
      },
      other: 'Other',
      nothing: 'This dataset has no numbers to chart.',
      mixedUnits:
        'These rows count different things ({{field}}: {{units}}). Filter the “{{field}}” column to one of them on the Table tab to chart it.',
      noRows: 'No rows match the filters: nothing to draw.',
      dataTable: 'Data behind the chart',
      select: 'Show the source of {{label}}',
      summary: {
        categories:
          '{{type}} of {{measure}} by {{dimension}}: {{count}} values. Largest: {{maxLabel}} ({{max}}); smallest: {{minLabel}} ({{min}}).',
        total: ' Total: {{total}}.',
        lines:
          '{{type}} of {{measure}} by {{dimension}}, {{count}} series, from {{from}} to {{to}}. Highest: {{maxLabel}} in {{maxX}} ({{max}}).',
        stacked: '{{type}} of {{measure}} by {{dimension}}, split by {{stack}}: {{count}} bars of {{segments}} parts.',
        tree: '{{type}} of {{measure}}: {{count}} top-level items; the largest is {{maxLabel}} ({{max}}). Tiles with sub-items are sized by the sum of their sub-items.',
        empty: 'Nothing to draw.',
      },
    },
  },
  fr: {
    chart: {
      showDescription: 'Décrire le graphique en mots',
      hideDescription: 'Masquer la description',
      type: 'Type de graphique',
      measure: 'Mesure',
      dimension: 'Catégorie',
      stack: 'Répartir par',
      noStack: 'Rien',
      types: {
        bar: 'Barres horizontales',
        column: 'Barres verticales',
        stacked: 'Barres empilées',
        line: 'Courbe',
        pie: 'Secteurs',
        donut: 'Anneau',
        treemap: 'Carte proportionnelle',
      },
      other: 'Autres',
      nothing: 'Ce jeu de données n’a pas de nombres à représenter.',
      mixedUnits:
        'Ces lignes comptent des choses différentes ({{field}} : {{units}}). Filtrez la colonne « {{field}} » sur l’une d’elles dans l’onglet Tableau pour la représenter.',
      noRows: 'Aucune ligne ne correspond aux filtres : rien à dessiner.',
      dataTable: 'Données du graphique',
      select: 'Afficher la source de {{label}}',
      summary: {
        categories:
          '{{type}} — {{measure}} par {{dimension}} : {{count}} valeurs. La plus grande : {{maxLabel}} ({{max}}) ; la plus petite : {{minLabel}} ({{min}}).',
        total: ' Total : {{total}}.',
        lines:
          '{{type}} — {{measure}} par {{dimension}}, {{count}} séries, de {{from}} à {{to}}. Maximum : {{maxLabel}} en {{maxX}} ({{max}}).',
        stacked: '{{type}} — {{measure}} par {{dimension}}, réparti par {{stack}} : {{count}} barres de {{segments}} parties.',
        tree: '{{type}} — {{measure}} : {{count}} éléments de premier niveau ; le plus grand est {{maxLabel}} ({{max}}). Les tuiles avec sous-éléments sont dimensionnées par la somme de ceux-ci.',
        empty: 'Rien à dessiner.',
      },
    },
  },
};
