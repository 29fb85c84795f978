// The words around a place that say it is not where the incident happened, or says something about a place next
// to it: used by locate.ts when it weighs the places of a sentence. Each is matched against the text just before
// the place ("before", ending where the place starts) or just after it ("after").

// "Iran-backed", "US-Israeli", "Tehran-aligned": a place used as an adjective describes an actor.
export const ADJECTIVAL = /^-(backed|aligned|led|based|allied|linked|affiliated|funded|supported|sponsored|made|israeli|american|iranian)/i;
export const REPORTING_FROM = /\b(reporting|speaking|writing) from\s+$/i;
// "the Cauca River", "Magdalena river": a river named after a province is not the province.
export const WATER_AFTER = /^\s+(river|rio|stream|lake|lagoon)\b/i;
// "Sarmiento and San Martin streets", "Bolivar Avenue": a street named after a town or a hero is no town.
export const STREET_AFTER = /^\s+((and|y)\s+[\w ]{2,30}?\s+)?(streets?|avenues?|boulevard|highway)\b/i;
// "15 km north of Lima", "40 km from the capital", "west of Bogota": the place named is where distances are
// measured from; the incident is elsewhere, at the place the sentence names first.
export const REFERENCE_POINT = /(\b\d+(\.\d+)?\s*(km|kms|kilometers?|kilometres?|miles?|mi|meters?|metres?)\s+(to\s+the\s+)?((north|south)?[ -]?(east|west)?(ern)?\s+)?(of|from)|\b(north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+(the\s+)?$/i;
// "reports received in Bogota", "announced today in Lima": where the news was given out, not where it happened.
// "complained to the judges in the Andean city of Huancayo": where a complaint was lodged.
export const ANNOUNCED_IN = /\b(reported|received|announced|said|stated|declared|disclosed|confirmed|released|published|broadcast|told reporters|denounced|charged)\s+(here\s+|today\s+|yesterday\s+|this \w+\s+)?(in|from)\s+(the\s+)?$|\b(reported|complained|testified|appeared|denounced \w+)\s+(to|before)\s+(the\s+)?(courts?|judges?|prosecutors?|attorney general)\s+(in|of)\s+(the\s+)?([\w-]+\s+){0,3}$/i;
// "mayor of Puerto Lopez", "the president of Colombia": a place in a title describes the person, not the incident.
export const TITLE_OF = /\b(mayor|governor|rector|dean|bishop|archbishop|president|candidate|councilman|senator|deputy|prefect|ambassador|consul|minister|native|university|newspaper|judge|magistrate|court|professor|director|manager|editor)\s+of\s+(the\s+)?$|\b(ambassador|envoy|consul|emissary|nuncio)\s+to\s+(the\s+)?$/i;
// "the TASS correspondent in Guatemala": where a person works, as a title says.
export const POSTED_IN = /\b(correspondents?|representatives?|envoys?|delegates?|residents?|spokesm[ae]n|spokesperson)\s+(based\s+)?in\s+(the\s+)?$/i;
// "the Administrative Department of Security of Colombia", "the Bank of Colombia": a country in a body's name.
export const BODY_OF = /\b(department|institute|ministry|bank|university|federation|association|union|party|council|committee|commission|corporation|company|chamber|league|movement|agency|court|church|bishops)\b[\w ]{0,30}?\bof\s+(the\s+)?$/i;
// "extradited to the United States", "flew to Caracas": where someone went, not where the incident was.
// "the drug summit in Cartagena", "a visit to Cartagena": a venue or a visit is where someone met or went; "treated
// at Itagui's hospital" where the wounded were taken.
export const DESTINATION = /\b(extradited|deported|sent|flown|flew|travel+ed|travel+ing|returned|returning|fled|exiled|taken|brought|transferred|arrive[sd]?|arriving|plane|flight|trip|bound|heading|headed|going|went|visits?|summit|conference)\s+(back\s+)?(to|in|for)\s+(the\s+)?$|\b(treated|hospitali[sz]ed|admitted)\s+(at|in|to)\s+(the\s+)?$/i;
// "a commando trained in Nicaragua", "she is hiding in the United States": where a person is or was, not the incident.
export const WHEREABOUTS = /\b(trained|based|born|educated|living|lives|resides|residing|hiding|hides|studied|studying|working|works|worked)\s+in\s+(the\s+)?$/i;
// "relations with the United States": a party to dealings, not a place where something happened.
export const DEALINGS_WITH = /\b(relations|ties|talks|dialogue|negotiations|agreements?|cooperation)\s+(with|between)\s+(the\s+)?$/i;
// "the U.S. embassy", "U.S. advisers", "Vienna development worker": a place written before the people or the
// body it describes says whose they are, not where the incident was.
export const DESCRIBES_NEXT = /^\s+((\w+\s+)?(citizens?|nationals?|advisers?|advisors?|advice|marines?|navy|sailors?|southern command|secret service|investments?|officials?|diplomats?|diplomatic|ambassadors?|embass(y|ies)|consulates?|governments?|authorities|administration|congress(men)?|senators?|army|troops|soldiers|forces|military|police|experts?|missionar(y|ies)|priests?|cartels?|policem[ae]n|assistance|policy|policies|interests|facilities|installations|personnel|assets|helicopters?|nuns?|journalists?|newsm[ae]n|newspapers?|news(casts?)?|media|press|reporters?|correspondents?|workers?|professors?|students?|businessm[ae]n|volunteers?|officers?|agents?|companies|company|firms?|delegat(es?|ion)|envoys?|aid|development|intelligence|leaders?|representatives?)\b)/i;

// "the Lima residential district of Miraflores": the town says whose district the place named next is (in "the
// Merlo district of Buenos Aires" the place is the district).
export const NAMES_PART_OF = /^\s+[\w-]+\s+(district|neighbou?rhood|suburb|sector|quarter)\s+of\b/i;

// "FENASTRAS members in Mexico have accused ...": where a group's people are abroad. Said of a town ("EPL members in
// Barbacoas killed ...") it is often where they acted, so it counts only for a foreign country.
export const MEMBERS_IN = /\b(members|exiles|refugees)\s+in\s+(the\s+)?$/i;
