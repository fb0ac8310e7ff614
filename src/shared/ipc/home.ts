import { z } from 'zod';
import type { KeyNumber } from '../home/key-numbers';
import type { Sketch } from '../home/sketch';
import { channel } from './channel';

/** What the start screen draws: each report figure's small picture (by preset id) and the key numbers. */
export type HomeData = { sketches: Record<string, Sketch>; numbers: KeyNumber[] };

export const homeChannels = {
  /** From the bundled datasets (and the world atlas for maps): computed by the build, read by main once, then kept. */
  getHome: channel('home:figures', z.undefined(), {} as HomeData),
};
