import { Rng, WeightedTable } from './prng';

/**
 * US given names and surnames with rough frequency weights (after the SSA and Census lists), embedded so that
 * the generator needs no data files. Given names carry an era: O (popular for people born before 1965),
 * M (1965-1989), Y (1990 on) or A (all eras); a name is likelier for a birth year in its era.
 * A few names carry diacritics (José, Zoë, Muñoz): sources keep or drop them (see noise.ts).
 * Entries are `name:weight[:era]`, with `_` standing for a space inside a name (Mary_Ann, De_La_Cruz).
 */
const FEMALE = `
Mary:30:O Patricia:15:O Linda:14:O Barbara:13:O Elizabeth:12:A Jennifer:14:M Maria:9:A Susan:11:O Margaret:9:O
Dorothy:8:O Lisa:10:M Nancy:8:O Karen:9:O Betty:7:O Helen:6:O Sandra:7:O Donna:7:O Carol:7:O Ruth:5:O Sharon:6:O
Michelle:8:M Laura:7:M Sarah:9:A Kimberly:8:M Deborah:7:O Jessica:10:M Shirley:5:O Cynthia:5:O Angela:7:M
Melissa:8:M Brenda:5:O Amy:7:M Anna:5:A Rebecca:6:M Virginia:4:O Kathleen:5:O Pamela:5:O Martha:4:O Debra:5:O
Amanda:8:M Stephanie:7:M Carolyn:4:O Christine:5:M Marie:4:O Janet:4:O Catherine:4:A Frances:3:O Ann:4:O Joyce:4:O
Diane:4:O Alice:3:O Julie:5:M Heather:6:M Teresa:4:M Doris:3:O Gloria:3:O Evelyn:3:A Jean:3:O Cheryl:4:O
Mildred:2:O Katherine:5:A Joan:3:O Ashley:9:Y Judith:3:O Rose:3:O Janice:3:O Kelly:4:M Nicole:6:M Judy:3:O
Christina:5:M Kathy:3:O Theresa:3:O Beverly:3:O Denise:3:M Tammy:3:M Irene:2:O Jane:3:O Lori:3:M Rachel:5:M
Marilyn:2:O Andrea:4:M Kathryn:3:A Louise:2:O Sara:3:M Anne:3:A Jacqueline:3:M Wanda:2:O Bonnie:2:O Julia:3:A
Ruby:2:A Lois:2:O Tina:3:M Phyllis:2:O Norma:2:O Paula:2:M Diana:3:M Lillian:2:A Emily:8:Y Robin:2:M Peggy:2:O
Crystal:3:M Gladys:1:O Rita:2:O Dawn:2:M Connie:2:O Florence:1:O Tracy:3:M Edna:1:O Tiffany:3:M Carmen:2:A
Rosa:2:A Cindy:2:M Grace:3:Y Wendy:2:M Victoria:3:A Edith:1:O Sherry:2:M Sylvia:2:O Josephine:2:O Shannon:3:M
Sheila:2:O Ellen:2:O Elaine:2:O Carrie:2:M Charlotte:4:Y Monica:2:M Esther:1:O Pauline:1:O Emma:7:Y Juanita:1:O
Anita:2:O Rhonda:2:M Hazel:1:O Amber:3:M Eva:2:A April:2:M Leslie:2:M Clara:1:A Lucille:1:O Jamie:2:M
Joanne:2:O Eleanor:2:A Valerie:2:M Danielle:3:M Megan:4:Y Alicia:2:M Suzanne:2:O Michele:2:M Gail:1:O
Darlene:1:O Veronica:2:M Jill:2:M Erin:3:M Geraldine:1:O Lauren:4:Y Lorraine:1:O Lynn:2:O Sally:1:O Regina:1:M
Erica:2:M Dolores:1:O Audrey:2:A Yvonne:1:O Annette:1:O June:1:O Samantha:4:Y Marion:1:O Dana:2:M Stacy:2:M
Ana:2:A Renee:2:M Renée:1:M Vivian:1:A Roberta:1:O Holly:2:M Brittany:4:Y Melanie:2:M Loretta:1:O Yolanda:1:M
Jeanette:1:O Katie:2:Y Kristen:2:M Vanessa:2:M Rosemary:1:O Eileen:1:O Lucy:2:A Tonya:1:M Ella:2:Y Gina:1:M
Natalie:3:Y Vera:1:O Charlene:1:O Melinda:1:M Maureen:1:O Colleen:1:M Allison:2:Y Tamara:1:M Joy:1:A
Georgia:1:A Constance:1:O Claudia:1:M Marcia:1:O Tanya:1:M Marlene:1:O Heidi:1:M Lydia:1:A Courtney:2:Y
Stella:1:A Caroline:1:A Maxine:1:O Lena:1:A Deanna:1:M Gwendolyn:1:O Nora:2:Y Nina:1:A Cassandra:1:M Leah:2:Y
Naomi:1:A Brandy:1:M Felicia:1:M Sonia:1:M Miriam:1:O Violet:1:A Kristina:1:M Toni:1:M Daisy:1:Y Claire:2:A
Olivia:7:Y Sophia:6:Y Ava:5:Y Isabella:5:Y Mia:4:Y Abigail:4:Y Madison:4:Y Chloe:3:Y Chloé:1:Y Zoe:2:Y Zoë:1:Y
Harper:2:Y Avery:2:Y Aria:2:Y Scarlett:2:Y Hannah:4:Y Addison:2:Y Lily:3:Y Aubrey:2:Y Layla:2:Y Brooklyn:2:Y
Sofia:2:Y Aaliyah:2:Y Kaylee:2:Y Savannah:2:Y Alexis:3:Y Taylor:3:Y Kayla:3:Y Morgan:3:Y Jasmine:3:Y Destiny:2:Y
Haley:2:Y Sydney:2:Y Alyssa:3:Y Gabriella:2:Y Madeline:2:Y Alexandra:2:Y Mackenzie:1:Y Paige:1:Y Inés:1:A
María:1:A Guadalupe:1:A Ximena:1:Y Valentina:1:Y Camila:2:Y Lucía:1:Y Priya:1:Y Mei:1:Y Linh:1:Y Fatima:1:Y
Aisha:1:Y Keisha:1:M Latoya:1:M Ebony:1:M Imani:1:Y Yesenia:1:M Rocío:1:A Mai:1:M Anne-Marie:1:O Mary_Ann:1:O
Cecilia:1:A Beatriz:1:A Francesca:1:Y Gabrielle:1:M Jocelyn:1:Y Kendra:1:M Latisha:1:M Marisol:1:M Noelle:1:M
`;

