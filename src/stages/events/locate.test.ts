// The incident's place (locate.ts): the place the sentence says the incident happened, not the dateline, a
// distance reference, an announcement's venue or a country that describes people. Same answer in ALL CAPS.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDoc } from '../../extract.js';
import type { ActorSpan, PlaceSpan } from '../../doc/doc.js';
import { homeCountry } from './locate.js';

// [rule, report, expected name of the first incident's place, expected basis]
const rows: [string, string, string, string][] = [
  ['a place in a time clause put first tells when, not where',
    'PANAMA CITY, 4 MAR 90 (EFE) -- Ten years after the bishops met in Puebla, death squads in Peru have murdered Juan Carlos Mendoza, a priest.', 'Peru', 'stated'],
  ['a town the sentence names beats the dateline',
    'BOGOTA, 4 MAR 90 (AFP) -- Gunmen kidnapped 12 farm workers yesterday in Puerto Berrio.', 'Puerto Berrío', 'stated'],
  ['with no place in the sentence the dateline is inferred',
    'LIMA, 4 MAR 90 (EFE) -- A bomb exploded last night outside a bank, injuring two guards.', 'Lima', 'context'],
  ['with no other place stated, the distance reference beats the dateline',
    'BAGHDAD (Reuters) - A car bomb killed five soldiers 20 km north of Mosul on Monday.', 'Mosul', 'stated'],
  ['the distance reference is not the place',
    'A bomb killed three people today in the town of Sonsonate, 50 km west of San Salvador.', 'Sonsonate', 'stated'],
  ['where the news was announced is not the place',
    'Reports received in Bogota said that gunmen killed a judge in Medellin.', 'Medellín', 'stated'],
  ['a country describing people is not the place',
    'LA PAZ, 4 MAR 90 (EFE) -- Gunmen shot dead two U.S. missionaries last night.', 'La Paz', 'context'],
  ['a country owning what was attacked is not the place',
    'KABUL, 4 MAR 90 (AFP) -- Militants fired rockets at US facilities on Monday.', 'Kabul', 'context'],
  ['a destination abroad is not the place',
    'Gunmen killed a judge in Medellin who had sent drug lords to be extradited to the United States.', 'Medellín', 'stated'],
  ['a later sentence states the place the first only inherited',
    'QUITO, 4 MAR 90 (EFE) -- Guerrillas kidnapped a mayor today. The kidnapping took place in Ibarra, police said.', 'Ibarra', 'stated'],
  ['a dateline abroad gives way to the country the report is about',
    'ROME (ITALY), 4 MAR 90 (ANSA) -- A bishop said soldiers murdered six priests last week. He asked Colombia to punish the killers, as Colombia had promised.', 'Colombia', 'context'],
  ['a dateline abroad: its own country\'s people count half',
    'PARIS (FRANCE), 4 MAR 90 (AFP) -- The French government condemned the murder of a French nun and a Peruvian priest last week. French diplomats met Peruvian officials in Peru.', 'Peru', 'context'],
  ['a place "located near" the one before says where that one is',
    'GUATEMALA CITY, 4 MAR 90 (EFE) -- COL PEREZ SAID THAT THE GUERRILLAS ATTACKED THE "LOS CEDRILLOS" FARM LOCATED NEAR THE "PIEDRA NEGRA" FARM AND SET ITS BARNS ON FIRE.', 'Los Cedrillos', 'stated'],
  ['a province\'s police headquarters is where the victim went, the neighbourhood driven through is the place',
    'BOGOTA, 4 MAR 90 (EFE) -- A BODYGUARD DIED IN THE BOMB ATTACK ON COLONEL JUAN ZAPATERO. THE COLONEL HAD SET OUT EARLY FOR HIS OFFICE AT ANTIOQUIA POLICE HEADQUARTERS. AS COLONEL ZAPATERO\'S JEEP WENT THROUGH THE LOS PINOS NEIGHBORHOOD, IT HALTED AT A CROSSING.', 'Los Pinos', 'stated'],
  ['a following sentence that names the victim says where',
    'LIMA, 4 MAR 90 (EFE) -- Former defence minister Enrique Salas died today after a terrorist attack. Salas was getting out of his car in a parking lot in the residential neighborhood of San Isidro at the time.', 'San Isidro', 'stated'],
  ['a following sentence that refers back says where',
    'BOGOTA, 4 MAR 90 (EFE) -- Gunmen set a senator\'s ranch alight and shot its caretaker today. The incident occurred in Sevilla municipality, far west of the capital.', 'Sevilla', 'stated'],
  ['a following sentence states the place after a longer description of it',
    'SAN SALVADOR, 4 MAR 90 (EFE) -- GUERRILLAS KIDNAPPED A BANKER FROM HIS HOME TODAY. THE HOUSE IS IN THE QUIET RESIDENTIAL AREA OF "LAS PALMERAS," IN NORTHERN SAN SALVADOR.', 'Las Palmeras', 'stated'],
  ['a place that ends a quoted name after "de" is part of the name',
    'LIMA, 4 MAR 90 (EFE) -- A CAR BOMB DESTROYED A BUS OF THE "LANCEROS DE PIURA" ESCORT REGIMENT TODAY.', 'Lima', 'context'],
  ['with no place at all, the country its people are named for',
    'CLANDESTINE, 4 MAR 90 (RADIO VENCEREMOS) -- THE MEDIA TOLD THE SALVADORAN PEOPLE OF THE MURDER OF A UNION LEADER YESTERDAY.', 'El Salvador', 'context'],
  ['a following sentence that says where the attack was carried out replaces a place given in passing',
    'BOGOTA, 4 MAR 90 (EFE) -- REBELS BURNED THREE TRUCKS CARRYING OIL FROM A FIELD IN ARAUCA DEPARTMENT TODAY. THE ATTACK WAS CARRIED OUT IN YOPAL, IN CASANARE DEPARTMENT.', 'Yopal', 'stated'],
  ['a following sentence on another matter does not',
    'BOGOTA, 4 MAR 90 (EFE) -- Gunmen shot dead a judge today. The judge had worked in Cali for ten years.', 'Bogotá', 'context'],
  ['"in this capital" states the dateline\'s town',
    'GUATEMALA CITY, 4 MAR 90 (ACAN-EFE) -- Gunmen kidnapped two politicians yesterday as Ortiz and Flores drove to the airport in this capital.', 'Guatemala City', 'stated'],
  ['a sentence on where the target is, between the incident\'s own, says where',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- Urban commandos attacked the residence of a judge last night. The residence is located in the Campestre neighborhood. The attack caused heavy damage.', 'Campestre', 'stated'],
  ['a town two sentences back says more than a country in the sentence before',
    'QUITO, 4 MAR 90 (EFE) -- The minister visited Ibarra on Monday. The army said calm had returned to Ecuador. Gunmen killed two policemen there today.', 'Ibarra', 'context'],
  ['a district "known as" a name is the place, not the city it lies in',
    'BOGOTA, 4 MAR 90 (EFE) -- A car bomb exploded today in a crowded district in Cali known as Villa Tranquila.', 'Villa Tranquila', 'stated'],
  ['a group\'s members abroad are not the place',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- Salvadoran union members in Mexico accused the army of bombing villages today.', 'San Salvador', 'context'],
  ['where a complaint was lodged is not the place',
    'LIMA, 4 MAR 90 (EFE) -- Two widows have complained to the courts in the southern city of Arequipa about the killing of 20 farmers by an army patrol, which they blame on the troops, in the remote hamlet of Chuschi.', 'Chuschi', 'stated'],
  ['a place abroad where the sentence says it happened is the place',
    'TEGUCIGALPA, 4 MAR 90 (EFE) -- The Honduran government condemned the murder of a Salvadoran minister today. A Honduran spokesman said what happened in San Salvador was inhumane.', 'San Salvador', 'stated'],
  ['a country inherited from the sentence before gives way to the dateline\'s town in it',
    'LIMA, 4 MAR 90 (EFE) -- The army said terrorism had spread across Peru this year. Gunmen killed two policemen today.', 'Lima', 'context'],
  ['a country the sentence names gives way to the dateline\'s town in it',
    'QUITO, 4 MAR 90 (EFE) -- Gunmen killed two judges in Ecuador this morning, the police said.', 'Quito', 'context'],
  ['a country the sentence names stays when the dateline is abroad',
    'LIMA, 4 MAR 90 (EFE) -- Gunmen killed two judges in Ecuador this morning, the police said.', 'Ecuador', 'stated'],
  ['a town before "residential district of" says whose district the place is',
    'LIMA, 4 MAR 90 (EFE) -- A car bomb exploded today in front of an embassy in the elegant Lima residential district of Miraflores.', 'Miraflores', 'stated'],
  ['"the town of" names the town, not the area it lies in',
    'LIMA, 4 MAR 90 (EFE) -- Survivors told the courts in the city of Ayacucho about the massacre of 30 peasants in the town of Cayara.', 'Cayara', 'stated'],
  ['a sentence that names the victim\'s home in a neighbourhood says where',
    'MEDELLIN, 4 MAR 90 (EFE) -- Gunmen shot dead a former mayor, Pablo Pelaez, today in Medellin. Pelaez had just left his house in the El Poblado neighborhood, a hillside district of the city.', 'El Poblado', 'stated'],
  ['a surname after a given name is no town',
    'BOGOTA, 4 MAR 90 (EFE) -- Judges went on strike today over the murder of judge Carlos Valencia.', 'Bogotá', 'context'],
  ['a building in a person\'s title is not the place',
    'BAGHDAD, 4 MAR 20 (AFP) -- Gunmen shot dead the president of Baghdad International Airport today.', 'Baghdad', 'context'],
  ['"also" inside a sentence on the target does not turn to another matter',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- Guerrillas attacked the residence of a deputy last night. The residence is located in the Campestre neighborhood, close to the presidential house, which was also attacked.', 'Campestre', 'stated'],
  ['a country in a body\'s name is not the place',
    'BOGOTA, 30 MAY 89 (EFE) -- The head of the National Police of Colombia came out of a car-bomb attack without a scratch today.', 'Bogotá', 'context'],
  ['where a correspondent is posted is not the place',
    'GUATEMALA CITY, 20 MAY 88 (ACAN-EFE) -- A rightist group claimed responsibility for the bomb attack against the home of the TASS correspondent in Guatemala.', 'Guatemala City', 'context'],
  ['where an attacker was trained is not the place',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- The army said the minister was killed yesterday by a commando trained in Nicaragua.', 'San Salvador', 'context'],
  ['where a victim was flying to is not the place',
    'GUATEMALA CITY, 4 MAR 90 (EFE) -- Gunmen kidnapped a politician who was driving to the airport for a flight to Nicaragua.', 'Guatemala City', 'context'],
  ['a foreign country a victim was flying to is never the place, even alone in its sentence',
    'GUATEMALA CITY, 13 JAN 90 (EFE) -- The party said its leader was missing. On Friday morning, as he headed for a flight to Nicaragua, he was abducted by gunmen.', 'Guatemala City', 'context'],
  ['a town in a judge\'s title is not the place',
    'BOGOTA, 4 MAR 90 (EFE) -- Gunmen set fire to a country club today in Rionegro municipality and sent a letter to the first judge of Cali.', 'Rionegro', 'stated'],
  ['a town before "cartel" names the gang, not the place',
    'BOGOTA, 4 MAR 90 (EFE) -- Police say he paid for the murder of a town councilor in Cordoba Department and plotted against a rival of the Cali cartel.', 'Córdoba', 'stated'],
  ['where the victim worked is not the place',
    'CALI, 4 MAR 90 (EFE) -- A kidnapped priest was freed today. The priest, who had been working in the Santa Elena neighborhood, said the kidnappers treated him well.', 'Cali', 'context'],
  ['news received in the dateline\'s town is not the place',
    'BOGOTA, 4 MAR 90 (DPA) -- The director of a radio station in the northern city of Monteria is the third journalist to die this month. According to reports received in Bogota, gunmen shot him outside his home last night.', 'Montería', 'context'],
  ['a neighbourhood after a town and a comma is governed by the preposition',
    'SAN SALVADOR, 4 MAR 90 (AFP) -- Guerrillas set fire to a bus in Santa Tecla, San Jacinto neighborhood.', 'San Jacinto', 'stated'],
  ['a distance from another town says where the first is, not the incident',
    'LIMA, 4 MAR 90 (EFE) -- Police reported today in Lima, 400 km from Ayacucho, that 30 peasants were abducted.', 'Lima', 'context'],
  ['"our country" in a report from the dateline\'s country: the dateline\'s town in it',
    'GUATEMALA CITY, 4 MAR 90 (EFE) -- Their kidnapping took place in our country, the newspaper said.', 'Guatemala City', 'context'],
  ['a spokesman abroad is not the place',
    'WASHINGTON DC (UNITED STATES), 4 MAR 90 (EFE) -- The Salvadoran minister condemned the murder of six priests in El Salvador. A rebel spokesman in Washington blamed the army for the murder.', 'El Salvador', 'stated'],
  ['a foreign country named as a party is not the place',
    'SAN SALVADOR, 4 MAR 90 (EFE) -- The government promised Spain an investigation of the murder of the priests.', 'San Salvador', 'context'],
  ['a town\'s own police report what happened in it',
    'BOGOTA, 4 MAR 90 (EFE) -- Cali metropolitan police announced that unidentified persons placed six bombs in bank branches.', 'Cali', 'stated'],
  ['where the wounded were treated is not the place',
    'BOGOTA, 4 MAR 90 (EFE) -- A bomb exploded today at a bank in Itagui municipality. Three wounded were treated at a hospital in Envigado.', 'Itagui', 'stated'],
  ['a village before "a village in" is the place, not the municipality after it',
    'BOGOTA, 4 MAR 90 (EFE) -- Armed men abducted 40 farm hands in Puerto Bello, a hamlet of Turbo municipality.', 'Puerto Bello', 'stated'],
  ['the story\'s own dateline after the wire\'s is the fallback',
    'BOGOTA, 4 MAR 90 (RADIO ANDINA) -- [TEXT] MEDELLIN -- A bomb exploded last night at a bank, injuring two guards.', 'Medellín', 'context'],
  ['a country people are extradited to is not the report\'s country',
    'BOGOTA, 4 MAR 90 (EFE) -- Medellin police said that unidentified persons placed 11 bombs in bank branches. Drug lords oppose being extradited to the United States. Three were sent to the United States, two flown to the United States, and one returned to the United States.', 'Medellín', 'stated'],
  ['a country before the aid it gives describes the aid',
    'SAN SALVADOR, 4 MAR 90 (EFE) -- Once the murder of the priests is cleared up, nothing stands in the way of U.S. economic assistance, he said.', 'San Salvador', 'context'],
  ['the place of the event an act coincided with is not the place',
    'LA PAZ, 4 MAR 90 (EFE) -- The murder of the two nuns came at the same time as a visit by engineers who will build a dam near Potosi.', 'La Paz', 'context'],
  ['the place of the event an act is timed by is not the place',
    'MEDELLIN, 4 MAR 90 (EFE) -- Both engineers were kidnapped by the cell 48 hours before the summit in Cartagena.', 'Medellín', 'context'],
  ['an airport named in Guatemala City',
    'GUATEMALA CITY, 4 MAR 90 (EFE) -- Two politicians were abducted by armed men at La Aurora airport.', 'La Aurora International Airport', 'stated'],
  ['the country a person was ambassador to is not the place',
    'GUATEMALA CITY, 4 MAR 90 (EFE) -- The post is vacant since the day its holder, a party leader and former ambassador to Spain, was shot dead.', 'Guatemala City', 'context'],
  ['a report from abroad on a country its people name',
    'MONTEVIDEO (URUGUAY), 4 MAR 90 (EFE) -- The president sent his sympathy after gunmen shot dead a Colombian senator.', 'Colombia', 'context'],
];

const firstPlace = (text: string) => {
  const m = extractDoc({ id: 't', text, published: '1990-03-04', title: null, url: null, source: null, language: null, origin: 't' }).incidents[0];
  return m?.location ? `${m.location.name} (${m.location.basis})` : 'no place';
};

test('the incident place', async (t) => {
  for (const [rule, text, name, basis] of rows) {
    await t.test(rule, () => {
      assert.equal(firstPlace(text), `${name} (${basis})`, text);
      assert.equal(firstPlace(text.toUpperCase()), `${name} (${basis})`, `ALL CAPS: ${text}`);
    });
  }
});

test('a dateline abroad: the people of its own country count half for the country the report is about', () => {
  const text = 'MADRID (SPAIN), 4 MAR 90 -- [TEXT] SPANISH DIPLOMATS, SPANISH PRIESTS AND SPANISH NUNS MET SALVADORAN OFFICIALS AND SALVADORAN BISHOPS.';
  const place = (name: string, cc: string, start: number): PlaceSpan => ({
    start, end: start + name.length, text: name, name, lat: 0, lon: 0, country: cc, admin1: null, geonames_id: null, feature: 'PPLC', precision: 'city', radius_km: 10, population: 0,
  });
  const actor = (word: string, cc: string): ActorSpan => {
    const start = text.indexOf(word);
    return { start, end: start + word.length, text: word, name: null, type: null, country: cc, generic: true };
  };
  const actors = [actor('SPANISH DIPLOMATS', 'ES'), actor('SPANISH PRIESTS', 'ES'), actor('SPANISH NUNS', 'ES'), actor('SALVADORAN OFFICIALS', 'SV'), actor('SALVADORAN BISHOPS', 'SV')];
  assert.equal(homeCountry(text, [place('MADRID', 'ES', 0)], actors), 'SV');
  // Filed at home, the same people say the report is about the dateline's country.
  const local = text.replace('MADRID (SPAIN),', 'MADRID,        ');
  assert.equal(homeCountry(local, [place('MADRID', 'ES', 0)], actors), 'ES');
});
