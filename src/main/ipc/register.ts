import type { IpcMainInvokeEvent } from 'electron';
import { methodChannels } from '../../shared/ipc/contract';
import type { Dispatch } from './handle';
import type { SenderInfo } from './sender';

/** The part of Electron's ipcMain the app registers through (a stand-in in tests). */
export type IpcMainLike = {
  handle: (channel: string, listener: (event: IpcMainInvokeEvent, payload: unknown) => Promise<unknown>) => void;
};

/** Who sent an invoke: its frame's URL, whether that is the main frame, and its webContents. */
export const senderOf = (event: IpcMainInvokeEvent): SenderInfo => ({
  url: event.senderFrame?.url ?? null,
  isMainFrame: event.senderFrame !== null && event.senderFrame === event.sender.mainFrame,
  webContentsId: event.sender.id,
});

/**
 * The app's only IPC registration: one ipcMain.handle per channel of the contract, each going to the
 * dispatcher (sender check, payload schema, Result). No ipcMain.on: nothing answers outside it.
 */
export const registerIpcHandlers = (ipcMain: IpcMainLike, dispatch: Dispatch): void => {
  for (const [, channelName] of methodChannels)
    ipcMain.handle(channelName, (event, payload) => dispatch(channelName, senderOf(event), payload));
};
