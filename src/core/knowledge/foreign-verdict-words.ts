// Words in French, Spanish, Italian, Dutch, Polish, Portuguese and German that correct the engine's
// reading of a reply's code, as their English counterparts in word-verdicts.ts do: a sending address
// said to be listed, a server's connection cap, and "try again later" (European hosts' own reply
// texts, e.g. "550 Votre adresse IP est listée", "421 Trop de connexions", "451 Inténtelo más tarde").
// No \b next to an accented letter: without the u flag it is not a word character.

// The sending address or host named as listed or on a block list.
export const FOREIGN_LISTED = /\badresse ip\b[^\n]{0,40}\blist[ée]e|\bdirecci[oó]n ip\b[^\n]{0,40}\blistada|\bindirizzo ip\b[^\n]{0,40}\b(?:listato|in lista)|\bip-?adres\b[^\n]{0,40}\b(?:staat op|vermeld)|\badres ip\b[^\n]{0,40}\b(?:na li[sś]cie|zablokowany)|\bendere[cç]o ip\b[^\n]{0,40}\blistado|\bip-adresse\b[^\n]{0,40}\b(?:steht auf|gelistet)|\b(?:liste noire|lista negra|lista nera|zwarte lijst|czarn(?:a|ej) li[sś]ci|sperrliste|schwarze liste)/i;

// A server's own limit on connections, said without whose.
export const FOREIGN_CONNECTION_CAP = /\btrop de connexions\b|\bdemasiadas conexiones\b|\btroppe connessioni\b|\bte veel verbindingen\b|\bza du[zż]o po[lł][aą]cze|\bmuitas conex[oõ]es\b|\bzu viele verbindungen\b/i;

// "Try again later" as European hosts write it.
export const FOREIGN_TRY_LATER = /\b(?:r[ée])?essa?y(?:ez|er) (?:[àa] nouveau |de nouveau )?plus tard\b|\bint[eé]ntelo (?:de nuevo |otra vez )?m[aá]s tarde\b|\b(?:vuelva|vuelve) a intentarlo m[aá]s tarde\b|\briprova(?:re)? pi[uù] tardi\b|\bprobeer het (?:later (?:opnieuw|nog eens)|opnieuw later)\b|\bspr[oó]buj (?:ponownie )?p[oó][zź]niej\b|\btente (?:novamente )?mais tarde\b|\bsp(?:ä|ae)ter (?:erneut|noch einmal)\b/i;
