import { MigrationInterface, QueryRunner } from 'typeorm';

export class LoansAndFund1795819762334 implements MigrationInterface {
  name = 'LoansAndFund1795819762334';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "contributions" ("id" varchar(36) PRIMARY KEY NOT NULL, "donorId" varchar(36) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "exchangeRate" varchar(20) NOT NULL, "fundAmount" bigint NOT NULL, "receivedOn" varchar(10) NOT NULL, "recordedById" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "fund" ("currency" varchar(3) PRIMARY KEY NOT NULL, "disbursements" integer NOT NULL, "loanSeq" integer NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "journal_entries" ("id" varchar(36) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "reverses" varchar(16), "loanId" varchar(36), "sourceId" varchar(36), "postedOn" varchar(10) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2c217b397a0d45a6229c105e8d" ON "journal_entries" ("loanId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "journal_lines" ("id" varchar(36) PRIMARY KEY NOT NULL, "entryId" varchar(36) NOT NULL, "account" varchar(60) NOT NULL, "currency" varchar(3) NOT NULL, "amount" bigint NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_500988f9309b9e8eb1e526158e" ON "journal_lines" ("entryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_91887bd3c8c19e59a4136c1442" ON "journal_lines" ("account") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_instalments" ("id" varchar(36) PRIMARY KEY NOT NULL, "loanId" varchar(36) NOT NULL, "scheduleVersion" integer NOT NULL, "number" integer NOT NULL, "dueDate" varchar(10) NOT NULL, "principalDue" bigint NOT NULL, "principalPaid" bigint NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a89d7988c65aa20db63ec7bbce" ON "loan_instalments" ("loanId", "scheduleVersion", "number") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_events" ("id" varchar(36) PRIMARY KEY NOT NULL, "loanId" varchar(36) NOT NULL, "at" varchar(24) NOT NULL, "actorId" varchar(36), "action" varchar(40) NOT NULL, "note" text)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_eb25b4e8dbe0b967b61ed0929f" ON "loan_events" ("loanId") `,
    );
    await queryRunner.query(
      `CREATE TABLE "loan_products" ("id" varchar(36) PRIMARY KEY NOT NULL, "name" varchar(200) NOT NULL, "nameRu" varchar(200), "nameAz" varchar(200), "currency" varchar(3) NOT NULL, "minPrincipal" bigint NOT NULL, "maxPrincipal" bigint NOT NULL, "minTermMonths" integer NOT NULL, "maxTermMonths" integer NOT NULL, "maxGraceMonths" integer NOT NULL, "roundingUnit" bigint NOT NULL, "requiredCourseTopics" varchar(200) NOT NULL, "active" boolean NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE TABLE "loans" ("id" varchar(36) PRIMARY KEY NOT NULL, "reference" varchar(20) NOT NULL, "beneficiaryId" varchar(36) NOT NULL, "districtId" varchar(36) NOT NULL, "productId" varchar(36) NOT NULL, "purpose" varchar(12) NOT NULL, "businessDescription" text NOT NULL, "expectedMonthlyIncome" bigint, "expectedMonthlyCosts" bigint, "familyWorkers" integer, "principal" bigint NOT NULL, "currency" varchar(3) NOT NULL, "termMonths" integer NOT NULL, "graceMonths" integer NOT NULL, "status" varchar(12) NOT NULL, "submittedById" varchar(36) NOT NULL, "submittedAt" varchar(24) NOT NULL, "decidedById" varchar(36), "decisionNote" text, "disbursedOn" varchar(10), "scheduleVersion" integer NOT NULL, "createdAt" varchar(24) NOT NULL, "updatedAt" varchar(24) NOT NULL, CONSTRAINT "UQ_5be298af4d3e61a562b598afe25" UNIQUE ("reference"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3792a7f70da143924a6a8b54e2" ON "loans" ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2bca1c060531cc47cc4f6394d0" ON "loans" ("districtId") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a630540e1bb9644436a2258c3d" ON "loans" ("status") `);
    await queryRunner.query(
      `CREATE TABLE "loan_repayments" ("id" varchar(36) PRIMARY KEY NOT NULL, "loanId" varchar(36) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "paidOn" varchar(10) NOT NULL, "recordedAt" varchar(24) NOT NULL, "recordedById" varchar(36) NOT NULL, "idempotencyKey" varchar(100) NOT NULL, "requestFingerprint" varchar(300) NOT NULL, "recovery" boolean NOT NULL, "reversedAt" varchar(24), "reversalReason" text, CONSTRAINT "UQ_867232a73eef98fa00351da2faa" UNIQUE ("idempotencyKey"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_a2f0da4f5cd58b196e6db2d58e" ON "loan_repayments" ("loanId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_a2f0da4f5cd58b196e6db2d58e"`);
    await queryRunner.query(`DROP TABLE "loan_repayments"`);
    await queryRunner.query(`DROP INDEX "IDX_a630540e1bb9644436a2258c3d"`);
    await queryRunner.query(`DROP INDEX "IDX_2bca1c060531cc47cc4f6394d0"`);
    await queryRunner.query(`DROP INDEX "IDX_3792a7f70da143924a6a8b54e2"`);
    await queryRunner.query(`DROP TABLE "loans"`);
    await queryRunner.query(`DROP TABLE "loan_products"`);
    await queryRunner.query(`DROP INDEX "IDX_eb25b4e8dbe0b967b61ed0929f"`);
    await queryRunner.query(`DROP TABLE "loan_events"`);
    await queryRunner.query(`DROP INDEX "IDX_a89d7988c65aa20db63ec7bbce"`);
    await queryRunner.query(`DROP TABLE "loan_instalments"`);
    await queryRunner.query(`DROP INDEX "IDX_91887bd3c8c19e59a4136c1442"`);
    await queryRunner.query(`DROP INDEX "IDX_500988f9309b9e8eb1e526158e"`);
    await queryRunner.query(`DROP TABLE "journal_lines"`);
    await queryRunner.query(`DROP INDEX "IDX_2c217b397a0d45a6229c105e8d"`);
    await queryRunner.query(`DROP TABLE "journal_entries"`);
    await queryRunner.query(`DROP TABLE "fund"`);
    await queryRunner.query(`DROP TABLE "contributions"`);
  }
}
