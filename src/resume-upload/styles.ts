import { css } from 'lit';

// Colours follow the page's `color-scheme` through light-dark() (a page declaring `light dark`
// follows prefers-color-scheme; a light-only page stays light). The :host block resolves the
// shared --applykit-* tokens once into private --_x shorthands; accommodation-request/styles.ts
// has the same block, with the same names and defaults. Contrast of the defaults (WCAG 2.x),
// on page backgrounds #fff (light) and #121212 (dark):
//   text on accent (on-accent/accent)    #fff/#1a5fb4 6.29:1      #0b1f33/#99c1f1 8.94:1
//   accent as text and UI / background   #1a5fb4 6.29:1           #99c1f1 10.04:1
//   danger / background                  #b3261e 6.54:1           #ffb4ab 11.03:1
//   muted / background                   #4d4d4d 8.45:1           #c4c4c4 10.74:1
//   border / background (3:1 for UI)     #6b6b6b 5.33:1           #8f8f8f 5.79:1
//   focus ring (= accent) / background   6.29:1                   10.04:1
//   drop zone while dragging: accent at 10% over the page, #e8eff8 / #202428:
//     muted 7.30:1 / 8.96:1, accent border 5.43:1 / 8.37:1, page text #000 18.13:1, #eee 13.46:1
// Forced-colors mode gets system colours instead.
export const styles = css`
  :host {
    display: block;
    --_accent: var(--applykit-color-accent, light-dark(#1a5fb4, #99c1f1));
    --_on-accent: var(--applykit-color-on-accent, light-dark(#fff, #0b1f33));
    --_danger: var(--applykit-color-danger, light-dark(#b3261e, #ffb4ab));
    --_muted: var(--applykit-color-muted, light-dark(#4d4d4d, #c4c4c4));
    --_border: var(--applykit-color-border, light-dark(#6b6b6b, #8f8f8f));
    --_ring: var(--applykit-focus-ring-color, var(--_accent));
    --_radius: var(--applykit-radius, 6px);
    --_space: var(--applykit-space, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  :host > * {
    font-family: var(--applykit-font-family, inherit);
  }
  .zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    padding: var(--_space);
    border: 2px dashed var(--applykit-dropzone-border-color, var(--_border));
    border-radius: var(--_radius);
    background: var(--applykit-dropzone-background, transparent);
    transition: background-color 0.15s, border-color 0.15s;
  }
  :host([dragging]) .zone {
    border-style: solid;
    border-color: var(--applykit-dropzone-border-color-active, var(--_accent));
    background: var(--applykit-dropzone-background-active, color-mix(in srgb, var(--_accent) 10%, transparent));
  }
  :host([invalid]) .zone {
    border-color: var(--_danger);
  }
  .label {
    font-weight: 700;
    font-size: 1.125em;
  }
  .hint,
  .meta {
    color: var(--_muted);
  }
  button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding-block: 0.375em;
    padding-inline: 1em;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .browse {
    border: 2px solid transparent;
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .action,
  .remove {
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
  }
  .remove {
    margin-inline-start: auto;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
    margin-block: calc(var(--_space) / 2) 0;
  }
  .error p {
    margin: 0;
  }
  .files {
    list-style: none;
    margin-block: calc(var(--_space) / 2) 0;
    margin-inline: 0;
    padding: 0;
  }
  .file {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    padding-block: 0.25em;
  }
  .name {
    overflow-wrap: anywhere;
    font-weight: 600;
  }
  progress {
    accent-color: var(--_accent);
  }
  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    .zone {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    :host([dragging]) .zone {
      border-color: Highlight;
    }
    .browse {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
