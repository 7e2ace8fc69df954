import { describe, expect, it } from 'vitest';
import { tamperAlertFor } from '../../../../shared/alerts/compose-event-alert';

const ctx = { language: 'en', seniorName: 'Mum', computerName: "Mum's laptop" } as const;
const changed = (detail: Record<string, unknown>) => ({ type: 'settings.changed', detail, at: 0 });

describe('the "settings were changed" alert', () => {
  it('names what changed in words the family knows, in their language', () => {
    const alert = tamperAlertFor(changed({ how: 'screen', fields: ['allowedTools', 'contacts'] }), ctx);
    expect(alert?.body).toContain(
      'Changed: the remote-control programs the family may use, the trusted contacts.',
    );
    const german = tamperAlertFor(changed({ how: 'screen', fields: ['protection'] }), {
      ...ctx,
      language: 'de',
    });
    expect(german?.body).toContain('Geändert: die Schutzstufe.');
  });

  it('is not sent for what the caregiver saves during the first setup', () => {
    expect(tamperAlertFor(changed({ how: 'setup', fields: ['contacts', 'email'] }), ctx)).toBeNull();
  });
});
