import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * What tells Hold On the computer restarted since it last ran, and when the computer last shut
 * down normally: with these, time when Hold On was gone but the computer still on is found
 * across a restart too (protection/health-monitor.ts).
 */
export interface BootFacts {
  /**
   * This boot, different after every restart: Linux's `/proc/sys/kernel/random/boot_id`. Null
   * where there is none (Windows, macOS): then a boot after the last heartbeat (from the uptime)
   * is a restart. A boot time worked out from the clock is no id: it moves with every clock
   * correction, and Windows' Fast Startup keeps one boot for weeks of nights off.
   */
  id(): string | null;
  /** When the computer last shut down normally (Windows records it), or null when unknown. */
  lastShutdownAt(): number | null;
  /**
   * Whether Hold On closes cleanly when the computer shuts down, so that a run left unclosed
   * means it was ended otherwise. Not on Windows: the app is not told of a shutdown there.
   */
  readonly closesAtShutdown: boolean;
}

/** 100 ns steps from 1601 to 1970. */
const fileTimeEpoch = 116_444_736_000_000_000n;

/**
 * Windows' last normal shutdown, from `reg query` of
 * `HKLM\SYSTEM\CurrentControlSet\Control\Windows` value `ShutdownTime`: a FILETIME (100 ns since
 * 1601, UTC) as 8 little-endian bytes. Windows writes it when it shuts down normally, not after
 * a power cut. Null when the output holds no such value.
 */
export function shutdownTimeFromRegQuery(output: string): number | null {
  const hex = /ShutdownTime\s+REG_BINARY\s+([0-9A-Fa-f]{16})\b/.exec(output)?.[1];
  if (!hex) return null;
  let ticks = 0n;
  for (let i = 7; i >= 0; i -= 1) ticks = (ticks << 8n) | BigInt(parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  if (ticks <= fileTimeEpoch) return null;
  return Number((ticks - fileTimeEpoch) / 10_000n);
}

export function systemBootFacts(platform: NodeJS.Platform = process.platform): BootFacts {
  return {
    closesAtShutdown: platform !== 'win32',
    id() {
      if (platform !== 'linux') return null;
      try {
        return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim() || null;
      } catch {
        return null;
      }
    },
    lastShutdownAt() {
      if (platform !== 'win32') return null;
      const result = spawnSync(
        'reg',
        ['query', 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Windows', '/v', 'ShutdownTime'],
        { encoding: 'utf8', timeout: 5_000, windowsHide: true },
      );
      return typeof result.stdout === 'string' ? shutdownTimeFromRegQuery(result.stdout) : null;
    },
  };
}
