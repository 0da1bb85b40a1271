import {
  contentDirExcludeDefault,
  defineDocumentType,
  defineNestedType,
  makeSource,
} from 'contentlayer2/source-files';
import { writeSiteIndex, type GeneratedContent } from './lib/content/build-index';
import { bodyHtmlPipeline } from './lib/content/markdown';

// Contentlayer parses offset-less dates in the process's zone before applying `date.timezone`;
// pinning UTC makes "2018-06-08 14:17" mean 14:17 in Asia/Shanghai on any machine.
process.env.TZ = 'UTC';

const LeadImage = defineNestedType(() => ({
  name: 'LeadImage',
  fields: {
    src: {
      type: 'string',
      required: true,
      description: 'The file under images/, relative to the content folder',
    },
    alt: { type: 'string', required: true },
    caption: { type: 'string' },
    credit: { type: 'string', description: 'Who made the picture: "Photo: …", "Illustration: …"' },
  },
}));

const Correction = defineNestedType(() => ({
  name: 'Correction',
  fields: {
    date: { type: 'date', required: true, description: 'When the story was corrected, Beijing time' },
    wrong: { type: 'string', required: true, description: 'What the story said' },
    right: { type: 'string', required: true, description: 'What is right' },
  },
}));

/** `news/<section>/<file>.md` → the folder and the file name without extension. */
function pathParts(flattenedPath: string) {
  const [, section = '', file = ''] = flattenedPath.split('/');
  return { section, file };
}

export const Article = defineDocumentType(() => ({
  name: 'Article',
  filePathPattern: 'news/*/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    date: { type: 'date', required: true },
    summary: { type: 'string', required: true },
    source: { type: 'string', required: true },
    byline: { type: 'string', description: 'A credit in plain text: "Staff reporter", an agency' },
    authors: {
      type: 'list',
      of: { type: 'string' },
      default: [],
      description: 'Slugs of author profiles (content/authors/<slug>.yml), linked in the byline',
    },
    tags: { type: 'list', of: { type: 'string' }, default: [] },
    image: { type: 'nested', of: LeadImage },
    updated: { type: 'date' },
    corrections: { type: 'list', of: Correction, default: [] },
    draft: { type: 'boolean', default: false },
    slug: { type: 'string', description: 'Overrides the file name in the URL' },
  },
  computedFields: {
    section: { type: 'string', resolve: (doc) => pathParts(doc._raw.flattenedPath).section },
    urlSlug: {
      type: 'string',
      resolve: (doc) => doc.slug ?? pathParts(doc._raw.flattenedPath).file,
    },
  },
}));

export const Section = defineDocumentType(() => ({
  name: 'Section',
  filePathPattern: 'sections/*.yml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    description: { type: 'string', required: true },
    order: { type: 'number', required: true },
  },
  computedFields: {
    id: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yml$/, '') },
  },
}));

export const Page = defineDocumentType(() => ({
  name: 'Page',
  filePathPattern: 'introduction/*.md',
  contentType: 'markdown',
  fields: {
    title: { type: 'string', required: true },
    summary: { type: 'string', required: true },
    order: { type: 'number', required: true },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.md$/, '') },
  },
}));

export const Author = defineDocumentType(() => ({
  name: 'Author',
  filePathPattern: 'authors/*.yml',
  contentType: 'data',
  fields: {
    name: { type: 'string', required: true },
    role: { type: 'string', description: 'What they do: "Business reporter"' },
    bio: { type: 'string', required: true, description: 'A short biography, one paragraph' },
    image: { type: 'nested', of: LeadImage, description: 'A portrait, through the picture step' },
  },
  computedFields: {
    slug: { type: 'string', resolve: (doc) => doc._raw.sourceFileName.replace(/\.yml$/, '') },
  },
}));

export default makeSource({
  contentDirPath: process.env.CONTENT_DIR || 'content',
  // Lead images and their notes are the picture step's (scripts/build-content.ts), not documents.
  // The breaking-news banner is the content build's own step too (lib/breaking.ts).
  contentDirExclude: [...contentDirExcludeDefault, 'images', 'breaking.yml'],
  documentTypes: [Article, Section, Page, Author],
  onMissingOrIncompatibleData: 'fail',
  onUnknownDocuments: 'fail',
  onExtraFieldData: 'fail',
  disableImportAliasWarning: true,
  // Dates without an offset are Beijing time, the newsroom's clock.
  date: { timezone: 'Asia/Shanghai' },
  markdown: bodyHtmlPipeline,
  onSuccess: async (importData) => {
    writeSiteIndex((await importData()) as unknown as GeneratedContent);
  },
});
