import { MigrationInterface, QueryRunner } from "typeorm";

export class LedgerTotalsAndReadIndexes1795839919767 implements MigrationInterface {
    name = 'LedgerTotalsAndReadIndexes1795839919767'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ledger_totals" ("account" varchar(60) NOT NULL, "currency" varchar(3) NOT NULL, "kind" varchar(16) NOT NULL, "balance" bigint NOT NULL, "moved" bigint NOT NULL, PRIMARY KEY ("account", "currency", "kind"))`);
        await queryRunner.query(`CREATE INDEX "IDX_loan_instalments_unpaid" ON "loan_instalments" ("loanId", "scheduleVersion", "dueDate", "principalDue", "principalPaid") WHERE "principalPaid" < "principalDue"`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_status_reference" ON "loans" ("status", "reference") `);
        // The running totals start from every line posted so far (one pass over the journal).
        await queryRunner.query(`INSERT INTO "ledger_totals" ("account", "currency", "kind", "balance", "moved")
            SELECT l."account", l."currency", CASE WHEN e."kind" = 'REVERSAL' THEN COALESCE(e."reverses", 'REVERSAL') ELSE e."kind" END,
                   SUM(l."amount"), SUM(CASE WHEN e."kind" = 'REVERSAL' THEN -ABS(l."amount") ELSE ABS(l."amount") END)
              FROM "journal_lines" l JOIN "journal_entries" e ON e."id" = l."entryId"
             GROUP BY 1, 2, 3`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "IDX_loans_status_reference"`);
        await queryRunner.query(`DROP INDEX "IDX_loan_instalments_unpaid"`);
        await queryRunner.query(`DROP TABLE "ledger_totals"`);
    }

}
