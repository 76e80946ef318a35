// What file-check.ts loads on a file's first content check, as one lazy chunk in the bundles:
// the check itself and the sentences about what it finds, so a page that never gets a file
// never fetches either.
export { inspectContent } from './inspect.js';
export { refusalText, warningText } from './verdict-messages.js';
