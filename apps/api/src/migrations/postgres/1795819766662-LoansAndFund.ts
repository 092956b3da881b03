import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoansAndFund1795819766662 implements MigrationInterface {
  name = 'LoansAndFund1795819766662';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contributions" ("id" character varying(36) NOT NULL, "donorId" character varying(36) NOT NULL, "amount" bigint NOT NULL, "currency" character varying(3) NOT NULL, "exchangeRate" character varying(20) NOT NULL, "fundAmount" bigint NOT NULL, "receivedOn" character varying(10) NOT NULL, "recordedById" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_ca2b4f39eb9e32a61278c711f79" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "fund" ("currency" character varying(3) NOT NULL, "disbursements" integer NOT NULL, "loanSeq" integer NOT NULL, CONSTRAINT "PK_646d4dad7dd7016e06336b9fe4a" PRIMARY KEY ("currency"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "journal_entries" ("id" character varying(36) NOT NULL, "kind" character varying(16) NOT NULL, "reverses" character varying(16), "loanId" character varying(36), "sourceId" character varying(36), "postedOn" character varying(10) NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_a70368e64230434457c8d007ab3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c217b397a0d45a6229c105e8d" ON "journal_entries"  ("loanId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "journal_lines" ("id" character varying(36) NOT NULL, "entryId" character varying(36) NOT NULL, "account" character varying(60) NOT NULL, "currency" character varying(3) NOT NULL, "amount" bigint NOT NULL, CONSTRAINT "PK_70cba2da4588cee8921f73ef136" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_500988f9309b9e8eb1e526158e" ON "journal_lines"  ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91887bd3c8c19e59a4136c1442" ON "journal_lines"  ("account") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_instalments" ("id" character varying(36) NOT NULL, "loanId" character varying(36) NOT NULL, "scheduleVersion" integer NOT NULL, "number" integer NOT NULL, "dueDate" character varying(10) NOT NULL, "principalDue" bigint NOT NULL, "principalPaid" bigint NOT NULL, CONSTRAINT "PK_60beb0a8f395acd4ace1a1fc32d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a89d7988c65aa20db63ec7bbce" ON "loan_instalments"  ("loanId", "scheduleVersion", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_events" ("id" character varying(36) NOT NULL, "loanId" character varying(36) NOT NULL, "at" character varying(24) NOT NULL, "actorId" character varying(36), "action" character varying(40) NOT NULL, "note" text, CONSTRAINT "PK_46411c24589a7e5107102442b9d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb25b4e8dbe0b967b61ed0929f" ON "loan_events"  ("loanId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_products" ("id" character varying(36) NOT NULL, "name" character varying(200) NOT NULL, "nameRu" character varying(200), "nameAz" character varying(200), "currency" character varying(3) NOT NULL, "minPrincipal" bigint NOT NULL, "maxPrincipal" bigint NOT NULL, "minTermMonths" integer NOT NULL, "maxTermMonths" integer NOT NULL, "maxGraceMonths" integer NOT NULL, "roundingUnit" bigint NOT NULL, "requiredCourseTopics" character varying(200) NOT NULL, "active" boolean NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "PK_3524994d77fb59b9a76e589e7ef" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "loans" ("id" character varying(36) NOT NULL, "reference" character varying(20) NOT NULL, "beneficiaryId" character varying(36) NOT NULL, "districtId" character varying(36) NOT NULL, "productId" character varying(36) NOT NULL, "purpose" character varying(12) NOT NULL, "businessDescription" text NOT NULL, "expectedMonthlyIncome" bigint, "expectedMonthlyCosts" bigint, "familyWorkers" integer, "principal" bigint NOT NULL, "currency" character varying(3) NOT NULL, "termMonths" integer NOT NULL, "graceMonths" integer NOT NULL, "status" character varying(12) NOT NULL, "submittedById" character varying(36) NOT NULL, "submittedAt" character varying(24) NOT NULL, "decidedById" character varying(36), "decisionNote" text, "disbursedOn" character varying(10), "scheduleVersion" integer NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "UQ_5be298af4d3e61a562b598afe25" UNIQUE ("reference"), CONSTRAINT "PK_5c6942c1e13e4de135c5203ee61" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3792a7f70da143924a6a8b54e2" ON "loans"  ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2bca1c060531cc47cc4f6394d0" ON "loans"  ("districtId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a630540e1bb9644436a2258c3d" ON "loans"  ("status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_repayments" ("id" character varying(36) NOT NULL, "loanId" character varying(36) NOT NULL, "amount" bigint NOT NULL, "currency" character varying(3) NOT NULL, "paidOn" character varying(10) NOT NULL, "recordedAt" character varying(24) NOT NULL, "recordedById" character varying(36) NOT NULL, "idempotencyKey" character varying(100) NOT NULL, "requestFingerprint" character varying(300) NOT NULL, "recovery" boolean NOT NULL, "reversedAt" character varying(24), "reversalReason" text, CONSTRAINT "UQ_867232a73eef98fa00351da2faa" UNIQUE ("idempotencyKey"), CONSTRAINT "PK_a37968e2dcfb72f910f5480cc16" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2f0da4f5cd58b196e6db2d58e" ON "loan_repayments"  ("loanId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_a2f0da4f5cd58b196e6db2d58e"`);
    await queryRunner.query(`DROP TABLE "loan_repayments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a630540e1bb9644436a2258c3d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2bca1c060531cc47cc4f6394d0"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3792a7f70da143924a6a8b54e2"`);
    await queryRunner.query(`DROP TABLE "loans"`);
    await queryRunner.query(`DROP TABLE "loan_products"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_eb25b4e8dbe0b967b61ed0929f"`);
    await queryRunner.query(`DROP TABLE "loan_events"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a89d7988c65aa20db63ec7bbce"`);
    await queryRunner.query(`DROP TABLE "loan_instalments"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_91887bd3c8c19e59a4136c1442"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_500988f9309b9e8eb1e526158e"`);
    await queryRunner.query(`DROP TABLE "journal_lines"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2c217b397a0d45a6229c105e8d"`);
    await queryRunner.query(`DROP TABLE "journal_entries"`);
    await queryRunner.query(`DROP TABLE "fund"`);
    await queryRunner.query(`DROP TABLE "contributions"`);
  }
}
