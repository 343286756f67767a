import { z } from 'astro/zod';
import { enumOf } from './fields.ts';
import { CMS_BACKENDS } from './lists.ts';

/**
 * Where an admin (the CMS at /admin/) saves edits: a git host, a repository and a branch. The
 * public admin's setting is in content/site.yml; the staff admin has its own in the staff tree.
 */
export const cmsSchema = z
  .strictObject({
    backend: enumOf(CMS_BACKENDS.ids, 'a CMS backend')
      .default('github')
      .describe(`The git host: ${CMS_BACKENDS.ids.join(', ')}.`),
    repo: z
      .string()
      .trim()
      .regex(/^[\w.-]+(\/[\w.-]+)+$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a repository; write owner/name, like example/clay-country-connect` })
      .describe('The repository, as owner/name.'),
    branch: z.string().trim().min(1).default('main').describe('The branch the site is built from.'),
    folder: z
      .string()
      .trim()
      .regex(/^(\.|[\w.-]+(\/[\w.-]+)*)$/, { error: (issue) => `${JSON.stringify(issue.input)} is not a folder; write it like content, or . when the repository holds only this content` })
      .optional()
      .describe('Where this content folder sits in the repository: its own name (the default) when the repository holds the whole directory, or . when it holds only the content.'),
    openAuthoring: z.boolean().default(false).describe('Let people without write access propose edits from their own copy (GitHub and Forgejo only).'),
    baseUrl: z
      .url({ protocol: /^https$/ })
      .optional()
      .describe('The address of a self-hosted GitLab or Forgejo, or of the sign-in service, like https://codeberg.org.'),
  })
  .superRefine((cms, ctx) => {
    const backend = CMS_BACKENDS.items.find((item) => item.id === cms.backend);
    if (!backend) return;
    if (!backend.editorialWorkflow) {
      ctx.addIssue({
        code: 'custom',
        path: ['backend'],
        message: `${backend.label} can't hold edits for review (Decap CMS's editorial workflow), and every edit here is reviewed before it is published; use github, gitlab or forgejo (Forgejo also serves Gitea-style hosting such as Codeberg)`,
      });
    }
    if (cms.openAuthoring && !backend.openAuthoring) {
      ctx.addIssue({ code: 'custom', path: ['openAuthoring'], message: `${backend.label} doesn't support open authoring in Decap CMS; remove openAuthoring, or use github or forgejo` });
    }
  });

export type CmsSettings = z.output<typeof cmsSchema>;
