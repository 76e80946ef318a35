/**
 * The English texts of <accommodation-request>. `{company}` is the `company` attribute; plural
 * texts are `Plural`s (core/messages.ts). A locale must satisfy `AccommodationRequestStrings`.
 * `need-<value>` labels the default `needs` options (a host's own `needs` bring their labels).
 */
import { ACCOMMODATION_MESSAGES } from './accommodation-messages.js';
import type { Plural } from './messages.js';

export const accommodationRequestStrings = {
  ...ACCOMMODATION_MESSAGES,
  /** `{company}` when the `company` attribute is not set: "Let us know…". */
  company: 'us',
  intro:
    'Let {company} know if you need accommodations at any stage of the application or interview process.',
  privacy:
    'Only the people who arrange accommodations for {company} will see this request; it is kept separate from your application and is not used in hiring decisions.',
  name: 'Full name',
  email: 'Email address',
  phone: 'Phone number (optional)',
  phoneHint: 'We need this if you would like us to phone you.',
  stages: 'Which stages do you need accommodations for?',
  needs: 'What would help?',
  selectAll: 'Select all that apply.',
  'stage-application': 'Application',
  'stage-phone-screen': 'Phone screen',
  'stage-interviews': 'Interviews',
  'stage-assessment': 'Assessment or test',
  'stage-on-site': 'On-site visit',
  'need-extra-time': 'Extra time',
  'need-sign-language-interpreter': 'Sign language interpreter',
  'need-captions': 'Captions or transcripts',
  'need-screen-reader-materials': 'Screen-reader compatible materials',
  'need-step-free-access': 'Step-free or wheelchair access',
  'need-breaks': 'Breaks during interviews',
  'need-alternative-format': 'Alternative interview format',
  'need-questions-in-advance': 'Questions in advance',
  'need-quiet-room': 'A quiet room',
  'need-support-person': 'A support person or assistance animal',
  'need-something-else': 'Something else',
  details: 'Details',
  detailsHint:
    'Tell us what would help. You do not need to tell us about a condition or diagnosis. Required if you select "Something else".',
  limit: 'You can enter up to {max} characters',
  remaining: {
    one: 'You have {count} character remaining',
    other: 'You have {count} characters remaining',
  } as Plural,
  over: {
    one: 'You have {count} character too many',
    other: 'You have {count} characters too many',
  } as Plural,
  contact: 'How should we contact you?',
  contactEmail: 'Email',
  contactPhone: 'Phone (relay services welcome)',
  consent: 'I agree that this information is used only to arrange my accommodations',
  submit: 'Send request',
  sending: 'Sending…',
  errorTitle: 'There is a problem',
  failedNetwork: 'Your request could not be sent. Check your connection and try again.',
  failedStatus:
    'Your request could not be sent. The server answered {status}. Try again, or contact {company}.',
  retry: 'Try again',
  sentEmail: "Request sent — we'll contact you by email",
  sentPhone: "Request sent — we'll contact you by phone",
  reference: 'Your reference is {id}',
};

/** The shape of the table; the `strings` property takes a partial one merged over the English one. */
export type AccommodationRequestStrings = typeof accommodationRequestStrings;
