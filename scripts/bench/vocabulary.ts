// Word lists for the synthetic reports. Written for the bench; the outlets and people are invented.

export const OUTLETS = [
  'Frontline Dispatch', 'The Regional Courier', 'Daily Meridian', 'Crossroads News', 'The Evening Ledger',
  'Horizon Wire', 'Capital Observer', 'The Border Herald', 'Northstar Times', 'Levant Ledger',
  'Sahel Bulletin', 'Delta Chronicle', 'Steppe Report', 'Harbour Gazette', 'The Morning Sentinel',
];

/** Real agencies and broadcasters that reports cite ("told AFP", "Reuters reported"). */
export const AGENCIES = ['AFP', 'Reuters', 'the Associated Press', 'Xinhua', 'Anadolu Agency', 'Al Jazeera', 'the BBC', 'Interfax'];

export const FIRST_NAMES = ['Amira', 'Daniel', 'Fatima', 'Hassan', 'Ines', 'Joseph', 'Karim', 'Leila', 'Maria', 'Nikolai',
  'Olumide', 'Priya', 'Rashid', 'Sofia', 'Tomas', 'Yusuf', 'Zainab', 'Chen', 'Abdi', 'Grace'];
export const LAST_NAMES = ['Haddad', 'Okafor', 'Petrenko', 'Rahimi', 'Mendoza', 'Nakamura', 'Ferreira', 'Mensah', 'Qureshi',
  'Kovacs', 'Said', 'Lindqvist', 'Barzani', 'Mwangi', 'Alvarez', 'Dubois', 'Farah', 'Ivanova', 'Singh', 'Tadesse'];

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

export const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

export const TARGETS = ['a police checkpoint', 'an army base', 'the provincial council building', 'a busy market',
  'a military convoy', 'the city airport', 'a government compound', 'a mosque', 'a primary school', 'a bus station',
  'an oil depot', 'a hotel popular with foreigners', 'the central prison', 'a power station', 'a hospital',
  'an aid agency office', 'the courthouse', 'a border post', 'a fuel tanker', 'a wedding party'];

export const VEHICLES = ['a police patrol', 'an army truck', 'a minibus', 'a convoy of supply trucks', 'a civilian car',
  'an armoured vehicle', 'a bus carrying pilgrims', 'a fuel tanker'];

export const AREAS = ['central', 'northern', 'southern', 'eastern', 'western', 'downtown'];
export const DIRECTIONS = ['north', 'south', 'east', 'west', 'northeast', 'southwest'];

export const FORCES = ['security forces', 'government troops', 'the army', 'police', 'soldiers', 'border guards',
  'special forces'];

export const GENERIC_GROUPS = ['unidentified gunmen', 'suspected militants', 'armed men on motorcycles', 'an armed group',
  'insurgents', 'a local militia', 'bandits'];

/** Named groups that operate in a country, so the text does not put the Taliban in Bogota. */
export const GROUPS_BY_COUNTRY: Record<string, string[]> = {
  IQ: ['Islamic State', 'Kataib Hezbollah'], SY: ['Islamic State', 'Hayat Tahrir al-Sham'], AF: ['the Taliban', 'Islamic State Khorasan'],
  PK: ['the Pakistani Taliban', 'the Balochistan Liberation Army'], SO: ['al-Shabaab'], KE: ['al-Shabaab'],
  NG: ['Boko Haram', 'ISWAP'], ML: ['JNIM', 'Islamic State Sahel'], BF: ['JNIM'], NE: ['Islamic State Sahel'],
  YE: ['the Houthis', 'al-Qaeda in the Arabian Peninsula'], CO: ['the ELN', 'FARC dissidents'], PE: ['Shining Path'],
  LB: ['Hezbollah'], PS: ['Hamas'], IN: ['Maoist rebels'], PH: ['Abu Sayyaf'], CD: ['M23 rebels', 'the ADF'],
  MZ: ['Islamic State Mozambique'], EG: ['Islamic State Sinai'], LY: ['a rival militia'],
};

export const VICTIMS = ['civilians', 'people', 'police officers', 'soldiers', 'passengers', 'worshippers', 'children',
  'shoppers', 'pilgrims', 'farmers'];

