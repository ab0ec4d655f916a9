import type { authPl } from '../pl/auth.pl';

export const authEn: Record<keyof typeof authPl, string> = {
  'auth.login.document_title': 'Obieg — sign in',
  'auth.login.title': 'Sign in',
  'auth.login.tenant.label': 'Office code',
  'auth.login.tenant.description':
    'The short code of your office, e.g. demo. It is remembered on this computer.',
  'auth.login.tenant.invalid': 'The office code is 2–40 characters: lowercase letters, digits and hyphens.',
  'auth.login.login.label': 'Login',
  'auth.login.password.label': 'Password',
  'auth.login.submit': 'Sign in',
  'auth.login.retry_after': 'You can try again in {seconds} s.',

  'auth.password.title': 'Change password',
  'auth.password.intro': 'Set a new password. A few unrelated words make a good one.',
  'auth.password.forced.intro':
    'Your password was set by the administrator. Set your own password before you start working.',
  'auth.password.current.label': 'Current password',
  'auth.password.new.label': 'New password',
  'auth.password.new.description': 'At least 12 characters.',
  'auth.password.confirm.label': 'Repeat the new password',
  'auth.password.confirm.mismatch': 'The passwords do not match.',
  'auth.password.submit': 'Change password',
  'auth.password.changed': 'Your password has been changed.',

  'auth.position.acting_for': 'for: {name}',
  'auth.position.none': 'No position',
  'auth.position.switched': 'You are now working as: {position}.',

  'auth.sessions.title': 'User sessions',
  'auth.sessions.intro': "The office's signed-in users. Ending a session signs the user out on that device.",
  'auth.sessions.caption': 'Active sessions: {count}',
  'auth.sessions.column.user': 'User',
  'auth.sessions.column.created': 'Signed in',
  'auth.sessions.column.last_seen': 'Last activity',
  'auth.sessions.column.expires': 'Expires',
  'auth.sessions.column.address': 'IP address',
  'auth.sessions.column.user_agent': 'Browser',
  'auth.sessions.current': 'Your current session',
  'auth.sessions.empty': 'No active sessions.',
  'auth.sessions.revoke.button': 'End',
  'auth.sessions.revoke.label': 'End session: {name}',
  'auth.sessions.revoke.title': 'End the session?',
  'auth.sessions.revoke.message': '{name} will be signed out on that device.',
  'auth.sessions.revoke.current_warning': 'This is your current session — you will be signed out.',
  'auth.sessions.revoke.confirm': 'End session',
  'auth.sessions.revoked': "{name}'s session has been ended.",
};
