/**
 * Every rule of the abilities in words, for the FG's "waarom had deze persoon toegang?": the
 * rule ids stay in the audit trail (stable, versioned with the rules); people read these. A
 * spec checks that every rule the abilities can give has a text here.
 */
const TEKSTEN: Readonly<Record<string, string>> = {
  'iedereen:eigen-profiel': 'iedere aangemelde gebruiker zijn eigen profiel mag zien',
  'iedereen:verwerkingsregister-inzien': 'iedereen het verwerkingsregister mag inzien',
  'iedereen:organisaties-inzien': 'iedereen mag zien welke organisaties deelnemen',
  'iedereen:casusthemas-inzien': "iedere gebruiker de thema's van casussen mag zien",
  'beheer-fg:verwerkingsregister-volledig':
    'de beheerder en de FG het verwerkingsregister volledig mogen inzien',
  'beheerder:verwerkingsregister-beheren': 'de beheerder het verwerkingsregister bijhoudt',
  'gebruiker:afmelden': 'iedere gebruiker zich mag afmelden',
  'beheerder:gezondheid-inzien': 'de beheerder de gezondheid en wachtrijen van Schakel volgt',
  'beheerder:gebruikers-inzien':
    'de beheerder voor het platformbeheer ziet wie toegang heeft (naam, organisatie, rollen)',
  'gebruiker:eigen-doorbraken': 'iemand zijn eigen doorbraken mag zien',
  'fg:auditspoor-eigen-organisatie':
    'de FG mag zien wat medewerkers van de eigen organisatie deden',
  'fg:auditspoor-verstrekte-gegevens':
    'de FG mag zien wat anderen deden met gegevens die de eigen organisatie verstrekte',
  'fg:gebruikers-kiezen':
    'de FG in het auditspoor een medewerker op naam mag kiezen (naam, organisatie, rollen)',
  'fg:doorbraken-beoordelen': 'de FG doorbraken beoordeelt',
  'fg:doorbraken-eigen-organisatie': 'de FG de doorbraken van de eigen organisatie beoordeelt',
  'fg:doorbraken-verstrekte-gegevens':
    'de FG doorbraken beoordeelt op gegevens die de eigen organisatie verstrekte',
  'fg:uitwisselingsregister-eigen-casussen':
    'de FG de uitwisselingen ziet van casussen waaraan de eigen organisatie deelnam',
  'deelnemer:rectificatiemeldingen-ontvangen':
    'een deelnemer aan casussen de rectificaties ziet en bevestigt van gegevens die de eigen organisatie in een uitwisseling ontving',
  'zvh:rectificatiemeldingen-ontvangen':
    'de procesregisseur van het Zorg- en Veiligheidshuis de rectificaties ziet en bevestigt van gegevens die het eigen huis in een uitwisseling ontving',
  'vt:rectificatiemeldingen-ontvangen':
    'een medewerker van Veilig Thuis de rectificaties ziet en bevestigt van gegevens in zorgmeldingen die aan de eigen Veilig Thuis zijn bezorgd',
  'systeem:bezorgingen-eigen-organisatie':
    'het systeem van een Veilig Thuis de eigen bezorgingen ophaalt',
  'vt-coordinator:onbestelbare-bezorgingen-eigen-organisatie':
    'een coördinator van Veilig Thuis onbestelbare bezorgingen aan de eigen organisatie opnieuw aanbiedt',
  'politie:zorgmelding-opstellen': 'een politiemedewerker zorgmeldingen mag opstellen',
  'politie:eigen-zorgmeldingen': 'een politiemedewerker zijn eigen zorgmeldingen mag inzien',
  'politie:terugkoppeling-eigen-zorgmeldingen':
    'een politiemedewerker de terugkoppeling op zijn eigen zorgmeldingen mag lezen',
  'vt:zorgmeldingen-eigen-organisatie':
    'een medewerker van Veilig Thuis de zorgmeldingen beoordeelt die naar de eigen Veilig Thuis zijn gerouteerd',
  'vt:collegas-eigen-organisatie':
    'een medewerker van Veilig Thuis de namen van de collega’s van de eigen Veilig Thuis ziet',
  'vt:terugkoppeling-eigen-organisatie':
    'een medewerker van Veilig Thuis terugkoppelt op zorgmeldingen van de eigen Veilig Thuis',
  'vt-coordinator:zorgmeldingen-toewijzen':
    'een coördinator van Veilig Thuis meldingen toewijst aan collega’s van de eigen Veilig Thuis',
  'vt-coordinator:routeringsuitzonderingen':
    'een coördinator van Veilig Thuis zorgmeldingen zonder bekende Veilig Thuis doorzet',
  'vt:doorbraak-zorgmelding':
    'een medewerker van Veilig Thuis in spoed de glazen mag breken voor een zorgmelding in de eenheid',
  'zvh:doorbraak-eigen-casus':
    'een procesregisseur in spoed de glazen mag breken voor een casus van het eigen Zorg- en Veiligheidshuis',
  'wijkteam:casus-registreren': 'een medewerker van een sociaal wijkteam casussen registreert',
  'wijkteam:eigen-casussen': 'een sociaal wijkteam zijn eigen casussen mag opschalen',
  'wijkteam:eigen-signaal':
    'een sociaal wijkteam zijn eigen signaal volgt tot het Zorg- en Veiligheidshuis besluit',
  'wijkteam:eigen-casus-afgerond':
    'een sociaal wijkteam zijn eigen casus houdt nadat het Zorg- en Veiligheidshuis haar afsloot',
  'zvh:casusregie-eigen-huis':
    'een procesregisseur de casussen van het eigen Zorg- en Veiligheidshuis regisseert',
  'deelnemer:uitwisseling-vastleggen': 'een deelnemer aan een casus uitwisselingen vastlegt',
  'fg:rechtenverzoeken-eigen-organisatie':
    'de FG de verzoeken van betrokkenen aan de eigen organisatie behandelt',
  'privacy-officer:rechtenverzoeken-eigen-organisatie':
    'de privacy officer de verzoeken van betrokkenen aan de eigen organisatie behandelt',
  'vt-coordinator:vernietigingsverzoek-eigen-vt':
    'een coördinator van Veilig Thuis verzoeken tot vernietiging van zorgmeldingen van de eigen Veilig Thuis vastlegt',
  'vt-coordinator:verklaringen-eigen-vt':
    'een coördinator van Veilig Thuis de verklaringen van vernietiging op verzoek van de eigen Veilig Thuis ziet',
};

