import { stemOf, type ProcessInfo } from '../catalog/process-info';

/**
 * The programs fake technicians open to "prove" a computer is broken: harmless Windows tools
 * whose normal output looks scary. Sources: FTC, "How to Spot, Avoid, and Report Tech Support
 * Scams" (https://consumer.ftc.gov/articles/how-spot-avoid-and-report-tech-support-scams) and
 * Microsoft, "Protect yourself from tech support scams"
 * (https://support.microsoft.com/en-us/windows/protect-yourself-from-tech-support-scams-2ebf91bd-f94c-2a8a-e541-f5c800d18435),
 * which name Event Viewer, `netstat`, `tree`, `dir /s`, `syskey` and `msconfig`.
 */
export type ShowAndTellTool =
  | 'eventViewer'
  | 'netstat'
  | 'tree'
  | 'listAllFiles'
  | 'syskey'
  | 'msconfig'
  | 'regedit'
  | 'perfmon'
  | 'assoc'
  | 'taskManager';

const byName: Readonly<Record<string, ShowAndTellTool>> = {
  eventvwr: 'eventViewer',
  netstat: 'netstat',
  tree: 'tree',
  syskey: 'syskey',
  msconfig: 'msconfig',
  regedit: 'regedit',
  regedt32: 'regedit',
  perfmon: 'perfmon',
  taskmgr: 'taskManager',
  assoc: 'assoc',
};

const shells = new Set(['cmd', 'powershell', 'pwsh']);

export function showAndTellOf(process: ProcessInfo): ShowAndTellTool | null {
  const stem = stemOf(process.name);
  const direct = byName[stem];
  if (direct) return direct;
  const cmd = (process.cmd ?? '').toLowerCase();
  if (stem === 'mmc' && cmd.includes('eventvwr.msc')) return 'eventViewer';
  if (stem === 'mmc' && cmd.includes('perfmon.msc')) return 'perfmon';
  if (shells.has(stem)) {
    if (/\bdir\b[^|&]*\/s\b/.test(cmd) || /get-childitem[^|&]*-recurse/.test(cmd)) return 'listAllFiles';
    if (/\btree\b/.test(cmd)) return 'tree';
    if (/\bassoc\b/.test(cmd)) return 'assoc';
    if (/\bnetstat\b/.test(cmd)) return 'netstat';
  }
  return null;
}
