import { MigrationInterface, QueryRunner } from "typeorm";

export class LedgerTotalsPostings1795840295654 implements MigrationInterface {
    name = 'LedgerTotalsPostings1795840295654'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ledger_totals" ADD "postings" integer NOT NULL DEFAULT '0'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "ledger_totals" DROP COLUMN "postings"`);
    }

}
