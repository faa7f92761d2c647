/** An obligation as the API answers it, and what adding or changing one sends. */
import type { Schemas } from '../../api/client.js';
import type { RegisterBody } from '../../registers/register-records.js';

export type Obligation = Schemas['Obligation'];
export type ObligationBody = RegisterBody<'obligations'>;
