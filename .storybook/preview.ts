// Every story: axe (the a11y addon) with the project's rule tags, and two toolbar menus that put
// the story in a wrapper with a language (lang, and dir for Arabic) and a colour scheme.
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { answerTestEndpoints } from './test-endpoints.js';

answerTestEndpoints();

/** The rule tags of test/helpers/axe.ts (scripts/stories-check.mjs checks they agree). */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const LANGUAGES = [
  { value: 'en', title: 'English' },
  { value: 'es', title: 'Español' },
  { value: 'de', title: 'Deutsch' },
  { value: 'fr', title: 'Français' },
  { value: 'ar', title: 'العربية (RTL)', right: 'rtl' },
];

const SCHEMES: Record<string, string> = {
  light: 'color-scheme: light; background: #fff; color: #1b1b1b',
  dark: 'color-scheme: dark; background: #121212; color: #eee',
};

const withPage: Decorator = (story, { globals }) => {
  const lang = LANGUAGES.some((l) => l.value === globals.lang) ? (globals.lang as string) : 'en';
  const scheme = globals.scheme === 'dark' ? 'dark' : 'light';
  // The page, not the element, colours its own links (the form's privacy link is the page's).
  return html`<style>
      .applykit-page { padding: 1rem; min-block-size: 100vh; box-sizing: border-box; }
      .applykit-page[data-scheme='dark'] a { color: #99c1f1; }
    </style>
    <div class="applykit-page" lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'} data-scheme=${scheme} style=${SCHEMES[scheme]}>
      ${story()}
    </div>`;
};

const preview: Preview = {
  parameters: {
    layout: 'fullscreen',
    a11y: {
      options: { runOnly: { type: 'tag', values: AXE_TAGS } },
      // A violation marks the story failed (the default, 'todo', only warns).
      test: 'error',
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the story (lang; dir="rtl" for Arabic)',
      toolbar: { title: 'Language', icon: 'globe', items: LANGUAGES, dynamicTitle: true },
    },
    scheme: {
      description: 'Colour scheme of the page around the story',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'en', scheme: 'light' },
  decorators: [withPage],
};
export default preview;
