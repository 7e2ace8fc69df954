import { useEffect, useId, useMemo, useState } from 'react';
import type { KnownTool } from '../../../shared/ipc/contract';
import type { Settings } from '../../../shared/settings/settings-schema';
import { useAppStore } from '../state/app-store';
import { useTranslation } from '../state/use-translation';

type Allowed = NonNullable<Settings['allowedTools']>[number];
const shown = 8;
/** The tools families really use come first in the search. */
const classOrder: Readonly<Record<KnownTool['abuse'], number>> = {
  'commonly-abused': 0,
  'built-in': 1,
  'enterprise-rmm': 2,
  'remote-utility': 3,
};

/**
 * The remote tools the family itself uses to help (their own TeamViewer, say): picked from
 * Hold On's catalog, each allowed always or only during a trusted help session.
 */
export function AllowedToolsPicker(props: {
  readonly value: readonly Allowed[];
  readonly onChange: (next: Allowed[]) => void;
}) {
  const { t } = useTranslation();
  const core = useAppStore((s) => s.core);
  const searchId = useId();
  const [tools, setTools] = useState<readonly KnownTool[]>([]);
  const [query, setQuery] = useState('');
  useEffect(() => {
    void core.knownTools().then((r) => {
      if (r.ok) setTools(r.value);
    });
  }, [core]);
  const byId = useMemo(() => new Map(tools.map((tool) => [tool.id, tool])), [tools]);
  const matches = useMemo(() => {
    const q = query.trim().toLowerCase();
    if (q === '') return [];
    return tools
      .filter((tool) => tool.name.toLowerCase().includes(q) || tool.id.includes(q))
      .filter((tool) => !props.value.some((a) => a.toolId === tool.id))
      .sort((a, b) => classOrder[a.abuse] - classOrder[b.abuse] || a.name.localeCompare(b.name))
      .slice(0, shown);
  }, [query, tools, props.value]);

  return (
    <div className="tools-picker">
      {props.value.length === 0 ? <p className="note">{t('caregiver.tools.none')}</p> : null}
      <ul className="plain-list">
        {props.value.map((entry, i) => {
          const name = byId.get(entry.toolId)?.name ?? entry.toolId;
          return (
            <li key={entry.toolId} className="card tool-row">
              <strong>{name}</strong>
              <div className="field">
                <label htmlFor={`${searchId}-mode-${i}`}>{t('caregiver.tools.when', { name })}</label>
                <select
                  id={`${searchId}-mode-${i}`}
                  value={entry.mode}
                  onChange={(e) =>
                    props.onChange(
                      props.value.map((a, n) =>
                        n === i
                          ? { ...a, mode: e.target.value === 'always' ? 'always' : 'trusted-session' }
                          : a,
                      ),
                    )
                  }
                >
                  <option value="trusted-session">{t('caregiver.tools.mode.trusted-session')}</option>
                  <option value="always">{t('caregiver.tools.mode.always')}</option>
                </select>
              </div>
              <button
                type="button"
                className="button button-quiet"
                onClick={() => props.onChange(props.value.filter((_, n) => n !== i))}
              >
                {t('caregiver.tools.remove', { name })}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="field">
        <label htmlFor={searchId}>{t('caregiver.tools.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {query.trim() !== '' && matches.length === 0 ? (
        <p className="note">{t('caregiver.tools.noMatch')}</p>
      ) : null}
      <ul className="plain-list" aria-label={t('caregiver.tools.matches')}>
        {matches.map((tool) => (
          <li key={tool.id}>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                props.onChange([...props.value, { toolId: tool.id, mode: 'trusted-session' }]);
                setQuery('');
              }}
            >
              {t('caregiver.tools.add', { name: tool.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
