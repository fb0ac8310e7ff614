/** What the main process knows about who sent an IPC message (from `event.senderFrame`). */
export type SenderInfo = {
  /** URL of the sending frame, or null when the frame is gone. */
  url: string | null;
  /** Whether the sender is the top-level frame of its window. */
  isMainFrame: boolean;
  /** webContents id of the sender; must belong to one of the app's own windows. */
  webContentsId: number;
};

export type SenderPolicy = {
  /** Origin the renderer is served from, e.g. "app://explorer". */
  appOrigin: string;
  /** webContents ids of the app's own windows. */
  isOwnWindow: (webContentsId: number) => boolean;
};

const originOf = (url: string): string | null => {
  try {
    const u = new URL(url);
    // `new URL('app://explorer/x').origin` is "null" for non-special schemes, so rebuild it.
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
};

/** Returns the reason a sender is refused, or null when it may call the API. */
export const refuseSender = (sender: SenderInfo, policy: SenderPolicy): string | null => {
  if (!policy.isOwnWindow(sender.webContentsId)) return 'message from a window the app did not create';
  if (sender.url === null) return 'sender frame is gone';
  if (!sender.isMainFrame) return 'message from a subframe';
  const origin = originOf(sender.url);
  if (origin === null || origin !== policy.appOrigin) return `message from foreign origin ${origin ?? sender.url}`;
  return null;
};
