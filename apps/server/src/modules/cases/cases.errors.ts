import { createAppErrorFactory } from '../../shared/errors/app-error.js';

export const createCaseNotFoundError = createAppErrorFactory({
  code: 'cases.not_found',
  status: 404,
  title: 'There is no such case, or it is not yours to see',
});
export const createUnknownCaseUnitError = createAppErrorFactory({
  code: 'cases.unknown_unit',
  status: 422,
  title: 'The unit is not an active organisational unit of the office',
});
export const createOutsideCaseScopeError = createAppErrorFactory({
  code: 'cases.outside_scope',
  status: 403,
  title: 'Your position does not handle cases of this unit',
});
export const createNoJrwaInForceError = createAppErrorFactory({
  code: 'cases.no_jrwa',
  status: 422,
  title: 'The office has no JRWA in force today',
});
export const createUnknownJrwaClassError = createAppErrorFactory({
  code: 'cases.unknown_class',
  status: 422,
  title: 'The JRWA in force has no such class',
});
export const createNotFinalClassError = createAppErrorFactory({
  code: 'cases.class_not_final',
  status: 422,
  title: 'Cases are registered only in end classes of the JRWA',
});
export const createClassOutsideExtractError = createAppErrorFactory({
  code: 'cases.class_outside_extract',
  status: 422,
  title: "The class is not in the unit's JRWA extract",
});
export const createUnknownIncomingError = createAppErrorFactory({
  code: 'cases.unknown_incoming',
  status: 422,
  title: 'There is no such incoming item you may see, or it is cancelled',
});
export const createUnknownPartyError = createAppErrorFactory({
  code: 'cases.unknown_party',
  status: 422,
  title: 'A party is not a contact of the office',
});
export const createUnknownOrganError = createAppErrorFactory({
  code: 'cases.unknown_organ',
  status: 422,
  title: 'The organ is not one of the office',
});
export const createUnknownGroupCaseError = createAppErrorFactory({
  code: 'cases.unknown_group_case',
  status: 422,
  title: 'The group case is not an open case of the same unit and class, or is itself a sub-case',
});
export const createCaseClosedError = createAppErrorFactory({
  code: 'cases.closed',
  status: 409,
  title: 'The case is closed: its documents and metadata cannot change until it is reopened',
});
export const createCaseNotClosedError = createAppErrorFactory({
  code: 'cases.not_closed',
  status: 409,
  title: 'The case is not closed',
});
export const createCaseSuspendedError = createAppErrorFactory({
  code: 'cases.suspended',
  status: 409,
  title: 'The case is suspended; resume it first',
});
export const createCaseNotSuspendedError = createAppErrorFactory({
  code: 'cases.not_suspended',
  status: 409,
  title: 'The case is not suspended',
});
export const createCaseVersionConflictError = createAppErrorFactory({
  code: 'cases.version_conflict',
  status: 409,
  title: 'The case was changed by someone else; reload it and apply your change again',
});
export const createIncomingAlreadyInCaseError = createAppErrorFactory({
  code: 'cases.incoming_already_in_case',
  status: 409,
  title: 'The incoming item is already in this case',
});
export const createUnknownCaseFileError = createAppErrorFactory({
  code: 'cases.unknown_file',
  status: 422,
  title: 'There is no such file in the office',
});
export const createUnfinishedWorkError = createAppErrorFactory({
  code: 'cases.unfinished_work',
  status: 409,
  title: 'The case has unfinished work; finish it or close with `force`',
});
export const createInvalidPeriodError = createAppErrorFactory({
  code: 'cases.invalid_period',
  status: 422,
  title: 'The period is not valid for this case',
});
export const createInvalidCaseLinkError = createAppErrorFactory({
  code: 'cases.invalid_link',
  status: 422,
  title: 'A case cannot be linked to itself, and two cases only once',
});
export const createInvalidTakeOverError = createAppErrorFactory({
  code: 'cases.invalid_take_over',
  status: 422,
  title: 'The case cannot be taken over by this unit',
});
export const createInvalidShareError = createAppErrorFactory({
  code: 'cases.invalid_share',
  status: 422,
  title: 'The share names no active person or unit of the office, or documents of another case',
});
export const createShareNotFoundError = createAppErrorFactory({
  code: 'cases.share_not_found',
  status: 404,
  title: 'There is no such active share of this case',
});
