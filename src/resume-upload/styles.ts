import { css } from 'lit';

// Colours are chosen for AA contrast on a light page; every one can be themed through a
// --applykit-* property. Forced-colors mode gets system colours instead.
export const styles = css`
  :host {
    display: block;
    font-family: var(--applykit-font-family, inherit);
  }
  :host([hidden]) {
    display: none;
  }
  .zone {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--applykit-space, 1rem) / 2);
    padding: var(--applykit-space, 1rem);
    border: 2px dashed var(--applykit-dropzone-border-color, var(--applykit-color-border, #6b6b6b));
    border-radius: var(--applykit-radius, 8px);
    background: var(--applykit-dropzone-background, transparent);
    transition: background-color 0.15s, border-color 0.15s;
  }
  :host([dragging]) .zone {
    border-style: solid;
    border-color: var(--applykit-dropzone-border-color-active, var(--applykit-color-accent, #1a5fb4));
    background: var(--applykit-dropzone-background-active, rgb(26 95 180 / 0.08));
  }
  :host([invalid]) .zone {
    border-color: var(--applykit-color-danger, #b3261e);
  }
  .label {
    font-weight: 700;
    font-size: 1.125em;
  }
  .hint,
  .meta {
    color: var(--applykit-color-muted, #4d4d4d);
  }
  button {
    font: inherit;
    min-block-size: 24px;
    min-inline-size: 24px;
    padding: 0.375em 1em;
    border-radius: var(--applykit-radius, 8px);
    cursor: pointer;
  }
  .browse {
    border: 2px solid transparent;
    background: var(--applykit-color-accent, #1a5fb4);
    color: var(--applykit-color-on-accent, #fff);
    font-weight: 600;
  }
  .remove {
    border: 1px solid currentColor;
    background: transparent;
    color: inherit;
    margin-inline-start: auto;
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  :focus-visible {
    outline: 3px solid var(--applykit-focus-ring-color, #1a5fb4);
    outline-offset: 2px;
  }
  .error {
    color: var(--applykit-color-danger, #b3261e);
    font-weight: 600;
    margin-block: calc(var(--applykit-space, 1rem) / 2) 0;
  }
  .error p {
    margin: 0;
  }
  .files {
    list-style: none;
    margin: calc(var(--applykit-space, 1rem) / 2) 0 0;
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
