import { regelVan, termijnInWoorden, verklaringPdf } from './verklaring.js';
import type { LijstItemView, LijstView } from './dto/bewaring.dto.js';

describe('certificate of destruction', () => {
  it.each([
    ['P20Y', '20 jaar'],
    ['P18M', '18 maanden'],
    ['P1M', '1 maand'],
    ['P1Y6M', '1 jaar en 6 maanden'],
    ['P2W', '2 weken'],
    ['P10D', '10 dagen'],
    ['P1D', '1 dag'],
  ])('says %s as "%s"', (iso, woorden) => {
    expect(termijnInWoorden(iso)).toBe(woorden);
  });

  const item = (extra: Partial<LijstItemView>): LijstItemView => ({
    objectSoort: 'casus',
    objectId: '7d8f6c6e-4a8f-4b0e-9a55-6c1f9a0b2c3d',
    referentie: 'C-2026-0001',
    activiteitId: 'casus-verward-gedrag',
    activiteitNaam: 'Persoonsgerichte aanpak personen met verward gedrag',
    activiteitVersie: 1,
    bewaartermijn: 'P5Y',
    bewaartermijnVanaf: 'afsluiting',
    vanaf: '2026-12-07',
    bewaarTot: '2031-12-07',
    status: 'vernietigd',
    reden: null,
    personen: 2,
    ...extra,
  });

  it.each([
    [item({}), 'vernietigd, met 2 personen.'],
    [item({ personen: 0 }), '; vernietigd.'],
    [item({ status: 'uitgezonderd', reden: 'bewaarplicht' }), 'niet vernietigd (bewaarplicht).'],
    [item({ status: 'uitgezonderd', reden: 'verlenging' }), 'niet vernietigd (verlengd).'],
  ])('states each record with its term and outcome', (i, slot) => {
    const regel = regelVan(i);
    expect(regel).toContain('Casus C-2026-0001');
    expect(regel).toContain('bewaartermijn 5 jaar na afsluiting');
    expect(regel.endsWith(slot)).toBe(true);
  });

  it('is a PDF titled after its list', async () => {
    const lijst = {
      id: 'x',
      nummer: 'VL-2032-0001',
      organisatie: 'zvh-rotterdam-rijnmond',
      organisatieNaam: 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond',
      soort: 'termijn',
      status: 'vernietigd',
      peildatum: '2032-12-07',
      voorgesteldOp: '2032-12-07T01:30:00.000Z',
      goedgekeurdDoorNaam: 'Ingrid Kok',
      goedgekeurdOp: '2032-12-07T09:00:00.000Z',
      goedkeuringToelichting: null,
      bevestigdDoorNaam: 'Ruben Hendriks',
      bevestigdOp: '2032-12-07T10:00:00.000Z',
      bevestigingToelichting: null,
      vernietigdOp: '2032-12-07T10:00:01.000Z',
      magGoedkeuren: false,
      magBevestigen: false,
      aantallen: { zorgmeldingen: 0, casussen: 1, personen: 2, vernietigd: 1, uitgezonderd: 0 },
      items: [item({})],
    } satisfies LijstView;
    const pdf = await verklaringPdf(lijst);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/Title');
  });
});
