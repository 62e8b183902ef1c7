// Name shapes: does a word look like a coined artifact name (CamelCase, hyphen+digits, `-7B`,
// `-Bench`, `…QA`, `…-CXR`)? And the generic vocabulary that is never an entity (LLMs, CNN, CT, RAG…).
import { isEnglishWord } from './english.ts';
import { nameKey } from './normalize.ts';

/** Generic classes, tasks, modalities, organisations, units and bedside clinical scores (NEWS2, qSOFA):
 * never entities on their own. */
const GENERIC = new Set(
  `llm llms mllm mllms vlm vlms lvlm lvlms lmm lmms slm slms plm plms lm lms lrm lrms mrm mrms medllm medllms
  medllms medmllm medmllms medlvlm medlvlms medvlm medvlms medvlp vlp vlsm vlsms cnn cnns gan gans rnn rnns lstm
  nlp cnlp ai ml dl rl tcm gradcam icd10pcs icd10cm sft rlhf dpo grpo ppo cot rag qa vqa medvqa ner re nli mrc qas ehr ehrs emr emrs icu ed
  ct mri pet oct cxr ecg eeg us uk usa covid19 sota api apis gpu gpus cpu kg kgs mkg moe lora qlora peft icd
  icd10 icd9 xai gmai mtl ssl da dg al dal cad mrg mpg mirs roi rois hf hpb pht phts iqa nriqa ocr fhir json
  pdf gui faq chq chqs mcq mcqs osce ibd wce dsa cfp cfps dr dme tmd tmj ptsd cpg cpgs ebm rct rcts mdt mdts
  cpt rft rlvr icl mcts agi sdg iot github gitlab openai google microsoft meta nvidia nih who fda miccai midl
  rsna nejm jama acl neurips hipaa gdpr llmbased vlmbased cnnbased ganbased raggbased aibased mllmbased
  llmasjudge lmasjudge llmasajudge humanai sam2d vfi mae mse dsc imd imds ohd mp mpiqa cis ucis cg rwe mic
  ai4medicine amr nles nle ccr tp mc ir ris drg snomed snomedct umls mesh loinc omop meds ris pacs dicom hl7
  bert4rec ontology kgrag medrag graphrag 1d 2d 3d 4d ssm ssms ddpm ddpms mlm mlms
  anthropic deepmind alibaba baidu tencent bytedance huawei amazon apple samsung siemens philips kaggle zenodo
  huggingface mayo stanford harvard
  news2 qsofa sofa mews curb65 apacheii saps2 saps3 medicalsubjectheadings
  `.split(/\s+/).filter(Boolean),
);

export function isGeneric(surface: string): boolean {
  const key = nameKey(surface);
  if (GENERIC.has(key)) return true;
  if (/^\d+(?:\.\d+)?[kmbxt]?$/.test(key)) return true; // 7b, 12.8b, 4k, 10x
  if (/^\d+(?:st|nd|rd|th|d|shot|fold|way|bit|class|point|stage|step|layer|year|hop)s?$/.test(key)) return true;
  if (/^(?:covid|sarscov|icd|h|a|v|t1|t2)\d*[a-z]?$/.test(key) && /\d/.test(key)) return true; // COVID-19, ICD-10, H100
  return false;
}

/** A single word (letters, digits, inner `-` `.` `+`) that looks coined rather than English. */
const DESCRIPTOR_SUFFIX = /-(?:parameter|param|billion|million|based|like|style|driven|powered|generated|guided|derived|only|series|family|specific|enhanced|assisted|aware|free|level|scale|oriented|centric|integrated|informed|grounded|augmented|tuned|adapted|compliant|hosted|defined|wise|trained|pretrained|initiali[sz]ed|labell?ed|annotated|sized|sourced|curated|native|compatible|inspired|agnostic)$/i;

