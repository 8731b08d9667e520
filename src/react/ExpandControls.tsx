import { ChevronsDownUp, ChevronsUpDown, Info } from 'lucide-react';

/** Props of ExpandControls. */
export interface ExpandControlsProps {
  /** How many nodes can expand, and how many are open. */
  expandable: number;
  open: number;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  /** Whether the legend is shown, and the id of the legend element it toggles. */
  legendOpen: boolean;
  legendId: string;
  onLegendChange: (open: boolean) => void;
}

/** "Expand all", "Collapse all" and the legend toggle, as a small row of buttons. */
export function ExpandControls(props: ExpandControlsProps) {
  return (
    <div className="mlsd-expand-controls mlsd:flex mlsd:flex-wrap mlsd:items-center">
      {props.expandable > 0 && (
        <>
          <button
            type="button"
            className="mlsd-tool"
            onClick={props.onExpandAll}
            disabled={props.open === props.expandable}
          >
            <ChevronsUpDown size={14} aria-hidden="true" />
            Expand all
          </button>
          <button type="button" className="mlsd-tool" onClick={props.onCollapseAll} disabled={props.open === 0}>
            <ChevronsDownUp size={14} aria-hidden="true" />
            Collapse all
          </button>
        </>
      )}
      <button
        type="button"
        className="mlsd-tool"
        aria-expanded={props.legendOpen}
        aria-controls={props.legendOpen ? props.legendId : undefined}
        onClick={() => props.onLegendChange(!props.legendOpen)}
      >
        <Info size={14} aria-hidden="true" />
        {props.legendOpen ? 'Hide legend' : 'Legend'}
      </button>
    </div>
  );
}
