/**
 * Native file dialogs, injected so tests can stand in for them. Paths never come from the renderer:
 * the main process asks the user (or the test stand-in) and works with the answer.
 */
export type FileFilter = { name: string; extensions: string[] };

export type Dialogs = {
  /** Resolves to the chosen path, or null when the user cancelled. */
  chooseSavePath: (options: { title: string; defaultName: string; filters: FileFilter[] }) => Promise<string | null>;
  /** The folder the save dialog opens in (where its default name would be written), if known. */
  saveFolder?: () => string | null;
  chooseOpenPath: (options: { title: string; filters: FileFilter[] }) => Promise<string | null>;
};
