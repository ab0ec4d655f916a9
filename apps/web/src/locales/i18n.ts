import { en } from './en';
import { pl } from './pl';

export const LANGUAGES = ['pl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export type MessageKey = keyof typeof pl;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const DEFAULT_LANGUAGE: Language = 'pl';

const dictionaries: Record<Language, Record<MessageKey, string>> = { pl, en };

/** Replaces `{name}` with `params.name`; an unknown placeholder is left visible so a mistake shows. */
export function interpolate(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => {
    const value = params[name];
    return value === undefined ? placeholder : String(value);
  });
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(pl, key);
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function createTranslate(language: Language): Translate {
  const dictionary = dictionaries[language];
  return (key, params) => interpolate(dictionary[key] || pl[key] || key, params);
}

/** Translates a key built at run time (e.g. from an error code), or returns the fallback key's text. */
export function translateDynamic({
  t,
  key,
  fallback,
  params,
}: {
  t: Translate;
  key: string;
  fallback: MessageKey;
  params?: MessageParams;
}): string {
  return isMessageKey(key) ? t(key, params) : t(fallback, params);
}
