import {
  isChannel,
  requestSchemas,
  type Channel,
  type ParsedRequestOf,
  type RequestOf,
  type ResponseOf,
} from '../../../../shared/ipc/contract';
import { fail, ok, type Result } from '../../../../shared/ipc/result';
import { formatPath } from '../../../../shared/settings/settings-validation';
import type { Logger } from '../logging/logger';
import { ApiFailure } from '../../../../shared/ipc/api-failure';

export type Handlers = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/**
 * Calls one channel of the contract. Typed for callers that name the channel (the CLI, tests);
 * the transports pass on whatever arrived, and the dispatcher checks it.
 */
export interface Invoke {
  <C extends Channel>(channel: C, payload: RequestOf<C>): Promise<Result<ResponseOf<C>>>;
  (channel: unknown, payload: unknown): Promise<Result<unknown>>;
}

/**
 * The single entry point every transport calls: checks the channel, validates the request
 * with the contract's schema, runs the handler and turns every outcome into a Result.
 */
export function createDispatcher(handlers: Handlers, logger: Logger): Invoke {
  return async (channel: unknown, payload: unknown): Promise<Result<unknown>> => {
    if (!isChannel(channel)) {
      return fail({ code: 'unknown-channel', message: `unknown channel ${JSON.stringify(channel)}` });
    }
    const parsed = requestSchemas[channel].safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue ? formatPath(issue.path) : '';
      return fail({
        code: 'bad-request',
        message: `${channel}: ${field ? `${field}: ` : ''}${issue?.message ?? 'invalid request'}`,
        field,
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown) => unknown;
      return ok(await handler(parsed.data));
    } catch (error) {
      if (error instanceof ApiFailure) return fail(error.toError());
      logger.error('handler failed', { channel, error });
      return fail({
        code: 'internal',
        message: 'Hold On could not do that. The problem was written to the log.',
      });
    }
  };
}
