-- Schakel: de autorisatieregels als SQL (gegenereerd, niet met de hand wijzigen).
--
-- Per rol (representatieve actor uit de demo-accounts en systeemclients), per
-- verwerkingsactiviteit waaronder die rol mag handelen (en zonder activiteit), per subject en
-- actie van een lijstquery: de WHERE-clausule die accessibleCondition (casl-to-sql.ts) maakt
-- van defineAbility (abilities.ts), met de parameters ingevuld. FALSE = geweigerd (geen regel).
-- Rollen die de doorbraak mogen gebruiken staan er ook met een actieve doorbraak per
-- onderwerptype (Zorgmelding, Casus).
--
-- regels-sql.spec.ts vergelijkt dit bestand met de regels; na een bedoelde regelwijziging:
--   SQL_SNAPSHOT_BIJWERKEN=1 npm test -- libs/authz/src/sql/regels-sql
-- en de wijziging van dit bestand meenemen in de review.


-- =================================================================================================
-- ## beheerder (platform): demo-beheerder @ schakel-beheer (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## beheerder (platform): demo-beheerder @ schakel-beheer (gebruiker)
-- activiteit: platformbeheer
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (politie): demo-fg-politie @ politie-rotterdam (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (politie): demo-fg-politie @ politie-rotterdam (gebruiker)
-- activiteit: bewaring-vernietiging
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (politie): demo-fg-politie @ politie-rotterdam (gebruiker)
-- activiteit: rechten-betrokkenen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (politie): demo-fg-politie @ politie-rotterdam (gebruiker)
-- activiteit: verantwoording-toezicht
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: fg:auditspoor-eigen-organisatie, fg:auditspoor-verstrekte-gegevens
SELECT * FROM actor_audit AS a WHERE (
    "a"."verstrekker_code" = CAST('politie-rotterdam' AS text)
    OR "a"."organisatie_code" = CAST('politie-rotterdam' AS text)
  );

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: fg:doorbraken-eigen-organisatie, fg:doorbraken-verstrekte-gegevens
SELECT * FROM doorbraak AS d WHERE (
    "d"."verstrekker_code" = CAST('politie-rotterdam' AS text)
    OR "d"."organisatie_code" = CAST('politie-rotterdam' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: fg:uitwisselingsregister-eigen-casussen
SELECT * FROM casus AS c WHERE "c"."organisaties" @> ARRAY[CAST('politie-rotterdam' AS text)];

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (veilig-thuis): demo-fg-vt-rr @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (veilig-thuis): demo-fg-vt-rr @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: bewaring-vernietiging
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (veilig-thuis): demo-fg-vt-rr @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: rechten-betrokkenen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (veilig-thuis): demo-fg-vt-rr @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: verantwoording-toezicht
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: fg:auditspoor-eigen-organisatie, fg:auditspoor-verstrekte-gegevens
SELECT * FROM actor_audit AS a WHERE (
    "a"."verstrekker_code" = CAST('vt-rotterdam-rijnmond' AS text)
    OR "a"."organisatie_code" = CAST('vt-rotterdam-rijnmond' AS text)
  );

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: fg:doorbraken-eigen-organisatie, fg:doorbraken-verstrekte-gegevens
SELECT * FROM doorbraak AS d WHERE (
    "d"."verstrekker_code" = CAST('vt-rotterdam-rijnmond' AS text)
    OR "d"."organisatie_code" = CAST('vt-rotterdam-rijnmond' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: fg:uitwisselingsregister-eigen-casussen
SELECT * FROM casus AS c WHERE "c"."organisaties" @> ARRAY[CAST('vt-rotterdam-rijnmond' AS text)];

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (zorg-en-veiligheidshuis): demo-fg-zvh @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (zorg-en-veiligheidshuis): demo-fg-zvh @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: bewaring-vernietiging
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (zorg-en-veiligheidshuis): demo-fg-zvh @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: rechten-betrokkenen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## fg (zorg-en-veiligheidshuis): demo-fg-zvh @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: verantwoording-toezicht
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: fg:auditspoor-eigen-organisatie, fg:auditspoor-verstrekte-gegevens
SELECT * FROM actor_audit AS a WHERE (
    "a"."verstrekker_code" = CAST('zvh-rotterdam-rijnmond' AS text)
    OR "a"."organisatie_code" = CAST('zvh-rotterdam-rijnmond' AS text)
  );

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: fg:doorbraken-eigen-organisatie, fg:doorbraken-verstrekte-gegevens
SELECT * FROM doorbraak AS d WHERE (
    "d"."verstrekker_code" = CAST('zvh-rotterdam-rijnmond' AS text)
    OR "d"."organisatie_code" = CAST('zvh-rotterdam-rijnmond' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: fg:uitwisselingsregister-eigen-casussen
SELECT * FROM casus AS c WHERE "c"."organisaties" @> ARRAY[CAST('zvh-rotterdam-rijnmond' AS text)];

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## informatiebeheerder (zorg-en-veiligheidshuis): demo-informatiebeheer-zvh @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## informatiebeheerder (zorg-en-veiligheidshuis): demo-informatiebeheer-zvh @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: bewaring-vernietiging
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (ggz): demo-ggz-partner @ ggz-rijnmond (gebruiker)
-- activiteit: ketenpartner-deelname
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('ggz-rijnmond' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('ggz-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## ketenpartner (openbaar-ministerie): demo-om-partner @ om-rotterdam (gebruiker)
-- activiteit: ketenpartner-deelname
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('om-rotterdam' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('om-rotterdam' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: ketenpartner-deelname
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('politie-rotterdam' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('politie-rotterdam' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: zorgmelding-indienen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: politie:eigen-zorgmeldingen
SELECT * FROM zorgmelding AS z WHERE "z"."opsteller_id" = CAST('demo-politie-1' AS text);


-- =================================================================================================
-- ## politie-medewerker (politie): demo-politie-1 @ politie-rotterdam (gebruiker)
-- activiteit: zorgmelding-terugkoppeling
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: politie:terugkoppeling-eigen-zorgmeldingen
SELECT * FROM zorgmelding AS z WHERE "z"."opsteller_id" = CAST('demo-politie-1' AS text);


-- =================================================================================================
-- ## privacy-officer (veilig-thuis): demo-privacy-vt-rr @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## privacy-officer (veilig-thuis): demo-privacy-vt-rr @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: rechten-betrokkenen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## regionaal-analist (politie): demo-analist @ politie-rotterdam (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## regionaal-analist (politie): demo-analist @ politie-rotterdam (gebruiker)
-- activiteit: statistiek-veiligheidsbeeld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## systeem (veilig-thuis): vt-rotterdam-rijnmond-systeem @ vt-rotterdam-rijnmond (systeem)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## systeem (veilig-thuis): vt-rotterdam-rijnmond-systeem @ vt-rotterdam-rijnmond (systeem)
-- activiteit: zorgmelding-ontvangen-beoordelen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: systeem:bezorgingen-eigen-organisatie
SELECT * FROM bezorging AS b WHERE "b"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text);

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: bewaring-vernietiging
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: ketenpartner-deelname
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('vt-rotterdam-rijnmond' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: statistiek-veiligheidsbeeld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-ontvangen-beoordelen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: gebruiker:eigen-doorbraken
SELECT * FROM doorbraak AS d WHERE (
    "d"."actor_id" = CAST('demo-vt-rr-coordinator' AS text)
    AND "d"."activiteit" = CAST('zorgmelding-ontvangen-beoordelen' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: vt-coordinator:onbestelbare-bezorgingen-eigen-organisatie
SELECT * FROM bezorging AS b WHERE "b"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text);

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: vt:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('bezorging' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: vt-coordinator:routeringsuitzonderingen, vt:zorgmeldingen-eigen-organisatie
SELECT * FROM zorgmelding AS z WHERE (
    "z"."status" = CAST('routeringsuitzondering' AS text)
    OR "z"."vt_organisatie" = CAST('vt-rotterdam-rijnmond' AS text)
  );

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: vt-coordinator:routeringsuitzonderingen
SELECT * FROM zorgmelding AS z WHERE "z"."status" = CAST('routeringsuitzondering' AS text);

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-terugkoppeling
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: bewaring-vernietiging
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: ketenpartner-deelname
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('vt-rotterdam-rijnmond' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: statistiek-veiligheidsbeeld
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-ontvangen-beoordelen
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: gebruiker:eigen-doorbraken
SELECT * FROM doorbraak AS d WHERE (
    "d"."actor_id" = CAST('demo-vt-rr-coordinator' AS text)
    AND "d"."activiteit" = CAST('zorgmelding-ontvangen-beoordelen' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: vt-coordinator:onbestelbare-bezorgingen-eigen-organisatie
SELECT * FROM bezorging AS b WHERE "b"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text);

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: vt:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('bezorging' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: vt-coordinator:routeringsuitzonderingen, vt:zorgmeldingen-eigen-organisatie
SELECT * FROM zorgmelding AS z WHERE (
    "z"."status" = CAST('routeringsuitzondering' AS text)
    OR "z"."vt_organisatie" = CAST('vt-rotterdam-rijnmond' AS text)
  );

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: vt-coordinator:routeringsuitzonderingen
SELECT * FROM zorgmelding AS z WHERE "z"."status" = CAST('routeringsuitzondering' AS text);

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-coordinator (veilig-thuis): demo-vt-rr-coordinator @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-terugkoppeling
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: ketenpartner-deelname
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('vt-rotterdam-rijnmond' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-ontvangen-beoordelen
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: gebruiker:eigen-doorbraken
SELECT * FROM doorbraak AS d WHERE (
    "d"."actor_id" = CAST('demo-vt-rr-medewerker' AS text)
    AND "d"."activiteit" = CAST('zorgmelding-ontvangen-beoordelen' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: vt:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('bezorging' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: vt:zorgmeldingen-eigen-organisatie
SELECT * FROM zorgmelding AS z WHERE "z"."vt_organisatie" = CAST('vt-rotterdam-rijnmond' AS text);

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-terugkoppeling
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: ketenpartner-deelname
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('vt-rotterdam-rijnmond' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-ontvangen-beoordelen
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: gebruiker:eigen-doorbraken
SELECT * FROM doorbraak AS d WHERE (
    "d"."actor_id" = CAST('demo-vt-rr-medewerker' AS text)
    AND "d"."activiteit" = CAST('zorgmelding-ontvangen-beoordelen' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: vt:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('vt-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('bezorging' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: vt:zorgmeldingen-eigen-organisatie
SELECT * FROM zorgmelding AS z WHERE "z"."vt_organisatie" = CAST('vt-rotterdam-rijnmond' AS text);

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## vt-medewerker (veilig-thuis): demo-vt-rr-medewerker @ vt-rotterdam-rijnmond (gebruiker)
-- activiteit: zorgmelding-terugkoppeling
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: casus-signalering-opschaling
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: wijkteam-deelnemer:casus-binnen-scope, wijkteam:eigen-casus-afgerond, wijkteam:eigen-signaal
SELECT * FROM casus AS c WHERE (
    (
      "c"."sleutelpartner" = CAST('wijkteam-gm0599' AS text)
      AND "c"."status" = CAST('afgesloten' AS text)
    )
    OR "c"."deelnemers" @> ARRAY[CAST('wijkteam-gm0599' AS text)]
    OR (
      "c"."sleutelpartner" = CAST('wijkteam-gm0599' AS text)
      AND "c"."status" = ANY(CAST(ARRAY['aangemeld', 'in-triage', 'afgewezen'] AS text[]))
    )
  );

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## wijkteam-medewerker (sociaal-wijkteam): demo-wijkteam-rotterdam @ wijkteam-gm0599 (gebruiker)
-- activiteit: ketenpartner-deelname
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: deelnemer:casus-binnen-scope
SELECT * FROM casus AS c WHERE "c"."deelnemers" @> ARRAY[CAST('wijkteam-gm0599' AS text)];

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: deelnemer:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('wijkteam-gm0599' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casusregie-zvh
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: zvh:casusregie-eigen-huis
SELECT * FROM casus AS c WHERE "c"."regie_organisatie" = CAST('zvh-rotterdam-rijnmond' AS text);

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: zvh:casusregie-eigen-huis
SELECT * FROM casus AS c WHERE "c"."regie_organisatie" = CAST('zvh-rotterdam-rijnmond' AS text);

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: gebruiker:eigen-doorbraken
SELECT * FROM doorbraak AS d WHERE (
    "d"."actor_id" = CAST('demo-zvh-procesregisseur' AS text)
    AND "d"."activiteit" = CAST('casusregie-zvh' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: zvh:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('zvh-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: (geen)
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-huiselijk-geweld
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-jeugd
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-overlast-criminaliteit
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-radicalisering
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casus-verward-gedrag
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: (geen: geweigerd)
SELECT * FROM doorbraak AS d WHERE FALSE;

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: (geen: geweigerd)
SELECT * FROM rectificatie_melding AS x WHERE FALSE;

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;


-- =================================================================================================
-- ## zvh-procesregisseur (zorg-en-veiligheidshuis): demo-zvh-procesregisseur @ zvh-rotterdam-rijnmond (gebruiker)
-- activiteit: casusregie-zvh
-- doorbraken: Zorgmelding, Casus
-- =================================================================================================

-- AuditRecord · read · verantwoording stappen (Zoeken, Toelichten, Statistieken, Exporteren)
-- regels: (geen: geweigerd)
SELECT * FROM actor_audit AS a WHERE FALSE;

-- Bezorging · read · BezorgFeed (lees)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Casus · read · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: doorbraak:doorbraak-casus, zvh:casusregie-eigen-huis
SELECT * FROM casus AS c WHERE (
    "c"."id" = CAST('00000000-0000-4000-8000-000000000002' AS uuid)
    OR "c"."regie_organisatie" = CAST('zvh-rotterdam-rijnmond' AS text)
  );

-- Casus · triageren · CasussenService (lijst, triagelijst, tijdlijnVanPersoon)
-- regels: zvh:casusregie-eigen-huis
SELECT * FROM casus AS c WHERE "c"."regie_organisatie" = CAST('zvh-rotterdam-rijnmond' AS text);

-- Doorbraak · read · DoorbraakLezen (lijst, teBeoordelen)
-- regels: gebruiker:eigen-doorbraken
SELECT * FROM doorbraak AS d WHERE (
    "d"."actor_id" = CAST('demo-zvh-procesregisseur' AS text)
    AND "d"."activiteit" = CAST('casusregie-zvh' AS text)
  );

-- OnbestelbareBezorging · read · Onbestelbaar (lijst)
-- regels: (geen: geweigerd)
SELECT * FROM bezorging AS b WHERE FALSE;

-- Rectificatiemelding · read · Rectificatiemeldingen (lijst, stapel in mijn werk)
-- regels: zvh:rectificatiemeldingen-ontvangen
SELECT * FROM rectificatie_melding AS x WHERE (
    "x"."ontvanger_code" = CAST('zvh-rotterdam-rijnmond' AS text)
    AND "x"."bron" = CAST('uitwisseling' AS text)
  );

-- Uitwisselingsregister · read · CasussenService (register van de FG)
-- regels: (geen: geweigerd)
SELECT * FROM casus AS c WHERE FALSE;

-- Zorgmelding · beoordelen · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · herrouteren · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;

-- Zorgmelding · read · ZorgmeldingenService (eigenMeldingen, inbox, routeringsuitzonderingen)
-- regels: (geen: geweigerd)
SELECT * FROM zorgmelding AS z WHERE FALSE;