/** Hyphenated ordinary words ("Vision-Language", "Large-Scale", "LLMs-in-the-loop") are not names. */
function plainCompound(word: string): boolean {
  const parts = word.split(/[-.]/).filter(Boolean);
  if (parts.length < 2) return false;
  // "Claude-3.5", "Gemini-2": a capitalised word with a release number is a name
  if (/^[A-Z]/.test(word) && parts.some((p) => /^\d/.test(p))) return false;
  // a CamelCase part ("MedS-Ins", "MedLLM-R") is coined even when it folds to a generic word
  return parts.every((p) => (isGeneric(p) && !/[a-z][A-Z]/.test(p)) || (/^[A-Z]?[a-z]+$/.test(p) && isEnglishWord(p)));
}

export function hasNameShape(word: string): boolean {
  if (word.length < 2 || isGeneric(word)) return false;
  if (!/[A-Za-z]/.test(word)) return false;
  if (DESCRIPTOR_SUFFIX.test(word) || plainCompound(word)) return false;
  const inner = word.slice(1);
  const innerUpper = /[A-Z]/.test(inner);
  const lower = /[a-z]/.test(word);
  const digit = /\d/.test(word);
  if (innerUpper && lower) return true; // MedSAM, CuNeRF, uMedGround, LLaVA-Med
  if (digit && /[A-Za-z]{2,}/.test(word)) return true; // Qwen2, MedTrinity-25M, m1?, 3D-RAD
  if (/-/.test(word) && /[A-Z]/.test(word) && word.split('-').some((p) => /[A-Z]{2,}|^[A-Z][a-z]+[A-Z]/.test(p))) return true;
  return false;
}

/** All-capitals acronym (SAT, AMIE, BIOMEDICA): a name only with supporting context. */
export function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9&.\-]{1,}[A-Z0-9]$/.test(word) && /[A-Z].*[A-Z]/.test(word) && !isGeneric(word);
}

/** Name-like endings that say what the thing is, regardless of context (`-Bench`, `…QA`, `-25M`). */
export function typeFromShape(word: string): 'Benchmark' | 'Dataset' | 'Model' | null {
  if (/(?:Bench|BENCH|Benchmark)$/.test(word) || /[A-Za-z]{2,}-?V?QA$/.test(word)) return 'Benchmark';
  if (/\b(?:Task|Track|Challenge)\s*\d*$/.test(word)) return 'Benchmark';
  if (/-\d+(?:\.\d+)?[KkMm]$/.test(word)) return 'Dataset';
  // named splits: "MMXU-test", "BMMR-Eval" are test sets; "BMMR-Train", "MMXU-dev" are data
  if (/[A-Za-z0-9]-(?:test|Test|TEST|eval|Eval|EVAL)$/.test(word)) return 'Benchmark';
  if (/[A-Za-z0-9]-(?:train|Train|TRAIN|dev|Dev)$/.test(word)) return 'Dataset';
  if (/-\d+(?:\.\d+)?[Bb]$/.test(word)) return 'Model';
  // architecture-style endings: ResNet34, BioLinkBERT, CT-BERT, SwinFormer, MedCLIP-v2, OLMo2
  if (/[a-z](?:Net|BERT|GPT|Former|former|GAN|CLIP|LLaMA|LLaVA|ViT|SAM|Mamba|UNet|LM|Llama)(?:v?\d+|[-.]v?\d{1,2})?(?:\.\d+)*$/.test(word) && !/[A-Z]{2,}s$/.test(word)) return 'Model';
  // an acronym with a network ending: CFANet, DBANet, HRFormer
  if (/^[A-Z]{2,}(?:Net|Former)(?:v?\d+)?$/.test(word)) return 'Model';
  if (/^[A-Z][A-Za-z]*(?:Net|BERT|GPT|Former|GAN|CLIP|ViT|SAM|UNet)-[A-Za-z][A-Za-z0-9]*$/.test(word)) return 'Model';
  return null;
}
