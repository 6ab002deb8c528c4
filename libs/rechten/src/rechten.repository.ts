import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { applyAccessFilter, RECTIFICATIEMELDING_KOLOMMEN, type AppAbility } from '@schakel/authz';
import type { WissingVoorstel } from '@schakel/bewaring';
import type { EntityManager } from 'typeorm';
import type { Verzoeksoort, Verzoekstatus } from './dto/rechten.dto.js';

/** A request row as the steps use it. */
export interface Verzoek {
  id: string;
  organisatieCode: string;
  soort: Verzoeksoort;
  persoonId: string | null;
  /** The audit pseudonym (keyed hash of the BSN): what the processing log names. */
  betrokkene: string;
  identiteitVastgesteld: boolean;
  identiteitWijze: string;
  ontvangenOp: string;
  termijnUiterlijk: string;
  verlengdTot: string | null;
  verlengingReden: string | null;
  status: Verzoekstatus;
  antwoord: string | null;
  afgehandeldOp: Date | null;
  geregistreerdDoor: string;
  geregistreerdOp: Date;
  /** What a granted erasure did (AVG art. 17): references and grounds only. */
  wissing: WissingVoorstel | null;
}

interface VerzoekRij {
  id: string;
  organisatie_code: string;
  soort: Verzoeksoort;
  persoon_id: string | null;
  betrokkene: string;
  identiteit_vastgesteld: boolean;
  identiteit_wijze: string;
  ontvangen_op: string;
  termijn_uiterlijk: string;
  verlengd_tot: string | null;
  verlenging_reden: string | null;
  status: Verzoekstatus;
  antwoord: string | null;
  afgehandeld_op: Date | null;
  geregistreerd_door: string;
  geregistreerd_op: Date;
  wissing: WissingVoorstel | null;
}

const KOLOMMEN = `id, organisatie_code, soort, persoon_id, betrokkene, identiteit_vastgesteld,
  identiteit_wijze, to_char(ontvangen_op, 'YYYY-MM-DD') AS ontvangen_op,
  to_char(termijn_uiterlijk, 'YYYY-MM-DD') AS termijn_uiterlijk,
  to_char(verlengd_tot, 'YYYY-MM-DD') AS verlengd_tot, verlenging_reden, status, antwoord,
  afgehandeld_op, geregistreerd_door, geregistreerd_op, wissing`;

