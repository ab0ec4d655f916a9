import { allocateRegistryNumber } from './registry-numbering.js';

/**
 * The next number of one of the office's registers (the outgoing register, …) in the caller's
 * transaction: gapless, the counter row locked until commit — take it as late as possible.
 */
export const allocateRegisterNumber = allocateRegistryNumber;
