import { readFileSync } from 'node:fs';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ProblemException } from '@schakel/platform';
import type { EntityManager, Repository } from 'typeorm';
import { ROLLEN, type Actor, type Rol } from './actor.js';
import { Gebruiker } from './gebruiker.entity.js';
import { Organisatie } from './organisatie.entity.js';
import { loadOrganisaties, loadSysteemclients } from './reference-data.js';

const GEMEENTEN = (
  JSON.parse(readFileSync(new URL('./data/gemeenten.json', import.meta.url), 'utf8')) as {
    gemeenten: { code: string; naam: string }[];
  }
).gemeenten.map((g) => ({ code: g.code, naam: g.naam }));

/** Why a login or token cannot become an actor; the code names the error page. */
export class IdentityError extends Error {
  constructor(readonly code: 'onbekende-organisatie' | 'onbekende-rol' | 'onvolledige-claims') {
    super(code);
    this.name = 'IdentityError';
  }
}

/**
 * Organisations and users as the identity provider's claims describe them. Reference data is
 * loaded from the data files at start-up (inserted or updated, never deleted here).
 */
@Injectable()
export class IdentityService implements OnModuleInit {
  private organisaties = new Map<string, Organisatie>();
  private readonly systeemclients = new Map(loadSysteemclients().map((c) => [c.clientId, c]));

  constructor(
    @InjectRepository(Organisatie) private readonly organisatieRepo: Repository<Organisatie>,
    @InjectRepository(Gebruiker) private readonly gebruikers: Repository<Gebruiker>,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.organisatieRepo.upsert(
      loadOrganisaties().map((o) => ({
        code: o.code,
        naam: o.naam,
        type: o.type,
        gemeenteCode: o.gemeenteCode ?? null,
        actief: true,
      })),
      ['code'],
    );
    await this.refresh();
  }

  async refresh(): Promise<void> {
    const all = await this.organisatieRepo.find({ where: { actief: true } });
    this.organisaties = new Map(all.map((o) => [o.code, o]));
  }

  listOrganisaties(): Organisatie[] {
    return [...this.organisaties.values()].sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  }

  /** Maps ID-token claims to an actor; refuses unknown organisations and roles. */
  actorFromClaims(claims: Record<string, unknown>, herkomst: Actor['herkomst']): Actor {
    const sub = claims.sub;
    const naam = claims.name;
    const orgCode = claims.organisatie;
    const rollen = claims.rollen;
    if (typeof sub !== 'string' || typeof naam !== 'string' || typeof orgCode !== 'string') {
      throw new IdentityError('onvolledige-claims');
    }
    const organisatie = this.organisaties.get(orgCode);
    if (!organisatie) throw new IdentityError('onbekende-organisatie');
    const lijst = Array.isArray(rollen) ? rollen : [rollen];
    if (
      lijst.length === 0 ||
      !lijst.every(
        (r): r is Rol => typeof r === 'string' && (ROLLEN as readonly string[]).includes(r),
      ) ||
      lijst.includes('systeem')
    ) {
      throw new IdentityError('onbekende-rol');
    }
    return {
      soort: 'gebruiker',
      id: sub,
      naam,
      organisatie: { code: organisatie.code, naam: organisatie.naam, type: organisatie.type },
      rollen: lijst,
      herkomst,
    };
  }

  /** Maps a system client's id to an actor of its organisation. */
  actorForClient(clientId: string, herkomst: Actor['herkomst']): Actor {
    const client = this.systeemclients.get(clientId);
    const organisatie = client ? this.organisaties.get(client.organisatie) : undefined;
    if (!client || !organisatie) {
      throw new ProblemException(
        403,
        'onbekende-client',
        'Onbekende client',
        'Deze client is niet als systeemclient van een organisatie bekend.',
      );
    }
    return {
      soort: 'systeem',
      id: clientId,
      organisatie: { code: organisatie.code, naam: organisatie.naam, type: organisatie.type },
      rollen: ['systeem'],
      herkomst: { ...herkomst, clientId },
    };
  }

  /**
   * The users of one organisation holding one of `rollen`, as known from their last login
   * (id and name only), by name.
   */
  async gebruikersMetRol(
    manager: EntityManager,
    organisatieCode: string,
    rollen: readonly Rol[],
  ): Promise<{ id: string; naam: string }[]> {
    return manager.query<{ id: string; naam: string }[]>(
      `SELECT id, naam FROM gebruiker WHERE organisatie_code = $1 AND rollen && $2::text[]
        ORDER BY naam, id`,
      [organisatieCode, [...rollen]],
    );
  }

  /**
   * The names of these users as known from their last login (the user directory), by id; an
   * id never seen logging in (a system client) is absent.
   */
  async namen(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    const uniek = [...new Set(ids)];
    // Also with no ids: a search by BSN must run the same statements whether or not it found
    // anything (the timing oracle of issue 13; bsn-opzoeken.e2e).
    const rijen = await manager.query<{ id: string; naam: string }[]>(
      `SELECT id, naam FROM gebruiker WHERE id = ANY($1::text[]) AND naam <> ''`,
      [uniek],
    );
    return new Map(rijen.map((r) => [r.id, r.naam]));
  }

  /** The user directory: everyone who ever logged in, by organisation and name. */
  gebruikerslijst(
    manager: EntityManager,
  ): Promise<
    { id: string; naam: string; organisatie: string; rollen: Rol[]; laatstAangemeld: Date }[]
  > {
    return manager.query(
      `SELECT id, naam, organisatie_code AS organisatie, rollen, laatst_aangemeld AS "laatstAangemeld"
         FROM gebruiker ORDER BY organisatie_code, naam, id LIMIT 1000`,
    );
  }

  /** The municipalities of the unit by CBS code (names for GM codes). */
  gemeenten(): { code: string; naam: string }[] {
    return GEMEENTEN;
  }

  /** An organisation's name by its code (the code itself when unknown). */
  organisatieNaam(code: string): string {
    return this.organisaties.get(code)?.naam ?? code;
  }

  async recordLogin(actor: Actor): Promise<void> {
    await this.gebruikers.upsert(
      {
        id: actor.id,
        naam: actor.naam ?? '',
        organisatieCode: actor.organisatie.code,
        rollen: actor.rollen,
        laatstAangemeld: new Date(),
      },
      ['id'],
    );
  }
}
