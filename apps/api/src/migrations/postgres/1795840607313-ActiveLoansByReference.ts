import { MigrationInterface, QueryRunner } from "typeorm";

export class ActiveLoansByReference1795840607313 implements MigrationInterface {
    name = 'ActiveLoansByReference1795840607313'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_loans_status_reference"`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_active_reference" ON "loans"  ("reference", "id", "scheduleVersion") WHERE "status" = 'ACTIVE'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_loans_active_reference"`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_status_reference" ON "loans" ("status", "reference") `);
    }

}
