/**
 * Registers `ctor` as `tag` unless the tag is taken. A page that loads applykit twice (say the
 * bundle and an npm copy) keeps working instead of throwing, and hears about it once.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (!existing) customElements.define(tag, ctor);
  else if (existing !== ctor)
    console.warn(`applykit: <${tag}> is already defined; keeping the first definition.`);
}
