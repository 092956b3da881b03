import { MigrationInterface, QueryRunner } from "typeorm";

export class CasesAndReferrals1795826954495 implements MigrationInterface {
    name = 'CasesAndReferrals1795826954495'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "case_note_revisions" ("id" varchar(36) PRIMARY KEY NOT NULL, "caseNoteId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "date" varchar(10) NOT NULL, "text" text NOT NULL, "followUpOn" varchar(10), "editedById" varchar(36) NOT NULL, "editedAt" varchar(24) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_232ec4f9a648e022fdb701ca19" ON "case_note_revisions" ("caseNoteId") `);
        await queryRunner.query(`CREATE TABLE "case_notes" ("id" varchar(36) PRIMARY KEY NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "kind" varchar(24) NOT NULL, "date" varchar(10) NOT NULL, "text" text NOT NULL, "followUpOn" varchar(10), "followUpDoneAt" varchar(24), "followUpDoneById" varchar(36), "authorId" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_96dc8f863d8404ad7245ce9f28" ON "case_notes" ("followUpOn") `);
        await queryRunner.query(`CREATE INDEX "IDX_d05e98944251d2f52bc6fc1380" ON "case_notes" ("beneficiaryId", "date") `);
        await queryRunner.query(`CREATE TABLE "referrals" ("id" varchar(36) PRIMARY KEY NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "service" varchar(16) NOT NULL, "provider" varchar(200) NOT NULL, "reason" text NOT NULL, "sharesPersonalData" boolean NOT NULL, "referredOn" varchar(10) NOT NULL, "status" varchar(10) NOT NULL, "outcome" text, "createdById" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`);
        await queryRunner.query(`CREATE INDEX "IDX_5d331b527eb07605bd73241668" ON "referrals" ("beneficiaryId") `);
        await queryRunner.query(`CREATE INDEX "IDX_c2ea4262719c2cb9378e9a697d" ON "referrals" ("status") `);
        await queryRunner.query(`DROP INDEX "IDX_a904a250ccae110a70abe00b87"`);
        await queryRunner.query(`CREATE TABLE "temporary_beneficiaries" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(12) NOT NULL, "districtId" varchar(36) NOT NULL, "fullName" varchar(200) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "village" varchar(100), "phone" varchar(20), "nationalId" varchar(20), "injuryKind" varchar(12), "injuryYear" integer, "disabilityNotes" text, "needsAssessment" text, "householdSize" integer NOT NULL, "searchText" text NOT NULL, "consentGivenOn" varchar(10) NOT NULL, "consentRecordedById" varchar(36), "consentDataUse" boolean NOT NULL, "consentDonorFigures" boolean NOT NULL, "consentPhotos" boolean NOT NULL, "consentWithdrawnOn" varchar(10), "consentWithdrawnById" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, "consentReferrals" boolean NOT NULL DEFAULT (0), CONSTRAINT "UQ_9eabc362579e27ccc462f228cb1" UNIQUE ("code"), CONSTRAINT "FK_a904a250ccae110a70abe00b874" FOREIGN KEY ("districtId") REFERENCES "districts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "temporary_beneficiaries"("id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt") SELECT "id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt" FROM "beneficiaries"`);
        await queryRunner.query(`DROP TABLE "beneficiaries"`);
        await queryRunner.query(`ALTER TABLE "temporary_beneficiaries" RENAME TO "beneficiaries"`);
        await queryRunner.query(`CREATE INDEX "IDX_a904a250ccae110a70abe00b87" ON "beneficiaries" ("districtId") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_a904a250ccae110a70abe00b87"`);
        await queryRunner.query(`ALTER TABLE "beneficiaries" RENAME TO "temporary_beneficiaries"`);
        await queryRunner.query(`CREATE TABLE "beneficiaries" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(12) NOT NULL, "districtId" varchar(36) NOT NULL, "fullName" varchar(200) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "village" varchar(100), "phone" varchar(20), "nationalId" varchar(20), "injuryKind" varchar(12), "injuryYear" integer, "disabilityNotes" text, "needsAssessment" text, "householdSize" integer NOT NULL, "searchText" text NOT NULL, "consentGivenOn" varchar(10) NOT NULL, "consentRecordedById" varchar(36), "consentDataUse" boolean NOT NULL, "consentDonorFigures" boolean NOT NULL, "consentPhotos" boolean NOT NULL, "consentWithdrawnOn" varchar(10), "consentWithdrawnById" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_9eabc362579e27ccc462f228cb1" UNIQUE ("code"), CONSTRAINT "FK_a904a250ccae110a70abe00b874" FOREIGN KEY ("districtId") REFERENCES "districts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`);
        await queryRunner.query(`INSERT INTO "beneficiaries"("id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt") SELECT "id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt" FROM "temporary_beneficiaries"`);
        await queryRunner.query(`DROP TABLE "temporary_beneficiaries"`);
        await queryRunner.query(`CREATE INDEX "IDX_a904a250ccae110a70abe00b87" ON "beneficiaries" ("districtId") `);
        await queryRunner.query(`DROP INDEX "IDX_c2ea4262719c2cb9378e9a697d"`);
        await queryRunner.query(`DROP INDEX "IDX_5d331b527eb07605bd73241668"`);
        await queryRunner.query(`DROP TABLE "referrals"`);
        await queryRunner.query(`DROP INDEX "IDX_d05e98944251d2f52bc6fc1380"`);
        await queryRunner.query(`DROP INDEX "IDX_96dc8f863d8404ad7245ce9f28"`);
        await queryRunner.query(`DROP TABLE "case_notes"`);
        await queryRunner.query(`DROP INDEX "IDX_232ec4f9a648e022fdb701ca19"`);
        await queryRunner.query(`DROP TABLE "case_note_revisions"`);
    }

}
