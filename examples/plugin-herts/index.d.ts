/** Types of the example plugin (a published plugin would use policy-lint's PolicyLintPlugin type). */
declare const plugin: {
  meta: { name: string; version: string };
  rules: Record<string, { meta: Record<string, unknown>; create(context: unknown): void }>;
  configs: Record<string, Record<string, unknown>>;
};
export default plugin;
