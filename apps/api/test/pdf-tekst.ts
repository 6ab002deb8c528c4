/** The text of an uncompressed pdfkit PDF: the hex strings of its TJ arrays, per line. */
export function pdfTekst(pdf: Buffer): string {
  const bron = pdf.toString('latin1');
  return [...bron.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((m) =>
      [...(m[1] ?? '').matchAll(/<([0-9a-fA-F]*)>/g)]
        .map((h) => Buffer.from(h[1] ?? '', 'hex').toString('latin1'))
        .join(''),
    )
    .join(' ')
    .replace(/[^\x20-\x7e\u00c0-\u00ff]/g, ' ')
    .replace(/\s+/g, ' ');
}
