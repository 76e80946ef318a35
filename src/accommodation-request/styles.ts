import { css } from 'lit';

// The colour tokens (--_x shorthands of the --applykit-* properties) are in styles/tokens.ts.
// Colours follow the page's `color-scheme` through light-dark(). Inputs are transparent, so
// their text has the page's own contrast in any theme.
export const styles = css`
  * {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  form,
  .done {
    font-family: var(--applykit-font-family, inherit);
    line-height: 1.5;
    max-inline-size: 40rem;
    /* Long words ("accommodations" at 200% in 320 px) wrap instead of scrolling (1.4.10). */
    overflow-wrap: anywhere;
  }
  p,
  ul,
  .h {
    margin-block: 0 var(--_space);
  }
  /* Smaller in a narrow column (GOV.UK's error summary title is too), so at 320 px with 200% text
     and text spacing its words stay whole (1.4.12). */
  .h {
    font-size: clamp(1.125em, 5vw, 1.5em);
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .field {
    margin-block-end: calc(var(--_space) * 1.5);
  }
  .invalid {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: var(--_space);
  }
  label,
  legend {
    /* display: table + max-inline-size: Firefox won't wrap a long legend otherwise (1.4.10). */
    display: table;
    max-inline-size: 100%;
    white-space: normal;
    font-weight: 700;
    padding: 0;
  }
  .opt label {
    font-weight: 400;
    padding-block: 0.125rem;
  }
  .hint,
  .count {
    color: var(--_muted);
    margin: 0;
  }
  .error,
  .over {
    color: var(--_danger);
    font-weight: 700;
    margin: 0;
  }
  input:not([type]),
  input[type='text'],
  input[type='email'],
  input[type='tel'],
  textarea {
    display: block;
    inline-size: 100%;
    margin-block-start: 0.25rem;
    padding: 0.5rem;
    font: inherit;
    color: inherit;
    background: transparent;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* As specific as input[type='text'] above, and after it: an invalid input turns red too. */
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .opt {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin-block: 0.5rem;
  }
  .opt input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  button {
    font: inherit;
    font-weight: 700;
    min-block-size: 2.75rem;
    padding-block: 0.5rem;
    padding-inline: 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    cursor: progress;
  }
  .alert button {
    background: transparent;
    color: var(--_accent);
  }
  .summary,
  .alert {
    border: 4px solid var(--_danger);
    padding: min(var(--_space), 5%);
    margin-block-end: var(--_space);
  }
  .summary a {
    color: var(--_danger);
    font-weight: 700;
  }
  :focus-visible,
  .summary:focus,
  .h:focus {
    outline: 3px solid var(--_ring);
    outline-offset: 2px;
  }
  .sr {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    :focus-visible,
    .summary:focus,
    .h:focus {
      outline-color: Highlight;
    }
    .invalid,
    .summary,
    .alert {
      border-color: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
      transition: none !important;
    }
  }
`;
