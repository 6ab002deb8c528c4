import { readFileSync, writeFileSync } from 'node:fs';
import { ROLLEN } from './actor.js';
import { jwksVariabele, keycloakRealm } from './keycloak-realm.js';
import { loadDemoAccounts, loadOrganisaties, loadSysteemclients } from './reference-data.js';

/** The realm files in deploy/keycloak are generated from the app's reference data. */
const BESTANDEN = [
  { pad: '../../../deploy/keycloak/schakel-realm.json', demo: false },
  { pad: '../../../deploy/keycloak/schakel-realm-demo.json', demo: true },
];

interface Client {
  clientId: string;
  defaultClientScopes: string[];
  protocolMappers?: { name: string; protocolMapper: string; config: Record<string, string> }[];
  attributes: Record<string, string>;
  serviceAccountsEnabled: boolean;
}

describe('Keycloak realm (deploy/keycloak)', () => {
  it.each(BESTANDEN)('$pad is generated from the reference data', ({ pad, demo }) => {
    const url = new URL(pad, import.meta.url);
    const verwacht = `${JSON.stringify(keycloakRealm({ demo }), null, 2)}\n`;
    if (process.env.REALM_BIJWERKEN === '1') writeFileSync(url, verwacht);
    expect(readFileSync(url, 'utf8')).toBe(verwacht);
  });

  const realm = keycloakRealm({ demo: true }) as {
    roles: { client: Record<string, { name: string }[]> };
    groups: { subGroups: { name: string; attributes: Record<string, string[]> }[] }[];
    clients: Client[];
    users: { username: string; groups: string[]; clientRoles: Record<string, string[]> }[];
  };

  it('declares exactly the roles a person can hold in Schakel (not systeem)', () => {
    const namen = realm.roles.client['schakel-web']!.map((r) => r.name).sort();
    expect(namen).toEqual(ROLLEN.filter((r) => r !== 'systeem').sort());
    expect(namen).not.toContain('systeem');
  });

  it('has one organisation group per organisation, carrying its code', () => {
    const groepen = realm.groups[0]!.subGroups;
    expect(groepen.map((g) => g.name).sort()).toEqual(
      loadOrganisaties()
        .map((o) => o.code)
        .sort(),
    );
    for (const g of groepen) expect(g.attributes.organisatie).toEqual([g.name]);
  });

  it('maps the claims the app reads into the ID token of schakel-web', () => {
    const web = realm.clients.find((c) => c.clientId === 'schakel-web');
    const mappers = Object.fromEntries((web?.protocolMappers ?? []).map((m) => [m.name, m]));
    expect(mappers.organisatie!.config['claim.name']).toBe('organisatie');
    expect(mappers.organisatie!.config['id.token.claim']).toBe('true');
    expect(mappers.rollen!.config['claim.name']).toBe('rollen');
    expect(mappers.rollen!.config.multivalued).toBe('true');
    expect(mappers.rollen!.config['id.token.claim']).toBe('true');
    expect(web?.attributes['pkce.code.challenge.method']).toBe('S256');
    // `name` comes from the profile scope, `sub` from basic.
    expect(web?.defaultClientScopes).toEqual(expect.arrayContaining(['basic', 'profile']));
  });

  it('gives system clients client_id and the API audience but no sub', () => {
    const systeem = realm.clients.filter((c) => c.serviceAccountsEnabled);
    expect(systeem.map((c) => c.clientId).sort()).toEqual(
      loadSysteemclients()
        .map((c) => c.clientId)
        .sort(),
    );
    for (const c of systeem) {
      expect(c.defaultClientScopes).toEqual(['service_account', 'schakel-api']);
      expect(c.defaultClientScopes).not.toContain('basic');
      expect(c.attributes['jwks.url']).toBe(`\${${jwksVariabele(c.clientId)}}`);
    }
  });

  it('puts every demo account in its organisation with its roles, and none in production', () => {
    expect(realm.users.map((u) => u.username).sort()).toEqual(
      loadDemoAccounts()
        .map((a) => a.sub)
        .sort(),
    );
    for (const a of loadDemoAccounts()) {
      const u = realm.users.find((x) => x.username === a.sub);
      expect(u?.groups).toEqual([`/organisaties/${a.organisatie}`]);
      expect(u?.clientRoles['schakel-web']).toEqual(a.rollen);
    }
    expect(keycloakRealm({ demo: false })).not.toHaveProperty('users');
  });
});
