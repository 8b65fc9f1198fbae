/**
 * @module analyze/ner
 * Mention detection for the analyze stage: article text + sentences → typed entity mentions (person,
 * organisation, place, country, other) with stand-off spans, from an averaged-perceptron BIO tagger trained on
 * ner-wikigold (scripts/train-ner.ts) with knowledge-base gazetteer features. Resolution to canonical entities
 * happens downstream. Pure and deterministic.
 */

export { defaultGazetteer, emptyGazetteer, type Gazetteer } from './gazetteer.js';
export { type FindMentionsOptions, findMentions, loadNerModel, type Mention, type MentionType } from './mentions.js';
export {
  decode,
  deserialiseModel,
  type SerialisedModel,
  serialiseModel,
  type TaggerModel,
  type TrainingExample,
  trainPerceptron,
} from './perceptron.js';
