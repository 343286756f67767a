/**
 * The part of Decap CMS's configuration this project writes. It keeps to what Decap 3 and its
 * drop-in alternatives (Sveltia CMS) read alike: folder collections, the standard widgets, no
 * custom widgets, previews or scripts.
 */
export interface DecapOption {
  label: string;
  value: string;
}

export interface DecapField {
  name: string;
  label: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'relation' | 'list' | 'object' | 'datetime' | 'markdown' | 'image' | 'hidden';
  required?: boolean;
  hint?: string;
  default?: unknown;
  pattern?: [string, string];
  options?: DecapOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  step?: number;
  format?: string;
  date_format?: string;
  time_format?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  field?: DecapField;
  fields?: DecapField[];
  types?: DecapListType[];
  typeKey?: string;
  summary?: string;
  collapsed?: boolean;
  minimize_collapsed?: boolean;
  add_to_top?: boolean;
  label_singular?: string;
  buttons?: string[];
  editor_components?: string[];
  modes?: string[];
  choose_url?: boolean;
  media_folder?: string;
  public_folder?: string;
  media_library?: { config: { multiple: boolean } };
}

export interface DecapListType {
  name: string;
  label: string;
  widget: 'object';
  summary?: string;
  fields: DecapField[];
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  extension: 'md' | 'yml';
  format: 'frontmatter' | 'yml';
  create: boolean;
  delete: boolean;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  media_folder?: string;
  public_folder?: string;
  editor: { preview: boolean };
  fields: DecapField[];
}

export interface DecapConfig {
  backend: {
    name: string;
    repo: string;
    branch: string;
    open_authoring?: boolean;
    base_url?: string;
    squash_merges: boolean;
    commit_messages: Record<string, string>;
  };
  publish_mode: 'editorial_workflow';
  local_backend: { url: string; allowed_hosts: string[] };
  load_config_file: false;
  site_url: string;
  display_url: string;
  logo_url?: string;
  locale: 'en';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: DecapCollection[];
}
