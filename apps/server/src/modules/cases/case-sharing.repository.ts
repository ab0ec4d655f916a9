import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { orgUnitsTable, usersTable } from '../organization/organization.table.js';
import { caseSharesTable } from './cases.table.js';

/** Shares of cases and the cooperation between units (DOMAIN.md §2.5 "Cooperation"). */
export function createCaseSharingRepository({ db }: { db: Database }) {
  return {
    /** Active shares of a case naming one of these people or units. */
    async listActiveSharesFor({
      caseId,
      userIds,
      unitIds,
    }: {
      caseId: string;
      userIds: string[];
      unitIds: string[];
    }) {
      const s = caseSharesTable;
      const to = [
        ...(userIds.length > 0 ? [inArray(s.granteeUserId, userIds)] : []),
        ...(unitIds.length > 0 ? [inArray(s.granteeUnitId, unitIds)] : []),
      ];
      if (to.length === 0) return [];
      return db
        .select({ access: s.access, documentIds: s.documentIds })
        .from(s)
        .where(and(eq(s.caseId, caseId), sql`${s.revokedAt} is null`, or(...to)));
    },

    async insertShare(values: typeof caseSharesTable.$inferInsert) {
      await db.insert(caseSharesTable).values(values);
    },

    /** A case's shares (revoked ones too), with the grantee's name or unit. */
    async listShares({ caseId }: { caseId: string }) {
      const s = caseSharesTable;
      return db
        .select({
          row: s,
          userName: usersTable.displayName,
          unitSymbol: orgUnitsTable.symbol,
          unitName: orgUnitsTable.name,
        })
        .from(s)
        .leftJoin(usersTable, eq(usersTable.id, s.granteeUserId))
        .leftJoin(orgUnitsTable, eq(orgUnitsTable.id, s.granteeUnitId))
        .where(eq(s.caseId, caseId))
        .orderBy(asc(s.createdAt), asc(s.id));
    },

    async revokeShare({ caseId, id, at, by }: { caseId: string; id: string; at: Date; by: string | null }) {
      const rows = await db
        .update(caseSharesTable)
        .set({ revokedAt: at, revokedBy: by })
        .where(
          and(
            eq(caseSharesTable.caseId, caseId),
            eq(caseSharesTable.id, id),
            sql`${caseSharesTable.revokedAt} is null`,
          ),
        )
        .returning({ id: caseSharesTable.id });
      return rows.length > 0;
    },

    async findUser({ tenantId, id }: { tenantId: string; id: string }) {
      const [row] = await db
        .select({ id: usersTable.id, displayName: usersTable.displayName })
        .from(usersTable)
        .where(and(eq(usersTable.tenantId, tenantId), eq(usersTable.id, id)));
      return row ?? null;
    },

    /**
     * Cooperation per unit between two dates (shares created, opinions added): cases shared with a
     * unit (or its people) and opinions it gave; cases it shared and opinions it received.
     */
    async cooperationCounts({
      tenantId,
      from,
      to,
      today,
    }: {
      tenantId: string;
      from: Date | null;
      to: Date | null;
      today: string;
    }) {
      const between = (column: SQL) =>
        sql`${from ? sql`${column} >= ${from}` : sql`true`} and ${to ? sql`${column} < ${to}` : sql`true`}`;
      const result = await db.execute(sql`
        with shared as (
          select coalesce(s.grantee_unit_id, p.org_unit_id) as to_unit, c.unit_id as from_unit, s.case_id
            from case_shares s
            join cases c on c.id = s.case_id
            left join positions p on p.user_id = s.grantee_user_id
              and p.valid_from <= ${today}::date and (p.valid_to is null or p.valid_to >= ${today}::date)
           where s.tenant_id = ${tenantId} and ${between(sql`s.created_at`)}
        ), opinions as (
          select d.unit_id as by_unit, c.unit_id as for_unit
            from case_documents d join cases c on c.id = d.case_id
           where d.tenant_id = ${tenantId} and d.kind = 'opinion' and d.unit_id <> c.unit_id
             and ${between(sql`d.added_at`)}
        )
        select u.id, u.symbol, u.name,
               (select count(distinct case_id) from shared where to_unit = u.id and from_unit <> u.id) as cases_shared_with,
               (select count(*) from opinions where by_unit = u.id) as opinions_given,
               (select count(distinct case_id) from shared where from_unit = u.id and to_unit is distinct from u.id) as cases_shared,
               (select count(*) from opinions where for_unit = u.id) as opinions_received
          from org_units u
         where u.tenant_id = ${tenantId}
         order by u.symbol`);
      return (
        result as unknown as {
          rows: {
            id: string;
            symbol: string;
            name: string;
            cases_shared_with: string | number;
            opinions_given: string | number;
            cases_shared: string | number;
            opinions_received: string | number;
          }[];
        }
      ).rows;
    },
  };
}