const verzoek = (r: VerzoekRij): Verzoek => ({
  id: r.id,
  organisatieCode: r.organisatie_code,
  soort: r.soort,
  persoonId: r.persoon_id,
  betrokkene: r.betrokkene,
  identiteitVastgesteld: r.identiteit_vastgesteld,
  identiteitWijze: r.identiteit_wijze,
  ontvangenOp: r.ontvangen_op,
  termijnUiterlijk: r.termijn_uiterlijk,
  verlengdTot: r.verlengd_tot,
  verlengingReden: r.verlenging_reden,
  status: r.status,
  antwoord: r.antwoord,
  afgehandeldOp: r.afgehandeld_op,
  geregistreerdDoor: r.geregistreerd_door,
  geregistreerdOp: r.geregistreerd_op,
  wissing: r.wissing,
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A recipient of one of the organisation's own disclosures about a person. */
export interface Ontvanger {
  ontvanger: string;
  bron: 'uitwisseling' | 'bezorging';
  bronId: string;
  /** The disclosure in words: `casus <nummer>` or `zorgmelding <kenmerk>`. */
  referentie: string;
}

/** A rectification with its notices, as the rectifying FG sees them. */
export interface RectificatieRij {
  id: string;
  velden: string[];
  reden: string;
  uitgevoerd_op: Date;
  meldingen: {
    ontvanger: string;
    bron: 'uitwisseling' | 'bezorging';
    referentie: string;
    status: 'gemeld' | 'bevestigd';
    bevestigdOp: string | null;
    bevestigdDoorNaam: string | null;
  }[];
}

/** A notice as its recipient sees it: which fields, where, from whom; never a value. */
export interface MeldingVoorOntvanger {
  id: string;
  vanOrganisatie: string;
  ontvangerCode: string;
  bron: 'uitwisseling' | 'bezorging';
  referentie: string;
  status: 'gemeld' | 'bevestigd';
  gemeldOp: Date;
  bevestigdOp: Date | null;
  bevestigdDoorNaam: string | null;
  velden: string[];
}

/** A zorgmelding about the person, within an organisation's responsibility. */
export interface MeldingRij {
  id: string;
  soort: string | null;
  status: string;
  opsteller_organisatie: string;
  vt_organisatie: string | null;
  ingediend_op: Date | null;
  aangemaakt_op: Date;
  rol: string;
  vastgelegd: Buffer | null;
}

/** A casus about the person, within an organisation's responsibility. */
export interface CasusRij {
  id: string;
  nummer: string;
  thema_id: string;
  status: string;
  sleutelpartner: string;
  regie_organisatie: string | null;
  aangemaakt_op: Date;
  rol: string;
  vastgelegd: Buffer;
  informeren_besluit: string | null;
  informeren_reden: string | null;
}

export interface UitwisselingRij {
  id: string;
  casus_id: string;
  van_organisatie: string;
  ontvangers: string[];
  categorieen: string[];
  activiteit_id: string;
  activiteit_versie: number;
  geregistreerd_op: Date;
}

export interface BezorgingRij {
  id: string;
  object_id: string;
  ontvanger_code: string;
  aangemaakt_op: Date;
}

export interface VerwerkingRij {
  tijd: Date;
  activiteit_id: string | null;
  actie: string;
  organisatie_code: string;
  gegevenscategorieen: string[] | null;
}

/**
 * Every query of the rights desk: its own requests, rectifications and notices, and the read
 * models of the access report over the other contexts' tables (read-only, within the FG's
 * organisation's responsibility; ADR 0028).
 */
@Injectable()
export class RechtenRepository {
  async laad(m: EntityManager, id: string, lock: boolean): Promise<Verzoek | null> {
    if (!UUID.test(id)) return null;
    const rijen = await m.query<VerzoekRij[]>(
      `SELECT ${KOLOMMEN} FROM rechtenverzoek WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [id],
    );
    return rijen[0] ? verzoek(rijen[0]) : null;
  }

  /** The organisation's requests, open ones first by deadline, then the rest newest first. */
  async lijst(m: EntityManager, organisatieCode: string): Promise<Verzoek[]> {
    const rijen = await m.query<VerzoekRij[]>(
      `SELECT ${KOLOMMEN} FROM rechtenverzoek WHERE organisatie_code = $1
        ORDER BY (status IN ('afgehandeld', 'afgewezen')),
                 COALESCE(verlengd_tot, termijn_uiterlijk), geregistreerd_op DESC
        LIMIT 500`,
      [organisatieCode],
    );
    return rijen.map(verzoek);
  }

  async voegIn(
    m: EntityManager,
    v: Omit<Verzoek, 'geregistreerdOp' | 'afgehandeldOp'>,
  ): Promise<void> {
    await m.query(
      `INSERT INTO rechtenverzoek (id, organisatie_code, soort, persoon_id, betrokkene,
         identiteit_vastgesteld, identiteit_wijze, ontvangen_op, termijn_uiterlijk, status,
         geregistreerd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        v.id,
        v.organisatieCode,
        v.soort,
        v.persoonId,
        v.betrokkene,
        v.identiteitVastgesteld,
        v.identiteitWijze,
        v.ontvangenOp,
        v.termijnUiterlijk,
        v.status,
        v.geregistreerdDoor,
      ],
    );
  }

  async legWissingVast(m: EntityManager, id: string, wissing: WissingVoorstel): Promise<void> {
    await m.query(
      `UPDATE rechtenverzoek SET wissing = $2::jsonb,
         status = CASE WHEN status = 'ontvangen' THEN 'in-behandeling' ELSE status END,
         gewijzigd_op = now() WHERE id = $1`,
      [id, JSON.stringify(wissing)],
    );
  }

  /** The state of an erasure's destruction list: its status now. */
  async lijststatus(m: EntityManager, lijstId: string): Promise<string | null> {
    const [rij] = await m.query<{ status: string }[]>(
      'SELECT status FROM vernietigingslijst WHERE id = $1',
      [lijstId],
    );
    return rij?.status ?? null;
  }

  async verleng(m: EntityManager, id: string, tot: string, reden: string): Promise<void> {
    await m.query(
      `UPDATE rechtenverzoek SET verlengd_tot = $2, verlenging_reden = $3,
         status = CASE WHEN status = 'ontvangen' THEN 'in-behandeling' ELSE status END,
         gewijzigd_op = now() WHERE id = $1`,
      [id, tot, reden],
    );
  }

  async markeerInBehandeling(m: EntityManager, id: string): Promise<void> {
    await m.query(
      `UPDATE rechtenverzoek SET status = 'in-behandeling', gewijzigd_op = now()
        WHERE id = $1 AND status = 'ontvangen'`,
      [id],
    );
  }

  async rond(m: EntityManager, id: string, status: Verzoekstatus, antwoord: string): Promise<void> {
    await m.query(
      `UPDATE rechtenverzoek SET status = $2, antwoord = $3, afgehandeld_op = now(),
         gewijzigd_op = now() WHERE id = $1`,
      [id, status, antwoord],
    );
  }

  /** Writes the rectification and its notices (one per recipient and disclosure). */
  async rectificatie(
    m: EntityManager,
    r: {
      id: string;
      verzoekId: string;
      persoonId: string;
      velden: string[];
      reden: string;
      door: string;
      vanOrganisatie: string;
    },
    meldingen: Ontvanger[],
  ): Promise<{ id: string; ontvanger: string }[]> {
    await m.query(
      `INSERT INTO rectificatie (id, verzoek_id, persoon_id, velden, reden, uitgevoerd_door)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [r.id, r.verzoekId, r.persoonId, r.velden, r.reden, r.door],
    );
    const geschreven: { id: string; ontvanger: string }[] = [];
    for (const x of meldingen) {
      const rij = await m.query<{ id: string }[]>(
        `INSERT INTO rectificatie_melding
           (id, rectificatie_id, ontvanger_code, bron, bron_id, van_organisatie, referentie)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING id`,
        [randomUUID(), r.id, x.ontvanger, x.bron, x.bronId, r.vanOrganisatie, x.referentie],
      );
      if (rij[0]) geschreven.push({ id: rij[0].id, ontvanger: x.ontvanger });
    }
    return geschreven;
  }

  /** The request's rectifications, each with its notices and whether they were acknowledged. */
  async rectificaties(m: EntityManager, verzoekId: string): Promise<RectificatieRij[]> {
    return m.query(
      `SELECT r.id, r.velden, r.reden, r.uitgevoerd_op,
              COALESCE(json_agg(json_build_object(
                'ontvanger', x.ontvanger_code, 'bron', x.bron, 'referentie', x.referentie,
                'status', x.status, 'bevestigdOp', x.bevestigd_op,
                'bevestigdDoorNaam', x.bevestigd_door_naam)
                ORDER BY x.ontvanger_code, x.referentie) FILTER (WHERE x.id IS NOT NULL), '[]')
                AS meldingen
         FROM rectificatie r LEFT JOIN rectificatie_melding x ON x.rectificatie_id = r.id
        WHERE r.verzoek_id = $1 GROUP BY r.id ORDER BY r.uitgevoerd_op`,
      [verzoekId],
    );
  }

  /**
   * Notices to the actor's organisation that the rules allow under the bound activity (the
   * filter in SQL), unacknowledged first, newest first: the count and at most `limiet`.
   */
  async meldingenVoor(
    m: EntityManager,
    ability: AppAbility,
    limiet: number,
    alleenOpen: boolean,
  ): Promise<{ aantal: number; rijen: MeldingVoorOntvanger[] }> {
    const qb = m
      .createQueryBuilder()
      .from('rectificatie_melding', 'x')
      .innerJoin('rectificatie', 'r', 'r.id = x.rectificatie_id');
    if (alleenOpen) qb.where("x.status = 'gemeld'");
    applyAccessFilter(qb, ability, 'read', 'Rectificatiemelding', RECTIFICATIEMELDING_KOLOMMEN);
    const aantal = await qb.clone().select('count(*)', 'n').getRawOne<{ n: string }>();
    const rijen = await qb
      .select([
        'x.id AS id',
        'x.van_organisatie AS "vanOrganisatie"',
        'x.ontvanger_code AS "ontvangerCode"',
        'x.bron AS bron',
        'x.referentie AS referentie',
        'x.status AS status',
        'x.aangemaakt_op AS "gemeldOp"',
        'x.bevestigd_op AS "bevestigdOp"',
        'x.bevestigd_door_naam AS "bevestigdDoorNaam"',
        'r.velden AS velden',
      ])
      .orderBy("x.status = 'bevestigd'")
      .addOrderBy('x.aangemaakt_op', 'DESC')
      .addOrderBy('x.id')
      .limit(limiet)
      .getRawMany<MeldingVoorOntvanger>();
    return { aantal: Number(aantal?.n ?? 0), rijen };
  }

  /** One notice, with the person's pseudonym from its request (for the processing log). */
  async laadMelding(
    m: EntityManager,
    id: string,
    lock: boolean,
  ): Promise<(MeldingVoorOntvanger & { betrokkene: string }) | null> {
    if (!UUID.test(id)) return null;
    const rijen = await m.query<(MeldingVoorOntvanger & { betrokkene: string })[]>(
      `SELECT x.id, x.van_organisatie AS "vanOrganisatie", x.ontvanger_code AS "ontvangerCode",
              x.bron, x.referentie, x.status, x.aangemaakt_op AS "gemeldOp",
              x.bevestigd_op AS "bevestigdOp", x.bevestigd_door_naam AS "bevestigdDoorNaam",
              r.velden, v.betrokkene
         FROM rectificatie_melding x JOIN rectificatie r ON r.id = x.rectificatie_id
         JOIN rechtenverzoek v ON v.id = r.verzoek_id
        WHERE x.id = $1${lock ? ' FOR UPDATE OF x' : ''}`,
      [id],
    );
    return rijen[0] ?? null;
  }

  async bevestigMelding(
    m: EntityManager,
    id: string,
    door: { id: string; naam: string },
  ): Promise<void> {
    await m.query(
      `UPDATE rectificatie_melding SET status = 'bevestigd', bevestigd_door = $2,
         bevestigd_door_naam = $3, bevestigd_op = now() WHERE id = $1 AND status = 'gemeld'`,
      [id, door.id, door.naam],
    );
  }

  // ---------------------------------------------------------------- read models (report)

  /** Zorgmeldingen about the person that the organisation wrote or received. */
  meldingen(m: EntityManager, persoonId: string, org: string): Promise<MeldingRij[]> {
    return m.query(
      `SELECT z.id, z.soort, z.status, z.opsteller_organisatie, z.vt_organisatie, z.ingediend_op,
              z.aangemaakt_op, b.rol, b.vastgelegd
         FROM zorgmelding_betrokkene b JOIN zorgmelding z ON z.id = b.zorgmelding_id
        WHERE b.persoon_id = $1 AND (z.opsteller_organisatie = $2 OR z.vt_organisatie = $2)
          AND z.status <> 'concept'
        ORDER BY z.aangemaakt_op`,
      [persoonId, org],
    );
  }

  /** Deliveries of these zorgmeldingen. */
  bezorgingen(m: EntityManager, meldingIds: string[]): Promise<BezorgingRij[]> {
    if (meldingIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT id, object_id, ontvanger_code, aangemaakt_op FROM bezorging
        WHERE soort = 'zorgmelding' AND object_id = ANY($1::text[]) ORDER BY aangemaakt_op`,
      [meldingIds],
    );
  }

  /** Casussen about the person in which the organisation takes or took part. */
  casussen(m: EntityManager, persoonId: string, org: string): Promise<CasusRij[]> {
    return m.query(
      `SELECT c.id, c.nummer, c.thema_id, c.status, c.sleutelpartner, c.regie_organisatie,
              c.aangemaakt_op, b.rol, b.vastgelegd, b.informeren_besluit, b.informeren_reden
         FROM casus_betrokkene b JOIN casus c ON c.id = b.casus_id
        WHERE b.persoon_id = $1 AND $2 = ANY(c.organisaties)
        ORDER BY c.aangemaakt_op`,
      [persoonId, org],
    );
  }

  /** Exchanges about the person in these casussen that the organisation sent or received. */
  uitwisselingen(
    m: EntityManager,
    persoonId: string,
    casusIds: string[],
    org: string,
  ): Promise<UitwisselingRij[]> {
    if (casusIds.length === 0) return Promise.resolve([]);
    return m.query(
      `SELECT id, casus_id, van_organisatie, ontvangers, categorieen, activiteit_id,
              activiteit_versie, geregistreerd_op
         FROM uitwisseling
        WHERE casus_id = ANY($1::uuid[]) AND $2::uuid = ANY(betrokkenen)
          AND (van_organisatie = $3 OR $3 = ANY(ontvangers))
        ORDER BY geregistreerd_op`,
      [casusIds, persoonId, org],
    );
  }

  /**
   * The person's processing records within the FG's scope (ADR 0011: what the own
   * organisation's actors did, and what others did with data the own organisation provided),
   * newest first: the count, the count per activity, and at most `limiet` records.
   */
  async verwerkingen(
    m: EntityManager,
    pseudoniem: string,
    org: string,
    limiet: number,
  ): Promise<{
    aantal: number;
    perActiviteit: { activiteit_id: string | null; aantal: number }[];
    records: VerwerkingRij[];
  }> {
    const bereik = `FROM verwerkingslog v JOIN actor_audit a ON a.id = v.audit_id
        WHERE v.betrokkene = $1 AND a.actor_id IS NOT NULL
          AND (a.organisatie_code = $2 OR a.verstrekker_code = $2)`;
    const per = await m.query<{ activiteit_id: string | null; aantal: string }[]>(
      `SELECT v.activiteit_id, count(*) AS aantal ${bereik} GROUP BY v.activiteit_id ORDER BY 2 DESC, 1`,
      [pseudoniem, org],
    );
    const records = await m.query<VerwerkingRij[]>(
      `SELECT a.tijd, v.activiteit_id, a.actie, a.organisatie_code, v.gegevenscategorieen
         ${bereik} ORDER BY a.tijd DESC, v.id DESC LIMIT $3`,
      [pseudoniem, org, limiet],
    );
    const perActiviteit = per.map((p) => ({
      activiteit_id: p.activiteit_id,
      aantal: Number(p.aantal),
    }));
    return { aantal: perActiviteit.reduce((s, p) => s + p.aantal, 0), perActiviteit, records };
  }

  /**
   * Recipients of the organisation's own disclosures about the person (AVG art. 19): exchanges
   * it sent in the exchange register, and deliveries of the reports it wrote.
   */
  async ontvangersVanEigenVerstrekkingen(
    m: EntityManager,
    persoonId: string,
    org: string,
  ): Promise<Ontvanger[]> {
    const uit = await m.query<{ id: string; ontvanger: string; nummer: string }[]>(
      `SELECT u.id, unnest(u.ontvangers) AS ontvanger, c.nummer FROM uitwisseling u
         JOIN casus c ON c.id = u.casus_id
        WHERE $1::uuid = ANY(u.betrokkenen) AND u.van_organisatie = $2`,
      [persoonId, org],
    );
    const bez = await m.query<{ id: string; ontvanger: string; kenmerk: string | null }[]>(
      `SELECT bz.id, bz.ontvanger_code AS ontvanger, z.kenmerk FROM bezorging bz
         JOIN zorgmelding z ON bz.soort = 'zorgmelding' AND bz.object_id = z.id::text
         JOIN zorgmelding_betrokkene b ON b.zorgmelding_id = z.id
        WHERE b.persoon_id = $1 AND z.opsteller_organisatie = $2`,
      [persoonId, org],
    );
    return [
      ...uit.map((r) => ({
        ontvanger: r.ontvanger,
        bron: 'uitwisseling' as const,
        bronId: r.id,
        referentie: `casus ${r.nummer}`,
      })),
      ...bez.map((r) => ({
        ontvanger: r.ontvanger,
        bron: 'bezorging' as const,
        bronId: r.id,
        referentie: r.kenmerk ? `zorgmelding ${r.kenmerk}` : 'een zorgmelding',
      })),
    ];
  }
}
