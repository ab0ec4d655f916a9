import { queryOptions } from '@tanstack/react-query';
import {
  listOrgans,
  listOrgUnits,
  listPositions,
  listRoles,
  listSubstitutions,
  listUsers,
} from './organization.api';

export const organizationKeys = {
  orgUnits: ['organization', 'org-units'] as const,
  organs: ['organization', 'organs'] as const,
  users: ['organization', 'users'] as const,
  positions: ['organization', 'positions'] as const,
  roles: ['organization', 'roles'] as const,
  substitutions: ['organization', 'substitutions'] as const,
};

export const orgUnitsQuery = (query: { at?: string; includeInactive?: boolean } = {}) =>
  queryOptions({
    queryKey: [...organizationKeys.orgUnits, query],
    queryFn: () => listOrgUnits(query),
    select: (data) => data.items,
  });

export const organsQuery = () =>
  queryOptions({ queryKey: organizationKeys.organs, queryFn: listOrgans, select: (data) => data.items });

export const rolesQuery = () =>
  queryOptions({ queryKey: organizationKeys.roles, queryFn: listRoles, select: (data) => data.items });

export const positionsQuery = (query: { userId?: string; orgUnitId?: string }) =>
  queryOptions({
    queryKey: [...organizationKeys.positions, query],
    queryFn: () => listPositions(query),
    select: (data) => data.items,
  });

/** First page of users, for pickers; the users screen pages through all of them. */
export const userOptionsQuery = () =>
  queryOptions({
    queryKey: [...organizationKeys.users, 'options'],
    queryFn: () => listUsers({}),
    select: (data) => data.items,
  });

export const substitutionsQuery = () =>
  queryOptions({
    queryKey: organizationKeys.substitutions,
    queryFn: listSubstitutions,
    select: (data) => data.items,
  });
