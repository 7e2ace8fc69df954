import type { ProtectionState } from '../../../shared/model/protection';

/** A shield whose mark matches the state; decorative, the heading says the same in words. */
export function StatusIcon(props: { readonly state: ProtectionState | 'unknown' }) {
  const colour =
    props.state === 'protected' ? 'var(--good)' : props.state === 'paused' ? 'var(--pause)' : 'var(--alert)';
  return (
    <svg className="status-icon" viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <path d="M32 4 8 13v17c0 15 10 26 24 30 14-4 24-15 24-30V13Z" fill={colour} />
      {props.state === 'protected' ? (
        <path
          d="m20 33 8 8 16-17"
          fill="none"
          stroke="#fff"
          strokeWidth="6"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      ) : props.state === 'paused' ? (
        <g fill="#fff">
          <rect x="22" y="20" width="7" height="24" rx="2" />
          <rect x="35" y="20" width="7" height="24" rx="2" />
        </g>
      ) : (
        <g fill="#fff">
          <rect x="28.5" y="16" width="7" height="22" rx="3" />
          <circle cx="32" cy="46" r="4.5" />
        </g>
      )}
    </svg>
  );
}
