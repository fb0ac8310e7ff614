import type { Api } from '../../shared/ipc/contract';

declare global {
  interface ImportMeta {
    /** Vite's build mode flags (replaced by constants in the build). */
    readonly env: { readonly DEV: boolean };
  }
  interface Window {
    /** Exposed by the preload (or the E2E harness); the renderer's only way to the main process. */
    readonly api: Api;
  }
}
