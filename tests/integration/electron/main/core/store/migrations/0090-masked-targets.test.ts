import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelTarget } from '../../../../../../../shared/settings/channel-target';
import { openStore } from '../../../../../../../electron/main/core/store/database';
import { createOutboxRepository } from '../../../../../../../electron/main/core/store/outbox-repository';
import { createReachRepository } from '../../../../../../../electron/main/core/store/reach-repository';
import { createMemoryLogger } from '../../../../../../fakes/memory-logger';
import { useTempDir } from '../../../../../../fakes/temp-dir';

const topic = 'holdon-Xq7mW2pLk9vR4tBn8sYc';
const hook = 'https://home.example.org/api/webhook/T0kEn-s3cr3t';

describe('migration 0090-masked-targets', () => {
  const tempDir = useTempDir();

  it("rewrites push and webhook targets written at schema 80 to the masked form today's code looks up", () => {
    const path = join(tempDir(), 'holdon.db');
    const options = { logger: createMemoryLogger(), now: () => 0 };
    const old = openStore(path, { ...options, target: 80 });
    const queue = old.db.prepare(
      "INSERT INTO outbox (idempotency_key, kind, contact_name, channel_type, channel_target, message, status, next_attempt_at, created_at) VALUES (?, 'test', 'Ann', ?, ?, '{}', 'queued', 0, 0)",
    );
    // Before, a webhook's target was its address without a name, password or query; the
    // settings (plain then) hold the whole address, query included.
    old.db.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('settings', ?, 0)").run(
      JSON.stringify({
        contacts: [
          { name: 'Ann', channels: [{ type: 'webhook', url: `${hook}?key=abc`, secret: 'x'.repeat(16) }] },
        ],
      }),
    );
    queue.run('k-ntfy', 'ntfy', `https://ntfy.sh/${topic}`);
    queue.run('k-hook', 'webhook', hook);
    queue.run('k-mail', 'email', 'ann@example.org');
    old.db
      .prepare(
        "INSERT INTO channel_reach (contact_name, channel_type, channel_target, state, at) VALUES ('Ann', 'ntfy', ?, 'working', 5)",
      )
      .run(`https://ntfy.sh/${topic}`);
    old.db
      .prepare(
        "INSERT INTO answer_codes (code_hash, purpose, contact_name, channel_target, created_at, expires_at) VALUES ('h1', 'arrived', 'Ann', ?, 0, 99)",
      )
      .run(`https://ntfy.sh/${topic}`);
    old.db.close();

    const store = openStore(path, options);
    expect(store.schema).toBe(90);
    const push = channelTarget({ type: 'ntfy', topic });
    const webhook = channelTarget({ type: 'webhook', url: `${hook}?key=abc`, secret: 'x'.repeat(16) });
    expect(push).toMatch(/^https:\/\/ntfy\.sh\/•••[0-9a-f]{4}$/);
    expect(webhook).toMatch(/^https:\/\/home\.example\.org\/•••[0-9a-f]{4}$/);
    // Two webhooks that differ only by their query are two channels.
    expect(channelTarget({ type: 'webhook', url: `${hook}?key=xyz`, secret: 'x'.repeat(16) })).not.toBe(
      webhook,
    );
    const targets = Object.fromEntries(
      createOutboxRepository(store.db)
        .list(10)
        .map((d) => [d.idempotencyKey, d.channelTarget]),
    );
    expect(targets).toEqual({ 'k-ntfy': push, 'k-hook': webhook, 'k-mail': 'ann@example.org' });
    expect(
      createReachRepository(store.db).get({ contactName: 'Ann', channelType: 'ntfy', channelTarget: push }),
    ).toMatchObject({ state: 'working' });
    expect(store.db.prepare('SELECT channel_target AS t FROM answer_codes').get()).toEqual({ t: push });
    // Nothing of the topic or the webhook's path is left in the file.
    const text = JSON.stringify(store.db.prepare('SELECT * FROM outbox').all());
    expect(text).not.toMatch(/Xq7mW2|T0kEn/);
    store.db.close();
  });
});
