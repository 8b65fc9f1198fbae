/**
 * @module stories/origins/texts.fixtures
 * Hand-written, invented news texts for the origins tests: one wire report about a dam spill in the fictional
 * town of Orsk Lake, and a second, independently written report on the same event (same names and numbers,
 * different wording). Test data only.
 */

export const WIRE_PARAGRAPHS: readonly string[] = [
  'Engineers opened all six spillway gates of the Orsk Lake dam on Monday after three days of heavy rain pushed the reservoir to within 40 centimetres of its crest, the regional water authority said.',
  'About 2,100 residents of the low-lying districts of Velm and Harrow Point were told to leave their homes before dawn, and the authority said buses would run every twenty minutes to a shelter at the county fairground.',
  '"We are releasing water in a controlled way so that we never have to release it in an uncontrolled one," said Petra Danvik, the authority\'s chief engineer, speaking to reporters at the control building.',
  'The dam, completed in 1971, was last inspected in April. Danvik said the inspection found minor seepage on the eastern abutment that had since been sealed and posed no risk to the structure.',
  'Forecasters expect another 60 millimetres of rain by Wednesday. The river downstream is forecast to peak on Tuesday evening at about 4.2 metres, roughly a metre below the level that flooded the old town in 2009.',
  'Farmers along the lower valley said they had moved livestock to higher pastures over the weekend, and the county opened two more schools as overnight shelters for families who could not reach the fairground.',
  'Mayor Ilse Brandvold said the evacuation order would be reviewed every six hours and that no one should return home until the authority had declared the water level stable.',
  'The regional government has set aside an emergency fund of 12 million crowns for repairs to roads and embankments once the water recedes, a spokesman for the finance department said late on Monday.',
];

export const WIRE_TEXT = WIRE_PARAGRAPHS.join('\n\n');

/** The same event, reported independently: shares names and figures, not sentences. */
export const INDEPENDENT_REPORT = [
  'Residents of Velm and Harrow Point spent Monday night at the county fairground after the water authority ordered some 2,100 people out of their homes as the Orsk Lake reservoir rose close to the top of its dam.',
  "All six gates of the 1971 dam were opened in the early hours, chief engineer Petra Danvik told our reporter, adding that the structure itself was sound and that April's inspection had found only minor seepage, now fixed.",
  'For many families it was the second evacuation in fifteen years. In 2009 the river burst its banks and flooded the old town; this time the forecast peak of 4.2 metres on Tuesday would stay about a metre lower, officials said.',
  'Mayor Ilse Brandvold promised reviews of the order every six hours. Another 60 millimetres of rain is forecast before Wednesday, and the region has earmarked 12 million crowns for road and embankment repairs.',
  'At the fairground, volunteers handed out blankets and soup. "We took the dog, the photographs and the medicine, and left the rest," said one pensioner from Harrow Point, who asked not to be named.',
].join('\n\n');

/** A different story altogether (no shared event). */
export const OTHER_STORY = [
  'The city council of Marlow Ridge approved a new tram line on Thursday, ending a decade of debate over how to connect the northern suburbs to the university campus and the central station.',
  'The 9-kilometre line will cost an estimated 310 million crowns and is due to open in 2029, according to the transport department, which said construction would start next spring.',
  'Opponents had argued for an express bus lane instead, saying it would cost a fraction as much. Councillor Rafe Olsson said the vote showed the city was "finally thinking twenty years ahead".',
  'Shop owners along Market Street, where the tracks will run, asked for compensation during the two years of works, and the council agreed to set up a fund for affected businesses.',
].join('\n\n');
