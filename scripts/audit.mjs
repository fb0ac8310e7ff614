/* global process, console, URL */
import { spawnSync } from 'node:child_process';

/**
 * Dependency audit (npm run security:audit): `npm audit --omit=dev` must report no high or critical
 * advisory for what ships in the app. When there is no audit answer (offline machine, a registry or
 * mirror without npm's audit endpoint, which answers 404 or 405), it says which, and exits 0
 * (skipped), unless AUDIT_REQUIRED=1, for CI machines that do have the service, where it must fail.
 */
const required = process.env.AUDIT_REQUIRED === '1';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
// npm audit exits 1 both when it finds advisories and when it fails: read its JSON either way.
const res = spawnSync(npm, ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });

const skip = (what) => {
  const line = `security:audit SKIPPED: ${what}, so no advisory was checked.`;
  if (required) {
    console.error(`${line} AUDIT_REQUIRED=1, so this fails.`);
    process.exit(1);
  }
  console.log(
    `${line}\nRun it where npm's audit service answers (set AUDIT_REQUIRED=1 there so an outage cannot pass silently).`,
  );
  process.exit(0);
};

/** What npm's failed answer says, in plain words: the service refused, or it could not be reached. */
const whyNoReport = (report) => {
  if (typeof report.statusCode === 'number') {
    const registry = report.uri ? new URL(report.uri).origin : 'the registry';
    const status = /^\d{3}[^-]*/.exec(report.message ?? '')?.[0]?.trim() ?? `HTTP ${report.statusCode}`;
    const refusal =
      report.statusCode === 404 || report.statusCode === 405
        ? ' (it, or a proxy in front of it, does not take audit requests)'
        : '';
    return `${registry} answered the audit request with ${status}${refusal}`;
  }
  const reason = report.error?.summary || report.message || 'an answer that is not an audit report';
  return `the npm audit service could not be reached (${reason.split('\n')[0]})`;
};

if (res.error) skip(`npm audit could not run (${res.error.message})`);
let report;
try {
  report = JSON.parse(res.stdout);
} catch {
  skip(`npm audit gave no report (${(res.stderr || res.stdout).trim().split('\n')[0] || 'no output'})`);
}
if (!report.metadata?.vulnerabilities) skip(whyNoReport(report));

const counts = report.metadata.vulnerabilities;
const severe = Object.entries(report.vulnerabilities ?? {}).filter(([, v]) => v.severity === 'high' || v.severity === 'critical');
console.log(
  `npm audit --omit=dev: ${counts.total} advisories (critical ${counts.critical}, high ${counts.high}, moderate ${counts.moderate}, low ${counts.low})`,
);
if (severe.length > 0) {
  for (const [name, v] of severe) {
    const via = v.via.map((x) => (typeof x === 'string' ? x : `${x.title} (${x.url})`)).join('; ');
    console.error(`  ✗ ${v.severity.toUpperCase()} ${name}@${v.range}: ${via}${v.fixAvailable ? ' (fix available)' : ''}`);
  }
  process.exit(1);
}
console.log('security:audit: no high or critical advisory in production dependencies');
