import { randomUUID } from 'node:crypto';
import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { permittedFields, type StepContext } from '@schakel/authz';
import { UitwisselingEntity } from '../casus.entity.js';
import {
  alOntvangen,
  buitenScope,
  doelOnverenigbaar,
  nietGevonden,
  onbekendeBetrokkene,
  verstrekkerGeenDeelnemer,
  verstrekkerNietToegestaan,
  verwerkingBeperktFout,
} from '../casus.fouten.js';
import { casusOnderwerp, deelnemerOnderwerp, uitwisselingOnderwerp } from '../casus-onderwerp.js';
import type { Casusdossier } from '../casus.repository.js';
import type { NieuweUitwisseling, UitwisselingView } from '../dto/casus.dto.js';
import { CATEGORIEEN, THEMAS, type Categorie } from '../referentie.js';
import { CasusStap } from './casus-stap.js';

const naam = (c: string): string => CATEGORIEEN[c as Categorie].naam;

/**
 * The exchange register (ADR 0017): register an exchange of personal data, refused (422) when
 * a recipient does not take part or its scope lacks a category, when a person is not in the
 * casus, or when the activity is not the theme's or compatible with it; the legal basis is
 * always that activity's in the register. Recipients acknowledge receipt once.
 */
@Injectable()
export class CasusUitwisselen {
  constructor(private readonly stap: CasusStap) {}

  async registreer(
    id: string,
    invoer: NieuweUitwisseling,
    ctx: StepContext,
  ): Promise<UitwisselingView> {
    const register = await this.stap.register(true);
    const org = ctx.actor.organisatie.code;
    return this.stap.opCasus(ctx, {
      actie: 'uitwisselen',
      action: 'create',
      type: 'Uitwisseling',
      id,
      write: true,
      overgang: 'uitwisselen',
      subject: (d) => uitwisselingOnderwerp(d.casus, org, []),
      check: (d) => {
        if (!ctx.ability.can('read', onderwerp(d))) nietGevonden();
      },
      run: async (m, d) => {
        const c = d.casus;
        const regie = c.regieOrganisatie === org && ctx.ability.can('regisseren', onderwerp(d));
        const van = invoer.van ?? org;
        if (van !== org && !regie) verstrekkerNietToegestaan();
        if (!c.deelnemers.includes(van)) verstrekkerGeenDeelnemer(van);
        const fouten = this.buitenScope(d, van, invoer, ctx);
        if (fouten.length > 0) buitenScope(fouten);
        const personen = new Set(d.betrokkenen.map((b) => b.persoonId));
        if (invoer.betrokkenen.some((p) => !personen.has(p))) onbekendeBetrokkene();
        const thema = THEMAS.find((t) => t.id === c.themaId);
        const activiteitId = invoer.activiteitId ?? thema?.activiteit ?? '';
        const activiteit = register.activiteiten.get(activiteitId);
        const verenigbaar =
          activiteitId === thema?.activiteit ||
          (thema !== undefined && register.verenigbaar.has(`${thema.activiteit}>${activiteitId}`));
        if (!activiteit || !verenigbaar) doelOnverenigbaar();
        // Restriction and objection (AVG art. 18, 21) stop new exchanges about the person (ADR 0028).
        if (await this.stap.personen.blokkerendeBeperking(m, invoer.betrokkenen, activiteit.id)) {
          verwerkingBeperktFout();
        }
        const sleutel = this.stap.sleutel(c);
        const uid = randomUUID();
        const now = new Date();
        const veld = (v: string) => `uitwisseling/${uid}/${v}`;
        const u = Object.assign(new UitwisselingEntity(), {
          id: uid,
          casusId: c.id,
          vanOrganisatie: van,
          geregistreerdDoor: ctx.actor.id,
          geregistreerdDoorOrganisatie: org,
          ontvangers: invoer.naar,
          betrokkenen: invoer.betrokkenen,
          categorieen: invoer.categorieen,
          bijzonder: invoer.categorieen.some((x) => CATEGORIEEN[x as Categorie].avgArtikel === '9'),
          strafrechtelijk: invoer.categorieen.some(
            (x) => CATEGORIEEN[x as Categorie].avgArtikel === '10',
          ),
          activiteitId: activiteit.id,
          activiteitVersie: activiteit.versie,
          // The basis of the activity in the register, never typed in.
          grondslag: activiteit.grondslag,
          proportionaliteit: this.stap.versleutel(
            sleutel,
            c.id,
            veld('proportionaliteit'),
            invoer.proportionaliteit,
          ),
          subsidiariteit: this.stap.versleutel(
            sleutel,
            c.id,
            veld('subsidiariteit'),
            invoer.subsidiariteit,
          ),
          inhoud: this.stap.versleutel(sleutel, c.id, veld('inhoud'), invoer.inhoud),
          geregistreerdOp: now,
        });
        const x = await this.stap.repo.voegUitwisselingToe(m, d, u);
        await this.stap.repo.bewaar(m, d, { gewijzigdOp: now });
        await this.stap.repo.gebeurtenis(m, d, 'uitwisselen', ctx.actor, now);
        const bundel = await this.stap.personen.laad(m, invoer.betrokkenen);
        const kijker = await this.stap.kijker(m, ctx, d, bundel, register);
        return {
          result: this.stap.weergave.uitwisseling(c, x, kijker),
          log: {
            betrokkenen: this.stap.betrokkenen(bundel, d, invoer.betrokkenen, invoer.categorieen),
            verstrekker: van !== org ? van : undefined,
            reden: `uitwisseling:${uid}`,
          },
        };
      },
    });
  }

