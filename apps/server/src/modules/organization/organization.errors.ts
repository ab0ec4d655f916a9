import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createOrgUnitNotFoundError = createAppErrorFactory({
  code: 'organization.org_unit_not_found',
  status: 404,
  title: 'Organisational unit not found',
});
export const createOrgUnitSymbolTakenError = createAppErrorFactory({
  code: 'organization.org_unit_symbol_taken',
  status: 409,
  title: 'Another unit uses this symbol in the same calendar year',
});
export const createOrgUnitParentInvalidError = createAppErrorFactory({
  code: 'organization.org_unit_parent_invalid',
  status: 422,
  title: 'The parent unit does not exist, is not valid in the period, or would create a cycle',
});
export const createValidityRangeInvalidError = createAppErrorFactory({
  code: 'organization.validity_range_invalid',
  status: 422,
  title: 'The end of the validity period is before its start',
});
export const createOrganNotFoundError = createAppErrorFactory({
  code: 'organization.organ_not_found',
  status: 404,
  title: 'Organ not found',
});
export const createUserNotFoundError = createAppErrorFactory({
  code: 'organization.user_not_found',
  status: 404,
  title: 'User not found',
});
export const createLoginTakenError = createAppErrorFactory({
  code: 'organization.login_taken',
  status: 409,
  title: 'This login is already used in the office',
});
export const createPositionNotFoundError = createAppErrorFactory({
  code: 'organization.position_not_found',
  status: 404,
  title: 'Position not found',
});
export const createRoleNotFoundError = createAppErrorFactory({
  code: 'organization.role_not_found',
  status: 404,
  title: 'Role not found',
});
export const createRoleCodeTakenError = createAppErrorFactory({
  code: 'organization.role_code_taken',
  status: 409,
  title: 'A role with this code already exists',
});
export const createSystemRoleLockedError = createAppErrorFactory({
  code: 'organization.system_role_locked',
  status: 422,
  title: 'A system role cannot be renamed',
});
export const createSubstitutionInvalidError = createAppErrorFactory({
  code: 'organization.substitution_invalid',
  status: 422,
  title: 'A substitution needs two different active users and a valid date range',
});
export const createOrganNameTakenError = createAppErrorFactory({
  code: 'organization.organ_name_taken',
  status: 409,
  title: 'An organ with this name already exists',
});
