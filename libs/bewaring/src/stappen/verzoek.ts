import { randomUUID } from 'node:crypto';
import { subject as asSubject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { GuardedStep, refuse, type StepContext } from '@schakel/authz';
import { notFound } from '@schakel/platform';
import { VernietigingsverzoekEntity, type VernietigingslijstEntity } from '../bewaring.entity.js';
import { bewaarplicht } from '../bewaring.fouten.js';
import { BewaringRepository, ZORGMELDING_ACTIVITEIT } from '../bewaring.repository.js';
import type { NieuwVernietigingsverzoek, VernietigingsverzoekView } from '../dto/bewaring.dto.js';
import { Klok } from '../klok.js';
import { Vernietiger } from '../vernietiging.js';

const view = (
  v: VernietigingsverzoekEntity,
  nummer: string | null,
  kenmerk: string | null,
): VernietigingsverzoekView => ({
  id: v.id,
  zorgmeldingId: v.zorgmeldingId,
  kenmerk: kenmerk ?? 'een zorgmelding',
  verzoeker: v.verzoeker,
  ontvangenOp: v.ontvangenOp,
  besluit: v.besluit,
  motivering: v.motivering,
  beslotenDoorNaam: v.beslotenDoorNaam,
  beslotenOp: v.beslotenOp.toISOString(),
  lijstId: v.lijstId,
  lijstNummer: nummer,
});

/**
 * Destruction on request (ADR 0027): a VT coordinator records a request to destroy a
 * zorgmelding of their own VT and the decision. Granted, the report is destroyed at once
 * (a `verzoek` list of one, the decision as its approval) and a certificate can be made;
 * refused, the request and its reasons stay on record. A legal hold refuses it (409).
 */
@Injectable()
export class Vernietigingsverzoeken {
  constructor(
    private readonly stap: GuardedStep,
    private readonly repo: BewaringRepository,
    private readonly vernietiger: Vernietiger,
    private readonly klok: Klok,
  ) {}

  async leg(body: NieuwVernietigingsverzoek, ctx: StepContext): Promise<VernietigingsverzoekView> {
    const vandaag = this.klok.vandaag();
    const nu = this.klok.nu();
    let regel = 'vt-coordinator:vernietigingsverzoek-eigen-vt';
    const { verzoek, lijst, kenmerk } = await this.stap.create(ctx, {
      actie: 'vernietigingsverzoek',
      type: 'Vernietigingsverzoek',
      candidate: async (m) => {
        const organisatie = await this.repo.eigenaar(m, 'zorgmelding', body.zorgmeldingId);
        if (!organisatie) refuse('niet-zichtbaar', notFound());
        return { organisatie };
      },
      refusal: { reden: 'niet-zichtbaar', fout: notFound() },
      run: async (m, r) => {
        regel = r;
        const organisatie = (await this.repo.eigenaar(m, 'zorgmelding', body.zorgmeldingId)) ?? '';
        const [zm] = await m.query<{ kenmerk: string | null }[]>(
          'SELECT kenmerk FROM zorgmelding WHERE id = $1',
          [body.zorgmeldingId],
        );
        const kenmerk = zm?.kenmerk ?? null;
        if (
          body.besluit === 'toegewezen' &&
          (await this.repo.blokkade(m, 'zorgmelding', body.zorgmeldingId, vandaag)) ===
            'bewaarplicht'
        ) {
          bewaarplicht();
        }
        let lijst: VernietigingslijstEntity | null = null;
        if (body.besluit === 'toegewezen') {
          lijst = await this.vernietiger.maakLijst(
            m,
            organisatie,
            'verzoek',
            vandaag,
            nu,
            ctx.actor.id,
          );
          const [z] = await m.query<{ vt: string | null }[]>(
            'SELECT vt_organisatie AS vt FROM zorgmelding WHERE id = $1',
            [body.zorgmeldingId],
          );
          const activiteit = z?.vt ? ZORGMELDING_ACTIVITEIT.vt : ZORGMELDING_ACTIVITEIT.politie;
          const termijn = (await this.repo.termijnen(m, vandaag)).get(activiteit);
          const personen =
            (await this.repo.personenVan(m, 'zorgmelding', body.zorgmeldingId)) ?? [];
          const weg = await this.repo.personenZonderDossier(m, personen, [body.zorgmeldingId]);
          await this.vernietiger.voegToe(
            m,
            lijst.id,
            {
              objectSoort: 'zorgmelding',
              objectId: body.zorgmeldingId,
              referentie: kenmerk ?? body.zorgmeldingId,
              organisatie,
              termijn: termijn ?? {
                activiteitId: activiteit,
                versie: 1,
                bewaartermijn: 'P20Y',
                vanaf: 'afsluiting',
              },
              vanaf: body.ontvangenOp,
              bewaarTot: vandaag,
            },
            weg.length,
          );
          Object.assign(lijst, {
            status: 'vernietigen',
            goedgekeurdDoor: ctx.actor.id,
            goedgekeurdDoorNaam: ctx.actor.naam ?? ctx.actor.id,
            goedgekeurdOp: nu,
            goedkeuringToelichting: `Verzoek tot vernietiging toegewezen: ${body.motivering}`,
          });
          await m.save(lijst);
        }
        const verzoek = m.getRepository(VernietigingsverzoekEntity).create({
          id: randomUUID(),
          zorgmeldingId: body.zorgmeldingId,
          organisatie,
          verzoeker: body.verzoeker,
          ontvangenOp: body.ontvangenOp,
          besluit: body.besluit,
          motivering: body.motivering,
          beslotenDoor: ctx.actor.id,
          beslotenDoorNaam: ctx.actor.naam ?? ctx.actor.id,
          beslotenOp: nu,
          lijstId: lijst?.id ?? null,
        });
        await m.insert(VernietigingsverzoekEntity, verzoek);
        return {
          result: { verzoek, lijst, kenmerk },
          log: { objectId: body.zorgmeldingId, reden: body.besluit },
        };
      },
    });
    if (lijst) {
      await this.vernietiger.voerUit(
        lijst.id,
        { actor: ctx.actor, regel, trace: ctx.trace },
        vandaag,
        nu,
      );
    }
    return view(verzoek, lijst?.nummer ?? null, kenmerk);
  }

  /** The requests of the actor's organisation, newest first. */
  async lijst(ctx: StepContext): Promise<VernietigingsverzoekView[]> {
    return this.stap.overMany(ctx, {
      actie: 'read',
      type: 'Vernietigingsverzoek',
      run: async (m) => {
        const alle = await m
          .getRepository(VernietigingsverzoekEntity)
          .find({ order: { beslotenOp: 'DESC' }, take: 500 });
        const zichtbaar = alle.filter((v) =>
          ctx.ability.can(
            'read',
            asSubject('Vernietigingsverzoek', { organisatie: v.organisatie }) as never,
          ),
        );
        const nummers = new Map<string, string>(
          (
            await m.query<{ id: string; nummer: string }[]>(
              'SELECT id, nummer FROM vernietigingslijst WHERE id = ANY($1::uuid[])',
              [zichtbaar.flatMap((v) => (v.lijstId ? [v.lijstId] : []))],
            )
          ).map((r) => [r.id, r.nummer]),
        );
        // The kenmerk from the report, or, once destroyed, from its line on the list.
        const kenmerken = new Map<string, string>(
          (
            await m.query<{ id: string; kenmerk: string }[]>(
              `SELECT v.id, COALESCE(z.kenmerk, i.referentie) AS kenmerk
                 FROM vernietigingsverzoek v
                 LEFT JOIN zorgmelding z ON z.id = v.zorgmelding_id
                 LEFT JOIN vernietigingslijst_item i
                   ON i.lijst_id = v.lijst_id AND i.object_id = v.zorgmelding_id
                WHERE v.id = ANY($1::uuid[])`,
              [zichtbaar.map((v) => v.id)],
            )
          ).map((r) => [r.id, r.kenmerk]),
        );
        return {
          result: zichtbaar.map((v) =>
            view(
              v,
              v.lijstId ? (nummers.get(v.lijstId) ?? null) : null,
              kenmerken.get(v.id) ?? null,
            ),
          ),
          log: {},
        };
      },
    });
  }
}
