/** Strings of view codes, under the `viewCode` namespace. */
export const viewCodeStrings = {
  en: {
    viewCode: {
      copy: 'Copy view code',
      copyHint: 'A short text that opens this view in any copy of the app: paste it in an e-mail or a chat.',
      copied: 'View code copied ({{count}} characters): {{code}}',
      open: 'Open view code…',
      dialogTitle: 'Open a view code',
      dialogDescription: 'Paste a view code someone sent you (it starts with “iom1.”).',
      label: 'View code',
      confirm: 'Open',
      cancel: 'Cancel',
      offer: 'Open this view code',
      opened: 'Opened the view from the code.',
      problem: {
        'not-a-code': 'This is not a view code. A view code starts with “iom1.”.',
        'newer-version': 'This view code was made by a newer version of the app. Update the app to open it.',
        damaged: 'This view code is incomplete or mistyped. Copy it again, whole, and paste it here.',
        'unknown-data': 'This view code shows data this copy of the app does not have (“{{dataset}}”).',
        'too-large': 'This text is far too long to be a view code.',
      },
      failed: 'That did not work: {{message}}',
    },
  },
  fr: {
    viewCode: {
      copy: 'Copier le code de la vue',
      copyHint: 'Un texte court qui ouvre cette vue dans toute copie de l’application : collez-le dans un courriel ou une discussion.',
      copied: 'Code de la vue copié ({{count}} caractères) : {{code}}',
      open: 'Ouvrir un code de vue…',
      dialogTitle: 'Ouvrir un code de vue',
      dialogDescription: 'Collez le code de vue que l’on vous a envoyé (il commence par « iom1. »).',
      label: 'Code de vue',
      confirm: 'Ouvrir',
      cancel: 'Annuler',
      offer: 'Ouvrir ce code de vue',
      opened: 'La vue du code est ouverte.',
      problem: {
        'not-a-code': 'Ce n’est pas un code de vue. Un code de vue commence par « iom1. ».',
        'newer-version': 'Ce code de vue vient d’une version plus récente de l’application. Mettez-la à jour pour l’ouvrir.',
        damaged: 'Ce code de vue est incomplet ou mal recopié. Copiez-le de nouveau, en entier, et collez-le ici.',
        'unknown-data': 'Ce code de vue montre des données que cette copie de l’application n’a pas (« {{dataset}} »).',
        'too-large': 'Ce texte est bien trop long pour être un code de vue.',
      },
      failed: 'Échec : {{message}}',
    },
  },
};
