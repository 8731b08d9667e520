import { ImageDown, Search } from 'lucide-react';
import { useState } from 'react';
import type { Diagram, EdgeKind } from '../schema';
import type { ExportFormat } from './export-view';
import { LatencySummary } from './LatencySummary';
import type { ViewFilter } from './view-filter';

/** Props of DiagramToolbar. */
export interface DiagramToolbarProps {
  diagram: Diagram;
  filter: ViewFilter;
  onFilterChange: (filter: ViewFilter) => void;
  /** Opens the find-a-component box. */
  onSearch: () => void;
  onExport: (format: ExportFormat) => Promise<void>;
}

const SIDES: { value: ViewFilter['side']; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'online', label: 'Online' },
  { value: 'offline', label: 'Offline' },
];

/**
 * The strip above the canvas: show all / only the online path / only the offline pipelines, one
 * edge kind, find, the request-path latency against the requirement, and export. It wraps onto
 * several lines in a narrow column instead of covering the diagram.
 */
export function DiagramToolbar({ diagram, filter, onFilterChange, onSearch, onExport }: DiagramToolbarProps) {
  const kinds = [...new Set(diagram.edges.map((e) => e.kind))];
  const [busy, setBusy] = useState<ExportFormat>();
  const run = async (format: ExportFormat) => {
    setBusy(format);
    try {
      await onExport(format);
    } finally {
      setBusy(undefined);
    }
  };
  return (
    <div className="mlsd-toolbar" role="toolbar" aria-label={`${diagram.title}: view`}>
      <fieldset className="mlsd-segmented">
        <legend className="mlsd-sr-only">Show</legend>
        {SIDES.map((side) => (
          <button
            key={side.value}
            type="button"
            className="mlsd-tool"
            aria-pressed={filter.side === side.value}
            data-side={side.value}
            onClick={() => onFilterChange({ ...filter, side: side.value })}
          >
            {side.label}
          </button>
        ))}
      </fieldset>
      {kinds.length > 1 && (
        <select
          className="mlsd-tool mlsd-edge-filter"
          aria-label="Edge kind"
          value={filter.edgeKind}
          onChange={(event) => onFilterChange({ ...filter, edgeKind: event.target.value as EdgeKind | 'all' })}
        >
          <option value="all">All edges</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kind} only
            </option>
          ))}
        </select>
      )}
      <button type="button" className="mlsd-tool" onClick={onSearch} aria-keyshortcuts="/ Control+K">
        <Search size={13} aria-hidden="true" /> Find
      </button>
      <LatencySummary diagram={diagram} />
      <span className="mlsd-toolbar-end">
        {(['svg', 'png'] as const).map((format) => (
          <button
            key={format}
            type="button"
            className="mlsd-tool"
            data-export={format}
            disabled={busy !== undefined}
            aria-label={`Download as ${format.toUpperCase()}`}
            onClick={() => run(format)}
          >
            <ImageDown size={13} aria-hidden="true" /> {format.toUpperCase()}
          </button>
        ))}
      </span>
    </div>
  );
}
