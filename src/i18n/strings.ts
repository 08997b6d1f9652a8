import en from './en.json';

export type StringKey = keyof typeof en;

/** A UI string, with `{name}` placeholders filled from `values`. One place for every visible label. */
export function t(key: StringKey, values: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
