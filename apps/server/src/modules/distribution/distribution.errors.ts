import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createUnknownUnitError = createAppErrorFactory({
  code: 'correspondence.unknown_unit',
  status: 422,
  title: 'The unit is not an active organisational unit of the office',
});
export const createUnknownAssigneeError = createAppErrorFactory({
  code: 'correspondence.unknown_assignee',
  status: 422,
  title: 'The position or user is not an active one of the office',
});
export const createAssigneeOutsideUnitError = createAppErrorFactory({
  code: 'correspondence.assignee_outside_unit',
  status: 422,
  title: 'The assignee holds no position in the leading unit or its sub-units',
});
export const createNotDistributedError = createAppErrorFactory({
  code: 'correspondence.not_distributed',
  status: 409,
  title: 'The item is not distributed to a unit yet',
});
export const createAlreadyDistributedError = createAppErrorFactory({
  code: 'correspondence.already_distributed',
  status: 409,
  title: 'The item is already distributed; passing it on needs a reason',
});
export const createDistributionUnchangedError = createAppErrorFactory({
  code: 'correspondence.distribution_unchanged',
  status: 422,
  title: 'The item is already distributed to these units',
});
export const createOutsideDistributionScopeError = createAppErrorFactory({
  code: 'correspondence.outside_distribution_scope',
  status: 403,
  title: 'The item is not in a unit where your position distributes and decrees',
});
export const createAlreadyDecreedError = createAppErrorFactory({
  code: 'correspondence.already_decreed',
  status: 409,
  title: 'The item is decreed to someone else; only its assignee passes it on, its author corrects it',
});
export const createDeadlineExtendedError = createAppErrorFactory({
  code: 'correspondence.deadline_extended',
  status: 422,
  title: 'A re-decree may not extend the deadline of the decree it passes on',
});
export const createDeadlineInPastError = createAppErrorFactory({
  code: 'correspondence.deadline_in_past',
  status: 422,
  title: 'The deadline is in the past',
});
export const createDecreeNotFoundError = createAppErrorFactory({
  code: 'correspondence.decree_not_found',
  status: 404,
  title: 'Decree not found',
});
export const createDecreeNotPendingError = createAppErrorFactory({
  code: 'correspondence.decree_not_pending',
  status: 409,
  title: 'The decree no longer awaits acceptance',
});
export const createDecreeNotActiveError = createAppErrorFactory({
  code: 'correspondence.decree_not_active',
  status: 409,
  title: 'The decree is not the item’s current decree',
});
export const createNotDecreeAssigneeError = createAppErrorFactory({
  code: 'correspondence.not_decree_assignee',
  status: 403,
  title: 'Only the assignee of the decree may accept or return it',
});
export const createNotDecreeAuthorError = createAppErrorFactory({
  code: 'correspondence.not_decree_author',
  status: 403,
  title: 'Only the author of the decree may correct or cancel it',
});
export const createDistributionRuleNotFoundError = createAppErrorFactory({
  code: 'correspondence.distribution_rule_not_found',
  status: 404,
  title: 'Distribution rule not found',
});
