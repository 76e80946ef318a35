/**
 * Dispatches a typed `CustomEvent` that bubbles and is composed: the one way applykit elements
 * fire public events. The name must be a key of the element's event map, and the detail type
 * is looked up from it, so an event the types don't know can't be fired.
 * @internal
 */
export function emit<M extends Record<K, CustomEvent>, K extends keyof M & string>(
  target: EventTarget,
  type: K,
  detail: M[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}
