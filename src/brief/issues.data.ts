/**
 * @module brief/issues.data
 * The issues of the positions table (actor × issue), each with the cue words that place a statement or an
 * event under it. General foreign-policy and domestic-policy vocabulary, not tuned to any story. Order
 * matters: a statement goes under at most two issues, the first that match. `relations` is the fallback for
 * statements about the relationship itself (talks, cooperation, dialogue). Conflict and crisis issues (ceasefire and
 * peace talks, prisoners, humanitarian aid, reconstruction, disaster response, casualties) come after the regions.
 */

export interface Issue {
  readonly id: string;
  readonly label: string;
  readonly cues: RegExp;
}

export const ISSUES: readonly Issue[] = [
  {
    id: 'strategic-stability',
    label: 'strategic stability / arms control',
    cues: /\b(?:strategic stability|arms control|arms race|disarmament|non-?proliferation|new start|inf treaty|missile defen[cs]e|nuclear arms|arms reduction|warheads?)\b/iu,
  },
  {
    id: 'nuclear',
    label: 'nuclear weapons and programmes',
    cues: /\b(?:nuclear|atomic|uranium|enrichment|plutonium|iaea)\b/iu,
  },
  {
    id: 'ukraine',
    label: 'war in Ukraine',
    cues: /\b(?:ukraine|ukrainian|kyiv|kiev|donbas|donetsk|luhansk|crimea|zelensky[iy]?)\b/iu,
  },
  {
    id: 'middle-east',
    label: 'Middle East conflicts',
    cues: /\b(?:gaza|israel|israeli|hamas|hezbollah|palestinian|west bank|syria|syrian|yemen|houthis?)\b/iu,
  },
  {
    id: 'taiwan',
    label: 'Taiwan and the South China Sea',
    cues: /\b(?:taiwan|taiwanese|south china sea|taiwan strait)\b/iu,
  },
  {
    id: 'ceasefire',
    label: 'ceasefire and peace talks',
    cues: /\b(?:ceasefire|cease-fire|truce|armistice|peace (?:talks|deal|process|plan|agreement|accord|treaty)|cessation of hostilities|hostilities|accord|buffer zone|line of contact|withdraw\w*|pull(?:ed|ing)? back|heavy weapons|artillery|demilitari[sz]\w*|monitors?|observer mission|violations?|guns|fir(?:e|ed|ing)|shelling)\b/iu,
  },
  {
    id: 'prisoners',
    label: 'prisoners and detainees',
    cues: /\b(?:prisoners?(?! of war camp)|detainees?|detained persons|hostages?|captives?|prisoner exchange|swap)\b/iu,
  },
  {
    id: 'humanitarian',
    label: 'humanitarian aid',
    cues: /\b(?:humanitarian|aid (?:convoys?|deliveries|workers|agencies)|relief|food aid|shelters?|displaced|refugee camps?|medical supplies)\b/iu,
  },
  {
    id: 'reconstruction',
    label: 'reconstruction',
    cues: /\b(?:reconstruction|rebuild\w*|recovery fund|reconstruction fund|donors?|pledg\w+|tranches?|cranes?|investment in the (?:valley|region))\b/iu,
  },
  {
    id: 'disaster',
    label: 'disaster response',
    cues: /\b(?:earthquake|quake|aftershocks?|floods?|flooding|hurricane|typhoon|cyclone|wildfires?|rescue\w*|search and rescue|emergency (?:fund|services|response)|civil protection|evacuat\w+)\b/iu,
  },
  {
    id: 'casualties',
    label: 'casualties and toll',
    cues: /\b(?:death toll|toll|killed|dead|deaths|injured|wounded|casualties|victims|lives)\b/iu,
  },
  {
    id: 'sanctions',
    label: 'sanctions',
    cues: /\b(?:sanctions?|sanctioned|embargo(?:es)?|export controls?|asset freezes?|blacklist(?:ed)?)\b/iu,
  },
  {
    id: 'alliances',
    label: 'NATO / alliances',
    cues: /\b(?:nato|alliances?|allies|allied|transatlantic|collective defen[cs]e|article 5|european security)\b/iu,
  },
  {
    id: 'trade',
    label: 'trade and tariffs',
    cues: /\b(?:tariffs?|trade (?:war|deal|deficit|talks|agreement)|imports?|exports?|wto|customs duties)\b/iu,
  },
  {
    id: 'energy',
    label: 'energy',
    cues: /\b(?:oil|natural gas|gas supplies|pipelines?|opec|lng|energy|electricity grid|power plants?)\b/iu,
  },
  {
    id: 'climate',
    label: 'climate',
    cues: /\b(?:climate (?:change|crisis|policy|goals?|targets?|finance|action)|emissions|carbon (?:dioxide|tax|neutral\w*)|global warming|net zero|renewables?|paris agreement)\b/iu,
  },
  {
    id: 'migration',
    label: 'migration',
    cues: /\b(?:migra\w*|immigra\w*|emigra\w*|asylum|refugees?|border crossings?|deportations?)\b/iu,
  },
  {
    id: 'elections',
    label: 'elections',
    cues: /\b(?:elections?|electoral|ballots?|voters?|voting|referendum|polling stations?|candidates?)\b/iu,
  },
  {
    id: 'terrorism',
    label: 'terrorism and security',
    cues: /\b(?:terroris[mt]s?|counter-?terrorism|extremis[mt]s?|insurgen\w*|militants?)\b/iu,
  },
  { id: 'cyber', label: 'cyber security', cues: /\b(?:cyber\w*|hack(?:ing|ers?)|ransomware|disinformation)\b/iu },
  {
    id: 'economy',
    label: 'economy',
    cues: /\b(?:inflation|interest rates?|gdp|recession|economic growth|budget deficit|debt)\b/iu,
  },
  {
    id: 'health',
    label: 'health',
    cues: /\b(?:pandemic|vaccines?|epidemic|outbreak|public health|world health organi[sz]ation)\b/iu,
  },
  {
    id: 'rights',
    label: 'human rights',
    cues: /\b(?:human rights|freedom of (?:speech|the press|expression)|political prisoners?|crackdown|protesters?)\b/iu,
  },
  {
    id: 'relations',
    label: 'bilateral relations / diplomacy',
    cues: /\b(?:relations?|relationship|cooperation|cooperate|dialogue|talks|negotiations?|diplomac\w*|engagement|rapprochement|threat|hostile|partnership|strategy)\b/iu,
  },
];

/** Organisation tags whose members report rather than act: left out of the actors. */
export const NON_ACTOR_TAGS: ReadonlySet<string> = new Set(['news-agency', 'outlet', 'state-media', 'media']);
