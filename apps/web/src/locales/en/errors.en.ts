import type { ErrorMessageKey } from '../pl/errors.pl';

export const errorsEn: Record<ErrorMessageKey, string> = {
  'errors.unknown': 'Something went wrong. Please try again.',
  'errors.client.network_error': 'Cannot reach the server. Check the network connection and try again.',
  'errors.client.invalid_response':
    'The server sent an unexpected answer. Please report this to the administrator.',
  'errors.client.unexpected_status': 'The server answered with an unexpected error. Try again in a moment.',
  'errors.internal.error':
    'An unexpected server error occurred. Try again; if it keeps happening, report it to the administrator.',
  'errors.validation.failed': 'The form has errors. Correct the marked fields.',
  'errors.http.not_found': 'The requested item was not found.',
  'errors.http.method_not_allowed': 'This operation is not available.',
  'errors.http.payload_too_large': 'The uploaded file or data is too large.',
  'errors.http.unsupported_media_type': 'This kind of file or data is not supported.',
  'errors.http.bad_request': 'The server did not understand the request.',
  'errors.common.rate_limited': 'Too many requests. Wait a moment and try again.',
  'errors.common.version_conflict':
    'Someone changed this data in the meantime. Reload the page and make your changes again.',
  'errors.auth.unauthenticated': 'You are not signed in or your session has expired. Please sign in again.',
  'errors.auth.forbidden': 'You are not permitted to do this.',
  'errors.auth.invalid_credentials': 'Wrong office code, login or password.',
  'errors.auth.too_many_attempts': 'Too many failed sign-in attempts. Wait a moment and try again.',
  'errors.auth.csrf_token_invalid': 'The form protection has expired. Reload the page and try again.',
  'errors.auth.session_expired': 'Your session has expired. Please sign in again.',
  'errors.auth.token_invalid': 'The access token is invalid, expired or revoked.',
  'errors.auth.wrong_current_password': 'The current password is wrong.',
  'errors.auth.position_not_available': 'This position is not available to you.',
  'errors.auth.session_not_found': 'Session not found — it may have expired or been ended already.',
  'errors.auth.password_change_required': 'You must change your password before you start working.',
  'errors.tenants.tenant_not_found': 'Office not found.',
  'errors.tenants.code_taken': 'This office code is already taken.',
  'errors.files.file_not_found': 'File not found.',
  'errors.files.too_large': 'The file is too large.',
  'errors.files.unsupported_media_type': 'This kind of file is not allowed (formats of the KRI list are).',
  'errors.files.empty': 'The file is empty.',
  'errors.files.preview_unavailable': 'There is no preview for this kind of file — download it.',
  'errors.files.preview_too_large': 'The file is too large to preview — download it.',
  'errors.files.preview_damaged':
    'The file could not be read for a preview (it may be damaged) — download it.',
  'errors.files.preview_page_not_found': 'The file has no such page.',
  'errors.contacts.contact_not_found': 'Contact not found.',
  'errors.contacts.duplicate_identifier':
    'A contact with this identifier already exists — choose it instead.',
  'errors.correspondence.incoming_item_not_found': 'Incoming item not found.',
  'errors.correspondence.incoming_item_cancelled': 'The item was cancelled and can no longer be changed.',
  'errors.correspondence.unknown_contact': 'The sender is not in the office’s contacts.',
  'errors.correspondence.unknown_organ': 'The organ does not exist in this office.',
  'errors.correspondence.unknown_file': 'The file does not exist.',
  'errors.correspondence.unknown_dictionary_code': 'The value is not in the office’s dictionary.',
  'errors.correspondence.nothing_to_correct': 'The correction changes no field.',
  'errors.correspondence.idempotency_key_reused':
    'This request key was already used for a different registration. Reload the form and try again.',
  'errors.correspondence.unknown_unit': 'The organisational unit does not exist or is not active.',
  'errors.correspondence.unknown_assignee': 'The person or position does not exist in this office.',
  'errors.correspondence.assignee_outside_unit':
    'The person does not work in the unit the item was distributed to.',
  'errors.correspondence.not_distributed': 'The item has not been distributed to a unit yet.',
  'errors.correspondence.already_distributed':
    'The item is already distributed — give a reason to pass it on.',
  'errors.correspondence.distribution_unchanged': 'The item is already distributed to these units.',
  'errors.correspondence.outside_distribution_scope':
    'The item is not in a unit where you may distribute and decree.',
  'errors.correspondence.already_decreed':
    'The item is already decreed to someone else — its author may correct the decree.',
  'errors.correspondence.deadline_extended':
    'A re-decree may not extend the deadline set by an earlier decree.',
  'errors.correspondence.deadline_in_past': 'The deadline may not be in the past.',
  'errors.correspondence.decree_not_found': 'Decree not found.',
  'errors.correspondence.decree_not_pending': 'The decree no longer awaits acceptance.',
  'errors.correspondence.decree_not_active': 'The decree is no longer current.',
  'errors.correspondence.not_decree_assignee': 'Only the person the item was decreed to may do this.',
  'errors.correspondence.not_decree_author': 'Only the author of a decree may correct or cancel it.',
  'errors.correspondence.distribution_rule_not_found': 'Distribution rule not found.',
  'errors.organization.org_unit_not_found': 'Organisational unit not found.',
  'errors.organization.org_unit_symbol_taken': 'A unit with this symbol already exists.',
  'errors.organization.org_unit_parent_invalid':
    'This parent unit cannot be chosen: a unit cannot report to itself or to one of its sub-units.',
  'errors.organization.organ_not_found': 'Organ not found.',
  'errors.organization.organ_name_taken': 'An organ with this name already exists.',
  'errors.organization.user_not_found': 'User not found.',
  'errors.organization.login_taken': 'This login is already taken.',
  'errors.organization.position_not_found': 'Position not found.',
  'errors.organization.role_not_found': 'Role not found.',
  'errors.organization.role_code_taken': 'A role with this code already exists.',
  'errors.organization.system_role_locked': 'A system role cannot be renamed.',
  'errors.organization.substitution_invalid':
    'Invalid substitution: nobody can stand in for themselves, and the period must be valid.',
  'errors.organization.validity_range_invalid': 'The end of validity cannot be earlier than its start.',
  'errors.jrwa.class_not_found': 'JRWA class not found.',
  'errors.jrwa.version_not_found': 'JRWA version not found.',
  'errors.jrwa.import_invalid':
    'The JRWA file has errors. Correct the listed rows and import the file again.',
  'errors.jrwa.no_version': 'The office has no file list (JRWA) yet. The administrator must import one.',
  'errors.jrwa.version_overlap':
    'The validity of this JRWA version overlaps another version. Choose another “In force from” date.',
  'errors.jrwa.extract_symbol_invalid':
    'An extract may contain only end classes of the JRWA version in force.',
  'errors.audit.event_not_found': 'Audit event not found.',
  'errors.api_tokens.token_not_found': 'API token not found.',
  'errors.api_tokens.permission_not_held': 'You cannot give a token a permission you do not hold yourself.',
  'errors.api_tokens.expiry_invalid': 'The token expiry date must be in the future.',
  'errors.cases.not_found': 'The case was not found or you have no access to it.',
  'errors.cases.unknown_unit': 'The organisational unit does not exist or is not active.',
  'errors.cases.outside_scope': 'Your position does not handle cases of this unit.',
  'errors.cases.no_jrwa': 'The office has no file plan (JRWA) in force. An administrator must import it.',
  'errors.cases.unknown_class': 'The JRWA in force has no such class.',
  'errors.cases.class_not_final': 'Cases are registered only in end classes of the JRWA.',
  'errors.cases.class_outside_extract':
    "The class is not in the unit's JRWA extract. Choose a class from the extract or ask the administrator to add it.",
  'errors.cases.unknown_incoming':
    'The incoming item was not found (or it is cancelled, or you have no access to it).',
  'errors.cases.unknown_party': 'A party of the case is not a contact of the office.',
  'errors.cases.unknown_organ': 'The organ is not one of the office.',
  'errors.cases.unknown_group_case':
    'The group case must be an open case of the same unit and class, and not a sub-case itself.',
  'errors.cases.closed': 'The case is closed: its documents and metadata cannot change until it is reopened.',
  'errors.cases.not_closed': 'The case is not closed.',
  'errors.cases.suspended': 'The proceedings are suspended: resume them first.',
  'errors.cases.not_suspended': 'The proceedings are not suspended.',
  'errors.cases.version_conflict':
    'Someone else changed this case meanwhile. Reload it and apply your change again.',
  'errors.cases.incoming_already_in_case': 'This incoming item is already in the case file.',
  'errors.cases.unknown_file': 'The file was not found.',
  'errors.cases.unfinished_work': 'The case has unfinished work. Finish it or close the case anyway.',
  'errors.cases.invalid_period': 'The period is not valid for this case.',
  'errors.cases.invalid_link': 'A case cannot be linked to itself, nor two cases twice.',
  'errors.cases.invalid_take_over':
    'This unit cannot take the case over: it is already the case’s unit, or the case is a sub-case or has open sub-cases.',
  'errors.cases.register_too_large':
    'The case register holds too many cases to show or export at once. Choose a shorter period or a narrower JRWA class.',
  'errors.cases.invalid_share':
    'A case can be shared only with a person or unit of the office, and only its own documents.',
  'errors.cases.share_not_found': 'There is no such active share of this case.',
  'errors.documents.not_found': 'The letter was not found, or you have no access to it.',
  'errors.documents.template_not_found': 'The letter template was not found (or it is inactive).',
  'errors.documents.template_version_conflict':
    'Someone else changed this template meanwhile. Open it again and apply your changes once more.',
  'errors.documents.invalid_template':
    'The template contains an unknown {{…}} field or its text is not valid. Check the field names in the list beside it.',
  'errors.documents.version_not_found': 'This version of the letter was not found.',
  'errors.documents.final': 'The letter is signed and final: it can no longer be changed.',
  'errors.documents.approval_in_progress':
    'The letter is in approval. To change it, withdraw it from approval first.',
  'errors.documents.no_approval': 'The letter is not in approval.',
  'errors.documents.invalid_path':
    'The approval path is not valid: each person may appear on it once, and the positions must be current.',
  'errors.documents.task_not_found': 'The approval task was not found.',
  'errors.documents.not_on_path': 'You are not on the approval path of this letter (or it is not your turn).',
  'errors.documents.step_decided': 'This step has already been decided. Reload the page.',
  'errors.documents.not_approved':
    'The letter can be signed only after everyone on the path has approved it.',
  'errors.documents.not_signatory':
    'The letter is signed by the person of the last stage of the approval path.',
  'errors.documents.unsupported_file':
    'This kind of file cannot be a version of a letter. Upload DOCX, ODT, PDF or TXT.',
  'errors.documents.no_text': 'This version has no text, so it cannot be edited or compared.',
  'errors.documents.unknown_contact': "An addressee is not a contact of the office's address book.",
  'errors.documents.unknown_file': 'The uploaded file was not found. Upload it again.',
  'errors.documents.unknown_position': 'The signatory does not hold an active position of the office.',
  'errors.documents.version_conflict':
    'Someone else changed this letter meanwhile. Reload the page and try again.',
  'errors.signatures.no_certificate':
    'You have no valid signing certificate. Ask the administrator to issue one.',
  'errors.signatures.wrong_password': 'Wrong password. The signature was not made.',
  'errors.signatures.not_signed': 'The file contains no electronic signature.',
  'errors.signatures.signature_invalid':
    'The signature in the file is invalid (e.g. the file was changed after signing). Check the file and upload it again.',
  'errors.signatures.certificate_not_found': 'The certificate was not found.',
  'errors.signatures.already_revoked': 'The certificate has already been revoked.',
  'errors.signatures.unknown_user': 'The user was not found (or the account is inactive).',
  'errors.signatures.invalid_anchor':
    'The file is neither a certification authority certificate nor a trusted list (TSL).',
  'errors.signatures.xml_refused':
    'The XML file was not processed for security reasons (e.g. it contains a DTD declaration or is too complex).',
  'errors.signatures.file_not_found': 'The file was not found.',
  'errors.signatures.timestamp_unavailable':
    'The timestamp service is unavailable. Sign without a timestamp or try later.',
  'errors.signatures.no_validation': 'This file has not been verified yet.',
  'errors.signatures.unsupported_format': 'Signatures in this file format cannot be verified.',
  'errors.dispatch.not_found': 'The dispatch was not found.',
  'errors.dispatch.item_not_found': 'The item of this dispatch was not found.',
  'errors.dispatch.document_not_dispatchable':
    'This letter cannot be sent yet: it must be approved and, for electronic delivery, signed.',
  'errors.dispatch.channel_unavailable':
    'The chosen channel is not available for this addressee (no address or mailbox).',
  'errors.dispatch.postal_options_required':
    'For a postal dispatch choose the kind of letter (ordinary or registered).',
  'errors.dispatch.invalid_tracking_number': 'Invalid posting number. Scan the barcode on the label again.',
  'errors.dispatch.tracking_number_taken': 'This posting number is already used by another item.',
  'errors.dispatch.unknown_tracking_number':
    'No registered letter has this posting number. Check the barcode on the return receipt.',
  'errors.dispatch.invalid_transition':
    'This operation is not possible in the current state of the item. Reload the page.',
  'errors.dispatch.unknown_file': 'The uploaded file was not found. Upload it again.',
  'errors.dispatch.item_required': 'The dispatch has several addressees — choose which item this concerns.',
  'errors.dispatch.no_mailbox':
    'The office has no mailbox configured for this channel. Ask the administrator to configure the integration.',
  'errors.integrations.mailbox_not_found': 'The mailbox was not found.',
  'errors.integrations.invalid_settings': 'The connection settings are incomplete or invalid.',
  'errors.integrations.invalid_certificate':
    'The certificate or private key is invalid or they do not match (PEM format required).',
  'errors.integrations.address_taken': 'A mailbox with this address already exists.',
};
