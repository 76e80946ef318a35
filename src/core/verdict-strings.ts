// English sentences about what the content check found in a file's bytes: why it was refused,
// or what may go wrong with it and what to do. Only the content check's lazy chunk carries them
// in the bundles; translations and `strings` overrides still come first (see verdict-messages.ts).
export const verdictStrings = {
  rejectContent:
    '{name} does not look like a real {kind} file: its contents do not match its name. Save it again as {kind}, or choose another file.',
  rejectProtected:
    "{name} is password-protected, so employers can't open it. Save a copy without a password and choose that.",
  rejectDamaged:
    "{name} is damaged, so employers can't open it. Save it again from the program that made it, or choose another file.",
  rejectFormat:
    '{name} is in {format} format, not {kind}. Save it as {kind}, or choose another file.',
  /** Warnings: what may go wrong with an accepted file; a fix* sentence follows each. */
  warnMacros: "{name} contains macros, which some employers' systems block.",
  warnLegacy:
    "{name} is in an old Word format (Word 6.0 or 95) that many employers' systems can't read.",
  warnRestricted:
    "{name} limits copying or printing, so some employers' systems may not read its text.",
  warnEncoding: '{name} uses a text encoding that some programs misread.',
  warnDamaged: "{name} has errors that some programs can't repair.",
  warnFormat: '{name} is not a standard {kind} file: Word opens it, but other programs may not.',
  warnScripts: "{name} contains scripts or media that employers' systems may block.",
  warnEmbedded: "{name} has other files embedded in it, which employers' systems may block.",
  fixResave: 'Save it as DOCX or PDF and choose the new copy.',
  fixRestricted: 'Save a copy without restrictions and choose that.',
  fixEncoding: 'Save it as UTF-8 text and choose the new copy.',
  fixDamaged: 'Open it, save it again, and choose the new copy.',
  fixRemove: 'Save a copy without them and choose that.',
  /** Between a warning and its fix when the page refuses files with that warning. */
  refusedHere: 'This site does not accept such files.',
};

export type VerdictStrings = typeof verdictStrings;