const MALE = `
James:33:A John:32:O Robert:31:O Michael:30:M William:25:A David:24:A Richard:18:O Joseph:16:A Thomas:15:A
Charles:14:O Christopher:14:M Daniel:13:M Matthew:11:M Anthony:9:M Donald:9:O Mark:9:M Paul:8:O Steven:8:M
Andrew:7:M Kenneth:7:O Joshua:8:Y Kevin:7:M Brian:7:M George:7:O Edward:6:O Ronald:7:O Timothy:6:M Jason:7:M
Jeffrey:6:M Ryan:5:Y Jacob:5:Y Gary:6:O Nicholas:5:Y Eric:5:M Jonathan:4:M Stephen:5:O Larry:5:O Justin:4:Y
Scott:5:M Brandon:4:Y Benjamin:4:Y Samuel:3:A Frank:5:O Gregory:4:M Raymond:4:O Alexander:3:Y Patrick:3:M
Jack:3:A Dennis:3:O Jerry:3:O Tyler:3:Y Aaron:3:M José:3:A Jose:2:A Adam:3:M Henry:3:A Nathan:3:Y Douglas:3:O
Zachary:2:Y Peter:3:O Kyle:2:Y Walter:3:O Ethan:3:Y Jeremy:2:M Harold:3:O Keith:2:M Christian:2:Y Roger:2:O
Noah:4:Y Gerald:2:O Carl:2:O Terry:2:O Sean:2:M Austin:2:Y Arthur:2:O Lawrence:2:O Jesse:2:M Dylan:2:Y Bryan:2:M
Jordan:2:Y Bruce:2:O Albert:2:O Willie:2:O Gabriel:2:Y Logan:2:Y Alan:2:O Juan:2:A Wayne:2:O Roy:2:O Ralph:2:O
Randy:2:O Eugene:2:O Vincent:2:M Russell:2:O Elijah:2:Y Louis:2:O Philip:2:O Phillip:1:O Liam:4:Y Mason:3:Y
Lucas:3:Y Oliver:3:Y Aiden:2:Y Jayden:2:Y Jaden:1:Y Carter:1:Y Owen:2:Y Luke:2:Y Caleb:2:Y Isaac:1:Y Hunter:1:Y
Connor:1:Y Cameron:1:Y Evan:1:Y Wyatt:1:Y Sebastian:1:Y Mateo:1:Y Julian:1:Y Levi:1:Y Isaiah:1:Y Xavier:1:Y
Diego:1:Y Santiago:1:Y Luis:2:A Carlos:2:A Miguel:1:A Jesús:1:A Ángel:1:Y Andrés:1:A André:1:M René:1:O
Raúl:1:M Victor:2:M Martin:2:O Ernest:1:O Howard:1:O Frederick:1:O Leonard:1:O Stanley:1:O Dale:1:O Francis:1:O
Chad:1:M Travis:1:M Derek:1:M Shawn:1:M Marcus:1:M Curtis:1:O Todd:1:M Corey:1:M Troy:1:M Jared:1:M Cody:1:Y
Trevor:1:Y Craig:1:M Glenn:1:O Earl:1:O Antonio:1:A Bradley:1:M Dustin:1:M Mario:1:A Manuel:1:A Theodore:1:A
Nathaniel:1:Y Edwin:1:O Hector:1:A Allen:1:O Calvin:1:O Clarence:1:O Herbert:1:O Norman:1:O Melvin:1:O Harry:1:O
Lloyd:1:O Gordon:1:O Leroy:1:O Jerome:1:O Darnell:1:M DeShawn:1:Y Tyrone:1:M Malik:1:Y Jamal:1:M Terrell:1:M
Wei:1:Y Minh:1:M Raj:1:M Arjun:1:Y Mohammed:1:Y Omar:1:Y Ali:1:Y Hiroshi:1:O Kenji:1:M Dmitri:1:M Ivan:1:A
Sergei:1:M Stefan:1:M Colin:1:M Ian:1:M Neil:1:O Dean:1:O Grant:1:M Spencer:1:Y Blake:1:Y Chase:1:Y Cole:1:Y
Garrett:1:Y Mitchell:1:M Francisco:1:A Pedro:1:A Rafael:1:A Ruben:1:M Fernando:1:M Eduardo:1:M Javier:1:M
Alejandro:1:Y Ricardo:1:M Roberto:1:M Jorge:1:M Armando:1:O Sergio:1:M Oscar:1:A Enrique:1:O Vernon:1:O
Marvin:1:O Leon:1:A Dwayne:1:M Lamar:1:M Reginald:1:O Maurice:1:O Desmond:1:M Quentin:1:M Kurt:1:M Wesley:1:M
Jean-Luc:1:M Juan_Carlos:1:M
`;

