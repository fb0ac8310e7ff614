import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialogs } from '../../src/main/dialogs';

/**
 * The test stand-in for native dialogs, injected into the main services like Electron's real ones.
 * Save: writes under `savedFilesDir` with the default name the app proposed (or a queued answer).
 * Open: answers with the next queued path; an empty queue means the user cancelled.
 */
export class DialogStandIn implements Dialogs {
  private readonly openAnswers: (string | null)[] = [];
  private readonly saveAnswers: (string | null)[] = [];
  readonly asked: { kind: 'save' | 'open'; title: string; defaultName?: string }[] = [];

  constructor(private readonly savedFilesDir: string) {
    mkdirSync(savedFilesDir, { recursive: true });
  }

  /** Queues the file the next open dialog "chooses" (null: the user cancels). */
  answerOpen(path: string | null) {
    this.openAnswers.push(path);
  }

  /** Queues the answer of the next save dialog: a file name inside savedFilesDir, or null to cancel. */
  answerSave(name: string | null) {
    this.saveAnswers.push(name);
  }

  /** The stand-in's save dialog always opens in savedFilesDir. */
  saveFolder = () => this.savedFilesDir;

  chooseSavePath: Dialogs['chooseSavePath'] = async ({ title, defaultName }) => {
    this.asked.push({ kind: 'save', title, defaultName });
    const queued = this.saveAnswers.length ? this.saveAnswers.shift() : defaultName;
    return queued === null || queued === undefined ? null : join(this.savedFilesDir, queued);
  };

  chooseOpenPath: Dialogs['chooseOpenPath'] = async ({ title }) => {
    this.asked.push({ kind: 'open', title });
    return this.openAnswers.shift() ?? null;
  };

  /**
   * Where offered files are written: beside savedFilesDir and as unique as it. (A `to-open` folder
   * shared by every test let one worker's cleanup delete another test's file before its import.)
   */
  get offeredFilesDir(): string {
    return `${this.savedFilesDir}-to-open`;
  }

  /** Writes a file the test wants the user to "pick" and queues it for the next open dialog. */
  offerFile(name: string, content: string | Uint8Array): string {
    const path = join(this.offeredFilesDir, name);
    mkdirSync(this.offeredFilesDir, { recursive: true });
    writeFileSync(path, content);
    this.answerOpen(path);
    return path;
  }
}
