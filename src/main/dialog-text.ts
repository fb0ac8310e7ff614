import type { Lang } from '../shared/view/fields';
import type { Dialogs, FileFilter } from './dialogs';

/**
 * French for every title and file-type name main's dialogs show. Handlers write them in English, as
 * their messages are; the app's language is applied here, at the edge, in one place.
 */
export const DIALOG_FRENCH: Readonly<Record<string, string>> = {
  'Save PNG image': 'Enregistrer l’image PNG',
  'PNG image': 'Image PNG',
  'Save SVG image': 'Enregistrer l’image SVG',
  'SVG image': 'Image SVG',
  'Save CSV': 'Enregistrer le fichier CSV',
  CSV: 'CSV',
  'Save Excel workbook': 'Enregistrer le classeur Excel',
  'Excel workbook': 'Classeur Excel',
  'Save CSV and metadata': 'Enregistrer le CSV et ses métadonnées',
  'Zip archive': 'Archive zip',
  'Save PDF': 'Enregistrer le PDF',
  PDF: 'PDF',
  'Share view': 'Partager la vue',
  'Share views': 'Partager les vues',
  'Open views': 'Ouvrir des vues',
  'IOM–Canada Explorer views': 'Vues de l’Explorateur OIM–Canada',
};

const inFrench = (text: string) => DIALOG_FRENCH[text] ?? text;

/** The same dialogs, titled in the app's current language. */
export const localizeDialogs = (dialogs: Dialogs, language: () => Lang): Dialogs => {
  const localize = <O extends { title: string; filters: FileFilter[] }>(o: O): O =>
    language() === 'fr' ? { ...o, title: inFrench(o.title), filters: o.filters.map((f) => ({ ...f, name: inFrench(f.name) })) } : o;
  return {
    chooseSavePath: (o) => dialogs.chooseSavePath(localize(o)),
    chooseOpenPath: (o) => dialogs.chooseOpenPath(localize(o)),
    ...(dialogs.saveFolder ? { saveFolder: dialogs.saveFolder } : {}),
  };
};
