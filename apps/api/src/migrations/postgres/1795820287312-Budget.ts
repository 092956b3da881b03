import { MigrationInterface, QueryRunner } from 'typeorm';

export class Budget1795820287312 implements MigrationInterface {
  name = 'Budget1795820287312';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "budget_lines" ("id" character varying(36) NOT NULL, "code" character varying(30) NOT NULL, "name" character varying(200) NOT NULL, "currency" character varying(3) NOT NULL, "planned" bigint NOT NULL, "position" integer NOT NULL, CONSTRAINT "UQ_4b6eeb3842af5b83ef5772302e6" UNIQUE ("code"), CONSTRAINT "PK_4eabf9c9d7c8edc9ad302270c94" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "budget_expenses" ("id" character varying(36) NOT NULL, "lineId" character varying(36) NOT NULL, "amount" bigint NOT NULL, "currency" character varying(3) NOT NULL, "spentOn" character varying(10) NOT NULL, "description" character varying(500) NOT NULL, "recordedById" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_3d7b40c7bd67f77175758102753" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_c1ed0b6020015d052baa008838" ON "budget_expenses"  ("lineId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_c1ed0b6020015d052baa008838"`);
    await queryRunner.query(`DROP TABLE "budget_expenses"`);
    await queryRunner.query(`DROP TABLE "budget_lines"`);
  }
}
