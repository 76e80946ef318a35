// The English texts of <accommodation-request>: the table lives in core (messages are built
// there); this module is the element's public name for it.
export {
  accommodationRequestStrings,
  type AccommodationRequestStrings,
} from '../core/accommodation-strings.js';
