import { readFileSync } from 'node:fs';
import type { OrganisatieType, Rol } from './actor.js';

function readData<T>(file: string): T {
  return JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as T;
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
  readData<{ organisaties: OrganisatieData[] }>('./data/organisaties.json').organisaties;

/** System clients and the organisation they act for, from `data/systeemclients.json`. */
export const loadSysteemclients = (): SysteemclientData[] =>
  readData<{ clients: SysteemclientData[] }>('./data/systeemclients.json').clients;

/** Demo accounts of the development identity provider. */
export const loadDemoAccounts = (): DemoAccount[] =>
  readData<{ accounts: DemoAccount[] }>('./dev-idp/demo-accounts.json').accounts;
