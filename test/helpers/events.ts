// A typed `oneEvent`: the next event of a name the element fires, with its detail typed from the
// global event map the elements augment (so `(await next(el, 'file-accept')).detail.kind` is a
// FileKind, not `any`).
import { oneEvent } from '@open-wc/testing';

export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
): Promise<GlobalEventHandlersEventMap[K]> {
  return oneEvent<GlobalEventHandlersEventMap[K]>(target, type);
}
