import { z } from 'zod';

/**
 * What a clerk chose last time, remembered per user in this browser: the next blank form starts
 * from it (a batch of registered letters, the same store and box all morning).
 */
const registrationDefaultsSchema = z.object({
  deliveryMethod: z.string().max(50).optional(),
  documentKind: z.string().max(50).optional(),
  organId: z.string().max(50).optional(),
  paperStore: z.string().max(100).optional(),
  paperBox: z.string().max(100).optional(),
  moreOpen: z.boolean().optional(),
});
export type RegistrationDefaults = z.infer<typeof registrationDefaultsSchema>;

const storageKey = (userId: string) => `obieg.incoming.defaults.${userId}`;

export function loadRegistrationDefaults(userId: string): RegistrationDefaults {
  try {
    const stored = window.localStorage.getItem(storageKey(userId));
    const parsed = registrationDefaultsSchema.safeParse(stored ? JSON.parse(stored) : {});
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

export function saveRegistrationDefaults(userId: string, defaults: RegistrationDefaults): void {
  try {
    const current = loadRegistrationDefaults(userId);
    window.localStorage.setItem(storageKey(userId), JSON.stringify({ ...current, ...defaults }));
  } catch {
    // Storage may be unavailable (private mode); defaults then last for this page only.
  }
}
