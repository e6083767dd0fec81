// A React 19 component using the widgets in JSX (type-checked only).
import type {} from 'ok-widgets/react';

export const Agreement = () => (
  <ok-feed src="/feed.json" refresh={300}>
    <ok-signatory-count goal={60} chart />
    <ok-signatory-list sector="civil" group-by="year" searchable />
  </ok-feed>
);

// @ts-expect-error: "church" is no sector
export const Wrong = () => <ok-signatory-list sector="church" />;
