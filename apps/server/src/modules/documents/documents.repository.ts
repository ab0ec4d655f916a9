import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/database.types.js';
import { casesTable } from '../cases/cases.table.js';
import { filesTable } from '../files/files.table.js';
import { orgUnitsTable, positionsTable, usersTable } from '../organization/organization.table.js';
import {
  approvalPathsTable,
  approvalStepsTable,
  documentsTable,
  documentVersionsTable,
  letterTemplatesTable,
} from './documents.table.js';

export type TemplateRow = typeof letterTemplatesTable.$inferSelect;
export type DocumentRow = typeof documentsTable.$inferSelect;
export type VersionRow = typeof documentVersionsTable.$inferSelect;
export type PathRow = typeof approvalPathsTable.$inferSelect;
export type StepRow = typeof approvalStepsTable.$inferSelect;

const fileColumns = {
  id: filesTable.id,
  name: filesTable.name,
  size: filesTable.size,
  mediaType: filesTable.mediaType,
};

export function createDocumentsRepository({ db }: { db: Database }) {
  return {
    // Templates ---------------------------------------------------------------------------------

    listTemplates({ tenantId, includeInactive }: { tenantId: string; includeInactive: boolean }) {
      return db
        .select()
        .from(letterTemplatesTable)
        .where(
          and(
            eq(letterTemplatesTable.tenantId, tenantId),
            includeInactive ? undefined : eq(letterTemplatesTable.active, true),
          ),
        )
        .orderBy(asc(letterTemplatesTable.name));
    },

    async findTemplate({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = db
        .select()
        .from(letterTemplatesTable)
        .where(and(eq(letterTemplatesTable.tenantId, tenantId), eq(letterTemplatesTable.id, id)));
      const [row] = await (lock ? query.for('update') : query);
      return row ?? null;
    },

    async insertTemplate(values: typeof letterTemplatesTable.$inferInsert) {
      const [row] = await db.insert(letterTemplatesTable).values(values).returning();
      if (!row) throw new Error('template insert returned no row');
      return row;
    },

    async updateTemplate({ id, patch }: { id: string; patch: Partial<TemplateRow> }) {
      const [row] = await db
        .update(letterTemplatesTable)
        .set({ ...patch, version: sql`${letterTemplatesTable.version} + 1` })
        .where(eq(letterTemplatesTable.id, id))
        .returning();
      if (!row) throw new Error('template update returned no row');
      return row;
    },

    // Documents and versions --------------------------------------------------------------------

    async insertDocument(values: typeof documentsTable.$inferInsert) {
      const [row] = await db.insert(documentsTable).values(values).returning();
      if (!row) throw new Error('document insert returned no row');
      return row;
    },

    async findDocument({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = db
        .select()
        .from(documentsTable)
        .where(and(eq(documentsTable.tenantId, tenantId), eq(documentsTable.id, id)));
      const [row] = await (lock ? query.for('update') : query);
      return row ?? null;
    },

    async updateDocument({ id, patch }: { id: string; patch: Partial<DocumentRow> }) {
      const [row] = await db
        .update(documentsTable)
        .set({ ...patch, version: sql`${documentsTable.version} + 1` })
        .where(eq(documentsTable.id, id))
        .returning();
      if (!row) throw new Error('document update returned no row');
      return row;
    },

    listCaseDocuments({ tenantId, caseId }: { tenantId: string; caseId: string }) {
      return db
        .select({
          id: documentsTable.id,
          title: documentsTable.title,
          status: documentsTable.status,
          updatedAt: documentsTable.updatedAt,
          versionCount: sql<number>`(select count(*)::int from document_versions v where v.document_id = ${documentsTable.id})`,
        })
        .from(documentsTable)
        .where(and(eq(documentsTable.tenantId, tenantId), eq(documentsTable.caseId, caseId)))
        .orderBy(asc(documentsTable.createdAt));
    },

    async insertVersion(values: typeof documentVersionsTable.$inferInsert) {
      const [row] = await db.insert(documentVersionsTable).values(values).returning();
      if (!row) throw new Error('version insert returned no row');
      return row;
    },

    async nextVersionNumber({ documentId }: { documentId: string }) {
      const [row] = await db
        .select({ last: sql<number>`coalesce(max(${documentVersionsTable.number}), 0)::int` })
        .from(documentVersionsTable)
        .where(eq(documentVersionsTable.documentId, documentId));
      return (row?.last ?? 0) + 1;
    },

    listVersions({ documentId }: { documentId: string }) {
      const file = alias(filesTable, 'version_file');
      const editable = alias(filesTable, 'editable_file');
      const actingFor = alias(usersTable, 'acting_for');
      return db
        .select({
          row: documentVersionsTable,
          file: { id: file.id, name: file.name, size: file.size, mediaType: file.mediaType },
          editable: {
            id: editable.id,
            name: editable.name,
            size: editable.size,
            mediaType: editable.mediaType,
          },
          positionTitle: positionsTable.title,
          actingForName: actingFor.displayName,
        })
        .from(documentVersionsTable)
        .innerJoin(file, eq(file.id, documentVersionsTable.fileId))
        .leftJoin(editable, eq(editable.id, documentVersionsTable.editableFileId))
        .leftJoin(positionsTable, eq(positionsTable.id, documentVersionsTable.createdByPositionId))
        .leftJoin(actingFor, eq(actingFor.id, documentVersionsTable.actingForUserId))
        .where(eq(documentVersionsTable.documentId, documentId))
        .orderBy(asc(documentVersionsTable.number));
    },

    async findVersion({ documentId, id, number }: { documentId: string; id?: string; number?: number }) {
      const [row] = await db
        .select({ row: documentVersionsTable, file: fileColumns })
        .from(documentVersionsTable)
        .innerJoin(filesTable, eq(filesTable.id, documentVersionsTable.fileId))
        .where(
          and(
            eq(documentVersionsTable.documentId, documentId),
            id === undefined ? undefined : eq(documentVersionsTable.id, id),
            number === undefined ? undefined : eq(documentVersionsTable.number, number),
          ),
        );
      return row ?? null;
    },

    async latestVersion({ documentId }: { documentId: string }) {
      const [row] = await db
        .select({ row: documentVersionsTable, file: fileColumns })
        .from(documentVersionsTable)
        .innerJoin(filesTable, eq(filesTable.id, documentVersionsTable.fileId))
        .where(eq(documentVersionsTable.documentId, documentId))
        .orderBy(desc(documentVersionsTable.number))
        .limit(1);
      return row ?? null;
    },

    // Approval paths ----------------------------------------------------------------------------

    async insertPath(values: typeof approvalPathsTable.$inferInsert) {
      const [row] = await db.insert(approvalPathsTable).values(values).returning();
      if (!row) throw new Error('path insert returned no row');
      return row;
    },

    async insertSteps(values: (typeof approvalStepsTable.$inferInsert)[]) {
      return db.insert(approvalStepsTable).values(values).returning();
    },

    async updatePath({ id, patch }: { id: string; patch: Partial<PathRow> }) {
      await db.update(approvalPathsTable).set(patch).where(eq(approvalPathsTable.id, id));
    },

    async updateSteps({ ids, patch }: { ids: string[]; patch: Partial<StepRow> }) {
      if (ids.length === 0) return;
      await db.update(approvalStepsTable).set(patch).where(inArray(approvalStepsTable.id, ids));
    },

    listPaths({ documentId }: { documentId: string }) {
      return db
        .select()
        .from(approvalPathsTable)
        .where(eq(approvalPathsTable.documentId, documentId))
        .orderBy(asc(approvalPathsTable.startedAt), asc(approvalPathsTable.id));
    },

    async findPath({ id }: { id: string }) {
      const [row] = await db.select().from(approvalPathsTable).where(eq(approvalPathsTable.id, id));
      return row ?? null;
    },

    async runningPath({ documentId }: { documentId: string }) {
      const [row] = await db
        .select()
        .from(approvalPathsTable)
        .where(
          and(eq(approvalPathsTable.documentId, documentId), eq(approvalPathsTable.status, 'in_progress')),
        );
      return row ?? null;
    },

    listSteps({ pathIds }: { pathIds: string[] }) {
      const assignee = alias(usersTable, 'assignee');
      const actingFor = alias(usersTable, 'acting_for');
      return db
        .select({
          row: approvalStepsTable,
          assigneeName: assignee.displayName,
          positionTitle: positionsTable.title,
          actingForName: actingFor.displayName,
          versionNumber: documentVersionsTable.number,
        })
        .from(approvalStepsTable)
        .innerJoin(assignee, eq(assignee.id, approvalStepsTable.assigneeUserId))
        .innerJoin(positionsTable, eq(positionsTable.id, approvalStepsTable.positionId))
        .leftJoin(actingFor, eq(actingFor.id, approvalStepsTable.actingForUserId))
        .leftJoin(documentVersionsTable, eq(documentVersionsTable.id, approvalStepsTable.versionId))
        .where(inArray(approvalStepsTable.pathId, pathIds))
        .orderBy(asc(approvalStepsTable.stage), asc(approvalStepsTable.id));
    },

    async findStep({ tenantId, id, lock = false }: { tenantId: string; id: string; lock?: boolean }) {
      const query = db
        .select()
        .from(approvalStepsTable)
        .where(and(eq(approvalStepsTable.tenantId, tenantId), eq(approvalStepsTable.id, id)));
      const [row] = await (lock ? query.for('update') : query);
      return row ?? null;
    },

    /** Active positions with their holders (to build a path). */
    listActivePositions({ tenantId, ids, today }: { tenantId: string; ids: string[]; today: string }) {
      return db
        .select({
          id: positionsTable.id,
          userId: positionsTable.userId,
          title: positionsTable.title,
          orgUnitId: positionsTable.orgUnitId,
          displayName: usersTable.displayName,
        })
        .from(positionsTable)
        .innerJoin(usersTable, eq(usersTable.id, positionsTable.userId))
        .where(
          and(
            eq(positionsTable.tenantId, tenantId),
            inArray(positionsTable.id, ids),
            sql`${positionsTable.validFrom} <= ${today}`,
            sql`(${positionsTable.validTo} is null or ${positionsTable.validTo} >= ${today})`,
            eq(usersTable.active, true),
          ),
        );
    },

    /** Approval tasks of a position: pending ones, or those it decided. */
    listTasks({ tenantId, positionId, decided }: { tenantId: string; positionId: string; decided: boolean }) {
      const s = approvalStepsTable;
      const assignee = alias(usersTable, 'assignee');
      const sender = alias(usersTable, 'sender');
      return db
        .select({
          step: s,
          path: approvalPathsTable,
          documentTitle: documentsTable.title,
          caseId: casesTable.id,
          caseSign: casesTable.sign,
          assigneeName: assignee.displayName,
          positionTitle: positionsTable.title,
          unitName: orgUnitsTable.name,
          senderName: sender.displayName,
        })
        .from(s)
        .innerJoin(approvalPathsTable, eq(approvalPathsTable.id, s.pathId))
        .innerJoin(documentsTable, eq(documentsTable.id, approvalPathsTable.documentId))
        .innerJoin(casesTable, eq(casesTable.id, documentsTable.caseId))
        .innerJoin(assignee, eq(assignee.id, s.assigneeUserId))
        .innerJoin(positionsTable, eq(positionsTable.id, s.positionId))
        .innerJoin(orgUnitsTable, eq(orgUnitsTable.id, positionsTable.orgUnitId))
        .leftJoin(sender, eq(sender.id, approvalPathsTable.startedBy))
        .where(
          and(
            eq(s.tenantId, tenantId),
            eq(s.positionId, positionId),
            decided ? inArray(s.status, ['approved', 'rejected']) : eq(s.status, 'pending'),
          ),
        )
        .orderBy(decided ? desc(s.decidedAt) : asc(s.activatedAt))
        .limit(200);
    },

    /** Whether a position has (or had) a step on any path of the document. */
    async isOnPath({ documentId, positionId }: { documentId: string; positionId: string }) {
      const [row] = await db
        .select({ id: approvalStepsTable.id })
        .from(approvalStepsTable)
        .innerJoin(approvalPathsTable, eq(approvalPathsTable.id, approvalStepsTable.pathId))
        .where(
          and(eq(approvalPathsTable.documentId, documentId), eq(approvalStepsTable.positionId, positionId)),
        )
        .limit(1);
      return row !== undefined;
    },
  };
}
