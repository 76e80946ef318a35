import { css } from 'lit';

// The colour tokens and their contrast are in styles/tokens.ts.
export const styles = css`
  :host([hidden]) {
    display: none;
  }
  /* File names may have no spaces, and messages and buttons repeat them: text wraps anywhere
     rather than stick out of a narrow column (1.4.10, 1.4.12). */
  :host > * {
    font-family: var(--applykit-font-family, inherit);
    overflow-wrap: anywhere;
  }
  .zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) / 2);
    /* Narrower in a narrow column (320 px at 200% text), so "Choose file" fits inside (1.4.12). */
    padding: min(var(--_space), 5%);
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
    font-weight: 600;
  }
  /* The native bar, its edge drawn over in the border colour (3:1 and more, 1.4.11; the native
     edge is 2.12:1). Forced colours keep the native look in system colours, and the outline. */
  progress {
    accent-color: var(--_accent);
    outline: 1px solid var(--_border);
    outline-offset: -1px;
  }
  .warning {
    flex-basis: 100%;
    margin: 0;
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
