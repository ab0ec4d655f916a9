import {
  simulatorsStatusSchema,
  type SimulatedLetterInput,
  type SimulatorsStatus,
} from '@obieg/contracts/integrations';
import { z } from 'zod';
import { api } from '../../app/api-client';
import { isApiError } from '../../app/api-error';

// The local simulators of a demo (e-Doręczenia, ePUAP, SMTP). They exist only where the server
// runs them: in production `GET /api/v1/simulators` answers 404 and the screens show nothing.

const path = (...parts: string[]) => `/api/v1/simulators${parts.map((part) => `/${part}`).join('')}`;

const letterSentSchema = z.object({ reference: z.string() });

/** The simulators' state, or `null` when there are none (404) or they are not for this user (403). */
export async function getSimulators(): Promise<SimulatorsStatus | null> {
  try {
    const status = await api.get(path(), simulatorsStatusSchema);
    return status.enabled ? status : null;
  } catch (error) {
    if (isApiError(error) && (error.status === 404 || error.status === 403)) return null;
    throw error;
  }
}

/** A citizen writes to the office through a simulator; the office gets it at its next synchronisation. */
export const sendSimulatedLetter = (input: SimulatedLetterInput) =>
  api.post(path('letters'), input, letterSentSchema);

/** The addressee of a sent e-Doręczenia or ePUAP letter collects it (E.1, UPD at the next synchronisation). */
export const collectSimulatedLetter = (dispatchItemId: string) =>
  api.post(path('collect'), { dispatchItemId });

/** Moves the e-Doręczenia simulator's clock by some days (the 14-day fiction of delivery). */
export const advanceSimulatedClock = (days: number) => api.post(path('advance'), { days });
