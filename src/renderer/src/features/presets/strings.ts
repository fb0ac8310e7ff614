export const presetStrings = {
  en: {
    presets: {
      heading: 'Report figures',
      show: 'Show as in the report: {{title}}',
      current: 'As printed in the report (line {{line}}).',
      edited: 'Changed from the report figure “{{title}}”.',
      reset: 'Reset to report figure',
    },
  },
  fr: {
    presets: {
      heading: 'Figures du rapport',
      show: 'Afficher comme dans le rapport : {{title}}',
      current: 'Tel qu’imprimé dans le rapport (ligne {{line}}).',
      edited: 'Modifié par rapport à la figure « {{title}} ».',
      reset: 'Revenir à la figure du rapport',
    },
  },
};