/** Retention rules (ADR 0027) of the FG and the informatiebeheerder (ADR 0035), by suffix. */
const BEWARING: Readonly<Record<string, string>> = {
  'vernietigingslijsten-eigen-organisatie': 'de vernietigingslijsten van de eigen organisatie ziet',
  'vernietigingslijsten-tweede-persoon':
    'een goedgekeurde vernietigingslijst ziet om haar als tweede persoon te bevestigen',
  'vernietigingslijsten-zelf-bevestigd': 'een vernietigingslijst ziet die hij zelf bevestigde',
  'vernietigingslijst-voorstellen': 'een vernietigingslijst voor de eigen organisatie voorstelt',
  'vernietigingslijst-goedkeuren': 'een vernietigingslijst van de eigen organisatie goedkeurt',
  'vernietigingslijst-bevestigen':
    'als tweede persoon een goedgekeurde vernietigingslijst bevestigt',
  'bewaarplicht-en-verlenging-eigen-organisatie':
    'bewaarplichten en verlengingen op dossiers van de eigen organisatie vastlegt',
  'bewaarsignaleringen-eigen-organisatie':
    'ziet welke dossiers van de eigen organisatie binnenkort hun bewaartermijn bereiken',
  'vernietigingsverzoeken-eigen-organisatie':
    'de verzoeken tot vernietiging van de eigen organisatie ziet',
};
const BEWAARDER: Readonly<Record<string, string>> = {
  fg: 'de FG',
  informatiebeheerder: 'de informatiebeheerder',
};

/** What a participant-rule grants (`deelnemer:` and `wijkteam-deelnemer:` share these). */
const DEELNEMER: Readonly<Record<string, string>> = {
  'casus-binnen-scope': 'een deelnemer de casus ziet zolang hij deelneemt, binnen zijn scope',
  'eigen-scope': 'een deelnemer zijn eigen scope in de casus ziet',
  'eigen-uitwisselingen': 'een deelnemer de uitwisselingen ziet die hij zelf vastlegde',
  'ontvangen-uitwisselingen':
    'een deelnemer de uitwisselingen ziet en bevestigt die aan hem gericht zijn',
};

const CATEGORIE: Readonly<Record<string, string>> = {
  identificatie: 'identificerende gegevens',
  woonsituatie: 'gegevens over de woonsituatie',
};

/**
 * A rule id in words, as the end of "… had toegang omdat …"; null when there is no rule. An
 * id this table does not know is said as an unknown rule, never shown raw.
 */
export function regelTekst(regel: string | null | undefined): string | null {
  if (!regel) return null;
  if (Object.hasOwn(TEKSTEN, regel)) return TEKSTEN[regel] ?? null;
  if (regel.startsWith('doorbraak:')) {
    return 'de medewerker in spoed de glazen brak (doorbraak), met een schriftelijke verantwoording';
  }
  const b = /^(fg|informatiebeheerder):(.+)$/.exec(regel);
  const bewaring = b ? BEWARING[b[2] ?? ''] : undefined;
  if (b && bewaring) return `${BEWAARDER[b[1] ?? ''] ?? ''} ${bewaring}`;
  const m = /^(deelnemer|wijkteam-deelnemer):(.+)$/.exec(regel);
  if (m) {
    const deel = m[2] ?? '';
    const scope = /^scope-(.+)$/.exec(deel);
    if (scope) {
      const categorie = CATEGORIE[scope[1] ?? ''];
      if (categorie)
        return `een deelnemer de ${categorie} van een persoon ziet als die in zijn scope vallen`;
    }
    const tekst = DEELNEMER[deel];
    if (tekst) return tekst;
  }
  return null;
}

/** Every rule id with its text (for the spec and the documentation). */
export function bekendeRegel(regel: string): boolean {
  return regelTekst(regel) !== null;
}
