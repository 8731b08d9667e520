import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorList } from './ErrorList';

interface State {
  error: Error | undefined;
}

/** Catches any error thrown while drawing, so a broken diagram never takes down the host page. */
export class DiagramErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: undefined };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('mlsd-diagrams: the diagram could not be drawn', error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <ErrorList
          title="This diagram could not be drawn"
          errors={[{ code: 'internal_error', path: [], message: this.state.error.message }]}
        />
      );
    }
    return this.props.children;
  }
}
