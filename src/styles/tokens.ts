import { css } from 'lit';

// Colours follow the page's `color-scheme` through light-dark() (a page declaring `light dark`
// follows prefers-color-scheme; a light-only page stays light). This block resolves the
// shared --applykit-* tokens once into private --_x shorthands that both elements use. Contrast of the defaults (WCAG 2.x),
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
export const tokens = css`
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
`;
