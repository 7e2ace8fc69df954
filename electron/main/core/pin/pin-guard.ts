import { pinProblem } from '../../../../shared/settings/pin-rules';
import { ApiFailure } from '../../../../shared/ipc/api-failure';
import type { Clock } from '../ports/clock';
import type { AuditLog } from '../audit-log';
import type { SettingsRepository } from '../store/settings-repository';
import type { SecretCipher } from '../ports/secret-cipher';
import { bindPinHash, hashPin, isPinHash, PinKeyMissing, verifyPin, type PinHash } from './pin-hash';

export const maxTries = 5;
export const firstLockMs = 5 * 60_000;

const hashKey = 'pin.hash';
const lockKey = 'pin.lockout';

interface Lockout {
  /** Wrong PINs since the last right one. */
  readonly failures: number;
  /** How many times the PIN has locked since the last right one (each lock is twice as long). */
  readonly locks: number;
  readonly lockedUntil: number | null;
}

const noLockout: Lockout = { failures: 0, locks: 0, lockedUntil: null };

/**
 * The caregiver PIN: everything that lowers protection asks it. Kept in the store's state
 * table, never in the settings document (so it is never exported), and never logged. After
 * five wrong tries it locks for 5 minutes, then 10, 20, …; the lock survives a restart, and
 * each lock is written to the audit log (`pin.locked`) so the family is told.
 */
export interface PinGuard {
  isSet(): boolean;
  lockedUntil(): number | null;
  /** Throws a typed ApiFailure unless `pin` is the caregiver PIN. */
  check(pin: string | undefined): Promise<void>;
  /** Sets the PIN; when one is set already, `current` must be it. */
  set(pin: string, current?: string): Promise<void>;
  /** Forgotten PIN (CLI only): replaces it without the old one and tells every contact. */
  reset(newPin: string): Promise<void>;
}

function validNewPin(pin: string): string {
  const problem = pinProblem(pin);
  if (problem === 'pin-format')
    throw new ApiFailure('bad-request', 'The PIN must be 6 to 12 digits.', 'newPin');
  if (problem === 'pin-too-easy')
    throw new ApiFailure('bad-request', 'That PIN is too easy to guess.', 'newPin');
  return pin;
}

export function createPinGuard(deps: {
  readonly state: SettingsRepository;
  readonly audit: Pick<AuditLog, 'append'>;
  readonly clock: Clock;
  readonly hash?: (pin: string) => Promise<PinHash>;
  /**
   * The keys a hash may be bound to: the first binds (the settings' secrets cipher), any checks
   * (the key file too: a hash bound under plain Node, or while the app had no keychain). None in
   * a test without them.
   */
  readonly ciphers?: readonly SecretCipher[];
}): PinGuard {
  const { state, audit, clock } = deps;
  const ciphers = deps.ciphers ?? [];
  const cipher = ciphers[0];
  const unbound = deps.hash ?? ((pin: string) => hashPin(pin));
  const hash = async (pin: string): Promise<PinHash> => {
    const made = await unbound(pin);
    return cipher ? bindPinHash(made, cipher) : made;
  };
  const verify = async (pin: string, current: PinHash): Promise<boolean> => {
    try {
      return await verifyPin(pin, current, ciphers);
    } catch (error) {
      if (!(error instanceof PinKeyMissing)) throw error;
      throw new ApiFailure(
        'pin-unreadable',
        'The PIN cannot be checked on this computer: the key it was kept with is gone. Set a new one with "holdon pin reset".',
        'pin',
      );
    }
  };
  // One check at a time, so parallel guesses are counted exactly.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task);
    queue = next.catch(() => undefined);
    return next;
  };

  const stored = (): PinHash | null => {
    const value = state.get(hashKey);
    return isPinHash(value) ? value : null;
  };
  const lockout = (): Lockout => {
    const value = state.get(lockKey) as Lockout | undefined;
    return value && typeof value.failures === 'number' ? value : noLockout;
  };
  const activeLock = (): number | null => {
    const until = lockout().lockedUntil;
    return until !== null && until > clock.now() ? until : null;
  };
  const lockedFailure = (until: number): ApiFailure =>
    new ApiFailure('pin-locked', 'Too many wrong PINs. Try again later.', 'pin', { lockedUntil: until });

  const checkNow = async (pin: string | undefined): Promise<void> => {
    const current = stored();
    // Before the first PIN exists (a new install, still in the setup screens) there is nothing
    // set up to guard yet. Once set, the PIN is never removed: a reset replaces it at once.
    if (!current) return;
    const until = activeLock();
    if (until !== null) throw lockedFailure(until);
    if (pin === undefined || pin === '')
      throw new ApiFailure('pin-required', 'This needs the caregiver PIN.', 'pin');
    if (await verify(pin, current)) {
      if (lockout().failures > 0 || lockout().locks > 0) state.remove(lockKey);
      // A hash stored unbound (before PINs were bound, or by a reset from the command line), or
      // bound to another of the keys, is bound to this host's key now.
      if (cipher && current.boundTo !== cipher.name)
        state.put(hashKey, bindPinHash(current, cipher, ciphers), clock.now());
      return;
    }
    const before = lockout();
    const failures = before.failures + 1;
    if (failures % maxTries !== 0) {
      state.put(lockKey, { ...before, failures, lockedUntil: null }, clock.now());
      throw new ApiFailure('wrong-pin', 'That PIN is not right.', 'pin', {
        triesLeft: maxTries - (failures % maxTries),
      });
    }
    const locks = before.locks + 1;
    const lockedUntil = clock.now() + firstLockMs * 2 ** (locks - 1);
    state.put(lockKey, { failures, locks, lockedUntil }, clock.now());
    audit.append('pin.locked', { failures, lockedUntil }, clock.now());
    throw lockedFailure(lockedUntil);
  };

  return {
    isSet: () => stored() !== null,
    lockedUntil: activeLock,
    check: (pin) => serial(() => checkNow(pin)),
    set: (pin, current) =>
      serial(async () => {
        if (stored()) await checkNow(current);
        state.put(hashKey, await hash(validNewPin(pin)), clock.now());
        state.remove(lockKey);
        audit.append('pin.set', {}, clock.now());
      }),
    // Not bound: the command line may hold another key than the app (another data folder), and
    // a PIN the app could not check would lock the caregiver out. The next right PIN binds it.
    reset: (newPin) =>
      serial(async () => {
        const next = await unbound(validNewPin(newPin));
        state.put(hashKey, next, clock.now());
        state.remove(lockKey);
        audit.append('pin.reset', {}, clock.now());
      }),
  };
}
