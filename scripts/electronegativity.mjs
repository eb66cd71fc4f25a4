#!/usr/bin/env node
// Static Electron security scan (Electronegativity, offline): fails on any finding not explained in .electronegativity-allow.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ALLOW_FILE = join(REPO, '.electronegativity-allow.json');
/** What the scan reads: the shell (the only code that touches Electron), the page, and package.json (Electron version). */
const INPUTS = ['electron/shell', 'renderer/index.html', 'package.json'];

/**
 * Findings from Electronegativity's SARIF report. (Its CSV writer is racy in 1.10.3: the header is written
 * asynchronously with truncation after the rows may already be appended, which mangles the first finding.
 * The SARIF report is written in one call.)
 */
export function findingsOfSarif(text) {
  const sarif = JSON.parse(text);
  return (sarif.runs?.[0]?.results ?? []).map((r) => {
    const loc = r.locations?.[0]?.physicalLocation;
    return {
      issue: r.ruleId,
      level: r.level,
      filename: loc?.artifactLocation?.uri ?? 'N/A',
      location: `${loc?.region?.startLine ?? 0}:${loc?.region?.startColumn ?? 0}`,
      description: r.message?.text ?? '',
    };
  });
}

function main() {
  // Electronegativity takes one input; stage the chosen files in one folder so paths stay repo-relative.
  const work = mkdtempSync(join(tmpdir(), 'drillroom-electronegativity-'));
  const stage = join(work, 'scan');
  for (const input of INPUTS) cpSync(join(REPO, input), join(stage, input), { recursive: true });
  const report = join(work, 'report.sarif');
  const electronVersion = JSON.parse(readFileSync(join(REPO, 'node_modules/electron/package.json'), 'utf8')).version;
  execFileSync(
    'npx',
    ['electronegativity', '-i', stage, '-r', '-e', electronVersion, '-x', 'AvailableSecurityFixesGlobalCheck', '-o', report],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const findings = findingsOfSarif(readFileSync(report, 'utf8'));
  rmSync(work, { recursive: true, force: true });

  const allow = JSON.parse(readFileSync(ALLOW_FILE, 'utf8')).allow;
  const explained = (f) => allow.find((a) => a.issue === f.issue && (a.file === '*' || a.file === f.filename));
  const unexplained = findings.filter((f) => !explained(f));
  const stale = allow.filter((a) => !findings.some((f) => f.issue === a.issue && (a.file === '*' || a.file === f.filename)));

  console.log(`Electronegativity (Electron ${electronVersion}) on ${INPUTS.join(', ')}: ${findings.length} finding(s)`);
  for (const f of findings) {
    const why = explained(f);
    console.log(`  ${why ? 'explained ' : 'UNEXPLAINED'} ${f.issue} [${f.level}] ${f.filename}:${f.location} ${why ? `— ${why.reason}` : `— ${f.description}`}`);
  }
  for (const a of stale) console.log(`  note: allowlist entry no longer found: ${a.issue} in ${a.file} (remove it)`);
  if (unexplained.length) {
    console.error(`${unexplained.length} finding(s) not explained in .electronegativity-allow.json: fix them or explain each one there.`);
    process.exit(1);
  }
  console.log('No unexplained finding.');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
