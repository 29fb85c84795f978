// Given names common in Spanish- and Portuguese-language news that data/given-names.json does not hold. Written
// by the sitrep authors. Words that are far more often places or ordinary words ("Salvador", "Esperanza",
// "Mercedes", "Santiago", "Victoria") are left out: a name is read from a given name only when a surname follows.
const NAMES = `abelardo abraham adalberto adolfo agustin alcides aldo alejandra alirio alonso amado amalia amando amilcar
amparo anibal arcadio ariel armando arnulfo arturo augusto aurelio aura baltazar beatriz benedicto benigno bernardo blanca
camilo candido carmelo catalina cecilia celia celso cesareo ciro clemente concepcion consuelo cristobal dagoberto damian dario
delia demetrio dionisio domingo dora edmundo efrain elias eliseo elsa emilio emma ernesto esteban esther eugenio eusebio evaristo
ezequiel fabio fabian fausto faustino febe federico felix fermin fidel flor florencio gaspar genaro german gilberto gilda gonzalo
graciela gregorio guadalupe heriberto hernan hernando hilda horacio humberto ignacio ines irma isidro jacinto jairo javier
jeronimo joaquin josefina juana julian juvenal leonel leonidas leopoldo leticia lidia lisandro lorena lucio luz macario manuela
marcelo marcial margarita mariano mariela marina marta mateo mauricio maximiliano miriam moises napoleon nestor nicolas noe nohemi
norberto norma octavio orestes osvaldo pascual patricio pilar plinio porfirio rafaela ramiro raquel reinaldo rene reynaldo rigoberto
roberta rocio rodolfo rogelio rolando rosendo ruben saul segundo silvia silvio socorro sonia susana teodoro tomas ubaldo ulises
valentin vicente virgilio wilfredo william wilson yolanda zoila joao luiz`;

const set = new Set(NAMES.split(/\s+/).filter(Boolean));

export function isSpanishGivenName(lower: string): boolean {
  return set.has(lower);
}
