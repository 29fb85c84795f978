// Given names common in Spanish- and Portuguese-language news that data/given-names.json does not hold. Written
// by the sitrep authors. Words that are far more often places or ordinary words ("Salvador", "Esperanza",
// "Mercedes", "Santiago", "Victoria") are left out: a name is read from a given name only when a surname follows.
const NAMES = `abelardo abraham adalberto adela adolfo adriana agapito agustin alcides aldo alejandra alirio alonso amado amalia amando
amilcar amparo angelica anibal antonia apolinar aquiles araceli arcadio ariel armando arnulfo arsenio arturo augusto aura
aurelio baltazar celina elmer erika otto paulo bartolome basilio beatriz benedicto benigno bernardo blanca bonifacio braulio calixto camilo candido carmelo
carolina casimiro catalina cayetano cecilia celia celso cesareo cipriano ciro claudio clemente concepcion consuelo cornelio
crisanto cristobal dagoberto damian danilo dario delia demetrio dimas dionisio domingo dora edgardo edmundo efrain eladio elba
eleazar elias eliecer eligio eliseo eloy elsa elvira emiliano emilio emma enriqueta epifanio erasmo eriberto ernesto
estanislao esteban esther eugenio eulogio eusebio eustaquio evaristo ezequiel fabian fabio fabiola facundo faustino fausto
febe federico feliciano felix fermin fidel filemon flor florencio florentino florinda froilan gabino gabriela gaspar genaro
german gervasio gilberto gilda gildardo gladys gonzalo graciela gregorio guadalupe heriberto hernan hernando higinio hilda
hipolito horacio hortensia humberto ignacio ildefonso ines irma isaias isidoro isidro ismael ivonne jacinto jacobo jairo
javier jenaro jeronimo joao joaquin josefina juana julian juvenal lazaro leandro leoncio leonel leonidas leopoldo leticia
lidia lisandro lorena luciano lucio luiz luz macario manuela marcela marcelo marcial margarita mariano maribel
mariela marina marisol marta mateo matias matilde mauricio maximiliano maximo medardo melquiades miriam moises monica napoleon
nazario nelly nestor nicanor nicolas noe nohemi norberto norma octavio olegario orestes osvaldo pascual patricio petrona pilar
plinio porfirio prudencio rafaela ramiro ramona raquel rebeca reinaldo rene reynaldo rigoberto roberta rocio rodolfo rogelio
rolando romulo roque rosendo ruben salomon saul segundo serafin sigifredo silvia silvio socorro sonia susana teodoro teofilo
tiburcio timoteo tomas toribio ubaldo ulises valentin venancio vicente virgilio wenceslao wilfredo william wilson ximena
yolanda zacarias zoila zulema abilio alipio amalio apolinario bartolo cecilio cirilo constantino dina dino edison ernestina
estela fredy freddy giovanni jhon justo liberto maritza modesto nadine narcisa robinson ronnie ruperto saturnino telma tulio
vinicio wilmer yesid`;

const set = new Set(NAMES.split(/\s+/).filter(Boolean));

export function isSpanishGivenName(lower: string): boolean {
  return set.has(lower);
}
