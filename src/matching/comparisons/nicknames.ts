/**
 * Given-name equivalences: a formal name and the short forms and pet names English speakers use for it.
 * Written for the matching engine from common public knowledge of English naming; it is deliberately
 * independent of the test-data generator's own list (seeds/nicknames.ts), so that an evaluation on
 * generated data does not grade the engine against its own answer key.
 *
 * A name may sit in several groups (Al: Albert, Alfred, Alan, Alexander). Two names are equivalent when
 * they share a group; equality is not required here (the exact level comes first).
 */
const GROUPS: Readonly<Record<string, readonly string[]>> = {
  abigail: ['abby', 'abbie', 'gail'],
  abraham: ['abe', 'bram'],
  alan: ['al', 'allen', 'allan'],
  albert: ['al', 'bert', 'bertie'],
  alexander: ['alex', 'al', 'sandy', 'xander', 'lex', 'alec'],
  alexandra: ['alex', 'alexa', 'sandra', 'sandy', 'lexi', 'lexie'],
  alfred: ['al', 'alf', 'alfie', 'fred', 'freddie'],
  alice: ['allie', 'ally', 'alicia'],
  andrew: ['andy', 'drew', 'andie'],
  angela: ['angie', 'angel'],
  anthony: ['tony', 'ant'],
  barbara: ['barb', 'barbie', 'babs'],
  benjamin: ['ben', 'benny', 'benji', 'benjy'],
  bernard: ['bernie', 'bern'],
  beverly: ['bev'],
  bradley: ['brad'],
  catherine: ['cathy', 'cath', 'cat', 'kate', 'katie', 'kathy', 'cate'],
  katherine: ['kathy', 'kate', 'katie', 'kat', 'kath', 'kay', 'kitty', 'katy'],
  kathleen: ['kathy', 'kath', 'kate'],
  charles: ['charlie', 'chuck', 'chas', 'chaz', 'chip'],
  charlotte: ['charlie', 'lottie', 'lotte', 'char'],
  christina: ['chris', 'christy', 'tina', 'chrissy', 'kristy'],
  christine: ['chris', 'chrissy', 'christy', 'tina'],
  christopher: ['chris', 'kit', 'topher', 'christy'],
  cynthia: ['cindy', 'cyndi'],
  daniel: ['dan', 'danny'],
  danielle: ['dani', 'danni', 'ellie'],
  david: ['dave', 'davey', 'davy'],
  deborah: ['deb', 'debbie', 'debby', 'debra'],
  donald: ['don', 'donnie', 'donny'],
  dorothy: ['dot', 'dottie', 'dolly', 'dora'],
  douglas: ['doug', 'dougie'],
  edward: ['ed', 'eddie', 'eddy', 'ted', 'teddy', 'ned'],
  eleanor: ['ellie', 'nell', 'nellie', 'nora', 'elly'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'betsy', 'eliza', 'libby', 'lisa', 'bess', 'elsie', 'liza'],
  emily: ['em', 'emmy', 'millie'],
  emma: ['em', 'emmy'],
  eugene: ['gene'],
  frances: ['fran', 'frannie', 'franny'],
  francis: ['frank', 'fran', 'frankie'],
  frank: ['frankie'],
  frederick: ['fred', 'freddie', 'freddy', 'fritz'],
  gabriel: ['gabe', 'gabby'],
  gabrielle: ['gabby', 'gabi', 'elle'],
  gerald: ['gerry', 'jerry'],
  gregory: ['greg', 'gregg'],
  harold: ['harry', 'hal'],
  henry: ['hank', 'harry', 'hal'],
  isabella: ['bella', 'izzy', 'isabel', 'izzie'],
  isabelle: ['bella', 'izzy', 'belle', 'issy'],
  jacob: ['jake', 'jay'],
  james: ['jim', 'jimmy', 'jamie', 'jimbo', 'jem'],
  janet: ['jan', 'jenny'],
  jeffrey: ['jeff', 'geoff'],
  jennifer: ['jen', 'jenny', 'jenn', 'jennie'],
  jessica: ['jess', 'jessie', 'jessi'],
  john: ['jack', 'johnny', 'jon', 'jock'],
  jonathan: ['jon', 'jonny', 'nathan', 'johnny'],
  joseph: ['joe', 'joey', 'jo'],
  josephine: ['jo', 'josie', 'jody'],
  joshua: ['josh'],
  judith: ['judy', 'jude'],
  kenneth: ['ken', 'kenny'],
  kimberly: ['kim', 'kimmy'],
  lawrence: ['larry', 'laurie', 'lars'],
  leonard: ['leo', 'len', 'lenny'],
  madeline: ['maddie', 'maddy', 'madi'],
  margaret: ['maggie', 'meg', 'peggy', 'marge', 'margie', 'greta', 'daisy', 'madge', 'peg', 'rita'],
  matthew: ['matt', 'matty'],
  michael: ['mike', 'mikey', 'mick', 'mickey', 'mitch'],
  michelle: ['shelly', 'michele', 'chelle'],
  nathaniel: ['nate', 'nat', 'nathan'],
  nicholas: ['nick', 'nicky', 'nico', 'cole'],
  nicole: ['nikki', 'nicky', 'nic'],
  oliver: ['ollie', 'noll'],
  olivia: ['liv', 'livvy', 'ollie'],
  pamela: ['pam', 'pammy'],
  patricia: ['pat', 'patty', 'patsy', 'trish', 'tricia', 'trisha'],
  patrick: ['pat', 'paddy', 'rick'],
  peter: ['pete'],
  philip: ['phil', 'pip'],
  rebecca: ['becky', 'becca', 'bec'],
  raymond: ['ray'],
  richard: ['rick', 'ricky', 'rich', 'richie', 'dick', 'rico'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert', 'robby'],
  roberta: ['bobbie', 'robbie', 'bobbi'],
  ronald: ['ron', 'ronnie', 'ronny'],
  samantha: ['sam', 'sammy', 'sammie'],
  samuel: ['sam', 'sammy'],
  sandra: ['sandy', 'sandi'],
  sarah: ['sally', 'sadie', 'sara'],
  stephanie: ['steph', 'stevie', 'fanny'],
  stephen: ['steve', 'stevie', 'steven'],
  steven: ['steve', 'stevie'],
  susan: ['sue', 'susie', 'suzy', 'suzie'],
  suzanne: ['sue', 'suzy', 'susie'],
  terence: ['terry'],
  theodore: ['ted', 'teddy', 'theo'],
  thomas: ['tom', 'tommy', 'thom'],
  timothy: ['tim', 'timmy'],
  valerie: ['val'],
  victoria: ['vicky', 'vickie', 'tori', 'vic'],
  vincent: ['vince', 'vinny', 'vin'],
  virginia: ['ginny', 'ginger'],
  walter: ['walt', 'wally'],
  william: ['will', 'bill', 'billy', 'willie', 'liam', 'willy', 'wills'],
  zachary: ['zach', 'zack', 'zak'],
};

/** Lower-cased name -> the ids (formal names) of the groups it belongs to. */
const MEMBERSHIP: ReadonlyMap<string, readonly string[]> = buildMembership();

function buildMembership(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (name: string, group: string): void => {
    const groups = index.get(name);
    if (groups === undefined) index.set(name, [group]);
    else if (!groups.includes(group)) groups.push(group);
  };
  for (const [formal, short] of Object.entries(GROUPS)) {
    add(formal, formal);
    for (const name of short) add(name, formal);
  }
  return index;
}

/** How many (formal name, short form) pairs the table holds. */
export function nicknamePairCount(): number {
  return Object.values(GROUPS).reduce((total, short) => total + short.length, 0);
}

/** True when the two names are the same name or belong to one nickname group (Bill and William, Liz and Beth). */
export function areNicknameEquivalent(a: string, b: string): boolean {
  const [x, y] = [a.trim().toLowerCase(), b.trim().toLowerCase()];
  if (x === y) return x.length > 0;
  const groupsOfX = MEMBERSHIP.get(x);
  const groupsOfY = MEMBERSHIP.get(y);
  if (groupsOfX === undefined || groupsOfY === undefined) return false;
  return groupsOfX.some((group) => groupsOfY.includes(group));
}
