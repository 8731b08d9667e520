import type { Diagram } from '../../src';

const STEP_TITLES: Record<string, string> = {
  requirements: '1. Clarify requirements',
  framing: '2. Frame as an ML task',
  data: '3. Data preparation',
  features: '4. Feature engineering',
  model: '5. Model development and evaluation',
  serving: '6. Deployment and serving',
  monitoring: '7. Monitoring',
};

/** Requirements, metrics, the 7-step notes, diagram-level trade-offs and sources of a diagram. */
export function DiagramNotes({ diagram }: { diagram: Diagram }) {
  const { requirements, metrics, framework, tradeoffs, sources } = diagram;
  return (
    <aside className="catalog-notes" aria-label="Design notes">
      {requirements && requirements.length > 0 && (
        <section>
          <h2>Requirements</h2>
          <dl className="catalog-requirements">
            {requirements.map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {metrics && (
        <section>
          <h2>Metrics</h2>
          {metrics.offline && (
            <p>
              <strong>Offline:</strong> {metrics.offline.join(' · ')}
            </p>
          )}
          {metrics.online && (
            <p>
              <strong>Online:</strong> {metrics.online.join(' · ')}
            </p>
          )}
        </section>
      )}
      {framework &&
        Object.entries(STEP_TITLES).map(([step, title]) => {
          const notes = framework[step as keyof typeof framework];
          return notes && notes.length > 0 ? (
            <section key={step}>
              <h2>{title}</h2>
              <ul>
                {notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </section>
          ) : null;
        })}
      {tradeoffs && tradeoffs.length > 0 && (
        <section>
          <h2>System-level trade-offs</h2>
          {tradeoffs.map((t) => (
            <div key={t.topic} className="catalog-tradeoff">
              <h3>{t.topic}</h3>
              <p>
                <strong>Choice:</strong> {t.choice ?? 'open'}
                {t.rationale ? ` — ${t.rationale}` : ''}
              </p>
            </div>
          ))}
        </section>
      )}
      {sources && sources.length > 0 && (
        <section>
          <h2>Sources</h2>
          <ul>
            {sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noopener noreferrer">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}
