/** Marker: Storybook lists every diagrams/*.json not tagged "case-study" here (see .storybook/catalog-stories.ts). */
export const category = 'pattern';
