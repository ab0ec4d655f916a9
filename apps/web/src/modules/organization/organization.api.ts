import { listResponseSchema } from '@obieg/contracts/common';
import {
  organSchema,
  orgUnitSchema,
  positionSchema,
  roleSchema,
  substitutionSchema,
  userSchema,
  type CreateOrgUnitInput,
  type CreatePositionInput,
  type CreateUserInput,
  type Organ,
  type UpdateOrgUnitInput,
} from '@obieg/contracts/organization';
import type { Grant } from '@obieg/contracts/permissions';
import { api } from '../../app/api-client';

const orgUnitListSchema = listResponseSchema(orgUnitSchema);
const organListSchema = listResponseSchema(organSchema);
const userListSchema = listResponseSchema(userSchema);
const positionListSchema = listResponseSchema(positionSchema);
const roleListSchema = listResponseSchema(roleSchema);
const substitutionListSchema = listResponseSchema(substitutionSchema);

const path = (...parts: string[]) => `/api/v1/${parts.map(encodeURIComponent).join('/')}`;

// Organisational units.
export const listOrgUnits = (query: { at?: string; includeInactive?: boolean }) =>
  api.get(path('org-units'), orgUnitListSchema, query);
export const createOrgUnit = (input: CreateOrgUnitInput) => api.post(path('org-units'), input, orgUnitSchema);
export const updateOrgUnit = ({ id, input }: { id: string; input: UpdateOrgUnitInput }) =>
  api.patch(path('org-units', id), input, orgUnitSchema);

// Organs.
export const listOrgans = () => api.get(path('organs'), organListSchema);
export const createOrgan = (input: { name: string; kind: Organ['kind'] }) =>
  api.post(path('organs'), input, organSchema);
export const updateOrgan = ({
  id,
  input,
}: {
  id: string;
  input: { name?: string; kind?: Organ['kind']; active?: boolean };
}) => api.patch(path('organs', id), input, organSchema);

// Users.
export const listUsers = ({ q, cursor }: { q?: string; cursor?: string }) =>
  api.get(path('users'), userListSchema, { q, cursor, limit: 100 });
export const getUser = (id: string) => api.get(path('users', id), userSchema);
export const createUser = (input: CreateUserInput) => api.post(path('users'), input, userSchema);
export const updateUser = ({
  id,
  input,
}: {
  id: string;
  input: { displayName?: string; email?: string | null; active?: boolean };
}) => api.patch(path('users', id), input, userSchema);
export const resetUserPassword = ({ id, newPassword }: { id: string; newPassword: string }) =>
  api.post(path('users', id, 'password-reset'), { newPassword });

// Positions.
export const listPositions = (query: { userId?: string; orgUnitId?: string }) =>
  api.get(path('positions'), positionListSchema, query);
export const createPosition = (input: CreatePositionInput) =>
  api.post(path('positions'), input, positionSchema);
export const updatePosition = ({
  id,
  input,
}: {
  id: string;
  input: { title?: string; roleIds?: string[]; validTo?: string | null };
}) => api.patch(path('positions', id), input, positionSchema);

// Roles.
export const listRoles = () => api.get(path('roles'), roleListSchema);
export const createRole = (input: { code: string; name: string; grants: Grant[] }) =>
  api.post(path('roles'), input, roleSchema);
export const updateRole = ({ id, input }: { id: string; input: { name?: string; grants?: Grant[] } }) =>
  api.patch(path('roles', id), input, roleSchema);

// Substitutions.
export const listSubstitutions = () => api.get(path('substitutions'), substitutionListSchema);
export const createSubstitution = (input: {
  absentUserId: string;
  substituteUserId: string;
  validFrom: string;
  validTo: string;
  reason: string | null;
}) => api.post(path('substitutions'), input, substitutionSchema);
export const revokeSubstitution = (id: string) => api.delete(path('substitutions', id));
