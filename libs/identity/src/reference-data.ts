import { readFileSync } from 'node:fs';
import type { OrganisatieType, Rol } from './actor.js';

function readData(file: string): unknown {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
}

export interface OrganisatieData {
  code: string;
  naam: string;
  type: OrganisatieType;
  gemeenteCode?: string;
}

export interface SysteemclientData {
  clientId: string;
  organisatie: string;
  omschrijving: string;
}

export interface DemoAccount {
  sub: string;
  naam: string;
  organisatie: string;
  rollen: Rol[];
  omschrijving: string;
}

/** Organisations of the unit, from `data/organisaties.json`. */
export const loadOrganisaties = (): OrganisatieData[] =>
  (readData('./data/organisaties.json') as { organisaties: OrganisatieData[] }).organisaties;

/** System clients and the organisation they act for, from `data/systeemclients.json`. */
export const loadSysteemclients = (): SysteemclientData[] =>
  (readData('./data/systeemclients.json') as { clients: SysteemclientData[] }).clients;

/** Demo accounts of the development identity provider. */
export const loadDemoAccounts = (): DemoAccount[] =>
  (readData('./dev-idp/demo-accounts.json') as { accounts: DemoAccount[] }).accounts;
