import { analyzeBundle, bundleProblems, FIRST_SCREEN_BUDGET, TOTAL_BUDGET } from '../../scripts/check-bundle-size';
import { measured, type MetricResult } from '../lib/results';

/**
 * Metric 2, deterministic (so no floor and a single "run"): the same analysis `npm run check:size`
 * does, on the renderer build the rest of the bench measures.
 */
export const measureBundle = (rendererDir: string): MetricResult[] => {
  const report = analyzeBundle(rendererDir);
  const problems = bundleProblems(report);
  const eager = problems.filter((p) => p.includes('map geometry'));
  const base = { unit: 'kB' as const, runs: 1 };
  const note = `map geometry excluded: ${(report.geometryGzip / 1000).toFixed(1)} kB gzip in ${report.chunks.filter((c) => c.geometry).length} lazy chunk(s)`;
  return [
    measured(
      { ...base, id: '2a', metric: 'renderer JS gzip, first screen', target: `≤ ${FIRST_SCREEN_BUDGET / 1000} kB, geometry lazy`, note: eager.join('; ') || undefined },
      report.firstScreenGzip / 1000,
      null,
      report.firstScreenGzip <= FIRST_SCREEN_BUDGET && eager.length === 0,
    ),
    measured(
      { ...base, id: '2b', metric: 'renderer JS gzip, everything', target: `≤ ${TOTAL_BUDGET / 1000} kB (geometry excluded)`, note },
      report.totalGzip / 1000,
      null,
      report.totalGzip <= TOTAL_BUDGET,
    ),
  ];
};
