/**
 * `npm run code-map`: the rooms (folders) of the code, their size, and the arrows (imports)
 * between them, with every arrow that runs back up a floor listed by file. The floors are the
 * layering the lint rules hold (eslint.config.mjs): shared/ is the ground floor, the core's
 * ports, stores and sensors sit on it, then the notifier, the audit log, the services and the
 * protection wings, the API handlers, the composition root, and the hosts (CLI, preview, shell)
 * at the top. The list below is the floor plan; a room not in it takes its parent's floor.
 *
 *   npm run code-map            # a readable table
 *   npm run code-map -- --json  # the same as JSON
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(__dirname, '..');
const sourceDirs = ['shared', 'electron', 'renderer/src'];

/** Lower floors must not import higher ones. A room not listed takes its parent's floor. */
const floors: readonly (readonly [string, number])[] = [
  ['shared', 0],
  ['renderer/src', 1],
  ['electron/main/core/ports', 1],
  ['electron/main/core/logging', 1],
  ['electron/main/core/version.ts', 1],
  ['electron/main/core/data-dir.ts', 1],
  ['electron/main/core/catalog.ts', 1],
  ['electron/main/core/event-bus.ts', 1],
  ['electron/main/core/store', 2],
  ['electron/main/core/capture', 2],
  ['electron/main/core/ocr', 2],
  ['electron/main/core/sensors', 2],
  ['electron/main/core/actions', 2],
  ['electron/main/core/autostart', 2],
  ['electron/main/core/settings/settings-source.ts', 3],
  ['electron/main/core/settings/key-file-cipher.ts', 3],
  ['electron/main/core/notifier', 4],
  ['electron/main/core/audit-log.ts', 5],
  ['electron/main/core/settings', 6],
  ['electron/main/core/pin', 6],
  ['electron/main/core/setup-state.ts', 6],
  ['electron/main/core/history.ts', 6],
  ['electron/main/core/checklist', 6],
  ['electron/main/core/protection', 6],
  ['electron/main/core/owner-actions.ts', 7],
  ['electron/main/core/api', 7],
  ['electron/main/core/core.ts', 8],
  ['electron/main/core/core-host.ts', 8],
  ['electron/main/cli', 9],
  ['electron/main/preview', 9],
  ['electron/main/shell', 9],
  ['electron/preload', 9],
  ['electron/main/index.ts', 10],
];

function floorOf(path: string): number {
  let best: readonly [string, number] | undefined;
  for (const entry of floors) {
    const [prefix] = entry;
    if ((path === prefix || path.startsWith(`${prefix}/`)) && (!best || prefix.length > best[0].length))
      best = entry;
  }
  return best?.[1] ?? 0;
}

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** The room of a file: its folder, except the core's root files, which are rooms of their own only for the composition root. */
const roomOf = (file: string): string => {
  const rel = relative(root, file);
  return rel === 'electron/main/core/core-host.ts' ? rel : dirname(rel);
};

interface Room {
  files: number;
  lines: number;
  largest: { file: string; lines: number };
}

export interface CodeMap {
  readonly rooms: readonly ({ readonly room: string } & Room)[];
  readonly arrows: readonly { readonly arrow: string; readonly n: number }[];
  readonly upward: readonly { readonly from: string; readonly to: string }[];
  readonly totals: {
    readonly rooms: number;
    readonly arrows: number;
    readonly files: number;
    readonly lines: number;
    readonly filesOver300Lines: number;
  };
}

/** Reads the source folders and maps them. */
export function mapCode(): CodeMap {
  const rooms = new Map<string, Room>();
  const arrows = new Map<string, number>();
  const upward: { from: string; to: string }[] = [];
  const importPattern = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g;

  for (const dir of sourceDirs) {
    for (const file of files(join(root, dir))) {
      const text = readFileSync(file, 'utf8');
      const lines = text.split('\n').length;
      const room = roomOf(file);
      const entry = rooms.get(room) ?? { files: 0, lines: 0, largest: { file: '', lines: 0 } };
      entry.files += 1;
      entry.lines += lines;
      if (lines > entry.largest.lines) entry.largest = { file: relative(root, file), lines };
      rooms.set(room, entry);
      for (const match of text.matchAll(importPattern)) {
        const spec = match[1] ?? '';
        if (!spec.startsWith('.')) continue;
        const target = relative(root, resolve(dirname(file), spec));
        const targetRoom = target === 'electron/main/core/core-host' ? `${target}.ts` : dirname(target);
        if (targetRoom === room) continue;
        const key = `${room} -> ${targetRoom}`;
        arrows.set(key, (arrows.get(key) ?? 0) + 1);
        const fromFloor = floorOf(relative(root, file));
        const toFloor = floorOf(`${target}.ts`);
        if (toFloor > fromFloor) upward.push({ from: relative(root, file), to: `${target}.ts` });
      }
    }
  }

  const sortedRooms = [...rooms.entries()].sort(([a], [b]) => a.localeCompare(b));
  const report = {
    rooms: sortedRooms.map(([name, r]) => ({ room: name, ...r })),
    arrows: [...arrows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([arrow, n]) => ({ arrow, n })),
    upward,
    totals: {
      rooms: rooms.size,
      arrows: arrows.size,
      files: sortedRooms.reduce((n, [, r]) => n + r.files, 0),
      lines: sortedRooms.reduce((n, [, r]) => n + r.lines, 0),
      filesOver300Lines: [...sortedRooms.values()].filter(([, r]) => r.largest.lines > 300).length,
    },
  };
  return report;
}

function print(report: CodeMap): void {
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
  } else {
    console.log('room'.padEnd(44), 'files'.padStart(5), 'lines'.padStart(6), '  largest file (lines)');
    for (const r of report.rooms) {
      console.log(
        r.room.padEnd(44),
        String(r.files).padStart(5),
        String(r.lines).padStart(6),
        ` ${relative(r.room, r.largest.file)} (${r.largest.lines})`,
      );
    }
    console.log(`\n${report.totals.rooms} rooms, ${report.totals.files} files, ${report.totals.lines} lines`);
    console.log(`${report.totals.arrows} arrows between rooms (imports from one room into another)`);
    console.log(`${report.upward.length} imports run back up a floor${report.upward.length ? ':' : ''}`);
    for (const u of report.upward) console.log(`  ${u.from} -> ${u.to}`);
  }
}

if (process.argv[1]?.endsWith('code-map.ts')) print(mapCode());
