// Types for the two Decap CMS file formats the round-trip test uses (decap-cms-core ships none for them).
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export const FrontmatterInfer: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string };
}
declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  const yaml: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string };
  export default yaml;
}
