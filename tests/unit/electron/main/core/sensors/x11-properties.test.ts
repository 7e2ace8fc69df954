import { describe, expect, it } from 'vitest';
import {
  parsePropertyLine,
  parseXwininfo,
  unquote,
  windowIdText,
} from '../../../../../../electron/main/core/sensors/x11-properties';

describe('reading xprop and xwininfo output', () => {
  it('reads titles, with quotes, backslashes and UTF-8 given as octal bytes', () => {
    expect(parsePropertyLine('_NET_WM_NAME(UTF8_STRING) = "Security Warning - Chromium"')).toEqual({
      name: '_NET_WM_NAME',
      value: { kind: 'strings', values: ['Security Warning - Chromium'] },
    });
    expect(parsePropertyLine('WM_NAME(STRING) = "say \\"hi\\" \\\\ now"')?.value).toEqual({
      kind: 'strings',
      values: ['say "hi" \\ now'],
    });
    expect(unquote('Se\\303\\261al de alerta')).toBe('Señal de alerta');
    expect(parsePropertyLine('WM_CLASS(STRING) = "chromium", "Chromium"')?.value).toEqual({
      kind: 'strings',
      values: ['chromium', 'Chromium'],
    });
  });

  it('reads numbers, window lists and states', () => {
    expect(parsePropertyLine('_NET_WM_PID(CARDINAL) = 7248')?.value).toEqual({
      kind: 'numbers',
      values: [7248],
    });
    expect(parsePropertyLine('_NET_CLIENT_LIST(WINDOW): window id # 0x400003, 0x600001')?.value).toEqual({
      kind: 'numbers',
      values: [0x400003, 0x600001],
    });
    expect(parsePropertyLine('_NET_FRAME_EXTENTS(CARDINAL) = 1, 1, 22, 1')?.value).toEqual({
      kind: 'numbers',
      values: [1, 1, 22, 1],
    });
    expect(
      parsePropertyLine('_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED')?.value,
    ).toEqual({ kind: 'atoms', values: ['_NET_WM_STATE_FULLSCREEN', '_NET_WM_STATE_FOCUSED'] });
    expect(parsePropertyLine('_NET_WM_STATE(ATOM) = ')?.value).toEqual({ kind: 'atoms', values: [] });
    expect(parsePropertyLine('_NET_WM_STATE:  not found.')?.value).toEqual({ kind: 'missing' });
    expect(parsePropertyLine('garbage')).toBeNull();
  });

  it('reads absolute geometry from xwininfo', () => {
    const text = [
      'xwininfo: Window id: 0x400003 "Security Warning - Chromium"',
      '  Absolute upper-left X:  0',
      '  Absolute upper-left Y:  -4',
      '  Relative upper-left X:  0',
      '  Width: 1280',
      '  Height: 800',
    ].join('\n');
    expect(parseXwininfo(text)).toEqual({ x: 0, y: -4, width: 1280, height: 800 });
    expect(parseXwininfo('xwininfo: error: No such window')).toBeNull();
    expect(windowIdText(0x400003)).toBe('0x400003');
  });
});
