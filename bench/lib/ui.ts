import type { Locator, Page } from '@playwright/test';
import { probeOf, resetProbe, settle } from './browser';

/**
 * How the bench drives the app: real Playwright clicks through the same accessible names the E2E
 * tests use. Selectors live here only, so a UI change is one edit.
 */
export const catalogButton = (page: Page, title: string): Locator =>
  page.getByRole('navigation', { name: 'Datasets' }).getByRole('button', { name: title, exact: true });

export const openDataset = async (page: Page, title: string): Promise<void> => {
  await catalogButton(page, title).click();
  await page.getByRole('tabpanel').waitFor();
};

export const openTab = async (page: Page, name: 'Table' | 'Chart' | 'Map'): Promise<void> => {
  await page.getByRole('tab', { name, exact: true }).click();
};

/** Opens the per-column filter panel of the table (the toggle button that controls #column-filters). */
export const openFilters = async (page: Page): Promise<void> => {
  const toggle = page.locator('button[aria-controls="column-filters"]');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.locator('#column-filters').waitFor();
};

/** The first filter group (fieldset) offering at least `min` checkboxes. */
export const checkboxFilterGroup = async (page: Page, min = 2): Promise<Locator | null> => {
  const groups = page.locator('#column-filters fieldset');
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    const g = groups.nth(i);
    if ((await g.getByRole('checkbox').count()) >= min) return g;
  }
  return null;
};

/** Event Timing reports only events of ≥ 16 ms (the API's minimum threshold): faster ones count as 16. */
export const EVENT_TIMING_FLOOR = 16;
const ENTRY_WAIT_MS = 120;

export type Timed = {
  /** Interaction latency as Chromium measures it (PerformanceEventTiming: input timestamp → next paint). */
  latency: number;
  /** Longest long task (≥ 50 ms) seen from the action until the page settled; 0 when none. */
  longestTask: number;
};

/** One real interaction, timed by the page: the longest of the events it grouped, and any long task. */
export const timedInteraction = async (page: Page, act: () => Promise<void>): Promise<Timed> => {
  await resetProbe(page);
  await act();
  await settle(page);
  // Entries arrive after the paint, in a low-priority task: poll briefly for them.
  const deadline = Date.now() + ENTRY_WAIT_MS;
  let probe = await probeOf(page);
  let durations: number[] = [];
  while (Date.now() < deadline) {
    durations = probe.events.filter((e) => e.interactionId > 0).map((e) => e.duration);
    if (durations.length > 0) break;
    await page.waitForTimeout(20);
    probe = await probeOf(page);
  }
  return {
    latency: durations.length > 0 ? Math.max(...durations) : EVENT_TIMING_FLOOR,
    longestTask: Math.max(0, ...probe.longTasks.map((t) => t.duration)),
  };
};

/** Toggles the checkboxes of a filter group in turn (on, later off again), `count` clicks in all, each timed. */
export const clickCheckboxes = async (page: Page, group: string, count: number): Promise<Timed[]> => {
  const boxes = page.getByRole('group', { name: group, exact: true }).getByRole('checkbox');
  const n = await boxes.count();
  if (n === 0) throw new Error(`no checkbox in the filter group "${group}"`);
  const out: Timed[] = [];
  for (let i = 0; i < count; i++) out.push(await timedInteraction(page, () => boxes.nth(i % n).click()));
  return out;
};

/** Clicks the sort button of the column headed `heading` (its label, units may follow). */
export const sortButton = (page: Page, heading: string): Locator =>
  page.getByRole('columnheader', { name: new RegExp(`^${heading.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).getByRole('button');

/** What counts as a drawn mark: bars, pie sectors, line paths and dots, treemap tiles, map country paths. */
export const MARK_SELECTOR =
  '.recharts-rectangle, .recharts-sector, .recharts-line-curve, .recharts-dot, [class*="recharts-treemap-depth-"], svg[data-figure] path';

/** Counts of what is on screen: table body rows in the DOM (virtualization), and drawn chart marks (aggregation). */
export const domCounts = (page: Page) =>
  page.evaluate((marks) => ({ tableRows: document.querySelectorAll('table tbody tr').length, chartMarks: document.querySelectorAll(marks).length }), MARK_SELECTOR);

export const FIGURE_SVG = 'svg[data-figure], svg.recharts-surface';
