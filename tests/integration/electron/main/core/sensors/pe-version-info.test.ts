import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWhere } from '../../../../../support/describe-where';
import {
  createCachedFileDetailsReader,
  withFileDetails,
} from '../../../../../../electron/main/core/sensors/file-details-source';
import {
  PeFormatError,
  readPeFileDetails,
} from '../../../../../../electron/main/core/sensors/pe-version-info';
import { FakeProcessSource } from '../../../../../fakes/fake-process-source';
import { buildWindowsFixtures, mingwMissing } from '../../../../../fakes/windows-fixtures';

const missing = mingwMissing();

describeWhere(missing, 'reading a Windows executable’s version resource (real PE files, mingw-w64)', () => {
  let fixtures = '';
  let scratch = '';
  beforeAll(() => {
    fixtures = buildWindowsFixtures();
    scratch = mkdtempSync(join(tmpdir(), 'holdon-pe-'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('reads what a renamed AnyDesk says about itself', async () => {
    expect(await readPeFileDetails(join(fixtures, 'notepad2.exe'))).toEqual({
      companyName: 'AnyDesk Software GmbH',
      productName: 'AnyDesk',
      fileDescription: 'AnyDesk',
      originalFilename: 'AnyDesk.exe',
    });
  });

  it('takes the string table the file names (German, with umlauts), and says nothing when there is none', async () => {
    expect(await readPeFileDetails(join(fixtures, 'holdon-german.exe'))).toEqual({
      companyName: 'Gärtnerei Müller GmbH',
      productName: 'Pflanzenkalender Ü',
      fileDescription: 'Pflanzenkalender für Kunden',
      originalFilename: 'Pflanzen.exe',
    });
    expect(await readPeFileDetails(join(fixtures, 'holdon-sleeper.exe'))).toBeNull();
  });

  it('refuses a file that is not a Windows executable, and the cached reader then says nothing', async () => {
    await expect(readPeFileDetails('/bin/sh')).rejects.toBeInstanceOf(PeFormatError);
    const read = createCachedFileDetailsReader();
    expect(await read('/bin/sh')).toBeNull();
    expect(await read(join(scratch, 'no-such-file.exe'))).toBeNull();
  });

  it('never fails in any other way on damaged files (300 altered and cut copies)', async () => {
    const original = readFileSync(join(fixtures, 'notepad2.exe'));
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const outcomes = { details: 0, none: 0, refused: 0 };
    for (let i = 0; i < 300; i += 1) {
      const bytes = Buffer.from(original);
      for (let flips = 0; flips < 8; flips += 1) bytes[random(bytes.length)] = random(256);
      const damaged = i % 5 === 0 ? bytes.subarray(0, random(bytes.length)) : bytes;
      const file = join(scratch, `damaged-${i}.exe`);
      writeFileSync(file, damaged);
      try {
        const details = await readPeFileDetails(file);
        outcomes[details ? 'details' : 'none'] += 1;
      } catch (error) {
        expect(error).toBeInstanceOf(PeFormatError);
        outcomes.refused += 1;
      }
    }
    expect(outcomes.details + outcomes.none + outcomes.refused).toBe(300);
  });

  it('reads each executable once, and again when the file is replaced', async () => {
    let reads = 0;
    const read = createCachedFileDetailsReader(async (path) => {
      reads += 1;
      return readPeFileDetails(path);
    });
    const file = join(scratch, 'helper.exe');
    copyFileSync(join(fixtures, 'holdon-german.exe'), file);
    expect((await read(file))?.companyName).toBe('Gärtnerei Müller GmbH');
    expect((await read(file))?.companyName).toBe('Gärtnerei Müller GmbH');
    expect(reads).toBe(1);
    // AnyDesk copied over the harmless file: a different size, so it is read again.
    copyFileSync(join(fixtures, 'notepad2.exe'), file);
    expect((await read(file))?.companyName).toBe('AnyDesk Software GmbH');
    expect(reads).toBe(2);
  });

  it('gives new processes their file details, only when wanted, and keeps them for processes seen before', async () => {
    const inner = new FakeProcessSource();
    inner.start(10, 'notepad2.exe', { path: join(fixtures, 'notepad2.exe') });
    inner.start(11, 'holdon-german.exe', { path: join(fixtures, 'holdon-german.exe') });
    const source = withFileDetails(inner, {
      wanted: (p) => p.name === 'notepad2.exe',
      read: createCachedFileDetailsReader(),
    });
    const first = await source.snapshot(new Map());
    expect(first.find((p) => p.pid === 10)?.file?.companyName).toBe('AnyDesk Software GmbH');
    expect(first.find((p) => p.pid === 11)?.file).toBeUndefined();
  });
});
