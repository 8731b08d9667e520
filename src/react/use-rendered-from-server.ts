import { useState, useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * Whether this component's first render happened on the server or while hydrating server
 * markup — a first render that must produce what the server sent. It stays what it was at the
 * first render, so a component can keep drawing what it drew then.
 */
export function useRenderedFromServer(): boolean {
  const onServer = useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  );
  const [fromServer] = useState(onServer);
  return fromServer;
}
