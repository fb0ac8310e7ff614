/**
 * Strings of the export composer (export.composer.*), registered when its chunk loads: the first
 * screen does not carry them.
 */
export const composerStrings = {
  en: {
    export: {
      composer: {
        title: 'Export: choose size, text and format',
        titleText: 'Title',
        subtitle: 'Subtitle',
        size: 'Size',
        width: 'Width (px)',
        height: 'Height (px)',
        presets: {
          slide: 'Slide 16:9 (1920 × 1080)',
          'word-half': 'Word, half page (624 × 432)',
          'word-full': 'Word, full page (624 × 864)',
          'a4-portrait': 'A4 portrait',
          'a4-landscape': 'A4 landscape',
          square: 'Square (1080 × 1080)',
          custom: 'Custom…',
        },
        format: 'Format',
        formats: { png: 'PNG', svg: 'SVG', pdf: 'PDF', pptx: 'Slide (PowerPoint)', csv: 'CSV (.zip)', xlsx: 'Excel' },
        scale: 'PNG scale',
        notes: 'Data-quality notes',
        notesModes: { full: 'Full text', footnotes: 'Numbered, one line each', off: 'Off (⚠ marker only)' },
        footer: 'Footer line',
        footerHint: 'e.g. Prepared by …',
        background: 'Background',
        backgrounds: { light: 'Light', dark: 'Dark' },
        preview: 'Preview of the exported figure',
        tableOnly: 'The table of the view, without the figure',
        cancel: 'Cancel',
        export: 'Export',
      },
    },
  },
  fr: {
    export: {
      composer: {
        title: 'Exporter : taille, texte et format',
        titleText: 'Titre',
        subtitle: 'Sous-titre',
        size: 'Taille',
        width: 'Largeur (px)',
        height: 'Hauteur (px)',
        presets: {
          slide: 'Diapositive 16:9 (1920 × 1080)',
          'word-half': 'Word, demi-page (624 × 432)',
          'word-full': 'Word, pleine page (624 × 864)',
          'a4-portrait': 'A4 portrait',
          'a4-landscape': 'A4 paysage',
          square: 'Carré (1080 × 1080)',
          custom: 'Personnalisée…',
        },
        format: 'Format',
        formats: { png: 'PNG', svg: 'SVG', pdf: 'PDF', pptx: 'Diapositive (PowerPoint)', csv: 'CSV (.zip)', xlsx: 'Excel' },
        scale: 'Échelle du PNG',
        notes: 'Notes sur la qualité des données',
        notesModes: { full: 'Texte complet', footnotes: 'Numérotées, une ligne chacune', off: 'Aucune (repère ⚠ seulement)' },
        footer: 'Ligne de pied',
        footerHint: 'p. ex. Préparé par …',
        background: 'Fond',
        backgrounds: { light: 'Clair', dark: 'Sombre' },
        preview: 'Aperçu de la figure exportée',
        tableOnly: 'Le tableau de la vue, sans la figure',
        cancel: 'Annuler',
        export: 'Exporter',
      },
    },
  },
};
