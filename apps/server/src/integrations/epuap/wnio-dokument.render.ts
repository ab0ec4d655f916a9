import type { ParsedWnioDokument, WnioAddress, WnioParty } from './wnio-dokument.js';

/**
 * A readable rendering of a parsed ePUAP form, stored as a document of the case (so personal
 * data is kept as written: this is the letter, not a log). Labels are Polish, for the clerks.
 */

type Section = { heading: string; lines: string[] };

function partyName(party: WnioParty): string {
  if (party.kind === 'institution') return party.name ?? '(instytucja bez nazwy)';
  return [party.givenNames, party.surname].filter(Boolean).join(' ') || '(osoba bez imienia i nazwiska)';
}

function addressLines(address: WnioAddress | undefined): string[] {
  if (!address) return [];
  const street = [address.street, [address.building, address.flat].filter(Boolean).join('/')]
    .filter(Boolean)
    .join(' ');
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  const post =
    address.postOffice && address.postOffice !== address.city ? `poczta ${address.postOffice}` : null;
  return [
    street,
    [town, post].filter(Boolean).join(', '),
    address.country && address.country !== 'PL' ? address.country : '',
  ].filter(Boolean);
}

function partyLines(party: WnioParty): string[] {
  const ids = [
    party.pesel ? `PESEL: ${party.pesel}` : null,
    party.nip ? `NIP: ${party.nip}` : null,
    party.regon ? `REGON: ${party.regon}` : null,
  ].filter(Boolean);
  const employee = party.employee
    ? [[party.employee.givenNames, party.employee.surname].filter(Boolean).join(' '), party.employee.function]
        .filter(Boolean)
        .join(', ')
    : '';
  return [
    partyName(party),
    ...(ids.length > 0 ? [ids.join('; ')] : []),
    ...addressLines(party.address),
    ...(party.email ? [`e-mail: ${party.email}`] : []),
    ...(party.phone ? [`tel.: ${party.phone}`] : []),
    ...(employee ? [`w imieniu: ${employee}`] : []),
  ];
}

const formatSize = (bytes: number) =>
  bytes < 1024
    ? `${bytes} B`
    : bytes < 1024 * 1024
      ? `${(bytes / 1024).toFixed(1)} kB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function sections(form: ParsedWnioDokument): Section[] {
  const dated = [form.documentDate, form.place].filter(Boolean).join(', ');
  const attachments = form.attachments.map((attachment, index) => {
    const where = attachment.bytes
      ? formatSize(attachment.bytes.length)
      : attachment.uri
        ? `w repozytorium ePUAP: ${attachment.uri}`
        : 'bez treści';
    const description = attachment.description ? ` — ${attachment.description}` : '';
    return `${index + 1}. ${attachment.fileName} (${attachment.mediaType}, ${where})${description}`;
  });
  return [
    {
      heading: '',
      lines: [
        form.title || '(bez tytułu)',
        ...(dated ? [`Data: ${dated}`] : []),
        ...(form.kind ? [`Rodzaj: ${form.kind}`] : []),
      ],
    },
    ...form.senders.map((party) => ({ heading: 'Nadawca', lines: partyLines(party) })),
    ...form.addressees.map((party) => ({ heading: 'Adresat', lines: partyLines(party) })),
    { heading: 'Treść', lines: form.paragraphs.length > 0 ? form.paragraphs : ['(brak treści)'] },
    ...(form.additionalParagraphs.length > 0
      ? [{ heading: 'Informacje dodatkowe', lines: form.additionalParagraphs }]
      : []),
    {
      heading: `Załączniki (${form.attachments.length})`,
      lines: attachments.length > 0 ? attachments : ['brak'],
    },
    {
      heading: 'Dane formularza',
      lines: [
        `Podpis elektroniczny: ${form.signed ? 'tak (weryfikacja osobno)' : 'nie'}`,
        ...(form.ePuapCid ? [`Identyfikator ePUAP (CID): ${form.ePuapCid}`] : []),
        `Wzór: ${form.formNamespace}${form.formId ? ` (${form.formId})` : ''}`,
      ],
    },
  ];
}

/** Plain text: title and date, senders and addressees with addresses, paragraphs, attachments. */
export function renderWnioDokumentText(form: ParsedWnioDokument): string {
  return `${sections(form)
    .map(({ heading, lines }) =>
      heading ? `${heading}:\n${lines.map((line) => `  ${line}`).join('\n')}` : lines.join('\n'),
    )
    .join('\n\n')}\n`;
}

const escapeHtml = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The same rendering as a standalone HTML page (all text escaped). */
export function renderWnioDokumentHtml(form: ParsedWnioDokument): string {
  const [head, ...rest] = sections(form);
  const body = rest
    .map(({ heading, lines }) => {
      const paragraphs = heading === 'Treść' || heading === 'Informacje dodatkowe';
      const content = paragraphs
        ? lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')
        : `<p>${lines.map(escapeHtml).join('<br>')}</p>`;
      return `<section><h2>${escapeHtml(heading)}</h2>${content}</section>`;
    })
    .join('');
  const [title = '', ...meta] = head?.lines ?? [];
  return (
    `<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>` +
    `<h1>${escapeHtml(title)}</h1>${meta.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}${body}</body></html>`
  );
}
