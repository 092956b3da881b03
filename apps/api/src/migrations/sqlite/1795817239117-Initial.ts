import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795817239117 implements MigrationInterface {
  name = 'Initial1795817239117';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "at" varchar(24) NOT NULL, "actorId" varchar(36), "actorUsername" varchar(100), "action" varchar(60) NOT NULL, "recordType" varchar(40) NOT NULL, "recordId" varchar(36), "changedFields" text NOT NULL, "requestId" varchar(64) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3648e11676f1929b9875ee272b" ON "audit_events" ("at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c38c0df185a083b0768497b8a4" ON "audit_events" ("actorId", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b314326d43ac58f31031950433" ON "audit_events" ("recordType", "recordId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(100) NOT NULL, "address" varchar(64) NOT NULL, "succeeded" boolean NOT NULL, "at" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8c2bbf8182e6d53815ad78bd7" ON "login_attempts" ("address", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a052df158e2c48a00c68da4d03" ON "login_attempts" ("username", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "kind" varchar(20) NOT NULL, CONSTRAINT "UQ_7e27c3b62c681fbe3e2322535f2" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "districts" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(3) NOT NULL, "name" varchar(100) NOT NULL, "beneficiarySeq" integer NOT NULL DEFAULT (0), CONSTRAINT "UQ_8e9d73424149b43b38244f75528" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "household_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "position" integer NOT NULL, "relation" varchar(12) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "occupation" varchar(8) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1aacd2c0e39352aa8df067ea29" ON "household_members" ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "beneficiaries" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(12) NOT NULL, "districtId" varchar(36) NOT NULL, "fullName" varchar(200) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "village" varchar(100), "phone" varchar(20), "nationalId" varchar(20), "injuryKind" varchar(12), "injuryYear" integer, "disabilityNotes" text, "needsAssessment" text, "householdSize" integer NOT NULL, "searchText" text NOT NULL, "consentGivenOn" varchar(10) NOT NULL, "consentRecordedById" varchar(36), "consentDataUse" boolean NOT NULL, "consentDonorFigures" boolean NOT NULL, "consentPhotos" boolean NOT NULL, "consentWithdrawnOn" varchar(10), "consentWithdrawnById" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_9eabc362579e27ccc462f228cb1" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a904a250ccae110a70abe00b87" ON "beneficiaries" ("districtId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(100) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "organizationId" varchar(36), "beneficiaryId" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c5a80bdfd0790499734b3bdba5" ON "users" ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "lastSeenAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "revokedAt" varchar(24), CONSTRAINT "UQ_bace6c68efc156fddac9b14bda2" UNIQUE ("tokenHash"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_57de40bc620f456c7311aa3a1e" ON "sessions" ("userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_districts" ("userId" varchar(36) NOT NULL, "districtId" varchar(36) NOT NULL, PRIMARY KEY ("userId", "districtId"))`,
    );
    await queryRunner.query(`DROP INDEX "IDX_1aacd2c0e39352aa8df067ea29"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_household_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "position" integer NOT NULL, "relation" varchar(12) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "occupation" varchar(8) NOT NULL, CONSTRAINT "FK_1aacd2c0e39352aa8df067ea298" FOREIGN KEY ("beneficiaryId") REFERENCES "beneficiaries" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_household_members"("id", "beneficiaryId", "position", "relation", "sex", "birthYear", "occupation") SELECT "id", "beneficiaryId", "position", "relation", "sex", "birthYear", "occupation" FROM "household_members"`,
    );
    await queryRunner.query(`DROP TABLE "household_members"`);
    await queryRunner.query(
      `ALTER TABLE "temporary_household_members" RENAME TO "household_members"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1aacd2c0e39352aa8df067ea29" ON "household_members" ("beneficiaryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a904a250ccae110a70abe00b87"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_beneficiaries" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(12) NOT NULL, "districtId" varchar(36) NOT NULL, "fullName" varchar(200) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "village" varchar(100), "phone" varchar(20), "nationalId" varchar(20), "injuryKind" varchar(12), "injuryYear" integer, "disabilityNotes" text, "needsAssessment" text, "householdSize" integer NOT NULL, "searchText" text NOT NULL, "consentGivenOn" varchar(10) NOT NULL, "consentRecordedById" varchar(36), "consentDataUse" boolean NOT NULL, "consentDonorFigures" boolean NOT NULL, "consentPhotos" boolean NOT NULL, "consentWithdrawnOn" varchar(10), "consentWithdrawnById" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_9eabc362579e27ccc462f228cb1" UNIQUE ("code"), CONSTRAINT "FK_a904a250ccae110a70abe00b874" FOREIGN KEY ("districtId") REFERENCES "districts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_beneficiaries"("id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt") SELECT "id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt" FROM "beneficiaries"`,
    );
    await queryRunner.query(`DROP TABLE "beneficiaries"`);
    await queryRunner.query(`ALTER TABLE "temporary_beneficiaries" RENAME TO "beneficiaries"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a904a250ccae110a70abe00b87" ON "beneficiaries" ("districtId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c5a80bdfd0790499734b3bdba5"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_users" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(100) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "organizationId" varchar(36), "beneficiaryId" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "FK_f3d6aea8fcca58182b2e80ce979" FOREIGN KEY ("organizationId") REFERENCES "organizations" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_c5a80bdfd0790499734b3bdba5c" FOREIGN KEY ("beneficiaryId") REFERENCES "beneficiaries" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_users"("id", "username", "displayName", "role", "passwordHash", "active", "organizationId", "beneficiaryId", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "role", "passwordHash", "active", "organizationId", "beneficiaryId", "createdAt", "updatedAt" FROM "users"`,
    );
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`ALTER TABLE "temporary_users" RENAME TO "users"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c5a80bdfd0790499734b3bdba5" ON "users" ("beneficiaryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_57de40bc620f456c7311aa3a1e"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "lastSeenAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "revokedAt" varchar(24), CONSTRAINT "UQ_bace6c68efc156fddac9b14bda2" UNIQUE ("tokenHash"), CONSTRAINT "FK_57de40bc620f456c7311aa3a1e6" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_sessions"("id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt") SELECT "id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt" FROM "sessions"`,
    );
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`ALTER TABLE "temporary_sessions" RENAME TO "sessions"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_57de40bc620f456c7311aa3a1e" ON "sessions" ("userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "temporary_user_districts" ("userId" varchar(36) NOT NULL, "districtId" varchar(36) NOT NULL, CONSTRAINT "FK_76dc970073219edf736dff08f53" FOREIGN KEY ("userId") REFERENCES "users" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2e52c400a895012c78aaebd2764" FOREIGN KEY ("districtId") REFERENCES "districts" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, PRIMARY KEY ("userId", "districtId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_user_districts"("userId", "districtId") SELECT "userId", "districtId" FROM "user_districts"`,
    );
    await queryRunner.query(`DROP TABLE "user_districts"`);
    await queryRunner.query(`ALTER TABLE "temporary_user_districts" RENAME TO "user_districts"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_districts" RENAME TO "temporary_user_districts"`);
    await queryRunner.query(
      `CREATE TABLE "user_districts" ("userId" varchar(36) NOT NULL, "districtId" varchar(36) NOT NULL, PRIMARY KEY ("userId", "districtId"))`,
    );
    await queryRunner.query(
      `INSERT INTO "user_districts"("userId", "districtId") SELECT "userId", "districtId" FROM "temporary_user_districts"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_user_districts"`);
    await queryRunner.query(`DROP INDEX "IDX_57de40bc620f456c7311aa3a1e"`);
    await queryRunner.query(`ALTER TABLE "sessions" RENAME TO "temporary_sessions"`);
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" varchar(36) PRIMARY KEY NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL, "lastSeenAt" varchar(24) NOT NULL, "expiresAt" varchar(24) NOT NULL, "revokedAt" varchar(24), CONSTRAINT "UQ_bace6c68efc156fddac9b14bda2" UNIQUE ("tokenHash"))`,
    );
    await queryRunner.query(
      `INSERT INTO "sessions"("id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt") SELECT "id", "tokenHash", "userId", "createdAt", "lastSeenAt", "expiresAt", "revokedAt" FROM "temporary_sessions"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_sessions"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_57de40bc620f456c7311aa3a1e" ON "sessions" ("userId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_c5a80bdfd0790499734b3bdba5"`);
    await queryRunner.query(`ALTER TABLE "users" RENAME TO "temporary_users"`);
    await queryRunner.query(
      `CREATE TABLE "users" ("id" varchar(36) PRIMARY KEY NOT NULL, "username" varchar(100) NOT NULL, "displayName" varchar(200) NOT NULL, "role" varchar(20) NOT NULL, "passwordHash" varchar(200) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "organizationId" varchar(36), "beneficiaryId" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"))`,
    );
    await queryRunner.query(
      `INSERT INTO "users"("id", "username", "displayName", "role", "passwordHash", "active", "organizationId", "beneficiaryId", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "role", "passwordHash", "active", "organizationId", "beneficiaryId", "createdAt", "updatedAt" FROM "temporary_users"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_users"`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c5a80bdfd0790499734b3bdba5" ON "users" ("beneficiaryId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_a904a250ccae110a70abe00b87"`);
    await queryRunner.query(`ALTER TABLE "beneficiaries" RENAME TO "temporary_beneficiaries"`);
    await queryRunner.query(
      `CREATE TABLE "beneficiaries" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(12) NOT NULL, "districtId" varchar(36) NOT NULL, "fullName" varchar(200) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "village" varchar(100), "phone" varchar(20), "nationalId" varchar(20), "injuryKind" varchar(12), "injuryYear" integer, "disabilityNotes" text, "needsAssessment" text, "householdSize" integer NOT NULL, "searchText" text NOT NULL, "consentGivenOn" varchar(10) NOT NULL, "consentRecordedById" varchar(36), "consentDataUse" boolean NOT NULL, "consentDonorFigures" boolean NOT NULL, "consentPhotos" boolean NOT NULL, "consentWithdrawnOn" varchar(10), "consentWithdrawnById" varchar(36), "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_9eabc362579e27ccc462f228cb1" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `INSERT INTO "beneficiaries"("id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt") SELECT "id", "code", "districtId", "fullName", "sex", "birthYear", "village", "phone", "nationalId", "injuryKind", "injuryYear", "disabilityNotes", "needsAssessment", "householdSize", "searchText", "consentGivenOn", "consentRecordedById", "consentDataUse", "consentDonorFigures", "consentPhotos", "consentWithdrawnOn", "consentWithdrawnById", "createdAt", "updatedAt" FROM "temporary_beneficiaries"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_beneficiaries"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_a904a250ccae110a70abe00b87" ON "beneficiaries" ("districtId") `,
    );
    await queryRunner.query(`DROP INDEX "IDX_1aacd2c0e39352aa8df067ea29"`);
    await queryRunner.query(
      `ALTER TABLE "household_members" RENAME TO "temporary_household_members"`,
    );
    await queryRunner.query(
      `CREATE TABLE "household_members" ("id" varchar(36) PRIMARY KEY NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "position" integer NOT NULL, "relation" varchar(12) NOT NULL, "sex" varchar(6) NOT NULL, "birthYear" integer NOT NULL, "occupation" varchar(8) NOT NULL)`,
    );
    await queryRunner.query(
      `INSERT INTO "household_members"("id", "beneficiaryId", "position", "relation", "sex", "birthYear", "occupation") SELECT "id", "beneficiaryId", "position", "relation", "sex", "birthYear", "occupation" FROM "temporary_household_members"`,
    );
    await queryRunner.query(`DROP TABLE "temporary_household_members"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_1aacd2c0e39352aa8df067ea29" ON "household_members" ("beneficiaryId") `,
    );
    await queryRunner.query(`DROP TABLE "user_districts"`);
    await queryRunner.query(`DROP INDEX "IDX_57de40bc620f456c7311aa3a1e"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "IDX_c5a80bdfd0790499734b3bdba5"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "IDX_a904a250ccae110a70abe00b87"`);
    await queryRunner.query(`DROP TABLE "beneficiaries"`);
    await queryRunner.query(`DROP INDEX "IDX_1aacd2c0e39352aa8df067ea29"`);
    await queryRunner.query(`DROP TABLE "household_members"`);
    await queryRunner.query(`DROP TABLE "districts"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "IDX_a052df158e2c48a00c68da4d03"`);
    await queryRunner.query(`DROP INDEX "IDX_d8c2bbf8182e6d53815ad78bd7"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
    await queryRunner.query(`DROP INDEX "IDX_b314326d43ac58f31031950433"`);
    await queryRunner.query(`DROP INDEX "IDX_c38c0df185a083b0768497b8a4"`);
    await queryRunner.query(`DROP INDEX "IDX_3648e11676f1929b9875ee272b"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
