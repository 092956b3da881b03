import { MigrationInterface, QueryRunner } from 'typeorm';

export class Budget1795820283138 implements MigrationInterface {
  name = 'Budget1795820283138';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "budget_lines" ("id" varchar(36) PRIMARY KEY NOT NULL, "code" varchar(30) NOT NULL, "name" varchar(200) NOT NULL, "currency" varchar(3) NOT NULL, "planned" bigint NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_4b6eeb3842af5b83ef5772302e6" UNIQUE ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_expenses" ("id" varchar(36) PRIMARY KEY NOT NULL, "lineId" varchar(36) NOT NULL, "amount" bigint NOT NULL, "currency" varchar(3) NOT NULL, "spentOn" varchar(10) NOT NULL, "description" varchar(500) NOT NULL, "recordedById" varchar(36) NOT NULL, "createdAt" varchar(24) NOT NULL)`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c1ed0b6020015d052baa008838" ON "budget_expenses" ("lineId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_c1ed0b6020015d052baa008838"`);
    await queryRunner.query(`DROP TABLE "budget_expenses"`);
    await queryRunner.query(`DROP TABLE "budget_lines"`);
  }
}
