// What Vue's template checker asks of `<ok-signatory-list sector="civil" …>`: the props of the
// element's entry in Vue's GlobalComponents.
import type { GlobalComponents } from 'vue';
import type {} from 'ok-widgets/vue';

type TemplateProps<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const list: TemplateProps<'ok-signatory-list'> = {
  sector: 'civil',
  'group-by': 'year',
  searchable: true,
};
export const map: TemplateProps<'ok-venue-map'> = { view: 'list', zoom: 9 };

// @ts-expect-error: "church" is no sector
export const wrong: TemplateProps<'ok-signatory-list'> = { sector: 'church' };
