/**
 * @module stories/cluster/cluster.fixtures
 * Invented articles for the story-clustering tests: two reports of one ferry sinking, two earthquakes of the
 * same kind a year apart, two rehab check-ins, and two rounds of one treaty negotiation months apart.
 */
import type { StoryFeatures } from './features.js';

const e = (id: string, type: string, weight: number, name: string) => ({ id, type, weight, name });
const id = (n: number) => `a_${n.toString(16).padStart(20, '0')}`;

export const FERRY_1: StoryFeatures = {
  id: id(1),
  title: 'Ferry Calder Star sinks off Port Calder, 41 rescued',
  publishedAt: '2031-03-04',
  text: 'The ferry Calder Star sank off Port Calder on Tuesday after striking a reef in heavy swell. Coastguard captain Ilse Varga said 41 passengers were rescued and 6 remain missing. The Meridia Maritime Authority opened an inquiry into the ferry operator Brightwater Lines.',
  entities: [
    e('new:calder-star', 'other', 2, 'Calder Star'),
    e('new:port-calder', 'place', 2, 'Port Calder'),
    e('new:ilse-varga', 'person', 1, 'Ilse Varga'),
    e('new:brightwater-lines', 'organisation', 1, 'Brightwater Lines'),
  ],
};

export const FERRY_2: StoryFeatures = {
  id: id(2),
  title: 'Six missing after Calder Star ferry sinking',
  publishedAt: '2031-03-05',
  text: 'Divers resumed the search for 6 people missing since the ferry Calder Star sank near Port Calder. Captain Ilse Varga of the coastguard said the 41 survivors were treated in hospital. Brightwater Lines, which operated the ferry, said it was cooperating with the inquiry of the Maritime Authority.',
  entities: [
    e('new:calder-star', 'other', 2, 'Calder Star'),
    e('new:port-calder', 'place', 1, 'Port Calder'),
    e('new:ilse-varga', 'person', 1, 'Ilse Varga'),
    e('new:brightwater-lines', 'organisation', 1, 'Brightwater Lines'),
  ],
};

export const QUAKE_1: StoryFeatures = {
  id: id(3),
  title: 'Magnitude 6.4 earthquake strikes Velmora province',
  publishedAt: '2030-05-12',
  text: 'An earthquake of magnitude 6.4 struck Velmora province on Sunday, collapsing houses in the town of Oskar Bend. Governor Tomas Reyk said 27 people died and rescuers were searching the rubble. The national seismic institute recorded aftershocks through the night.',
  entities: [
    e('new:velmora', 'place', 2, 'Velmora'),
    e('new:oskar-bend', 'place', 1, 'Oskar Bend'),
    e('new:tomas-reyk', 'person', 1, 'Tomas Reyk'),
  ],
};

export const QUAKE_2: StoryFeatures = {
  id: id(4),
  title: 'Magnitude 5.9 earthquake hits Larn coast',
  publishedAt: '2031-06-02',
  text: 'An earthquake of magnitude 5.9 hit the Larn coast on Monday, damaging houses in the port of Dunmere. Mayor Anika Sol said 3 people died and rescuers were searching the rubble. The national seismic institute recorded aftershocks through the night.',
  entities: [
    e('new:larn', 'place', 2, 'Larn'),
    e('new:dunmere', 'place', 1, 'Dunmere'),
    e('new:anika-sol', 'person', 1, 'Anika Sol'),
  ],
};

export const REHAB_1: StoryFeatures = {
  id: id(5),
  title: 'Singer Mara Quill checks into rehab at Willow Ridge',
  text: 'Singer Mara Quill has checked into the Willow Ridge treatment center, her publicist Dov Arlen told reporters. The publicist asked fans to respect her privacy. Quill cancelled two concerts of her summer tour.',
  entities: [
    e('new:mara-quill', 'person', 2, 'Mara Quill'),
    e('new:willow-ridge', 'organisation', 1, 'Willow Ridge'),
    e('new:dov-arlen', 'person', 1, 'Dov Arlen'),
  ],
};

export const REHAB_2: StoryFeatures = {
  id: id(6),
  title: 'Actor Jon Petrel enters rehab at Cedar House',
  text: 'Actor Jon Petrel has checked into the Cedar House treatment center, his manager Lise Brandt told reporters. The manager asked fans to respect his privacy. Petrel left the set of his new film.',
  entities: [
    e('new:jon-petrel', 'person', 2, 'Jon Petrel'),
    e('new:cedar-house', 'organisation', 1, 'Cedar House'),
    e('new:lise-brandt', 'person', 1, 'Lise Brandt'),
  ],
};

export const TREATY_1: StoryFeatures = {
  id: id(7),
  title: 'Meridia and Valdoria open talks on the Arven river water treaty',
  publishedAt: '2031-01-10',
  text: 'Negotiators from Meridia and Valdoria opened talks in Geneva on a treaty sharing the waters of the Arven river. Meridian envoy Petra Lund said the dams upstream were the main dispute. Valdorian minister Karel Oss said his country needed guarantees for its farmers.',
  entities: [
    e('new:meridia', 'country', 3, 'Meridia'),
    e('new:valdoria', 'country', 2, 'Valdoria'),
    e('new:arven', 'place', 2, 'Arven'),
    e('new:petra-lund', 'person', 1, 'Petra Lund'),
    e('new:karel-oss', 'person', 1, 'Karel Oss'),
  ],
};

export const TREATY_2: StoryFeatures = {
  id: id(8),
  title: 'Second round of Arven river talks ends without deal',
  publishedAt: '2031-06-20',
  text: 'A second round of talks between Meridia and Valdoria on the Arven river ended in Vienna without agreement. Envoy Petra Lund said the question of the upstream dams remained open and blamed delays in the data exchange. Valdoria proposed a joint commission to monitor water levels in the dry season.',
  entities: [
    e('new:meridia', 'country', 2, 'Meridia'),
    e('new:valdoria', 'country', 3, 'Valdoria'),
    e('new:arven', 'place', 2, 'Arven'),
    e('new:petra-lund', 'person', 1, 'Petra Lund'),
    e('new:vienna', 'place', 1, 'Vienna'),
  ],
};

export const ALL = [FERRY_1, QUAKE_1, REHAB_1, TREATY_1, FERRY_2, QUAKE_2, REHAB_2, TREATY_2];
