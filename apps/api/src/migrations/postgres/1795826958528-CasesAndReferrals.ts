import { MigrationInterface, QueryRunner } from "typeorm";

export class CasesAndReferrals1795826958528 implements MigrationInterface {
    name = 'CasesAndReferrals1795826958528'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_note_revisions" ("id" character varying(36) NOT NULL, "caseNoteId" character varying(36) NOT NULL, "kind" character varying(24) NOT NULL, "date" character varying(10) NOT NULL, "text" text NOT NULL, "followUpOn" character varying(10), "editedById" character varying(36) NOT NULL, "editedAt" character varying(24) NOT NULL, CONSTRAINT "PK_9672966f1d5cbc0286b8dcdb28d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_232ec4f9a648e022fdb701ca19" ON "case_note_revisions"  ("caseNoteId") `);
        await queryRunner.query(`CREATE TABLE "case_notes" ("id" character varying(36) NOT NULL, "beneficiaryId" character varying(36) NOT NULL, "kind" character varying(24) NOT NULL, "date" character varying(10) NOT NULL, "text" text NOT NULL, "followUpOn" character varying(10), "followUpDoneAt" character varying(24), "followUpDoneById" character varying(36), "authorId" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "PK_474011f166285b8da9a653af5c5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_96dc8f863d8404ad7245ce9f28" ON "case_notes"  ("followUpOn") `);
        await queryRunner.query(`CREATE INDEX "IDX_d05e98944251d2f52bc6fc1380" ON "case_notes"  ("beneficiaryId", "date") `);
        await queryRunner.query(`CREATE TABLE "referrals" ("id" character varying(36) NOT NULL, "beneficiaryId" character varying(36) NOT NULL, "service" character varying(16) NOT NULL, "provider" character varying(200) NOT NULL, "reason" text NOT NULL, "sharesPersonalData" boolean NOT NULL, "referredOn" character varying(10) NOT NULL, "status" character varying(10) NOT NULL, "outcome" text, "createdById" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "PK_ea9980e34f738b6252817326c08" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5d331b527eb07605bd73241668" ON "referrals"  ("beneficiaryId") `);
        await queryRunner.query(`CREATE INDEX "IDX_c2ea4262719c2cb9378e9a697d" ON "referrals"  ("status") `);
        await queryRunner.query(`ALTER TABLE "beneficiaries" ADD "consentReferrals" boolean NOT NULL DEFAULT false`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "beneficiaries" DROP COLUMN "consentReferrals"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c2ea4262719c2cb9378e9a697d"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5d331b527eb07605bd73241668"`);
        await queryRunner.query(`DROP TABLE "referrals"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d05e98944251d2f52bc6fc1380"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_96dc8f863d8404ad7245ce9f28"`);
        await queryRunner.query(`DROP TABLE "case_notes"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_232ec4f9a648e022fdb701ca19"`);
        await queryRunner.query(`DROP TABLE "case_note_revisions"`);
    }

}
