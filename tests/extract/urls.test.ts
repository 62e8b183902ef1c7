// URL finding and cleaning: exact URLs with trailing punctuation, closing brackets and LaTeX residue
// removed; bare github.com / *.github.io count; each is classified for LINKS_TO.
import { describe, expect, it } from 'vitest';
import { findUrls } from '../../src/extract/urls.ts';

describe('findUrls', () => {
  it.each([
    ['Code: https://github.com/acme/knee-net.', 'https://github.com/acme/knee-net', 'code'],
    ['See https://github.com/acme/x{https://github.com/acme/x}.', 'https://github.com/acme/x', 'code'],
    ['(available at https://huggingface.co/datasets/acme/derma-40k).', 'https://huggingface.co/datasets/acme/derma-40k', 'dataset'],
    ['weights: https://huggingface.co/acme/retina-7b, and more', 'https://huggingface.co/acme/retina-7b', 'model-hub'],
    ['demo at https://huggingface.co/spaces/acme/demo;', 'https://huggingface.co/spaces/acme/demo', 'project-page'],
    ['mirror github.com/acme/tool .', 'github.com/acme/tool', 'code'],
    ['project page acme-lab.github.io/knee/', 'acme-lab.github.io/knee/', 'project-page'],
    ['page (https://www.example.org/challenge/), which', 'https://www.example.org/challenge/', 'project-page'],
    ['paths like https://en.wikipedia.org/wiki/U-Net_(network) work', 'https://en.wikipedia.org/wiki/U-Net_(network)', 'project-page'],
    ['escaped https://github.com/acme/CRISP\\_SAM2.git.', 'https://github.com/acme/CRISP_SAM2.git', 'code'],
  ])('%s', (text, url, kind) => {
    const found = findUrls(text);
    expect(found.map((f) => [f.url, f.kind])).toEqual([[url, kind]]);
    const f = found[0]!;
    expect(text.slice(f.start, f.end)).toBe(f.written ?? f.url);
  });

  it('finds nothing in text without links', () => {
    expect(findUrls('We evaluate on MedQA (USMLE) and report 91.1% accuracy.')).toEqual([]);
  });
});

describe('URLs in extractPaper', () => {
  it('become URL entities and LINKS_TO relations from the paper id, with their kind', async () => {
    const { extractPaper } = await import('../../src/extract/index.ts');
    const { paperOf } = await import('./cases.ts');
    const x = extractPaper(
      paperOf('Links', 'Weights: https://huggingface.co/acme/retina-7b. Code: github.com/acme/retina (MIT).', 'paper-1'),
    );
    expect(x.entities.filter((e) => e.type === 'URL').map((e) => e.name)).toEqual([
      'https://huggingface.co/acme/retina-7b',
      'github.com/acme/retina',
    ]);
    expect(x.relations.filter((r) => r.type === 'LINKS_TO').map((r) => [r.source, r.target, r.linkKind])).toEqual([
      ['paper-1', 'https://huggingface.co/acme/retina-7b', 'model-hub'],
      ['paper-1', 'github.com/acme/retina', 'code'],
    ]);
  });
});
