import { Injectable } from '@nestjs/common';
import {
  DEELNEMER_ROLLEN,
  defineAbility,
  DoorbraakLezen,
  DoorbraakService,
  heeftRol,
  matchedRule,
  WERK_LIJST_MAX,
  type Action,
  type StepContext,
  type SubjectType,
  type Werkonderdeel,
} from '@schakel/authz';
import { CasusWerkvoorraad } from '@schakel/casussen';
import type { Actor, Rol } from '@schakel/identity';
import { ProblemException } from '@schakel/platform';
import { PurposeService } from '@schakel/purpose';
import { Rectificatiemeldingen } from '@schakel/rechten';
import { Integriteit } from '@schakel/verantwoording';
import { ZorgmeldingWerkvoorraad } from '@schakel/zorgmeldingen';
import type { MijnWerkView } from './dto/mijn-werk.dto.js';

type Trace = StepContext['trace'];

const DATUM = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/Amsterdam',
});

const VT_ONTVANGST = 'zorgmelding-ontvangen-beoordelen';

const ONDERWERP: Record<string, string> = { Zorgmelding: 'een zorgmelding', Casus: 'een casus' };

/**
 * "Mijn werk" (ADR 0026): per role the piles that wait for the actor. Each pile belongs to
 * one context and one processing activity: it is read under that activity's rules (the same
 * ones that filter that context's lists, so a count is a list's length) and audited as
 * that context's reads are, one record per activity and record type. Nothing here queries a
 * table itself.
 */
@Injectable()
export class MijnWerk {
  constructor(
    private readonly purpose: PurposeService,
    private readonly doorbraken: DoorbraakService,
    private readonly zorgmeldingen: ZorgmeldingWerkvoorraad,
    private readonly casussen: CasusWerkvoorraad,
    private readonly doorbraakLezen: DoorbraakLezen,
    private readonly integriteit: Integriteit,
    private readonly rectificaties: Rectificatiemeldingen,
  ) {}

