import { Injectable } from '@nestjs/common';
import type { Betrokkene as AuditBetrokkene } from '@schakel/audit';
import {
  IDENTITEITSVELDEN,
  PersonenService,
  valideerIdentiteit,
  type Identiteit,
  type PersonenBundel,
} from '@schakel/personen';
import { InvalidInputException } from '@schakel/platform';
import type { EntityManager } from 'typeorm';
import { kluisContext } from './zorgmelding-inhoud.js';
import { ZorgmeldingRepository, type Link, type Melding } from './zorgmelding.repository.js';
import type { Betrokkene } from './zorgmelding.js';

/** Data categories (as in the register) of a read or write of the content, and of a step. */
export const CATEGORIEEN_INHOUD = [
  'identificatie',
  'woonsituatie',
  'gezin en jeugd',
  'gezondheid',
  'justitiële gegevens',
];
export const CATEGORIEEN_STAP = ['identificatie'];
export const CATEGORIEEN_TERUGKOPPELING = ['status en uitkomst'];

/**
 * A report's persons through PersonenService (ADR 0013/0016): loaded once per step as a
 * bundle; a concept edit changes the persons in place. Position i keeps its person while
 * its BSN stays the same (or it has none): changed fields go through `wijzig`, an unchanged
 * person is not written at all; a new position or another BSN registers (deduplicated by
 * BSN); a person the report no longer names is deleted when nobody else can link it.
 */
@Injectable()
export class ZorgmeldingBetrokkenen {
  constructor(
    private readonly personen: PersonenService,
    private readonly repository: ZorgmeldingRepository,
  ) {}

  /** The report's persons, in one query. */
  laad(m: EntityManager, melding: Melding): Promise<PersonenBundel> {
    return this.personen.laad(m, persoonIds(melding.links));
  }

  /**
   * Makes the report's persons what `betrokkenen` says, updating `melding.links`. Answers the
   * bundle of the persons now linked (the one given when no person was added).
   */
  async bewaar(
    m: EntityManager,
    melding: Melding,
    bundel: PersonenBundel,
    betrokkenen: Betrokkene[],
  ): Promise<PersonenBundel> {
    const context = kluisContext(melding.id);
    const oud = melding.links;
    const nieuw: Link[] = [];
    const teVerzegelen: { link: Link; identiteit: Identiteit }[] = [];
    let geregistreerd = false;
    let veranderd = oud.length !== betrokkenen.length;
    for (const [i, b] of betrokkenen.entries()) {
      const rol = b.rol ?? 'onbekend';
      const ruw = naarIdentiteit(b);
      const vorige = oud[i];
      if (Object.keys(ruw).length === 0) {
        nieuw.push({ volgnummer: i, rol, persoonId: null, vastgelegd: null });
        veranderd ||= vorige?.persoonId !== null || vorige.rol !== rol;
        continue;
      }
      const identiteit = velden(ruw, i);
      const pid = vorige?.persoonId;
      const gelezen =
        pid && vorige.vastgelegd && !bundel.vernietigd(pid)
          ? bundel.leesVastgelegd(pid, context, vorige.vastgelegd, IDENTITEITSVELDEN)
          : null;
      if (pid && gelezen?.status === 'beschikbaar') {
        const was: Identiteit = gelezen.gegevens;
        if ((was.bsn ?? null) === (identiteit.bsn ?? null)) {
          if (gelijk(was, identiteit)) {
            nieuw.push({ ...vorige, volgnummer: i, rol });
            veranderd ||= vorige.rol !== rol;
            continue;
          }
          const { bsn: _bsn, ...zonderBsn } = identiteit;
          const wijzigingen: Identiteit = { ...zonderBsn };
          for (const veld of IDENTITEITSVELDEN) {
            if (veld !== 'bsn' && was[veld] !== undefined && identiteit[veld] === undefined) {
              wijzigingen[veld] = null;
            }
          }
          await metVeldnamen(i, () => this.personen.wijzig(m, pid, wijzigingen));
          const link = { volgnummer: i, rol, persoonId: pid, vastgelegd: null };
          nieuw.push(link);
          teVerzegelen.push({ link, identiteit });
          veranderd = true;
          continue;
        }
      }
      const { id } = await metVeldnamen(i, () => this.personen.registreer(m, identiteit));
      geregistreerd = true;
      const link = { volgnummer: i, rol, persoonId: id, vastgelegd: null };
      nieuw.push(link);
      teVerzegelen.push({ link, identiteit });
      veranderd = true;
    }
    const huidig = geregistreerd ? await this.personen.laad(m, persoonIds(nieuw)) : bundel;
    // What this report recorded, not what others recorded for a known BSN.
    for (const { link, identiteit } of teVerzegelen) {
      link.vastgelegd = link.persoonId ? huidig.legVast(link.persoonId, context, identiteit) : null;
    }
    if (veranderd) await this.repository.vervangLinks(m, melding.id, nieuw);
    const blijft = new Set(persoonIds(nieuw));
    const weg = persoonIds(oud).filter((p) => !blijft.has(p));
    if (weg.length > 0) {
      const elders = await this.repository.eldersGekoppeld(m, melding.id, weg);
      await this.personen.verwijderOngebruikt(
        m,
        weg.filter((p) => !elders.has(p)),
      );
    }
    melding.links = nieuw;
    return huidig;
  }

  /** The persons as data subjects of the processing log (by pseudonym, never the BSN). */
  audit(bundel: PersonenBundel, melding: Melding, categorieen: string[]): AuditBetrokkene[] {
    return persoonIds(melding.links).map((id) => bundel.betrokkene(id, categorieen));
  }