  async bevestig(id: string, uitwisselingId: string, ctx: StepContext): Promise<UitwisselingView> {
    const register = await this.stap.register();
    const vind = (d: Casusdossier) =>
      d.uitwisselingen.find((x) => x.uitwisseling.id === uitwisselingId);
    return this.stap.opCasus(ctx, {
      actie: 'ontvangst',
      action: 'bevestigen',
      type: 'Uitwisseling',
      id,
      write: true,
      subject: (d) => {
        const x = vind(d);
        return x
          ? uitwisselingOnderwerp(d.casus, x.uitwisseling.vanOrganisatie, x.uitwisseling.ontvangers)
          : {};
      },
      check: (d) => {
        if (!vind(d)) nietGevonden();
      },
      run: async (m, d) => {
        const x = vind(d) ?? nietGevonden();
        const u = x.uitwisseling;
        const ontvangst =
          x.ontvangsten.find((o) => o.organisatie === ctx.actor.organisatie.code) ?? nietGevonden();
        if (ontvangst.ontvangenOp) alOntvangen();
        const now = new Date();
        await this.stap.repo.bevestigOntvangst(m, ontvangst, ctx.actor.id, now);
        await this.stap.repo.gebeurtenis(m, d, 'ontvangst-bevestigen', ctx.actor, now);
        const bundel = await this.stap.personen.laad(m, u.betrokkenen);
        const kijker = await this.stap.kijker(m, ctx, d, bundel, register);
        return {
          result: this.stap.weergave.uitwisseling(d.casus, x, kijker),
          log: {
            betrokkenen: this.stap.betrokkenen(bundel, d, u.betrokkenen, u.categorieen),
            verstrekker: u.vanOrganisatie,
            reden: `uitwisseling:${u.id}`,
          },
        };
      },
    });
  }

  /** Each recipient outside the casus or its scope, by organisation and category. */
  private buitenScope(
    d: Casusdossier,
    van: string,
    invoer: NieuweUitwisseling,
    ctx: StepContext,
  ): string[] {
    const scopes = new Map(
      d.deelnemers.filter((x) => !x.beeindigdOp).map((x) => [x.organisatie, x.categorieen]),
    );
    const fouten: string[] = [];
    for (const ontvanger of invoer.naar) {
      const scope = scopes.get(ontvanger);
      if (ontvanger === van) fouten.push(`${ontvanger} is de verstrekker zelf.`);
      else if (!scope) fouten.push(`${ontvanger} neemt niet deel aan deze casus.`);
      else {
        const buiten = invoer.categorieen.filter((x) => !scope.includes(x));
        if (buiten.length === 0) continue;
        // The recipient's scope is named only to whom the rules show it (the directing ZVH).
        const zietScope = permittedFields(
          ctx.ability,
          'read',
          'CasusDeelnemer',
          deelnemerOnderwerp(d.casus, ontvanger),
          ['categorieen'],
        ).has('categorieen');
        const uitleg = zietScope ? ` (scope: ${scope.map(naam).join(', ')})` : '';
        fouten.push(
          `${ontvanger} mag ${buiten.map((x) => `'${naam(x)}'`).join(', ')} niet ontvangen: dat valt buiten zijn need-to-know${uitleg}.`,
        );
      }
    }
    return fouten;
  }
}

function onderwerp(d: Casusdossier) {
  return subject('Casus', casusOnderwerp(d.casus)) as never;
}