  async voor(actor: Actor, trace: Trace): Promise<MijnWerkView> {
    const has = (rol: Rol) => heeftRol(actor, rol);
    const onder = (activiteit: string, action: Action, subject: SubjectType) =>
      this.context(actor, trace, activiteit, action, subject);
    const onderdelen: Werkonderdeel[] = [];
    let integriteit: MijnWerkView['integriteit'];

    if (has('politie-medewerker')) {
      const t = await onder('zorgmelding-terugkoppeling', 'read', 'Zorgmelding');
      if (t) onderdelen.push(...(await this.zorgmeldingen.stapels(t, ['terugkoppeling'])));
      const c = await onder('zorgmelding-indienen', 'read', 'Zorgmelding');
      if (c) onderdelen.push(...(await this.zorgmeldingen.stapels(c, ['concepten'])));
    }
    if (has('vt-medewerker') || has('vt-coordinator')) {
      const v = await onder('zorgmelding-ontvangen-beoordelen', 'beoordelen', 'Zorgmelding');
      if (v) {
        onderdelen.push(
          ...(await this.zorgmeldingen.stapels(v, [
            'verlopen',
            'bijna-verlopen',
            'aan-mij',
            'niet-toegewezen',
            ...(has('vt-coordinator') ? (['uitzonderingen'] as const) : []),
          ])),
        );
      }
      // Rectifications of delivered reports (AVG art. 19), under the same activity.
      const r = await onder(VT_ONTVANGST, 'bevestigen', 'Rectificatiemelding');
      if (r) onderdelen.push(...(await this.rectificaties.stapel(r)));
    }
    if (has('wijkteam-medewerker')) {
      const w = await onder('casus-signalering-opschaling', 'read', 'Casus');
      if (w) {
        onderdelen.push(
          ...(await this.casussen.stapels(w, 'wijkteam', [
            'aangemeld',
            'in-triage',
            'lopend',
            'teruggelegd',
          ])),
        );
      }
    }
    if (has('zvh-procesregisseur')) {
      const z = await onder('casusregie-zvh', 'triageren', 'Casus');
      if (z) {
        onderdelen.push(
          ...(await this.casussen.stapels(z, 'zvh', ['triage', 'lopend', 'uitwisselingen-open'])),
        );
      }
      const r = await onder('casusregie-zvh', 'bevestigen', 'Rectificatiemelding');
      if (r) onderdelen.push(...(await this.rectificaties.stapel(r)));
    }
    if (DEELNEMER_ROLLEN.some(has)) {
      const p = await onder('ketenpartner-deelname', 'read', 'Casus');
      if (p) {
        onderdelen.push(
          ...(await this.casussen.stapels(p, 'partner', ['uitwisselingen-bevestigen'])),
        );
      }
      const r = await onder('ketenpartner-deelname', 'bevestigen', 'Rectificatiemelding');
      if (r) onderdelen.push(...(await this.rectificaties.stapel(r)));
    }
    if (has('fg')) {
      const f = await onder('verantwoording-toezicht', 'read', 'Doorbraak');
      if (f) {
        const lijst = await this.doorbraakLezen.teBeoordelen(f);
        onderdelen.push({
          soort: 'doorbraken-te-beoordelen',
          titel: 'Doorbraken om te beoordelen',
          activiteit: 'verantwoording-toezicht',
          aantal: lijst.length,
          items: lijst.slice(0, WERK_LIJST_MAX).map((d) => ({
            id: d.id,
            titel: `Doorbraak op ${ONDERWERP[d.onderwerpType] ?? 'een dossier'}`,
            toelichting: `Geopend op ${DATUM.format(new Date(d.aangemaaktOp))}`,
            link: `/fg/doorbraken#doorbraak-${d.id}`,
          })),
          lijst: '/fg/doorbraken',
        });
        // Register proposals (ADR 0018, 0034): the same list as /fg/register, own ones marked.
        const voorstellen = await this.purpose.voorstellen({
          actor,
          doel: f.doel,
          regel: f.regel,
          trace: f.trace,
        });
        onderdelen.push({
          soort: 'registervoorstellen',
          titel: 'Voorstellen voor het verwerkingsregister',
          activiteit: 'verantwoording-toezicht',
          aantal: voorstellen.length,
          items: voorstellen.slice(0, WERK_LIJST_MAX).map((v) => ({
            id: `${v.id}:${String(v.versie)}`,
            titel: `${v.naam}, versie ${String(v.versie)}`,
            toelichting:
              v.vastgelegdDoor === actor.id
                ? 'Uw eigen voorstel: een andere FG beslist'
                : `Voorgesteld op ${DATUM.format(v.vastgelegdOp)}`,
            link: '/fg/register',
          })),
          lijst: '/fg/register',
        });
        const status = await this.integriteit.status(f);
        integriteit = status.oordeel;
      }
    }
    return integriteit ? { onderdelen, integriteit } : { onderdelen };
  }

  /**
   * The actor's context under one activity, as the guard would build it for that context's
   * list: bound purpose (null when the actor's roles may not act under it), the rules with the
   * actor's active break-the-glass grants, the rule that lets the list through.
   */
  private async context(
    actor: Actor,
    trace: Trace,
    activiteit: string,
    action: Action,
    subject: SubjectType,
  ): Promise<StepContext | null> {
    let doel: { id: string; versie: number };
    try {
      const gebonden = await this.purpose.bind(activiteit, actor.rollen);
      doel = { id: gebonden.id, versie: gebonden.versie };
    } catch (err) {
      if (err instanceof ProblemException) return null;
      throw err;
    }
    const ability = defineAbility(actor, doel, await this.doorbraken.active(actor));
    const regel = matchedRule(ability, action, subject);
    if (!regel) return null;
    return { actor, ability, doel, regel, trace };
  }
}
