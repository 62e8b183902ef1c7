// Resolution: surface variants of one thing share a key (within and across papers); distinct
// versions stay distinct; Dataset/Benchmark roles follow use; offsets always slice to the mention.
import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.ts';
import { buildLexicon } from '../../src/extract/lexicon.ts';
import { paperOf } from './cases.ts';

function keyOf(abstract: string, name: string): string | undefined {
  const x = extractPaper(paperOf('A synthetic note', abstract));
  return x.entities.find((e) => e.mentions.some((m) => m.text === name))?.key;
}

describe('resolution', () => {
  it.each([
    [['MedQA', 'MedQA (USMLE)', 'MedQA-USMLE'], 'medqa'],
    [['Med-PaLM 2', 'MedPaLM-2', 'MedPaLM 2'], 'med-palm-2'],
    [['MIMIC-CXR', 'MIMIC CXR'], 'mimic-cxr'],
    [['nnU-Net', 'nnUNet'], 'nnu-net'],
  ])('%j all resolve to %s', (forms, key) => {
    for (const form of forms) expect(keyOf(`We test the model on ${form} today.`, form)).toBe(key);
  });

  it('keeps GPT-4, GPT-4V and GPT-4o apart', () => {
    const x = extractPaper(paperOf('Comparing models', 'We compare GPT-4, GPT-4V and GPT-4o on VQA-RAD.'));
    const keys = x.entities.filter((e) => e.type === 'Model').map((e) => e.key);
    expect(keys).toEqual(['gpt-4', 'gpt-4v', 'gpt-4o']);
  });

  it('gives a discovered name the same key in two papers and merges its surface forms in one', () => {
    const a = extractPaper(paperOf('CardioMind-7B: an assistant', 'We present CardioMind-7B, a model for cardiology.', 'a'));
    const b = extractPaper(paperOf('A comparison', 'Our system outperforms CardioMind-7B on MedQA.', 'b'));
    const ka = a.entities.find((e) => e.name === 'CardioMind-7B')?.key;
    const kb = b.entities.find((e) => e.name === 'CardioMind-7B')?.key;
    expect(ka).toBe('n:cardiomind7b');
    expect(kb).toBe(ka);
  });

  it('names an entity by its fullest form and lists the other forms as aliases', () => {
    const x = extractPaper(
      paperOf('Segmentation', 'We adapt the Segment Anything Model (SAM) to ultrasound, and SAM is fine-tuned on BUSI.'),
    );
    const sam = x.entities.find((e) => e.key === 'sam');
    expect(sam?.name).toBe('Segment Anything Model');
    expect(sam?.aliases).toEqual(['SAM']);
    expect(sam?.mentions.map((m) => m.text)).toEqual(['Segment Anything Model', 'SAM', 'SAM']);
  });

  it('records both roles when a dataset is trained on and evaluated on', () => {
    const x = extractPaper(
      paperOf('Roles', 'RetiNet is trained on CheXpert. RetiNet achieves an AUC of 0.9 on CheXpert and outperforms DenseNet-121.'),
    );
    const chexpert = x.entities.find((e) => e.key === 'chexpert');
    expect(chexpert?.type).toBe('Dataset');
    expect(new Set(chexpert?.roles)).toEqual(new Set(['Dataset', 'Benchmark']));
  });

  it('keeps a challenge edition year on a known dataset name under the same key, but not a year range', () => {
    const x = extractPaper(paperOf('Editions', 'We train on AMOS 2022 and compare with AMOS. Scans from TCGA 2015-2019 are excluded.'));
    const amos = x.entities.find((e) => e.key === 'amos');
    expect(amos?.name).toBe('AMOS 2022');
    expect(amos?.aliases).toEqual(['AMOS']);
    expect(x.entities.find((e) => e.key === 'tcga')?.name).toBe('TCGA');
  });

  it('keeps editions the lexicon lists one by one apart ("BraTS 2021" and "BraTS 2023")', () => {
    const x = extractPaper(paperOf('Editions', 'We train on BraTS 2021 and test on BraTS 2023.'));
    expect(x.entities.map((e) => e.name)).toEqual(['BraTS 2021', 'BraTS 2023']);
  });

  it('folds size and release variants listed as aliases into their lexicon entry', () => {
    expect(keyOf('We prompt Claude Sonnet 4 and others.', 'Claude Sonnet 4')).toBe('claude-sonnet-4');
    expect(keyOf('We prompt Claude-4-Sonnet and others.', 'Claude-4-Sonnet')).toBe('claude-sonnet-4');
    expect(keyOf('Masks come from MedSAM2 here.', 'MedSAM2')).toBe('medsam2');
    expect(keyOf('Slides are encoded with Virchow2 here.', 'Virchow2')).toBe('virchow-2');
  });

  it('does not take "Claude-3" out of "Claude-3.5": the family name grows the full release instead', () => {
    const lexicon = buildLexicon([{ file: 't', data: { version: 't', entries: [
      { key: 'claude', name: 'Claude', types: ['Model'], aliases: [], family: true },
      { key: 'claude-3', name: 'Claude 3', types: ['Model'], aliases: ['Claude-3'] },
    ] } }]);
    const x = extractPaper(paperOf('Releases', 'We query Claude-3.5 and Claude-3 on triage notes.'), { lexicon });
    expect(x.entities.map((e) => [e.name, e.key])).toEqual([['Claude-3.5', 'n:claude35'], ['Claude-3', 'claude-3']]);
  });

  it('keeps "challenge" on a known challenge name, under its key', () => {
    const x = extractPaper(paperOf('Liver', 'We rank third in the LiTS challenge and report results on KiTS.'));
    expect(x.entities.find((e) => e.key === 'lits')?.name).toBe('LiTS challenge');
  });

  it('gives a discovered name with an edition year the key of its bare form', () => {
    const x = extractPaper(paperOf('Spines', 'It reaches a Dice of 0.91 on SpinoSeg 2021, ahead of the SpinoSeg challenge winner.'));
    const spino = x.entities.filter((e) => e.key === 'n:spinoseg');
    expect(spino.map((e) => [e.name, e.aliases])).toEqual([['SpinoSeg 2021', ['SpinoSeg']]]);
  });
});
