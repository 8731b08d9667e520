/** Marker: Storybook lists every diagrams/*.json tagged "case-study" here (see .storybook/catalog-stories.ts). */
export const category = 'case-study';
