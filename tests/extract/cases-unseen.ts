// Synthetic fixtures for the rules that find names the lexicon lacks (written for these tests, not
// taken from any paper; the invented names are deliberately absent from the lexicon): enumerations
// after a head noun, coined words typed by the words before them, release numbers, naming cues,
// pronoun subjects, baseline scores "for X" and model rosters next to their evaluation suite.
import type { Case } from './cases.ts';

export const UNSEEN_CASES: Case[] = [
  {
    name: 'enumeration after "LLMs, including": multi-word and versioned names are models',
    title: 'Triage answers compared',
    abstract: 'We compared several LLMs, including Zorblat 4, Quennix Mini 13B and Zorvane, on triage vignettes.',
    entities: ['Model:Zorblat 4', 'Model:Quennix Mini 13B', 'Model:Zorvane'],
    relations: [],
  },
  {
    name: 'bracketed enumeration after "benchmarks" types every item as a benchmark',
    title: 'Retrieval for exam questions',
    abstract: 'Experiments on three medical QA benchmarks (KardioQA-Hard, NephroTest and PlumbQA) show that retrieval helps GPT-4.',
    entities: ['Benchmark:KardioQA-Hard', 'Benchmark:NephroTest', 'Benchmark:PlumbQA', 'Model:GPT-4'],
    relations: [
      'EVALUATED_ON GPT-4 -> KardioQA-Hard',
      'EVALUATED_ON GPT-4 -> NephroTest',
      'EVALUATED_ON GPT-4 -> PlumbQA',
    ],
  },
  {
    name: 'figure references, plural acronyms and abstract nouns in a list are not names',
    title: 'A survey of report generators',
    abstract: 'We group systems (Figure 1, MLMs, Trustworthiness) by their training data.',
    entities: [],
    relations: [],
  },
  {
    name: 'a coined word after "trained on" is data; after "evaluated on" a benchmark',
    title: 'Knee grading',
    abstract: 'Our classifier is trained on KneeScans-40. Zero-shot, GPT-4o reaches 71.2% accuracy when evaluated on OrthoTestSet-3.',
    entities: ['Dataset:KneeScans-40', 'Benchmark:OrthoTestSet-3', 'Model:GPT-4o', 'Metric:accuracy'],
    relations: ['EVALUATED_ON GPT-4o -> OrthoTestSet-3 accuracy 71.2'],
  },
  {
    name: 'a known model followed by a release number is that release; numbered steps are not releases',
    title: 'Releases and steps',
    abstract: 'Med-PaLM 2 answers more questions than Med-PaLM. Specifically, MedSAM 1) encodes the image and 2) decodes masks.',
    entities: ['Model:Med-PaLM 2', 'Model:Med-PaLM', 'Model:MedSAM'],
    relations: [],
  },
  {
    name: '"we call X" after a head noun introduces X with the head\'s type',
    title: 'Grounded answers',
    abstract: 'We retrieve passages from a textbook collection we call BookShelfMed and answer with Llama 3.',
    entities: ['Dataset:BookShelfMed', 'Model:Llama 3'],
    relations: ['INTRODUCES P -> BookShelfMed'],
  },
  {
    name: '"It reaches …" continues the previous sentence\'s model; "0.742 for X" is baseline X\'s own score',
    title: 'Polyp segmentation',
    abstract:
      'We propose CoRaSeg, a polyp segmentation network. It reaches a Dice of 0.812 on PolypSetX, compared with 0.742 for VexNet.',
    entities: ['Model:CoRaSeg', 'Benchmark:PolypSetX', 'Metric:Dice', 'Model:VexNet'],
    relations: [
      'INTRODUCES P -> CoRaSeg',
      'EVALUATED_ON CoRaSeg -> PolypSetX Dice 0.812',
      'EVALUATED_ON VexNet -> PolypSetX Dice 0.742',
    ],
  },
  {
    name: 'a roster of models next to the suite it was tested on gives every pair',
    title: 'Re-evaluating open models',
    abstract: 'We re-evaluate four open models: Meditron-70B, BioMistral, PMC-LLaMA and Llama 3. All models are tested zero-shot on MedQA and PubMedQA.',
    entities: ['Model:Meditron-70B', 'Model:BioMistral', 'Model:PMC-LLaMA', 'Model:Llama 3', 'Benchmark:MedQA', 'Benchmark:PubMedQA'],
    relations: [
      'EVALUATED_ON Meditron-70B -> MedQA',
      'EVALUATED_ON Meditron-70B -> PubMedQA',
      'EVALUATED_ON BioMistral -> MedQA',
      'EVALUATED_ON BioMistral -> PubMedQA',
      'EVALUATED_ON PMC-LLaMA -> MedQA',
      'EVALUATED_ON PMC-LLaMA -> PubMedQA',
      'EVALUATED_ON Llama 3 -> MedQA',
      'EVALUATED_ON Llama 3 -> PubMedQA',
    ],
  },
  {
    name: 'a measure named by how its value is reported; a phrase around a known measure is left alone',
    title: 'Grading agreement',
    abstract: 'Grading reaches a weighted kappa of 0.81 and a structural similarity of 0.93, with an impressive accuracy rate of 90%.',
    entities: ['Metric:weighted kappa', 'Metric:structural similarity', 'Metric:accuracy'],
    relations: [],
  },
  {
    name: 'a later sentence with no target fills the value of a model\'s only evaluation pair',
    title: 'Refusals under attack',
    abstract: 'We test two models, LLaVA-Med and GPT-4o. All models are evaluated on SafeScanQA. GPT-4o refuses 93.1% of harmful requests, whereas LLaVA-Med refuses only 22.4%.',
    entities: ['Model:LLaVA-Med', 'Model:GPT-4o', 'Benchmark:SafeScanQA'],
    relations: ['EVALUATED_ON LLaVA-Med -> SafeScanQA 22.4', 'EVALUATED_ON GPT-4o -> SafeScanQA 93.1'],
  },
  {
    name: 'architecture-style endings make a model on their own; a size-suffixed -Net set is not one; a year is part of a name',
    title: 'Spine and glucose',
    abstract: 'Features from KardioBERT and VexaNet152 were compared. We release our dataset, GlucoNet-900, for reuse. Results on VerSe 2020 are reported.',
    entities: ['Model:KardioBERT', 'Model:VexaNet152', 'Dataset:GlucoNet-900', 'Benchmark:VerSe 2020'],
    relations: ['INTRODUCES P -> GlucoNet-900'],
  },
  {
    name: 'a hyphenated adjective ("large-scale") before the head noun does not hide it',
    title: 'Grounded answers',
    abstract: 'We introduce QuillMed, a large-scale, curated corpus of 90,000 question-answer pairs drawn from textbooks.',
    entities: ['Dataset:QuillMed'],
    relations: ['INTRODUCES P -> QuillMed'],
  },
  {
    name: 'a head noun followed by an adjective phrase still types the name ("dataset capable of")',
    title: 'Dialogue simulation',
    abstract: 'We constructed TalkWard, the first multi-turn consultation dataset capable of simulating patients.',
    entities: ['Dataset:TalkWard'],
    relations: ['INTRODUCES P -> TalkWard'],
  },
  {
    name: 'a collection or suite "of" models is typed by its members, a collection of scans by its head',
    title: 'Small clinical models',
    abstract: 'We present OrbiLex, a collection of several small language models for nephrology. We also release RenaScan, a collection of 4,000 annotated kidney scans.',
    entities: ['Model:OrbiLex', 'Dataset:RenaScan'],
    relations: ['INTRODUCES P -> OrbiLex', 'INTRODUCES P -> RenaScan'],
  },
  {
    name: 'a named knowledge graph is data',
    title: 'Linking images and concepts',
    abstract: 'We propose PharmaWeave, a multimodal knowledge graph that links images with drug concepts.',
    entities: ['Dataset:PharmaWeave'],
    relations: ['INTRODUCES P -> PharmaWeave'],
  },
  {
    name: 'what an encoder or pipeline is derived from or built on is a model; what a corpus is derived from is data',
    title: 'Encoders and corpora',
    abstract: 'We pair a vision encoder derived from VistaCore with a pipeline built on TagLinker. The notes were derived from WardNotes-12.',
    entities: ['Model:VistaCore', 'Model:TagLinker', 'Dataset:WardNotes-12'],
    relations: [],
  },
];
