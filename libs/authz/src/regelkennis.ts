import {
  ORGANISATIE_TYPES,
  loadDemoAccounts,
  loadOrganisaties,
  loadSysteemclients,
  type Actor,
  type Rol,
} from '@schakel/identity';
import type { Regelkennis } from '@schakel/purpose';
import { defineAbility } from './abilities.js';

/**
 * Actors that can hold `rol`: one per organisation of the demo accounts and system clients
 * with that role (so each with the organisation type the role belongs to), or, for a role no
 * account has, one per organisation type.
 */
function actorsMet(rol: Rol): Actor[] {
  const organisaties = loadOrganisaties();
  const codes = new Set([
    ...loadDemoAccounts()
      .filter((a) => a.rollen.includes(rol))
      .map((a) => a.organisatie),
    ...(rol === 'systeem' ? loadSysteemclients().map((c) => c.organisatie) : []),
  ]);
  const orgs =
    codes.size > 0
      ? organisaties.filter((o) => codes.has(o.code))
      : ORGANISATIE_TYPES.flatMap((type) => organisaties.find((o) => o.type === type) ?? []);
  return orgs.map((o) => ({
    soort: rol === 'systeem' ? 'systeem' : 'gebruiker',
    id: `regelkennis-${rol}`,
    organisatie: { code: o.code, naam: o.naam, type: o.type },
    rollen: [rol],
    herkomst: {},
  }));
}

const sleutels = (actor: Actor, doel?: { id: string; versie: number }): Set<string> =>
  new Set(defineAbility(actor, doel).rules.map((r) => JSON.stringify(r)));

/**
 * Which roles the abilities give rules under which activity, derived from the rules
 * themselves: role R has rules under activity A when an actor with R gets rules bound to A
 * that it does not get without a purpose. Answers are cached (the rules are code).
 */
export function regelkennis(): Regelkennis {
  const cache = new Map<string, boolean>();
  return (activiteitId, rol) => {
    const sleutel = `${activiteitId}\u0000${rol}`;
    let antwoord = cache.get(sleutel);
    if (antwoord === undefined) {
      antwoord = actorsMet(rol as Rol).some((actor) => {
        const zonderDoel = sleutels(actor);
        return [...sleutels(actor, { id: activiteitId, versie: 1 })].some(
          (r) => !zonderDoel.has(r),
        );
      });
      cache.set(sleutel, antwoord);
    }
    return antwoord;
  };
}