export const ABDUCTEES = ['two foreign engineers', 'a local aid worker', 'several schoolchildren', 'a businessman',
  'three construction workers', 'a district official', 'an Italian priest', 'five truck drivers'];

export const DEMANDS = ['better public services', 'the release of detained activists', 'an end to power cuts',
  'the resignation of the governor', 'higher wages', 'action against corruption', 'fair elections'];

export const SOURCES = ['police said', 'a police spokesman said', 'the interior ministry said in a statement',
  'local officials said', 'a security official said on condition of anonymity', 'a hospital official said',
  'the provincial governor said', 'the army said in a statement', 'witnesses said', 'residents said'];

/** Background sentences (placeholders: {city}, {country}, {n}, {month}, {agency}, {person}). */
export const CONTEXT = [
  "{country}'s parliament is expected to vote on a new budget in {month}.",
  'Fuel shortages and rising prices have fuelled anger in {city} in recent months.',
  'The government says security has improved over the past year, a claim residents of {city} dispute.',
  'Talks between the government and opposition parties stalled in {month}.',
  'Aid agencies have warned that funding cuts will leave {n},000 people in the province without food assistance.',
  'The region around {city} is home to several oil fields and a major pipeline.',
  'Local elections are scheduled for {month}.',
  'Humanitarian groups estimate that more than {n}0,000 people have been displaced in the region.',
  "{country}'s currency has lost almost a third of its value against the dollar since {month}.",
  'The United Nations special envoy is due to visit the capital in {month}.',
  'Unemployment among young people in {city} is estimated at more than {n}0 percent.',
  'Opposition leaders have accused the government of using the security situation to delay reforms.',
  'The road is the main route for goods travelling between {city} and the coast.',
  'Schools in the district reopened only in {month} after being closed for most of the year.',
  'Several foreign companies suspended operations around {city} last year, citing security concerns.',
  'A ceasefire agreed in {month} has largely held, although violations are reported almost every week.',
  '{city} has a population of about {n} million people and is one of the main commercial centres of {country}.',
  "The provincial governor, {person}, took office in {month} promising to restore order.",
];

/** Sentences any report of violence may add. */
export const VIOLENCE_EXTRAS = [
  '"We heard a huge explosion and then the windows shattered," said a shopkeeper who asked not to be named.',
  '"People were running in every direction," a witness told {agency}.',
  '"This cowardly attack will not go unpunished," Governor {person} said in a televised address.',
  '"The situation is now under control," a police officer at the scene told {agency}.',
  'Security forces sealed off the area and launched a search for the attackers.',
  'Ambulances rushed the wounded to the main hospital in {city}, where staff appealed for blood donations.',
  'The interior minister ordered an investigation and promised to hold those responsible to account.',
  'Authorities imposed a night-time curfew in parts of {city} after the attack.',
  'Mobile phone services in the area were suspended for several hours, residents said.',
  'The United Nations condemned the violence and called on all parties to protect civilians.',
  'Images shared on social media showed burnt-out vehicles and debris scattered across the road.',
  'The area has been targeted {n} times since {month}, and residents say checkpoints have done little to stop the attacks.',
  'Violence in {country} has risen in recent months, according to figures compiled by a local monitoring group.',
  'Hospital officials said {n} of the wounded were in critical condition and the toll could rise.',
  'Shops in the area closed early and the streets were largely empty by nightfall, residents said.',
  'A spokesman for the regional police, {person}, said {n} suspects had been detained for questioning.',
  'The attack was the deadliest in {city} since {month}, {agency} reported.',
];

export const PROTEST_EXTRAS = [
  '"We are not afraid, we will keep coming back until our demands are met," one protester said.',
  'Riot police were deployed around government buildings and several roads into central {city} were closed.',
  'Organisers said they would return to the streets next week if the government did not respond.',
  'The interior ministry said the protest had not been authorised.',
  'Protesters carried banners and chanted slogans against the government as they marched towards the main square.',
  'Similar protests have taken place in several cities in {country} since {month}.',
  '"We are here because we have nothing left to lose," said a {n}2-year-old student who took part in the march.',
  'Opposition leader {person} addressed the crowd and called for a general strike.',
];

export const SECTIONS = ['World', 'News', 'International', 'Security', 'Breaking News', 'Conflict', 'Top Stories'];
