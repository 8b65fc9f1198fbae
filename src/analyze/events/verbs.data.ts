/**
 * @module analyze/events/verbs.data
 * The event lexicon: verb patterns → CAMEO codes for the frequent news actions (intent frames are in
 * intent.data.ts, function words in words.data.ts). Data only; `lexicon.ts` builds the lookups.
 * Regular inflections (-s, -ed, -ing) are generated; `forms` spells out irregular or doubled ones. Codes were checked against the CAMEO codebook.
 */

export interface VerbPattern {
  /** Lemma; a second word is a particle that must follow it directly ("call on", "crack down"). */
  readonly verb: string;
  /** Irregular or doubled forms, space-separated ("held holding"). */
  readonly forms?: string;
  /** CAMEO code when no `objects` word refines it. */
  readonly code: string;
  /** Object words that refine the code when they follow within a few words ("impose" + "sanctions" → 163). */
  readonly objects?: Readonly<Record<string, string>>;
  /** Code only when one of `objects` follows (light verbs: "hold talks", "impose sanctions"). */
  readonly objectRequired?: boolean;
  /** Code only when a target actor is found (generic verbs: "warn", "ask"). */
  readonly needsTarget?: boolean;
}

const AID = {
  aid: '070',
  assistance: '070',
  help: '070',
  relief: '073',
  food: '073',
  medicine: '073',
  loans: '071',
  loan: '071',
  funds: '071',
  weapons: '072',
  arms: '072',
  troops: '074',
  peacekeepers: '074',
};
const AID_PLEDGE = {
  aid: '033',
  assistance: '033',
  help: '033',
  relief: '0333',
  loans: '0331',
  loan: '0331',
  funds: '0331',
  weapons: '0332',
  arms: '0332',
  troops: '0334',
  peacekeepers: '0334',
};
const TALKS = {
  talks: '046',
  negotiations: '046',
  meeting: '040',
  meetings: '040',
  consultations: '040',
  summit: '040',
  discussions: '040',
};
const ATTACKS = {
  attack: '190',
  attacks: '190',
  offensive: '190',
  raid: '190',
  raids: '190',
  strike: '190',
  strikes: '190',
  airstrike: '195',
  airstrikes: '195',
  bombing: '195',
  assault: '190',
  invasion: '192',
};
const SANCTIONS = {
  sanctions: '163',
  embargo: '163',
  boycott: '163',
  tariffs: '163',
  curfew: '1723',
  restrictions: '172',
};
const DEALS = {
  agreement: '057',
  accord: '057',
  deal: '057',
  treaty: '057',
  pact: '057',
  memorandum: '057',
  declaration: '057',
  ceasefire: '057',
  truce: '057',
};

/** Nouns of approval after a light verb ("affirms alignment with", "expressed support for"). */
const APPROVAL = {
  alignment: '051',
  support: '051',
  approval: '051',
  endorsement: '051',
  praise: '051',
  satisfaction: '051',
  appreciation: '051',
};

const MILITARY = {
  troops: '154',
  forces: '154',
  reservists: '154',
  army: '154',
  soldiers: '154',
  reserves: '154',
  police: '153',
};
const WEAPONS = {
  fire: '190',
  missiles: '190',
  missile: '190',
  rockets: '190',
  rocket: '190',
  shells: '194',
  mortars: '194',
  artillery: '194',
  batteries: '190',
  shots: '193',
  bullets: '193',
};

