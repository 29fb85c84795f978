import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../sentences/index.js';
import { findPersons } from './persons.js';

const people = (text: string, caps = true) => findPersons(text, tokenize(text).tokens, caps).map((p) => `${text.slice(p.start, p.end)}=${p.name}`);

test('findPersons: titles, given names, surnames resolved to the fullest form', () => {
  const cases: [string, string[]][] = [
    ['UNKNOWN MEN SHOT JUDGE TOMASINA VELORIO IN THE PORT TOWN. VELORIO DIED.', ['TOMASINA VELORIO=Tomasina Velorio', 'VELORIO=Tomasina Velorio']],
    ['GUSTAVO ARMIJO QUENTAL, A LAWYER, WAS FREED. LATER ARMIJO SPOKE.', ['GUSTAVO ARMIJO QUENTAL=Gustavo Armijo Quental', 'ARMIJO=Gustavo Armijo Quental']],
    ['FATHER OSWIN DE LA VARGUERA LEFT.', ['OSWIN DE LA VARGUERA=Oswin De La Varguera']],
    ['RENE EMILIO PONCE SPOKE.', ['RENE EMILIO PONCE=Rene Emilio Ponce']],
    ['DIANA PELUCAR-MONTIJO ARRIVED.', ['DIANA PELUCAR-MONTIJO=Diana Pelucar-Montijo']],
    // A given name alone is no person; neither is a place or an ordinary word after a title.
    ['CARLOS ARRIVED IN THE CAPITAL. THE MAYOR OF THE TOWN SPOKE.', []],
    ['THEY REACHED SAN ALIRIO DE LA LOMA.', []],
    ['Gunmen shot Judge Amparo Velasco in the market.', ['Amparo Velasco=Amparo Velasco']],
    ['POLICE CHIEF OSWIN PARK QUENTAL WAS SHOT. QUENTAL DIED.', ['OSWIN PARK QUENTAL=Oswin Park Quental', 'QUENTAL=Oswin Park Quental']],
    // A name that opens an organisation's or a building's names no person.
    ['THE TOMASINA VELORIO COMMAND CLAIMED IT. ISIDORO QUENTAL WAS SHOT.', ['ISIDORO QUENTAL=Isidoro Quental']],
    ['The Tomasina Velorio Brigade claimed it.', []],
    // A last surname that is an ordinary word, where the name ends; a long Spanish name whole.
    ['THE VICTIMS WERE JEFFREY OSWIN BALL, AN ENGINEER, AND OTHERS.', ['JEFFREY OSWIN BALL=Jeffrey Oswin Ball']],
    ['ELIECER DE JESUS QUENTAL VELORIO DIED.', ['ELIECER DE JESUS QUENTAL VELORIO=Eliecer De Jesus Quental Velorio']],
    ['MOURNERS DENOUNCED THE DEATH OF 37-YEAR-OLD OSWIN QUENTAL, A BAKER.', ['OSWIN QUENTAL=Oswin Quental']],
    // Two people who share a surname stay two people; the surname alone goes to the fullest form.
    ['ISIDORO ARMIJO QUENTAL AND GUSTAVO ARMIJO DIED. ARMIJO WAS A TEACHER.', ['ISIDORO ARMIJO QUENTAL=Isidoro Armijo Quental', 'GUSTAVO ARMIJO=Gustavo Armijo', 'ARMIJO=Isidoro Armijo Quental']],
  ];
  for (const [text, want] of cases) assert.deepEqual(people(text, text === text.toUpperCase()), want, text);
});

test('findPersons: a first name no list holds before a known one; an ordinary last surname before "was" or "and"', () => {
  const cases: [string, string[]][] = [
    ['POLICE SAID QUIBEL ANTONIO VELORIO DIED.', ['QUIBEL ANTONIO VELORIO=Quibel Antonio Velorio']],
    // A word that describes the person is no first name: a nationality, an office, an organisation.
    ['POLICE SAID FRENCHMAN ANTONIO VELORIO DIED.', ['ANTONIO VELORIO=Antonio Velorio']],
    ['THE COMANDO ANTONIO VELORIO CLAIMED IT.', ['ANTONIO VELORIO=Antonio Velorio']],
    ['BANKER RAMIRO QUENTAL STONE WAS SHOT.', ['RAMIRO QUENTAL STONE=Ramiro Quental Stone']],
    ['THEY KILLED ISIDORO QUENTAL STONE AND HIS DRIVER.', ['ISIDORO QUENTAL STONE=Isidoro Quental Stone']],
    // A name before an organisation's word names the organisation, not a person.
    ['THE ISIDORO QUENTAL BATTALION WAS SENT.', []],
    ['THE RIGOBERTO ANSUELA FACTION AND THE OSWIN VARGUERA ADMINISTRATION DENIED IT.', []],
  ];
  for (const [text, want] of cases) assert.deepEqual(people(text), want, text);
});

test('findPersons: a given name that opens the name of a party, a nationality, a hotel or an airport names no person', () => {
  const cases: [string, string[]][] = [
    ['THE CHRISTIAN DEMOCRATIC CANDIDATE SPOKE AT THE RALLY.', []],
    ['THE POPULAR SOCIAL CHRISTIAN MOVEMENT CONDEMNED IT.', []],
    ['A WOMAN, PRESUMABLY A GERMAN NATIONAL, DIED.', []],
    ['THE OWNERS OF THE DON MATEO HOTEL REPORTED IT.', []],
    ['GUNMEN FIRED AT THE ANTONIO QUENTAL INTERNATIONAL AIRPORT.', []],
    ['A BOMB WENT OFF AT THE "FATHER ANTONIO QUENTAL" COMMITTEE.', []],
    ['ANTONIO QUENTAL, A CHRISTIAN DEMOCRATIC LEADER, DIED.', ['ANTONIO QUENTAL=Antonio Quental']],
  ];
  for (const [text, want] of cases) assert.deepEqual(people(text), want, text);
});
