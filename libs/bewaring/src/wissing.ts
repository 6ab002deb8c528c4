import { Injectable } from '@nestjs/common';
import { THEMAS } from '@schakel/casussen';
import type { EntityManager } from 'typeorm';
import type { Objectsoort } from './bewaring.entity.js';
import { BewaringRepository, type Termijn } from './bewaring.repository.js';
import { Klok } from './klok.js';
import { Vernietiger } from './vernietiging.js';

/** Why a record of the person is kept despite a granted erasure (AVG art. 17 lid 3). */
export type Bewaargrond =
  'politiegegevens' | 'veilig-thuis' | 'bewaarplicht' | 'andere-betrokkenen' | 'geen-termijn';

/** The grounds in words, for the FG, the answer to the person and the screens. */
export const BEWAARGRONDEN: Readonly<Record<Bewaargrond, string>> = {
  politiegegevens:
    'Politiegegevens vallen onder de Wet politiegegevens: het recht op wissing van de AVG geldt daar niet (AVG art. 2 lid 2 sub d); de politie beslist onder de Wpg.',
  'veilig-thuis':
    'Dossier van Veilig Thuis met een wettelijke bewaartermijn (Wmo 2015; ten minste 15 jaar na afsluiting, AVG art. 17 lid 3 sub b). Vernietigen op verzoek beslist Veilig Thuis zelf (Verzoeken tot vernietiging).',
  bewaarplicht:
    'Er staat een bewaarplicht op het dossier (een wettelijke plicht of een lopende procedure, AVG art. 17 lid 3 sub b en e); het blijft tot die is opgeheven.',
  'geen-termijn':
    'Voor deze soort dossier staat geen bewaartermijn in het verwerkingsregister; zonder termijn en besluit wordt niets vernietigd.',
  'andere-betrokkenen':
    'Het dossier gaat ook over andere personen; vernietigen zou hun gegevens treffen. Het blijft tot zijn bewaartermijn verstrijkt; beperk zolang de verwerking (AVG art. 18).',
};

/** One record of the person in the organisation's care, and what the erasure does with it. */
export interface WissingRegel {
  soort: Objectsoort;
  referentie: string;
  /** `null`: on the destruction list; else why it is kept. */
  grond: Bewaargrond | null;
}

/** The outcome of preparing an erasure: the list (if anything can go) and every record. */
export interface WissingVoorstel {
  lijst: { id: string; nummer: string } | null;
  dossiers: WissingRegel[];
}

/**
 * A granted erasure (AVG art. 17, ADR 0035) through the one destruction mechanism (ADR 0027):
 * of the person's records that the organisation owns, those that no legal duty keeps go on a
 * destruction list of kind `wissing`, which the own FG approves and a second person confirms,
 * with its certificate; the others are kept, each with its ground (reports are never erased
 * here: the police's under the Wpg, VT's file by VT's own decision on a request). Records of
 * other organisations are theirs to decide.
 */
@Injectable()
export class Wissing {
  constructor(
    private readonly repo: BewaringRepository,
    private readonly vernietiger: Vernietiger,
    private readonly klok: Klok,
  ) {}

  async bereidVoor(
    m: EntityManager,
    opdracht: { persoonId: string; organisatie: string; verzoekId: string; door: string },
  ): Promise<WissingVoorstel> {
    const peildatum = this.klok.vandaag();
    const termijnen = await this.repo.termijnen(m, peildatum);
    const dossiers: WissingRegel[] = [];
    const weg: { id: string; referentie: string; termijn: Termijn; vanaf: string }[] = [];

    // Reports the organisation wrote (police data, Wpg) or received (VT's file): both keep them.
    const meldingen = await m.query<{ id: string; kenmerk: string | null; vt: string | null }[]>(
      `SELECT DISTINCT z.id, z.kenmerk, z.vt_organisatie AS vt FROM zorgmelding z
         JOIN zorgmelding_betrokkene b ON b.zorgmelding_id = z.id
        WHERE b.persoon_id = $1 AND (z.opsteller_organisatie = $2 OR z.vt_organisatie = $2)
          AND z.status <> 'concept'
        ORDER BY z.kenmerk`,
      [opdracht.persoonId, opdracht.organisatie],
    );
    for (const z of meldingen) {
      dossiers.push({
        soort: 'zorgmelding',
        referentie: z.kenmerk ?? 'zorgmelding zonder kenmerk',
        grond: z.vt === opdracht.organisatie ? 'veilig-thuis' : 'politiegegevens',
      });
    }

    const casussen = await m.query<
      { id: string; nummer: string; thema_id: string; vanaf: string }[]
    >(
      `SELECT DISTINCT c.id, c.nummer, c.thema_id,
              (c.aangemaakt_op AT TIME ZONE 'Europe/Amsterdam')::date::text AS vanaf
         FROM casus c
        WHERE coalesce(c.regie_organisatie, c.sleutelpartner) = $2
          AND (EXISTS (SELECT 1 FROM casus_betrokkene b WHERE b.casus_id = c.id AND b.persoon_id = $1)
               OR EXISTS (SELECT 1 FROM uitwisseling u WHERE u.casus_id = c.id AND $1::uuid = ANY(u.betrokkenen)))
        ORDER BY c.nummer`,
      [opdracht.persoonId, opdracht.organisatie],
    );
    for (const c of casussen) {
      const personen = (await this.repo.personenVan(m, 'casus', c.id, false)) ?? [];
      const activiteit = THEMAS.find((t) => t.id === c.thema_id)?.activiteit;
      const termijn = activiteit ? termijnen.get(activiteit) : undefined;
      let grond: Bewaargrond | null = null;
      if ((await this.repo.blokkade(m, 'casus', c.id, peildatum)) === 'bewaarplicht') {
        grond = 'bewaarplicht';
      } else if (personen.some((p) => p !== opdracht.persoonId)) {
        grond = 'andere-betrokkenen';
      } else if (!termijn) {
        grond = 'geen-termijn';
      }
      dossiers.push({ soort: 'casus', referentie: c.nummer, grond });
      if (grond === null && termijn) {
        weg.push({ id: c.id, referentie: c.nummer, termijn, vanaf: c.vanaf });
      }
    }

    if (weg.length === 0) return { lijst: null, dossiers };
    const nu = this.klok.nu();
    const lijst = await this.vernietiger.maakLijst(
      m,
      opdracht.organisatie,
      'wissing',
      peildatum,
      nu,
      opdracht.door,
    );
    await m.query('UPDATE vernietigingslijst SET rechtenverzoek_id = $2 WHERE id = $1', [
      lijst.id,
      opdracht.verzoekId,
    ]);
    const personen = await this.repo.personenPerDossier(
      m,
      weg.map((w) => w.id),
    );
    for (const w of weg) {
      await this.vernietiger.voegToe(
        m,
        lijst.id,
        {
          objectSoort: 'casus',
          objectId: w.id,
          referentie: w.referentie,
          organisatie: opdracht.organisatie,
          termijn: w.termijn,
          vanaf: w.vanaf,
          bewaarTot: peildatum,
        },
        personen.get(w.id)?.length ?? 0,
      );
    }
    return { lijst: { id: lijst.id, nummer: lijst.nummer }, dossiers };
  }
}
