import type { MigrationInterface, QueryRunner } from 'typeorm';

const DOOR = 'migratie-1796200000001';

/**
 * Two roles beside the FG (ADR 0035): the privacy officer under `rechten-betrokkenen`, the
 * informatiebeheerder (record manager) under `bewaring-vernietiging`. A database seeded before
 * gets a new version of each activity in force, the same but for the added role, valid from
 * today (a fresh database is seeded with the roles from verwerkingsregister.json).
 */
export class PrivacyOfficerInformatiebeheerder1796200000001 implements MigrationInterface {
  name = 'PrivacyOfficerInformatiebeheerder1796200000001';

  async up(q: QueryRunner): Promise<void> {
    for (const [activiteit, rol] of [
      ['rechten-betrokkenen', 'privacy-officer'],
      ['bewaring-vernietiging', 'informatiebeheerder'],
    ] as const) {
      await q.query(
        `INSERT INTO "verwerkingsactiviteit" ("id", "versie", "naam", "verwerkingsverantwoordelijke",
           "doel", "grondslag", "grondslag_toelichting", "categorieen_betrokkenen",
           "categorieen_gegevens", "ontvangers", "bewaartermijn", "bewaartermijn_vanaf",
           "geldig_vanaf", "toegestane_rollen", "vastgelegd_door", "status")
         SELECT a."id", (SELECT max(b."versie") + 1 FROM "verwerkingsactiviteit" b WHERE b."id" = a."id"),
                a."naam", a."verwerkingsverantwoordelijke", a."doel", a."grondslag",
                a."grondslag_toelichting", a."categorieen_betrokkenen", a."categorieen_gegevens",
                a."ontvangers", a."bewaartermijn", a."bewaartermijn_vanaf", CURRENT_DATE,
                array_append(a."toegestane_rollen", $2::text), $3, 'geldig'
           FROM "verwerkingsactiviteit" a
          WHERE a."id" = $1 AND a."status" = 'geldig' AND a."geldig_vanaf" <= CURRENT_DATE
            AND NOT ($2::text = ANY(a."toegestane_rollen"))
            AND a."versie" = (SELECT max(c."versie") FROM "verwerkingsactiviteit" c
                               WHERE c."id" = a."id" AND c."status" = 'geldig'
                                 AND c."geldig_vanaf" <= CURRENT_DATE)`,
        [activiteit, rol, DOOR],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "verwerkingsactiviteit" WHERE "vastgelegd_door" = $1`, [DOOR]);
  }
}
