// A valid accommodation request, every field filled in, as the form sends it and the handler
// keeps it; and the same as a request store holds it. Node tests only.
import { randomUUID } from 'node:crypto';

/** A valid request, as `checkAccommodation` returns it (a sent one keeps its `submittedAt`). */
export const REQUEST = {
  name: 'Ana Pérez',
  email: 'ana@example.com',
  phone: '+1 555 0100',
  job: 'Data analyst (R-1042)',
  stages: ['interviews'],
  needs: ['extra-time'],
  details: 'A screen reader works best for me.',
  contactMethod: 'email',
  consent: true,
  submittedAt: '2025-11-25T09:30:00.000Z',
};

/** REQUEST as a store keeps it: under a new id, received at `receivedAt` (now by default). */
export const storedRequest = (receivedAt = new Date().toISOString()) => ({
  id: randomUUID(),
  receivedAt,
  ...REQUEST,
});
