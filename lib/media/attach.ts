import path from 'node:path';
import type { ArticleMeta } from '../content/types';
import type { ContentProblem } from '../content/validate';
import { derivePicture, type DeriveResult } from './derive';
import { IMAGE_SOURCE } from './recipe';

export interface PictureStep {
  /** The content folder as messages name it, and where the sources are read. */
  contentDir: string;
  mediaDir: string;
  /** Every file of the content folder by relative path, with the hash of its bytes. */
  sourceHashes: Readonly<Record<string, string>>;
}

/**
 * Gives every lead image its derived picture, making what an earlier build did not. A source
 * that is missing, corrupt, enormous or not an image is a problem naming the article, the field
 * and the image file; a picture two articles share is made once.
 */
export async function attachPictures<T extends Pick<ArticleMeta, 'image' | 'sourceFilePath'>>(
  articles: readonly T[],
  step: PictureStep,
): Promise<{ articles: T[]; problems: ContentProblem[] }> {
  const problems: ContentProblem[] = [];
  const made = new Map<string, Promise<DeriveResult>>();
  const derive = (src: string, stem: string, sourceHash: string) => {
    let result = made.get(src);
    if (!result) {
      result = derivePicture(path.join(step.contentDir, src), stem, sourceHash, step.mediaDir);
      made.set(src, result);
    }
    return result;
  };

  const result: T[] = [];
  for (const article of articles) {
    if (!article.image) {
      result.push(article);
      continue;
    }
    const { src } = article.image;
    const file = path.join(step.contentDir, article.sourceFilePath);
    const stem = IMAGE_SOURCE.exec(src)?.[1];
    const sourceHash = step.sourceHashes[src];
    if (!stem) {
      const message = `"${src}" must name a file under images/ in lower case, ending .jpg, .jpeg, .png or .webp`;
      problems.push({ file, field: 'image.src', message });
      result.push(article);
      continue;
    }
    const outcome = sourceHash ? await derive(src, stem, sourceHash) : { problem: 'does not exist' };
    if ('problem' in outcome) {
      problems.push({
        file,
        field: 'image.src',
        message: `${path.join(step.contentDir, src)} ${outcome.problem}`,
      });
      result.push(article);
    } else {
      result.push({ ...article, image: { ...article.image, picture: outcome.picture } });
    }
  }
  return { articles: result, problems };
}
