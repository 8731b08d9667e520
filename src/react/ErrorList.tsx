import { type DiagramError, formatPath } from '../schema/errors';

/** Shown in place of a diagram that failed validation: every problem, where it is and how to fix it. */
export function ErrorList({ errors, title }: { errors: readonly DiagramError[]; title?: string }) {
  return (
    <div className="mlsd-errors" role="alert">
      <p className="mlsd-errors-title">
        {title ?? `This diagram has ${errors.length === 1 ? 'a problem' : `${errors.length} problems`}`}
      </p>
      <ul>
        {errors.map((error, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity beyond their order
          <li key={i} data-code={error.code}>
            <code className="mlsd-errors-where">
              {error.line ? `${error.line}:${error.column ?? 1} ` : ''}
              {formatPath(error.path)}
            </code>{' '}
            <span>{error.message}</span>
            {error.suggestion && <span className="mlsd-errors-hint"> — {error.suggestion}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
