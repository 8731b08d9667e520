import type { ReactNode } from 'react';

/**
 * The focusable face of a node. With trade-off notes it is a disclosure button (`aria-expanded`,
 * toggled by click, Enter or Space) named by its own text, so what is heard matches what is
 * seen; without, a focusable group named by `name`, so arrow-key navigation and the reading
 * order still reach it.
 */
export function NodeHeader(props: {
  name: string;
  /** Open state of a node that can expand; undefined for one that cannot. */
  expanded: boolean | undefined;
  /** Id of the card element, once it is drawn. */
  controls: string | undefined;
  /** Name the button by `name` rather than its text (when its text is only part of the name). */
  labelled?: boolean;
  children: ReactNode;
}) {
  if (props.expanded === undefined) {
    return (
      // biome-ignore lint/a11y/noNoninteractiveTabindex: nodes are reachable by keyboard even when they do not expand
      // biome-ignore lint/a11y/useSemanticElements: a fieldset is for form controls; this is a labelled diagram node
      <div className="mlsd-node-head" role="group" tabIndex={0} aria-label={props.name}>
        {props.children}
      </div>
    );
  }
  return (
    <button
      type="button"
      className="mlsd-node-head"
      aria-expanded={props.expanded}
      aria-controls={props.controls}
      aria-label={props.labelled ? props.name : undefined}
    >
      {props.children}
    </button>
  );
}
