import { MigrationInterface, QueryRunner } from "typeorm";

export class LedgerTotalsAndReadIndexes1795839924129 implements MigrationInterface {
    name = 'LedgerTotalsAndReadIndexes1795839924129'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "ledger_totals" ("account" character varying(60) NOT NULL, "currency" character varying(3) NOT NULL, "kind" character varying(16) NOT NULL, "balance" bigint NOT NULL, "moved" bigint NOT NULL, CONSTRAINT "PK_b3a4c4f6e73848603fa5ce2dd3d" PRIMARY KEY ("account", "currency", "kind"))`);
        await queryRunner.query(`CREATE INDEX "IDX_loan_instalments_unpaid" ON "loan_instalments"  ("loanId", "scheduleVersion", "dueDate", "principalDue", "principalPaid") WHERE "principalPaid" < "principalDue"`);
        await queryRunner.query(`CREATE INDEX "IDX_loans_status_reference" ON "loans"  ("status", "reference") `);
        // The running totals start from every line posted so far (one pass over the journal).
        await queryRunner.query(`INSERT INTO "ledger_totals" ("account", "currency", "kind", "balance", "moved")
            SELECT l."account", l."currency", CASE WHEN e."kind" = 'REVERSAL' THEN COALESCE(e."reverses", 'REVERSAL') ELSE e."kind" END,
                   SUM(l."amount"), SUM(CASE WHEN e."kind" = 'REVERSAL' THEN -ABS(l."amount") ELSE ABS(l."amount") END)
              FROM "journal_lines" l JOIN "journal_entries" e ON e."id" = l."entryId"
             GROUP BY 1, 2, 3`);
        // Survivor search is LIKE '%...%' on searchText: a trigram index where pg_trgm can be had
        // (a trusted extension since PostgreSQL 13); without it search still works, by a scan.
        await queryRunner.query(`DO $$ BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
            CREATE INDEX "IDX_beneficiaries_search_trgm" ON "beneficiaries" USING gin ("searchText" gin_trgm_ops);
          EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported THEN
            RAISE NOTICE 'pg_trgm unavailable: survivor search scans';
          END $$`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX IF EXISTS "public"."IDX_beneficiaries_search_trgm"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_loans_status_reference"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_loan_instalments_unpaid"`);
        await queryRunner.query(`DROP TABLE "ledger_totals"`);
    }

}
