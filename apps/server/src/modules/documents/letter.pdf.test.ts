import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderLetterPdf } from './letter.pdf.js';
import { srgbIccProfile } from '../../shared/pdf/pdf-a.js';

const hasTransicc = spawnSync('transicc', ['-h'], { stdio: 'ignore' }).error === undefined;

const frame = {
  header: ['Urząd Miejski w Przykładowie'],
  placeAndDate: 'Przykładowo, 22 listopada 2026 r.',
  caseSign: 'GK.6100.1.2026',
  addressee: ['Jan Nowak'],
  closing: 'Z poważaniem',
  signature: ['Sekretarz Miasta'],
  logoFileId: null,
};

describe('letters as PDF/A-2b', () => {
  test('a letter carries the PDF/A-2b identification, an sRGB output intent and a file identifier', async () => {
    const pdf = Buffer.from(
      await renderLetterPdf({
        title: 'Odpowiedź',
        frame,
        body: 'Treść',
        at: new Date('2026-11-22T10:00:00Z'),
      }),
    ).toString('latin1');
    expect(pdf.startsWith('%PDF-1.7\n%')).toBe(true);
    expect(pdf).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pdf).toContain('<pdfaid:conformance>B</pdfaid:conformance>');
    expect(pdf).toContain('<xmp:CreateDate>2026-11-22T10:00:00Z</xmp:CreateDate>');
    expect(pdf).toMatch(/\/S \/GTS_PDFA1/);
    expect(pdf).toMatch(/\/OutputIntents \[/);
    expect(pdf).toMatch(/\/ID \[ <[0-9A-F]{32}> <[0-9A-F]{32}> \]/i);
    expect(pdf).toMatch(/\/FontFile2/); // the font is embedded
  });

  test('the sRGB profile is a well-formed ICC v2 display profile', () => {
    const icc = srgbIccProfile();
    expect(icc.readUInt32BE(0)).toBe(icc.length);
    expect(icc.toString('latin1', 12, 24)).toBe('mntrRGB XYZ ');
    expect(icc.toString('latin1', 36, 40)).toBe('acsp');
    const tags = icc.readUInt32BE(128);
    const names = Array.from({ length: tags }, (_, i) => icc.toString('latin1', 132 + i * 12, 136 + i * 12));
    expect(names).toEqual(['desc', 'cprt', 'wtpt', 'rXYZ', 'gXYZ', 'bXYZ', 'rTRC', 'gTRC', 'bTRC']);
  });

  test.skipIf(!hasTransicc)(
    'the sRGB profile converts colours as LittleCMS’s own sRGB does (transicc from liblcms2-utils; skipped without it)',
    () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'obieg-icc-'));
      const file = path.join(dir, 'srgb.icc');
      writeFileSync(file, srgbIccProfile());
      const lab = (profile: string) =>
        execFileSync('transicc', ['-i', profile, '-o', '*Lab', '-n'], {
          input: '255 0 0\n128 128 128\n0 0 255\n',
        })
          .toString()
          .trim()
          .split(/\s+/)
          .slice(-9)
          .map(Number);
      const ours = lab(file);
      const reference = lab('*sRGB');
      ours.forEach((value, i) => expect(Math.abs(value - (reference[i] ?? NaN))).toBeLessThan(0.2));
    },
  );
});
