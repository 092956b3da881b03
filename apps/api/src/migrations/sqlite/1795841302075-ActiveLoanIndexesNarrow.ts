import { MigrationInterface, QueryRunner } from "typeorm";

export class ActiveLoanIndexesNarrow1795841302075 implements MigrationInterface {
    name = 'ActiveLoanIndexesNarrow1795841302075'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_loans_active_reference"`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_active_schedule_version" ON "loans" ("scheduleVersion") WHERE "status" = 'ACTIVE'`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_active_reference" ON "loans" ("reference") WHERE "status" = 'ACTIVE'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_loans_active_reference"`);
        await queryRunner.query(`DROP INDEX "IDX_loans_active_schedule_version"`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_active_reference" ON "loans" ("reference", "id", "scheduleVersion") WHERE "status" = 'ACTIVE'`);
    }

}
