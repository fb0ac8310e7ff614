import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from '../shared/ipc/build-api';

// Only plain promise-returning methods cross the bridge: never ipcRenderer, never event objects.
contextBridge.exposeInMainWorld('api', buildApi((channel, payload) => ipcRenderer.invoke(channel, payload)));