/** Census-style surname weights (thousands of bearers for the common ones), then a tail of rarer names. */
const SURNAMES = `
Smith:2442 Johnson:1932 Williams:1625 Brown:1437 Jones:1425 Garcia:1166 Miller:1161 Davis:1116 Rodriguez:1094
Martinez:1060 Hernandez:1043 Lopez:874 Gonzalez:841 Wilson:801 Anderson:784 Thomas:756 Taylor:751 Moore:724
Jackson:708 Martin:702 Lee:693 Perez:681 Thompson:664 White:660 Harris:624 Sanchez:612 Clark:562 Ramirez:557
Lewis:531 Robinson:529 Walker:501 Young:484 Allen:482 King:465 Wright:458 Scott:439 Torres:437 Nguyen:437
Hill:434 Flores:433 Green:430 Adams:427 Nelson:424 Baker:419 Hall:407 Rivera:390 Campbell:386 Mitchell:385
Carter:376 Roberts:376 Gomez:366 Phillips:352 Evans:342 Turner:339 Diaz:337 Parker:336 Cruz:322 Edwards:317
Collins:317 Reyes:317 Stewart:312 Morris:311 Morales:304 Murphy:301 Cook:294 Rogers:294 Gutierrez:294 Ortiz:286
Morgan:276 Cooper:271 Peterson:269 Bailey:265 Reed:264 Kelly:260 Howard:254 Ramos:251 Kim:250 Cox:248 Ward:247
Richardson:245 Watson:243 Brooks:240 Chavez:236 Wood:236 James:234 Bennett:231 Gray:230 Mendoza:229 Ruiz:225
Hughes:225 Price:223 Alvarez:218 Castillo:216 Sanders:216 Patel:214 Myers:213 Long:213 Ross:212 Foster:209
Jimenez:206 Powell:203 Jenkins:199 Perry:198 Russell:197 Sullivan:197 Bell:196 Coleman:194 Butler:193
Henderson:193 Barnes:192 Gonzales:190 Fisher:189 Vasquez:188 Simmons:186 Romero:185 Jordan:184 Patterson:183
Alexander:183 Hamilton:183 Graham:181 Reynolds:179 Griffin:179 Wallace:177 Moreno:175 West:174 Cole:173
Hayes:173 Bryant:172 Herrera:171 Gibson:168 Ellis:166 Tran:165 Medina:164 Aguilar:163 Stevens:163 Murray:162
Ford:162 Castro:161 Marshall:161 Owens:161 Harrison:160 Fernandez:158 McDonald:158 Woods:157 Washington:156
Kennedy:155 Wells:154 Vargas:153 Henry:152 Chen:151 Freeman:151 Webb:150 Tucker:150 Guzman:149 Burns:149
Crawford:148 Olson:148 Simpson:147 Porter:147 Hunter:147 Gordon:146 Mendez:146 Silva:145 Shaw:145 Snyder:144
Mason:144 Dixon:144 Munoz:140 Muñoz:4 Hunt:141 Hicks:140 Holmes:139 Palmer:138 Wagner:138 Black:137 Robertson:136
Boyd:136 Rose:136 Stone:135 Salazar:135 Fox:134 Warren:133 Mills:133 Meyer:133 Rice:133 Schmidt:132 Garza:132
Daniels:131 Ferguson:131 Nichols:130 Stephens:130 Soto:130 Weaver:129 Ryan:129 Gardner:128 Payne:128 Grant:127
Dunn:127 Kelley:126 Spencer:126 Hawkins:125 Arnold:125 Pierce:125 Vazquez:124 Hansen:124 Peters:123 Santos:123
Hart:123 Bradley:123 Knight:122 Elliott:122 Cunningham:122 Duncan:121 Armstrong:121 Hudson:121 Carroll:120
Lane:119 Riley:119 Andrews:119 Alvarado:118 Ray:118 Delgado:118 Berry:117 Perkins:117 Hoffman:116 Johnston:116
Matthews:116 Pena:115 Peña:5 Richards:115 Contreras:114 Willis:114 Carpenter:113 Lawrence:112 Sandoval:111
Wang:110 Li:105 Zhang:100 Liu:95 Le:90 Pham:85 Park:80 Singh:80 Khan:60 Cohen:55 Schwartz:50 Kowalski:30
Nowak:20 Shah:40 O'Brien:75 O'Connor:60 O'Neill:45 MacDonald:25 McCarthy:60 McLaughlin:40 Fitzgerald:45
Dubois:8 Lefebvre:5 Rossi:15 Russo:25 Esposito:15 Romano:12 Bianchi:4 Moretti:4 Costa:10 Novak:12 Horvat:2
Kaminski:10 Wojcik:6 Jankowski:6 Lindqvist:2 Johansson:6 Larsen:15 Nielsen:15 Jensen:30 Eriksson:5
Van_Dyke:8 De_La_Cruz:20 Del_Rio:6 De_Leon:25 St._Clair:3 DeAngelis:4 LaFleur:2 Abernathy:3 Villanueva:25
Quintero:10 Zamora:20 Ibarra:20 Nakamura:8 Tanaka:7 Yamamoto:7 Watanabe:5 Okafor:3 Adeyemi:2 Mensah:2
Haddad:4 Nasser:3 Abboud:2 Petrov:2 Ivanov:3 Kuznetsov:1 Papadopoulos:3 Goldberg:20 Rosenberg:15 Friedman:20
Kaplan:15 Levy:15 Hirsch:8 Weiss:15 Becker:30 Schneider:30 Fischer:25 Klein:30 Zimmerman:30 Hartmann:3
Thornton:40 Whitaker:20 Pennington:8 Blackwell:15 Whitfield:10 Holloway:20 Calloway:8 Prichard:3 Quigley:6
Underwood:20 Kirkpatrick:10 Montgomery:60 Worthington:3 Ashworth:2 Fairbanks:2 Goodwin:30 Hollingsworth:6
Yates:20 Zuniga:15 Ochoa:20 Velasquez:25 Cervantes:20 Espinoza:30 Trujillo:20 Bustamante:8 Galindo:10
`;

