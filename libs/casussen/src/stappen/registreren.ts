import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { StepContext } from '@schakel/authz';
import { gegevensVernietigd, type Identiteit } from '@schakel/personen';
import { InvalidInputException } from '@schakel/platform';
import { CasusBetrokkeneEntity, CasusEntity } from '../casus.entity.js';
import type { CasusView, NieuweCasus } from '../dto/casus.dto.js';
import { CasusStap } from './casus-stap.js';

/** A wijkteam worker registers a signal about one or more persons; its team is sleutelpartner. */
@Injectable()
export class CasusRegistreren {
  constructor(private readonly stap: CasusStap) {}

  async registreer(invoer: NieuweCasus, ctx: StepContext): Promise<CasusView> {
    const identiteiten = invoer.betrokkenen.map(({ rol, ...rest }, i) => {
      const identiteit: Identiteit = Object.fromEntries(
        Object.entries(rest as Record<string, string | undefined>).filter(
          ([, v]) => v !== undefined,
        ),
      );
      if (Object.keys(identiteit).length === 0) {
        throw new InvalidInputException([
          { field: `betrokkenen[${String(i)}]`, constraints: ['geen gegevens van de persoon'] },
        ]);
      }
      return { rol, identiteit };
    });
    const sleutelpartner = ctx.actor.organisatie.code;
    return this.stap.guarded.create(ctx, {
      actie: 'create',
      type: 'Casus',
      candidate: { sleutelpartner, status: 'aangemeld', deelnemers: [] },
      run: async (m) => {
        const id = randomUUID();
        const kluis = `casus/${id}`;
        const sleutel = this.stap.personen.kluis.nieuweSleutel(kluis);
        const now = new Date();
        const personen: { persoonId: string; rol: string; i: number; identiteit: Identiteit }[] =
          [];
        for (const [i, b] of identiteiten.entries()) {
          let persoonId: string;
          try {
            persoonId = (await this.stap.personen.registreer(m, b.identiteit)).id;
          } catch (err) {
            if (err instanceof InvalidInputException)
              throw hernoem(err, `betrokkenen[${String(i)}]`);
            throw err;
          }
          // The same person twice (same BSN) is one betrokkene.
          if (!personen.some((p) => p.persoonId === persoonId)) {
            personen.push({ persoonId, rol: b.rol, i, identiteit: b.identiteit });
          }
        }
        const bundel = await this.stap.personen.laad(
          m,
          personen.map((p) => p.persoonId),
        );
        const casus = Object.assign(new CasusEntity(), {
          id,
          nummer: `C-${String(now.getUTCFullYear())}-${(await this.stap.repo.volgnummer(m)).padStart(4, '0')}`,
          themaId: invoer.themaId,
          status: 'aangemeld',
          levensdomeinen: invoer.levensdomeinen,
          sleutelpartner,
          aangemeldDoor: ctx.actor.id,
          regieOrganisatie: null,
          procesregisseurId: null,
          deelnemers: [],
          organisaties: [sleutelpartner],
          aanleiding: this.stap.versleutel(sleutel.sleutel, id, 'aanleiding', invoer.aanleiding),
          opschalingCriteria: null,
          opschalingMotivering: null,
          opgeschaaldOp: null,
          triageBesluit: null,
          triageReden: null,
          triageOp: null,
          afsluitReden: null,
          afgeslotenOp: null,
          bewaarTot: null,
          sleutelId: sleutel.sleutelId,
          verpakteSleutel: sleutel.verpakt,
          aangemaaktOp: now,
          gewijzigdOp: now,
        } satisfies Partial<CasusEntity>);
        const betrokkenen = personen.map((p) => {
          // What this casus recorded, not what others recorded for a known BSN.
          const vastgelegd = bundel.legVast(p.persoonId, kluis, p.identiteit);
          if (!vastgelegd) throw gegevensVernietigd();
          return Object.assign(new CasusBetrokkeneEntity(), {
            casusId: id,
            persoonId: p.persoonId,
            volgnummer: p.i,
            rol: p.rol,
            vastgelegd,
            informerenBesluit: null,
            geinformeerdOp: null,
            informerenReden: null,
            informerenToelichting: null,
            informerenBeslotenOp: null,
            herbeoordeeldOp: null,
          });
        });
        const d = await this.stap.repo.voegCasusToe(m, casus, betrokkenen);
        await this.stap.repo.gebeurtenis(m, d, 'aanmelden', ctx.actor, now);
        const kijker = await this.stap.kijker(m, ctx, d, bundel, CasusStap.geenRegister);
        return {
          result: this.stap.weergave.casus(d, kijker),
          log: {
            objectId: id,
            betrokkenen: this.stap.betrokkenen(bundel, d, undefined, [
              'identificatie',
              'woonsituatie',
            ]),
          },
        };
      },
    });
  }
}

/** Prefixes the field names of a person's validation errors with their place in the body. */
function hernoem(err: InvalidInputException, prefix: string): InvalidInputException {
  return new InvalidInputException(
    err.fields.map((f) => ({ ...f, field: `${prefix}.${f.field}` })),
  );
}
