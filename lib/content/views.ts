import type { LeadImageView, PictureView } from '../media/picture';

/** A moment as the page shows it: the reader's line and the machine-readable form. */
export interface TimeView {
  iso: string;
  line: string;
}

export interface SectionLink {
  id: string;
  name: string;
  url: string;
}

export interface SectionView extends SectionLink {
  description: string;
}

export interface ArticleCard {
  slug: string;
  title: string;
  summary: string;
  url: string;
  section: SectionLink;
  published: TimeView;
  /** The updated time, or the published one when never updated. */
  modified: TimeView;
  /** The lead image, drawn small in lists. */
  picture?: PictureView;
}

export interface TagLink {
  slug: string;
  name: string;
  url: string;
}

export interface TagView extends TagLink {
  /** Published stories with the tag. */
  count: number;
}

export interface TagPageView {
  tag: TagView;
  items: ArticleCard[];
  page: number;
  totalPages: number;
}

export interface AuthorLink {
  slug: string;
  name: string;
  url: string;
}

/** An author's profile as their page shows it. */
export interface AuthorView extends AuthorLink {
  role?: string;
  bio: string;
  /** Their published stories. */
  count: number;
  portrait?: PictureView;
}

export interface AuthorPageView {
  author: AuthorView;
  items: ArticleCard[];
  page: number;
  totalPages: number;
}

export interface CorrectionView {
  time: TimeView;
  /** What the story said. */
  wrong: string;
  /** What is right. */
  right: string;
}

export interface ArticleView extends ArticleCard {
  source: string;
  /** A credit in plain text, when no author profile is named. */
  byline?: string;
  /** The authors with a profile, linked in the byline, in the order the story names them. */
  authors: AuthorLink[];
  /** The latest of an edit's updated time and the corrections. */
  updated?: TimeView;
  /** Oldest first. */
  corrections: CorrectionView[];
  tags: TagLink[];
  /** Minutes an average reader takes over the body (at least 1). */
  readingMinutes: number;
  /** Stories on the same subject, best first (lib/content/related.ts). */
  related: ArticleCard[];
  image?: LeadImageView;
  html: string;
  /** The next older and next newer article of the same section. */
  older?: ArticleCard;
  newer?: ArticleCard;
}

export interface SectionPageView {
  section: SectionView;
  items: ArticleCard[];
  page: number;
  totalPages: number;
}

export interface IntroductionCard {
  slug: string;
  title: string;
  summary: string;
  url: string;
}

export interface IntroductionView extends IntroductionCard {
  html: string;
}

/** The front page: a lead story, the latest after it, then the top stories of each section. */
export interface FrontPageView {
  lead?: ArticleCard;
  latest: ArticleCard[];
  sections: { section: SectionView; stories: ArticleCard[] }[];
}
