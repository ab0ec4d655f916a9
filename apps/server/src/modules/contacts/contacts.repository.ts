import { and, asc, eq, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../db/database.types.js';
import { precompiledSelect, type PlaceholderOf } from '../../db/precompiled.js';
import type { SearchTerms } from './contacts.models.js';
import { contactsTable } from './contacts.table.js';
import type { ContactIdentifiers, ContactRow, NewContactRow } from './contacts.types.js';

const escapeLike = (text: string) => text.replace(/[%_\\]/g, '\\$&');

/** Looking a sender up by id happens on every registration: built once (`precompiledSelect`). */
const contactByIdStatement = precompiledSelect((db, p: PlaceholderOf<'tenantId' | 'id'>) =>
  db
    .select()
    .from(contactsTable)
    .where(and(eq(contactsTable.tenantId, p('tenantId')), eq(contactsTable.id, p('id')))),
);

/** The WHERE and ORDER BY of a search; exported so the benchmark can time the same SQL directly. */
export function searchClauses({ tenantId, terms }: { tenantId: string; terms: SearchTerms }) {
  const t = contactsTable;
  const conditions: SQL[] = [eq(t.tenantId, tenantId)];
  for (const word of terms.words) conditions.push(sql`${t.searchText} like ${`%${escapeLike(word)}%`}`);
  const first = terms.words[0];
  const exact = terms.identifier
    ? sql`${t.pesel} = ${terms.identifier} or ${t.nip} = ${terms.identifier} or ${t.regon} = ${terms.identifier} or ${t.krs} = ${terms.identifier}`
    : sql`false`;
  const byName = [asc(t.searchText), asc(t.id)];
  if (!first) return { where: and(...conditions), orderBy: byName };
  const rank = sql`case when ${exact} then 0
    when ${t.searchText} like ${`${escapeLike(first)}%`} then 1
    when ${t.searchText} like ${`% ${escapeLike(first)}%`} then 2 else 3 end`;
  return { where: and(...conditions), orderBy: [asc(rank), ...byName] };
}

/**
 * The ids of the first `count` matches in the search ranking, from `contacts_search_ids`
 * (migration 0008): it uses the trigram index, which the RLS policy prevents for `obieg_app`, and
 * sees only the office in `app.tenant_id`. The rows are then read under RLS and ranked again, so
 * the result and order are those of `searchClauses` alone.
 */
function searchCandidates(terms: SearchTerms, count: number): SQL {
  const words = sql.join(
    terms.words.map((word) => sql`${word}`),
    sql`, `,
  );
  return sql`${contactsTable.id} = any(array(select contacts_search_ids(array[${words}]::text[], ${terms.identifier}::text, ${count}::integer)))`;
}

/** Contacts of one office (baza teleadresowa). */
export function createContactsRepository({ db }: { db: Database }) {
  return {
    async searchContacts({
      tenantId,
      terms,
      limit,
      offset,
    }: {
      tenantId: string;
      terms: SearchTerms;
      limit: number;
      offset: number;
    }): Promise<ContactRow[]> {
      const { where, orderBy } = searchClauses({ tenantId, terms });
      return db
        .select()
        .from(contactsTable)
        .where(terms.words.length > 0 ? and(where, searchCandidates(terms, offset + limit)) : where)
        .orderBy(...orderBy)
        .limit(limit)
        .offset(offset);
    },

    /** Names like the one typed (pg_trgm word similarity over the folded text), best first. */
    async listSimilarContacts({
      tenantId,
      folded,
      limit,
    }: {
      tenantId: string;
      folded: string;
      limit: number;
    }): Promise<ContactRow[]> {
      const t = contactsTable;
      return db
        .select()
        .from(t)
        .where(and(eq(t.tenantId, tenantId), sql`${folded} <% ${t.searchText}`))
        .orderBy(sql`word_similarity(${folded}, ${t.searchText}) desc`, asc(t.searchText))
        .limit(limit);
    },

    async findContactById({ tenantId, id }: { tenantId: string; id: string }): Promise<ContactRow | null> {
      const [row] = await contactByIdStatement(db, { tenantId, id });
      return row ?? null;
    },

    async listChannels({ tenantId }: { tenantId: string }) {
      const rows = await db
        .select({
          kind: contactsTable.kind,
          name: contactsTable.name,
          surname: contactsTable.surname,
          givenNames: contactsTable.givenNames,
          edeliveryAddress: contactsTable.edeliveryAddress,
          epuapBox: contactsTable.epuapBox,
        })
        .from(contactsTable)
        .where(
          and(
            eq(contactsTable.tenantId, tenantId),
            or(
              sql`${contactsTable.edeliveryAddress} is not null`,
              sql`${contactsTable.epuapBox} is not null`,
            ),
          ),
        );
      return rows.map((r) => ({
        kind: r.kind,
        name: r.name ?? [r.givenNames, r.surname].filter(Boolean).join(' '),
        edeliveryAddress: r.edeliveryAddress,
        epuapBox: r.epuapBox,
      }));
    },

    /** The oldest contact with this e-Doręczenia address or ePUAP box (intake finds its senders). */
    async findContactByChannel({
      tenantId,
      edeliveryAddress,
      epuapBox,
    }: {
      tenantId: string;
      edeliveryAddress?: string;
      epuapBox?: string;
    }): Promise<ContactRow | null> {
      if (!edeliveryAddress && !epuapBox) return null;
      const [row] = await db
        .select()
        .from(contactsTable)
        .where(
          and(
            eq(contactsTable.tenantId, tenantId),
            edeliveryAddress
              ? eq(contactsTable.edeliveryAddress, edeliveryAddress)
              : eq(contactsTable.epuapBox, epuapBox as string),
          ),
        )
        .orderBy(asc(contactsTable.createdAt))
        .limit(1);
      return row ?? null;
    },

    /**
     * Serialises the duplicate check and the write of contacts within one office: the table has
     * no unique index on identifiers (migration 0003), and the check must name the existing one.
     */
    async lockIdentifiers({ tenantId }: { tenantId: string }) {
      await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`contacts:${tenantId}`}))`);
    },

    /** A contact of the office holding any of these identifiers, other than `exceptId`. */
    async findContactByIdentifiers({
      tenantId,
      identifiers,
      exceptId,
    }: {
      tenantId: string;
      identifiers: ContactIdentifiers;
      exceptId?: string;
    }): Promise<ContactRow | null> {
      const t = contactsTable;
      const matches = (['pesel', 'nip', 'regon', 'krs'] as const).flatMap((field) => {
        const value = identifiers[field];
        return value ? [eq(t[field], value)] : [];
      });
      if (matches.length === 0) return null;
      const conditions = [eq(t.tenantId, tenantId), or(...matches)];
      if (exceptId) conditions.push(ne(t.id, exceptId));
      const [row] = await db
        .select()
        .from(t)
        .where(and(...conditions))
        .orderBy(asc(t.id))
        .limit(1);
      return row ?? null;
    },

    async insertContact({ contact }: { contact: NewContactRow }): Promise<ContactRow> {
      const [row] = await db.insert(contactsTable).values(contact).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /** Writes the new state if the stored version is still `version`; null when it is not. */
    async updateContact({
      tenantId,
      id,
      version,
      patch,
    }: {
      tenantId: string;
      id: string;
      version: number;
      patch: Partial<NewContactRow>;
    }): Promise<ContactRow | null> {
      const t = contactsTable;
      const [row] = await db
        .update(t)
        .set({ ...patch, version: sql`${t.version} + 1` })
        .where(and(eq(t.tenantId, tenantId), eq(t.id, id), eq(t.version, version)))
        .returning();
      return row ?? null;
    },
  };
}