export type Sex = 'F' | 'M';
export type Era = 'O' | 'M' | 'Y' | 'A';

export interface GivenName {
  name: string;
  weight: number;
  era: Era;
}

function parseGiven(block: string): GivenName[] {
  return block
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [rawName, weight, era] = entry.split(':');
      const name = rawName?.replace(/_/g, ' ');
      if (name === undefined || weight === undefined || (era !== 'O' && era !== 'M' && era !== 'Y' && era !== 'A')) {
        throw new Error(`bad given-name entry "${entry}"`);
      }
      return { name, weight: Number(weight), era };
    });
}

function parseSurnames(block: string): { name: string; weight: number }[] {
  return block
    .trim()
    .split(/\s+/)
    .map((entry) => {
      const [rawName, weight] = entry.split(':');
      const name = rawName?.replace(/_/g, ' ');
      if (name === undefined || weight === undefined || Number.isNaN(Number(weight))) throw new Error(`bad surname entry "${entry}"`);
      return { name, weight: Number(weight) };
    });
}

export const FEMALE_NAMES: readonly GivenName[] = parseGiven(FEMALE);
export const MALE_NAMES: readonly GivenName[] = parseGiven(MALE);
export const SURNAMES_LIST: readonly { name: string; weight: number }[] = parseSurnames(SURNAMES);

