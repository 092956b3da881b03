import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795817241561 implements MigrationInterface {
  name = 'Initial1795817241561';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_events" ("id" character varying(36) NOT NULL, "at" character varying(24) NOT NULL, "actorId" character varying(36), "actorUsername" character varying(100), "action" character varying(60) NOT NULL, "recordType" character varying(40) NOT NULL, "recordId" character varying(36), "changedFields" text NOT NULL, "requestId" character varying(64) NOT NULL, CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3648e11676f1929b9875ee272b" ON "audit_events"  ("at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c38c0df185a083b0768497b8a4" ON "audit_events"  ("actorId", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b314326d43ac58f31031950433" ON "audit_events"  ("recordType", "recordId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "login_attempts" ("id" character varying(36) NOT NULL, "username" character varying(100) NOT NULL, "address" character varying(64) NOT NULL, "succeeded" boolean NOT NULL, "at" character varying(24) NOT NULL, CONSTRAINT "PK_070e613c8f768b1a70742705c5b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_d8c2bbf8182e6d53815ad78bd7" ON "login_attempts"  ("address", "at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a052df158e2c48a00c68da4d03" ON "login_attempts"  ("username", "at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "organizations" ("id" character varying(36) NOT NULL, "code" character varying(20) NOT NULL, "name" character varying(200) NOT NULL, "kind" character varying(20) NOT NULL, CONSTRAINT "UQ_7e27c3b62c681fbe3e2322535f2" UNIQUE ("code"), CONSTRAINT "PK_6b031fcd0863e3f6b44230163f9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "districts" ("id" character varying(36) NOT NULL, "code" character varying(3) NOT NULL, "name" character varying(100) NOT NULL, "beneficiarySeq" integer NOT NULL DEFAULT '0', CONSTRAINT "UQ_8e9d73424149b43b38244f75528" UNIQUE ("code"), CONSTRAINT "PK_972a72ff4e3bea5c7f43a2b98af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "household_members" ("id" character varying(36) NOT NULL, "beneficiaryId" character varying(36) NOT NULL, "position" integer NOT NULL, "relation" character varying(12) NOT NULL, "sex" character varying(6) NOT NULL, "birthYear" integer NOT NULL, "occupation" character varying(8) NOT NULL, CONSTRAINT "PK_198055660706bdbea68909fdb01" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_1aacd2c0e39352aa8df067ea29" ON "household_members"  ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "beneficiaries" ("id" character varying(36) NOT NULL, "code" character varying(12) NOT NULL, "districtId" character varying(36) NOT NULL, "fullName" character varying(200) NOT NULL, "sex" character varying(6) NOT NULL, "birthYear" integer NOT NULL, "village" character varying(100), "phone" character varying(20), "nationalId" character varying(20), "injuryKind" character varying(12), "injuryYear" integer, "disabilityNotes" text, "needsAssessment" text, "householdSize" integer NOT NULL, "searchText" text NOT NULL, "consentGivenOn" character varying(10) NOT NULL, "consentRecordedById" character varying(36), "consentDataUse" boolean NOT NULL, "consentDonorFigures" boolean NOT NULL, "consentPhotos" boolean NOT NULL, "consentWithdrawnOn" character varying(10), "consentWithdrawnById" character varying(36), "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "UQ_9eabc362579e27ccc462f228cb1" UNIQUE ("code"), CONSTRAINT "PK_c9356d282dec80f7f12a9eef10a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a904a250ccae110a70abe00b87" ON "beneficiaries"  ("districtId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "users" ("id" character varying(36) NOT NULL, "username" character varying(100) NOT NULL, "displayName" character varying(200) NOT NULL, "role" character varying(20) NOT NULL, "passwordHash" character varying(200) NOT NULL, "active" boolean NOT NULL DEFAULT true, "organizationId" character varying(36), "beneficiaryId" character varying(36), "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "UQ_fe0bb3f6520ee0469504521e710" UNIQUE ("username"), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c5a80bdfd0790499734b3bdba5" ON "users"  ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "sessions" ("id" character varying(36) NOT NULL, "tokenHash" character varying(64) NOT NULL, "userId" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, "lastSeenAt" character varying(24) NOT NULL, "expiresAt" character varying(24) NOT NULL, "revokedAt" character varying(24), CONSTRAINT "UQ_bace6c68efc156fddac9b14bda2" UNIQUE ("tokenHash"), CONSTRAINT "PK_3238ef96f18b355b671619111bc" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_57de40bc620f456c7311aa3a1e" ON "sessions"  ("userId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "user_districts" ("userId" character varying(36) NOT NULL, "districtId" character varying(36) NOT NULL, CONSTRAINT "PK_9756ea60bc48577510f22e23822" PRIMARY KEY ("userId", "districtId"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "household_members" ADD CONSTRAINT "FK_1aacd2c0e39352aa8df067ea298" FOREIGN KEY ("beneficiaryId") REFERENCES "beneficiaries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "beneficiaries" ADD CONSTRAINT "FK_a904a250ccae110a70abe00b874" FOREIGN KEY ("districtId") REFERENCES "districts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_f3d6aea8fcca58182b2e80ce979" FOREIGN KEY ("organizationId") REFERENCES "organizations"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "users" ADD CONSTRAINT "FK_c5a80bdfd0790499734b3bdba5c" FOREIGN KEY ("beneficiaryId") REFERENCES "beneficiaries"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" ADD CONSTRAINT "FK_57de40bc620f456c7311aa3a1e6" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_districts" ADD CONSTRAINT "FK_76dc970073219edf736dff08f53" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_districts" ADD CONSTRAINT "FK_2e52c400a895012c78aaebd2764" FOREIGN KEY ("districtId") REFERENCES "districts"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "user_districts" DROP CONSTRAINT "FK_2e52c400a895012c78aaebd2764"`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_districts" DROP CONSTRAINT "FK_76dc970073219edf736dff08f53"`,
    );
    await queryRunner.query(
      `ALTER TABLE "sessions" DROP CONSTRAINT "FK_57de40bc620f456c7311aa3a1e6"`,
    );
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_c5a80bdfd0790499734b3bdba5c"`);
    await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_f3d6aea8fcca58182b2e80ce979"`);
    await queryRunner.query(
      `ALTER TABLE "beneficiaries" DROP CONSTRAINT "FK_a904a250ccae110a70abe00b874"`,
    );
    await queryRunner.query(
      `ALTER TABLE "household_members" DROP CONSTRAINT "FK_1aacd2c0e39352aa8df067ea298"`,
    );
    await queryRunner.query(`DROP TABLE "user_districts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_57de40bc620f456c7311aa3a1e"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5a80bdfd0790499734b3bdba5"`);
    await queryRunner.query(`DROP TABLE "users"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a904a250ccae110a70abe00b87"`);
    await queryRunner.query(`DROP TABLE "beneficiaries"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1aacd2c0e39352aa8df067ea29"`);
    await queryRunner.query(`DROP TABLE "household_members"`);
    await queryRunner.query(`DROP TABLE "districts"`);
    await queryRunner.query(`DROP TABLE "organizations"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a052df158e2c48a00c68da4d03"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_d8c2bbf8182e6d53815ad78bd7"`);
    await queryRunner.query(`DROP TABLE "login_attempts"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b314326d43ac58f31031950433"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c38c0df185a083b0768497b8a4"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3648e11676f1929b9875ee272b"`);
    await queryRunner.query(`DROP TABLE "audit_events"`);
  }
}
