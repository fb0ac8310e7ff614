import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** Exposed by the preload (or the E2E harness); the renderer's only way to the main process. */
    readonly api: Api;
  }
}
