import { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795821404248 implements MigrationInterface {
  name = 'Training1795821404248';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "attendance" ("id" character varying(36) NOT NULL, "enrollmentId" character varying(36) NOT NULL, "date" character varying(10) NOT NULL, "mark" character varying(8) NOT NULL, "recordedById" character varying(36) NOT NULL, "recordedAt" character varying(24) NOT NULL, CONSTRAINT "PK_ee0ffe42c1f1a01e72b725c0cb2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_5b9acff41f0a4f289f97d970a6" ON "attendance"  ("enrollmentId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_3a5069447f22dc04a567a72079" ON "attendance"  ("enrollmentId", "date") `,
    );
    await queryRunner.query(
      `CREATE TABLE "course_sessions" ("id" character varying(36) NOT NULL, "courseId" character varying(36) NOT NULL, "districtId" character varying(36) NOT NULL, "venue" character varying(200), "trainer" character varying(200), "meetingDates" text NOT NULL, "startsOn" character varying(10) NOT NULL, "endsOn" character varying(10) NOT NULL, "capacity" integer NOT NULL, "lastQueueNumber" integer NOT NULL, "createdById" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "PK_5892d51884be5cf1399c00088d4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_b545f86c4f5d8929e124f15e96" ON "course_sessions"  ("courseId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_f227254f3f479114209d52bfc3" ON "course_sessions"  ("districtId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_7bcc35208a1c1325458b50517b" ON "course_sessions"  ("startsOn") `,
    );
    await queryRunner.query(
      `CREATE TABLE "courses" ("id" character varying(36) NOT NULL, "topic" character varying(12) NOT NULL, "titleEn" character varying(200) NOT NULL, "titleAz" character varying(200) NOT NULL, "titleRu" character varying(200) NOT NULL, "descriptionEn" text NOT NULL, "descriptionAz" text NOT NULL, "descriptionRu" text NOT NULL, "createdAt" character varying(24) NOT NULL, CONSTRAINT "PK_3f70a487cc718ad8eda4e6d58c9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "enrollments" ("id" character varying(36) NOT NULL, "sessionId" character varying(36) NOT NULL, "beneficiaryId" character varying(36) NOT NULL, "status" character varying(12) NOT NULL, "queueNumber" integer NOT NULL, "certificateNumber" character varying(40), "completedAt" character varying(24), "enrolledById" character varying(36) NOT NULL, "createdAt" character varying(24) NOT NULL, "updatedAt" character varying(24) NOT NULL, CONSTRAINT "PK_7c0f752f9fb68bf6ed7367ab00f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28c3be62806a3eda264564f3ef" ON "enrollments"  ("sessionId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_31c0c7c662149c7cb222630c59" ON "enrollments"  ("beneficiaryId") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_3816714ab4c719d70e6b848744" ON "enrollments"  ("status") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_eff344d6e73c60675527bdae24" ON "enrollments"  ("sessionId", "beneficiaryId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_eff344d6e73c60675527bdae24"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3816714ab4c719d70e6b848744"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_31c0c7c662149c7cb222630c59"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28c3be62806a3eda264564f3ef"`);
    await queryRunner.query(`DROP TABLE "enrollments"`);
    await queryRunner.query(`DROP TABLE "courses"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_7bcc35208a1c1325458b50517b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f227254f3f479114209d52bfc3"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_b545f86c4f5d8929e124f15e96"`);
    await queryRunner.query(`DROP TABLE "course_sessions"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3a5069447f22dc04a567a72079"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5b9acff41f0a4f289f97d970a6"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
  }
}
