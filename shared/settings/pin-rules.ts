/**
 * What a caregiver PIN must be: 6 to 12 digits, not one digit repeated and not a straight run
 * (123456, 987654), the first PINs anyone guesses.
 */
export const pinPattern = /^[0-9]{6,12}$/;

export type PinProblem = 'pin-format' | 'pin-too-easy';

export function pinProblem(pin: string): PinProblem | null {
  if (!pinPattern.test(pin)) return 'pin-format';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => d - (digits[i] ?? 0)));
  if (steps.size === 1 && [...steps].every((s) => s === 0 || s === 1 || s === -1)) return 'pin-too-easy';
  return null;
}