export const VERB_PATTERNS: readonly VerbPattern[] = [
  // 02 appeal
  { verb: 'urge', code: '020', needsTarget: true },
  { verb: 'appeal', code: '020', needsTarget: true },
  { verb: 'call on', forms: 'called calling', code: '020', needsTarget: true },
  { verb: 'call for', forms: 'called calling', code: '020', needsTarget: true },
  { verb: 'call upon', forms: 'called calling', code: '020', needsTarget: true },
  { verb: 'implore', code: '020', needsTarget: true },
  // 03 express intent to cooperate (bare; "agreed to X" is handled by the intent governors)
  { verb: 'pledge', code: '033', objects: AID_PLEDGE, objectRequired: true },
  { verb: 'promise', code: '033', objects: AID_PLEDGE, objectRequired: true },
  { verb: 'agree', code: '030', objects: { on: '030', upon: '030', to: '030', with: '030' }, objectRequired: true },
  // 04 consult
  { verb: 'meet', forms: 'met meeting', code: '040', needsTarget: true },
  { verb: 'hold', forms: 'held holding', code: '040', objects: TALKS, objectRequired: true },
  { verb: 'visit', code: '042', needsTarget: true },
  { verb: 'host', code: '043', needsTarget: true },
  { verb: 'telephone', code: '041', needsTarget: true },
  { verb: 'phone', code: '041', needsTarget: true },
  { verb: 'negotiate', code: '046', needsTarget: true },
  { verb: 'resume', code: '046', objects: TALKS, objectRequired: true },
  { verb: 'renew', code: '046', objects: TALKS, objectRequired: true },
  { verb: 'mediate', code: '045' },
  { verb: 'consult', code: '040', needsTarget: true },
  // 05 diplomatic cooperation
  { verb: 'praise', code: '051' },
  { verb: 'welcome', code: '051' },
  { verb: 'hail', code: '051' },
  { verb: 'laud', code: '051' },
  { verb: 'commend', code: '051' },
  { verb: 'applaud', code: '051' },
  { verb: 'endorse', code: '051' },
  { verb: 'salute', code: '051' },
  // approval as a light verb + noun: "affirms alignment with", "expressed support for"
  { verb: 'affirm', code: '051', objects: APPROVAL, objectRequired: true },
  { verb: 'reaffirm', code: '051', objects: APPROVAL, objectRequired: true },
  { verb: 'express', code: '051', objects: APPROVAL, objectRequired: true },
  { verb: 'voice', code: '051', objects: APPROVAL, objectRequired: true },
  { verb: 'congratulate', code: '051', needsTarget: true },
  { verb: 'thank', code: '051', needsTarget: true },
  { verb: 'apologize', code: '055', needsTarget: true },
  { verb: 'apologise', code: '055', needsTarget: true },
  { verb: 'forgive', forms: 'forgave forgiven forgiving', code: '056', needsTarget: true },
  { verb: 'sign', code: '057', objects: DEALS, objectRequired: true },
  { verb: 'conclude', code: '057', objects: DEALS, objectRequired: true },
  // 06 material cooperation, 07 aid
  { verb: 'cooperate', code: '060', needsTarget: true },
  { verb: 'extradite', code: '063', needsTarget: true },
  { verb: 'provide', code: '070', objects: AID, objectRequired: true },
  { verb: 'send', forms: 'sent sending', code: '070', objects: AID, objectRequired: true },
  { verb: 'deliver', code: '070', objects: AID, objectRequired: true },
  { verb: 'donate', code: '070', objects: AID, objectRequired: true },
  { verb: 'grant', code: '075', objects: { asylum: '075' }, objectRequired: true },
  // 08 yield
  {
    verb: 'release',
    code: '0841',
    objects: { prisoners: '0841', hostages: '0841', detainees: '0841' },
    objectRequired: true,
  },
  {
    verb: 'free',
    forms: 'freed freeing frees',
    code: '0841',
    objects: { prisoners: '0841', hostages: '0841', detainees: '0841' },
    objectRequired: true,
  },
  {
    verb: 'lift',
    code: '085',
    objects: { sanctions: '085', embargo: '085', blockade: '0872', curfew: '0813' },
    objectRequired: true,
  },
  {
    verb: 'ease',
    code: '085',
    objects: { sanctions: '085', embargo: '085', blockade: '0872', restrictions: '081' },
    objectRequired: true,
  },
  {
    verb: 'withdraw',
    forms: 'withdrew withdrawn withdrawing',
    code: '087',
    objects: { troops: '087', forces: '087', soldiers: '087' },
    objectRequired: true,
  },
  { verb: 'pull out', forms: 'pulled pulling', code: '087' },
  // 09 investigate
  { verb: 'investigate', code: '090', needsTarget: true },
  { verb: 'probe', code: '090', needsTarget: true },
  // 10 demand
  { verb: 'demand', code: '100' },
  // 11 disapprove
  { verb: 'criticize', code: '111' },
  { verb: 'criticise', code: '111' },
  { verb: 'condemn', code: '111' },
  { verb: 'denounce', code: '111' },
  { verb: 'deplore', code: '111' },
  { verb: 'decry', forms: 'decried decries decrying', code: '111' },
  { verb: 'rebuke', code: '111' },
  { verb: 'censure', code: '111' },
  { verb: 'slam', forms: 'slammed slamming', code: '111', needsTarget: true },
  { verb: 'lambast', code: '111' },
  { verb: 'chide', code: '111' },
  { verb: 'accuse', code: '112', needsTarget: true },
  { verb: 'blame', code: '112', needsTarget: true },
  { verb: 'sue', forms: 'sued suing sues', code: '115', needsTarget: true },
  { verb: 'convict', code: '116', needsTarget: true },
  // 12 reject
  { verb: 'reject', code: '120' },
  { verb: 'rebuff', code: '120' },
  { verb: 'spurn', code: '120' },
  { verb: 'veto', forms: 'vetoed vetoes vetoing', code: '129' },
  { verb: 'defy', forms: 'defied defies defying', code: '128' },
  // 13 threaten
  { verb: 'threaten', code: '130', objects: { sanctions: '1312', force: '138', war: '138', retaliation: '138' } },
  { verb: 'warn', code: '130', needsTarget: true },
  // 14 protest
  { verb: 'protest', code: '140' },
  { verb: 'demonstrate', code: '141', objects: { against: '141' }, objectRequired: true },
  { verb: 'riot', code: '145' },
  // 15 force posture
  { verb: 'mobilize', code: '154', objects: MILITARY, objectRequired: true },
  { verb: 'mobilise', code: '154', objects: MILITARY, objectRequired: true },
  {
    verb: 'deploy',
    code: '150',
    objects: { troops: '154', forces: '154', soldiers: '154', warships: '150', missiles: '150' },
    objectRequired: true,
  },
  // 16 reduce relations
  { verb: 'impose', code: '163', objects: SANCTIONS, objectRequired: true },
  { verb: 'sanction', code: '163', needsTarget: true },
  { verb: 'sever', code: '161', objects: { ties: '161', relations: '161' }, objectRequired: true },
  {
    verb: 'break off',
    forms: 'broke broken breaking',
    code: '161',
    objects: { ties: '161', relations: '161', talks: '164', negotiations: '164' },
    objectRequired: true,
  },
  {
    verb: 'suspend',
    code: '160',
    objects: { aid: '162', assistance: '162', talks: '164', negotiations: '164', ties: '161', relations: '161' },
    objectRequired: true,
  },
  {
    verb: 'cut',
    forms: 'cut cuts cutting',
    code: '160',
    objects: { aid: '162', assistance: '162', ties: '161', relations: '161' },
    objectRequired: true,
  },
  {
    verb: 'expel',
    forms: 'expelled expelling',
    code: '166',
    objects: {
      diplomats: '166',
      diplomat: '166',
      ambassador: '166',
      envoy: '166',
      inspectors: '1662',
      observers: '1662',
      journalists: '174',
    },
  },
  { verb: 'recall', code: '161', objects: { ambassador: '161', envoy: '161' }, objectRequired: true },
  // 17 coerce
  { verb: 'arrest', code: '173' },
  { verb: 'detain', code: '173' },
  { verb: 'jail', code: '173' },
  { verb: 'imprison', code: '173' },
  { verb: 'deport', code: '174' },
  { verb: 'confiscate', code: '1711' },
  { verb: 'crack down', forms: 'cracked cracking', code: '175' },
  // 18 assault
  { verb: 'kidnap', forms: 'kidnapped kidnapping', code: '181' },
  { verb: 'abduct', code: '181' },
  { verb: 'hijack', code: '181' },
  { verb: 'torture', code: '1822' },
  { verb: 'assassinate', code: '186' },
  // 19 fight
  { verb: 'attack', code: '190' },
  { verb: 'open', code: '190', objects: { fire: '190' }, objectRequired: true },
  { verb: 'fire', forms: 'fired firing fires', code: '190', objects: WEAPONS, objectRequired: true, needsTarget: true },
  { verb: 'launch', code: '190', objects: ATTACKS, objectRequired: true },
  { verb: 'carry out', forms: 'carried carries carrying', code: '190', objects: ATTACKS, objectRequired: true },
  { verb: 'fight', forms: 'fought fighting', code: '190', needsTarget: true },
  { verb: 'clash', code: '190', needsTarget: true },
  { verb: 'shell', code: '194' },
  { verb: 'bombard', code: '194' },
  { verb: 'bomb', code: '195' },
  { verb: 'invade', code: '192' },
  { verb: 'occupy', forms: 'occupied occupies occupying', code: '192' },
  { verb: 'blockade', code: '191' },
  { verb: 'ambush', code: '190' },
  { verb: 'raid', code: '190' },
];