  /** The betrokkenen as the schema describes them: what this report recorded of each. */
  weergave(bundel: PersonenBundel, melding: Melding): Record<string, unknown>[] {
    const context = kluisContext(melding.id);
    return melding.links.map((l) => {
      // A concept's person without a role yet is stored as 'onbekend': not a role of the schema.
      if (!l.persoonId) return l.rol === 'onbekend' ? {} : { rol: l.rol };
      if (bundel.vernietigd(l.persoonId)) return { rol: l.rol, vernietigd: true };
      const p = l.vastgelegd
        ? bundel.leesVastgelegd(l.persoonId, context, l.vastgelegd, IDENTITEITSVELDEN)
        : bundel.leesVelden(l.persoonId, IDENTITEITSVELDEN);
      if (p.status === 'vernietigd') return { rol: l.rol, vernietigd: true };
      const b = vanIdentiteit(l.rol, p.gegevens);
      if (l.rol === 'onbekend') delete b.rol;
      return b;
    });
  }
}

/** The distinct persons of a report's links. */
export function persoonIds(links: readonly Link[]): string[] {
  return [...new Set(links.flatMap((l) => (l.persoonId ? [l.persoonId] : [])))];
}

/** The identity as PersonenService stores it (normalised), with errors on the schema's paths. */
function velden(identiteit: Identiteit, i: number): Identiteit {
  try {
    const v = valideerIdentiteit(identiteit, { geheel: true });
    return Object.fromEntries(Object.entries(v).filter(([, w]) => typeof w === 'string'));
  } catch (err) {
    if (err instanceof InvalidInputException) throw hernoemVelden(err, i);
    throw err;
  }
}

async function metVeldnamen<T>(i: number, werk: () => Promise<T>): Promise<T> {
  try {
    return await werk();
  } catch (err) {
    if (err instanceof InvalidInputException) throw hernoemVelden(err, i);
    throw err;
  }
}

function gelijk(a: Identiteit, b: Identiteit): boolean {
  return IDENTITEITSVELDEN.every((v) => (a[v] ?? null) === (b[v] ?? null));
}

/** Maps a betrokkene of the schema to the person's identity in PersonenService. */
function naarIdentiteit(b: Betrokkene): Identiteit {
  const i = b.identiteit ?? {};
  const a = b.adres ?? {};
  // One text as PersonenService keeps it: 12, 12A, 12-3, 12A-3 (letter attached, addition after -).
  const huisnummer =
    a.huisnummer === undefined
      ? undefined
      : `${String(a.huisnummer)}${a.huisletter ?? ''}${
          a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''
        }`;
  const v: Identiteit = {
    bsn: i.bsn,
    voornamen: i.voornamen,
    voorvoegsel: i.voorvoegsel,
    achternaam: i.geslachtsnaam,
    geboortedatum: i.geboortedatum,
    straat: a.straat,
    huisnummer,
    postcode: a.postcode,
    woonplaats: a.woonplaats,
    gemeenteCode: a.gemeentecode,
  };
  return Object.fromEntries(Object.entries(v).filter(([, w]) => w !== undefined));
}

/**
 * The stored house number back into the schema's fields (12A-3: number 12, letter A, addition
 * 3), so a concept read back can be saved again as it is; a text that does not parse stays text.
 */
export function huisnummerDelen(tekst: string | undefined): {
  huisnummer?: number | string;
  huisletter?: string;
  huisnummertoevoeging?: string;
} {
  if (tekst === undefined) return {};
  const m = /^(\d{1,5})([A-Za-z])?(?:[ -]([A-Za-z0-9]{1,4}))?$/.exec(tekst);
  if (!m) return { huisnummer: tekst };
  return {
    huisnummer: Number(m[1]),
    ...(m[2] ? { huisletter: m[2].toUpperCase() } : {}),
    ...(m[3] ? { huisnummertoevoeging: m[3] } : {}),
  };
}

function vanIdentiteit(rol: string, g: Partial<Record<string, string>>): Record<string, unknown> {
  const schoon = (o: Record<string, string | number | undefined>) =>
    Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
  const identiteit = schoon({
    bsn: g.bsn,
    voornamen: g.voornamen,
    voorvoegsel: g.voorvoegsel,
    geslachtsnaam: g.achternaam,
    geboortedatum: g.geboortedatum,
  });
  const nummer = huisnummerDelen(g.huisnummer);
  const adres = schoon({
    straat: g.straat,
    ...nummer,
    postcode: g.postcode,
    woonplaats: g.woonplaats,
    gemeentecode: g.gemeenteCode,
  });
  return {
    rol,
    ...(Object.keys(identiteit).length ? { identiteit } : {}),
    ...(Object.keys(adres).length ? { adres } : {}),
  };
}

/** PersonenService's field names back to the schema's paths of betrokkene `i`. */
function hernoemVelden(err: InvalidInputException, i: number): InvalidInputException {
  const pad: Record<string, string> = {
    bsn: 'identiteit.bsn',
    voornamen: 'identiteit.voornamen',
    voorvoegsel: 'identiteit.voorvoegsel',
    achternaam: 'identiteit.geslachtsnaam',
    geboortedatum: 'identiteit.geboortedatum',
    straat: 'adres.straat',
    huisnummer: 'adres.huisnummer',
    postcode: 'adres.postcode',
    woonplaats: 'adres.woonplaats',
    gemeenteCode: 'adres.gemeentecode',
    identiteit: 'identiteit',
  };
  return new InvalidInputException(
    err.fields.map((f) => ({
      field: `betrokkenen[${String(i)}].${pad[f.field] ?? 'identiteit'}`,
      constraints: f.constraints,
    })),
  );
}
