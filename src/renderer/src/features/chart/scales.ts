/**
 * The d3 scales recharts is given in the build (alias of `victory-vendor/d3-scale` in
 * electron.vite.config.ts). recharts looks its scales up by name in the whole d3-scale namespace
 * (`import * as`), so the bundler keeps every scale, time scales and their d3-time-format included.
 * With `scale="auto"` (ChartFigure.tsx sets no other) it only ever asks for these three: band for
 * categories, point for a line chart's categories, linear for numbers and pie angles. A scale
 * named in a `scale` prop that is not here would fall back to point (recharts' own fallback).
 */
export { scaleBand, scaleLinear, scalePoint } from 'd3-scale';
