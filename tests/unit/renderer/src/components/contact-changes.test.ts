import { describe, expect, it } from 'vitest';
import {
  changeContact,
  changeContacts,
  withPushChannel,
} from '../../../../../renderer/src/components/contact-changes';
import type { Settings } from '../../../../../shared/settings/settings-schema';

const drawn: Settings = {
  contacts: [
    { name: '', severities: ['warning', 'danger'], channels: [] },
    { name: 'Ben', severities: ['danger'], channels: [{ type: 'email', to: 'ben@example.test' }] },
  ],
};
const push = { type: 'ntfy', topic: 'holdon-abc', replyTopic: 'holdon-abc-answers' } as const;

describe('contact changes', () => {
  it('a phone code and a name typed on the same drawn screen are both kept, in either order', () => {
    const paired = changeContact(0, withPushChannel(push));
    const named = changeContact(0, (c) => ({ ...c, name: 'Ann' }));
    for (const after of [named(paired(drawn)), paired(named(drawn))]) {
      expect(after.contacts?.[0]).toMatchObject({ name: 'Ann', channels: [push] });
      expect(after.contacts?.[1]).toBe(drawn.contacts?.[1]);
    }
  });

  it('a new code takes the place of the old push channel and leaves the others where they were', () => {
    const before: Settings = {
      contacts: [
        {
          name: 'Ann',
          severities: ['danger'],
          channels: [
            { type: 'ntfy', topic: 'holdon-old' },
            { type: 'email', to: 'ann@example.test' },
          ],
        },
      ],
    };
    const after = changeContact(0, withPushChannel(push))(before);
    expect(after.contacts?.[0]?.channels).toEqual([push, { type: 'email', to: 'ann@example.test' }]);
  });

  it('adding and removing people works on the list as it is then', () => {
    const grown = changeContacts((all) => [...all, { name: 'Cleo', severities: ['danger'], channels: [] }])(
      drawn,
    );
    expect(grown.contacts?.map((c) => c.name)).toEqual(['', 'Ben', 'Cleo']);
    expect(changeContacts((all) => all.filter((c) => c.name !== 'Ben'))(grown).contacts).toHaveLength(2);
    expect(changeContacts((all) => [...all])({}).contacts).toEqual([]);
  });
});