function eraOf(birthYear: number): Exclude<Era, 'A'> {
  if (birthYear < 1965) return 'O';
  if (birthYear < 1990) return 'M';
  return 'Y';
}

function eraTable(names: readonly GivenName[], era: Exclude<Era, 'A'>): WeightedTable<string> {
  return new WeightedTable(
    names.map((n) => n.name),
    names.map((n) => n.weight * (n.era === 'A' ? 1 : n.era === era ? 3 : 0.15)),
  );
}

const GIVEN_TABLES: Record<Sex, Record<Exclude<Era, 'A'>, WeightedTable<string>>> = {
  F: { O: eraTable(FEMALE_NAMES, 'O'), M: eraTable(FEMALE_NAMES, 'M'), Y: eraTable(FEMALE_NAMES, 'Y') },
  M: { O: eraTable(MALE_NAMES, 'O'), M: eraTable(MALE_NAMES, 'M'), Y: eraTable(MALE_NAMES, 'Y') },
};

const SURNAME_TABLE = new WeightedTable(
  SURNAMES_LIST.map((s) => s.name),
  SURNAMES_LIST.map((s) => s.weight),
);

/** The most common names, for the "same common name in the same city" adversarial case. */
export const COMMON_FIRST_NAMES: Record<Sex, readonly string[]> = {
  F: ['Mary', 'Jennifer', 'Linda', 'Patricia', 'Elizabeth', 'Jessica', 'Sarah', 'Maria', 'Lisa', 'Karen'],
  M: ['James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Daniel'],
};
export const COMMON_SURNAMES: readonly string[] = ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez'];

export function pickGivenName(rng: Rng, sex: Sex, birthYear: number, avoid: readonly string[] = []): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = GIVEN_TABLES[sex][eraOf(birthYear)].pick(rng);
    if (!avoid.includes(name)) return name;
  }
  return GIVEN_TABLES[sex][eraOf(birthYear)].pick(rng);
}

export function pickSurname(rng: Rng, avoid: readonly string[] = []): string {
  for (let attempt = 0; attempt < 20; attempt++) {
    const name = SURNAME_TABLE.pick(rng);
    if (!avoid.includes(name)) return name;
  }
  return SURNAME_TABLE.pick(rng);
}
