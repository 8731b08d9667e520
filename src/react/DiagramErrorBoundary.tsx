import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorList } from './ErrorList';

interface Props {
  children: ReactNode;
  /** When this changes (a new diagram is given), a caught error is cleared and drawing is retried. */
  resetKey?: unknown;
}

interface State {
  error: Error | undefined;
  resetKey: unknown;
}

/**
 * Catches any error thrown while drawing, so a broken diagram never takes down the host page: the
 * error is shown in place, in the same list as validation problems, and logged once.
 */
export class DiagramErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { error: undefined, resetKey: props.resetKey };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('mlsd-diagrams: the diagram could not be drawn', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorList
          title="This diagram could not be drawn"
          errors={[{ code: 'internal_error', path: [], message: this.state.error.message || String(this.state.error) }]}
        />
      );
    }
    return this.props.children;
  }
}
