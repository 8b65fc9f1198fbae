/**
 * @module analyze/kb/types
 * The knowledge-base entity model (DESIGN §3 `Entity`): canonical entities with aliases, dated roles,
 * CAMEO-style actor codes and metonymy ("the Kremlin" stands for Russia's government).
 * No I/O, no dependencies.
 */

/** Entity kinds, as in DESIGN §3. */
export type KbEntityType = 'person' | 'organisation' | 'country' | 'place' | 'other';

/** Where a fact came from; curated facts win over source facts when they conflict. */
export type KbSource = 'countryinfo' | 'phoenix' | 'curated';

/** One dated role ("Foreign Minister of Russia from 2004-03-09"). Dates are ISO `YYYY-MM-DD`; a missing `end` is open. */
export interface KbRole {
  title: string;
  /** Entity id of the body the role belongs to (e.g. 'org:mfa:RUS'). */
  org?: string;
  /** ISO3 of the country the role belongs to. */
  country?: string;
  start?: string;
  end?: string;
  /** CAMEO-ish actor code for the role (e.g. 'RUSGOV'). */
  code?: string;
  /** Provenance of this role. */
  source?: KbSource;
  /** True when `end` was inferred from the successor's start rather than stated by a source. */
  endInferred?: boolean;
}

export interface KbEntity {
  /** Stable id: 'country:RUS', 'org:gov:RUS', 'place:RUS:moscow', 'person:dmitry-peskov', 'org:igo:un'. */
  id: string;
  type: KbEntityType;
  name: string;
  aliases: string[];
  /** ISO3 of the entity's country (people, places, national bodies). */
  country?: string;
  roles: KbRole[];
  /** CAMEO actor code ('RUS', 'USA', 'IGOUNO', 'RUSGOV'). */
  cameo?: string;
  /** Entity id this one stands for as a political actor ('Moscow' → 'org:gov:RUS'). */
  stands_for?: string;
  /** Countries only: ISO 3166-1 alpha-2 code. */
  iso2?: string;
  /** Countries only: adjectives/demonyms ("Russian", "American"); also indexed as aliases. */
  adjectives?: string[];
  /** Organisations: free-form flags, e.g. 'news-agency' (wire service), 'outlet', 'igo', 'ngo', 'armed-group'. */
  tags?: string[];
  /** Where the entity's facts came from. */
  sources?: KbSource[];
}

/** The knowledge base's query surface (see `index.ts`). */
export interface KnowledgeBase {
  readonly entities: readonly KbEntity[];
  get(id: string): KbEntity | undefined;
  /** Entities whose name or alias (or, for people, surname) matches `surface` under `nameKey`. Best first. */
  lookup(surface: string): KbEntity[];
  /** Holders of the role described by `roleText` ("Kremlin spokesman") on `date` (default: today). Best first. */
  lookupRole(roleText: string, country?: string, date?: string): KbEntity[];
  /** ISO3 of the country a name, adjective or demonym refers to ("Russian" → 'RUS'). */
  countryOf(surface: string): string | undefined;
  /** The entity an entity stands for as an actor ('place:RUS:the-kremlin' → the Russian government), or undefined. */
  standsFor(id: string): KbEntity | undefined;
}
