import { CASUS_PERSOON_VELDEN, permittedFields, scopeVeld, type AppAbility } from '@schakel/authz';
import type { CasusEntity } from './casus.entity.js';
import type { Casusdossier } from './casus.repository.js';

/**
 * A casus, its persons, participants and exchanges as the rules know them (ADR 0017): the
 * attributes the rules' conditions name. Steps decide on these, and views are cut by them.
 */
export function casusOnderwerp(c: CasusEntity): Record<string, unknown> {
  return {
    id: c.id,
    sleutelpartner: c.sleutelpartner,
    regieOrganisatie: c.regieOrganisatie,
    deelnemers: c.deelnemers,
    status: c.status,
  };
}

/** What every part of a casus shares: the casus's id and who takes part. */
function deelVan(c: CasusEntity): Record<string, unknown> {
  return {
    casusId: c.id,
    sleutelpartner: c.sleutelpartner,
    regieOrganisatie: c.regieOrganisatie,
    deelnemers: c.deelnemers,
    status: c.status,
  };
}

/**
 * A person of the casus without its own id: per category with person fields, `scope_<cat>`
 * lists the active participants whose scope holds it.
 */
export function persoonOnderwerp(d: Casusdossier): Record<string, unknown> {
  const s = deelVan(d.casus);
  const actief = d.deelnemers.filter((x) => !x.beeindigdOp);
  for (const categorie of Object.keys(CASUS_PERSOON_VELDEN)) {
    s[scopeVeld(categorie)] = actief
      .filter((x) => x.categorieen.includes(categorie))
      .map((x) => x.organisatie);
  }
  return s;
}

export function deelnemerOnderwerp(c: CasusEntity, organisatie: string): Record<string, unknown> {
  return { ...deelVan(c), organisatie };
}

export function uitwisselingOnderwerp(
  c: CasusEntity,
  van: string,
  ontvangers: readonly string[],
): Record<string, unknown> {
  return { ...deelVan(c), van, ontvangers: [...ontvangers] };
}

const PERSOONSVELDEN = Object.values(CASUS_PERSOON_VELDEN).flat();

/** The person categories of the casus this ability may read now (by the person field rules). */
export function zichtbareCategorieen(ability: AppAbility, d: Casusdossier): string[] {
  const velden = permittedFields(ability, 'read', 'CasusPersoon', persoonOnderwerp(d), [
    ...PERSOONSVELDEN,
  ]);
  return Object.entries(CASUS_PERSOON_VELDEN)
    .filter(([, v]) => v.some((veld) => velden.has(veld)))
    .map(([c]) => c);
}
