import { MigrationInterface, QueryRunner } from "typeorm";

export class PortalAccessAndCaseManager1795827103117 implements MigrationInterface {
    name = 'PortalAccessAndCaseManager1795827103117'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "portal_access_codes" ("id" character varying(36) NOT NULL, "beneficiaryId" character varying(36) NOT NULL, "codeHash" character varying(200) NOT NULL, "expiresAt" character varying(24) NOT NULL, "usedAt" character varying(24), "voidedAt" character varying(24), "issuedById" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_8f3dae8f7086bf12aa9e68621a4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_118a1afa4178b7ef340dc0aa79" ON "portal_access_codes"  ("beneficiaryId", "createdAt") `);
        await queryRunner.query(`ALTER TABLE "beneficiaries" ADD "caseManagerId" character varying(36)`);
        await queryRunner.query(`ALTER TABLE "users" ADD "phone" character varying(20)`);
        // Survivors registered before this column are looked after by the case manager who registered them.
        await queryRunner.query(`UPDATE "beneficiaries" SET "caseManagerId" = "consentRecordedById" WHERE "consentRecordedById" IN (SELECT "id" FROM "users" WHERE "role" = 'CASE_MANAGER')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "phone"`);
        await queryRunner.query(`ALTER TABLE "beneficiaries" DROP COLUMN "caseManagerId"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_118a1afa4178b7ef340dc0aa79"`);
        await queryRunner.query(`DROP TABLE "portal_access_codes"`);
    }

}
