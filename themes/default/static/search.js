// The search page: reads the words of `?q=`, looks them up in the index charte wrote under
// `recherche/index/` (see src/render/search/index.rs for its files) and lists the records that
// hold all of them, best first, each with an excerpt. Only the index's description, one shard
// per word and the records shown are downloaded.
//
// Words are cut, folded and stemmed exactly as charte does when it builds the index
// (src/render/search/words.rs); a test of charte holds the two to each other.

const STOP_WORDS = new Set([
  "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "elles",
  "en", "est", "et", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "mais",
  "me", "mes", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "s",
  "sa", "se", "ses", "son", "sont", "sur", "t", "ta", "te", "tes", "ton", "tu", "un", "une", "vos", "votre",
  "vous", "y",
]);

const FOLDED = new Map();
for (const [letters, folded] of [
  ["àáâãäå", "a"], ["ç", "c"], ["èéêë", "e"], ["ìíîï", "i"], ["ñ", "n"], ["òóôõö", "o"],
  ["ùúûü", "u"], ["ýÿ", "y"], ["œ", "oe"], ["æ", "ae"], ["ß", "ss"],
]) {
  for (const letter of letters) FOLDED.set(letter, folded);
}

const WORD = /[\p{Alphabetic}\p{N}]+/gu;
const FORMAT = 1;
const PAGE = 10;
/** The most words a query looks up (one shard each). */
const MAX_WORDS = 12;

/** A word in lower case, its accents removed and its ligatures opened. */
export function fold(word) {
  let out = "";
  for (const c of word) {
    for (const lower of c.toLowerCase()) out += FOLDED.get(lower) ?? lower;
  }
  return out;
}

const length = (word) => [...word].length;

/** The stem of a folded word: plurals, feminine `e` and infinitive `-er` removed. */
export function stem(word) {
  if (length(word) <= 3) return word;
  if (word.endsWith("eaux")) word = word.slice(0, -1);
  else if (word.endsWith("aux") && length(word) > 4) word = word.slice(0, -3) + "al";
  else if ((word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) word = word.slice(0, -1);
  if (length(word) > 5 && word.endsWith("er")) word = word.slice(0, -2);
  while (length(word) > 4 && word.endsWith("e")) word = word.slice(0, -1);
  return word;
}

/** The stem of a word of a text, or null for a word too common to search for. */
function stemOf(word) {
  const folded = fold(word);
  return STOP_WORDS.has(folded) ? null : stem(folded);
}

/** The stems of the words of `text`, in order, common words left out. */
export function stems(text) {
  const out = [];
  for (const match of text.matchAll(WORD)) {
    const s = stemOf(match[0]);
    if (s !== null) out.push(s);
  }
  return out;
}

/** The shard that holds `stem`: FNV-1a of its UTF-8 bytes, modulo `shards`. */
export function shardOf(stem, shards) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(stem)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash % shards;
}

async function getJSON(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

/** Record ids and scores of the records that hold every stem of `words`. */
function score(words, shards) {
  let scores = null;
  words.forEach((word, i) => {
    const postings = Object.hasOwn(shards[i], word) ? shards[i][word] : [];
    const here = new Map();
    let id = 0;
    for (let k = 0; k + 1 < postings.length; k += 2) {
      id += postings[k];
      here.set(id, postings[k + 1]);
    }
    if (scores === null) {
      scores = here;
    } else {
      for (const [id, s] of scores) {
        if (here.has(id)) scores.set(id, s + here.get(id));
        else scores.delete(id);
      }
    }
  });
  return [...(scores ?? new Map())].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([id]) => id);
}

/** The records of the index, fetched by chunks as they are needed. */
class Records {
  constructor(base, starts) {
    this.base = base;
    this.starts = starts;
    this.chunks = new Map();
  }

  chunkOf(id) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle] <= id) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  async get(id) {
    const chunk = this.chunkOf(id);
    if (!this.chunks.has(chunk)) this.chunks.set(chunk, getJSON(new URL(`r/${chunk}.json`, this.base)));
    const records = await this.chunks.get(chunk);
    const [url, title, context, text] = records[id - this.starts[chunk]];
    return { url, title, context, text };
  }
}

/** French typography for a text shown on a French page, as charte gives its pages. */
const typeset = typeof document !== "undefined" && document.documentElement.lang.startsWith("fr")
  ? (text) => text.replaceAll("'", "’").replace(/ ([:»])/g, "\u00a0$1").replace(/ ([;!?])/g, "\u202f$1").replace(/« /g, "«\u00a0")
  : (text) => text;

/** Up to 40 words of `text` around the first word of `words`, those words marked. */
function excerpt(text, words) {
  const tokens = [...text.matchAll(WORD)];
  const hit = (token) => words.has(stemOf(token[0]));
  const first = Math.max(0, tokens.findIndex(hit));
  const from = Math.max(0, first - 12);
  const to = Math.min(tokens.length, from + 40);
  const paragraph = document.createElement("p");
  paragraph.className = "search-result-excerpt";
  if (tokens.length === 0) return paragraph;
  const start = from === 0 ? 0 : tokens[from].index;
  const end = to === tokens.length ? text.length : tokens[to - 1].index + tokens[to - 1][0].length;
  if (start > 0) paragraph.append("…\u00a0");
  let at = start;
  for (const token of tokens.slice(from, to)) {
    if (!hit(token)) continue;
    paragraph.append(typeset(text.slice(at, token.index)));
    const mark = document.createElement("mark");
    mark.textContent = token[0];
    paragraph.append(mark);
    at = token.index + token[0].length;
  }
  paragraph.append(typeset(text.slice(at, end)));
  if (end < text.length) paragraph.append("\u00a0…");
  return paragraph;
}

function result(record, root, words) {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = new URL(record.url, root).href;
  link.textContent = typeset(record.title);
  heading.append(link);
  const context = document.createElement("p");
  context.className = "search-result-context";
  context.textContent = typeset(record.context);
  item.append(heading, context, excerpt(record.text, words));
  return item;
}

const plural = (n, one, many) => `${n.toLocaleString("fr-FR")}\u00a0${n === 1 ? one : many}`;

async function main() {
  const form = document.querySelector("form.search-form");
  if (!form) return;
  const root = new URL(form.dataset.root, location.href);
  const base = new URL("recherche/index/", root);
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("recherche-etat");
  const list = document.getElementById("recherche-resultats");
  const more = document.getElementById("recherche-plus");
  const query = (new URLSearchParams(location.search).get("q") ?? "").trim();
  input.value = query;
  if (query === "") return;
  // A query of a whole page is quoted by its beginning.
  const quoted = `«\u00a0${[...query].length > 80 ? `${[...query].slice(0, 80).join("")}…` : query}\u00a0»`;
  document.title = `${quoted} — ${document.title}`;
  const all = [...new Set(stems(query))];
  const words = all.slice(0, MAX_WORDS);
  const cut = all.length > MAX_WORDS ? ` Seuls les ${MAX_WORDS}\u00a0premiers mots ont été recherchés.` : "";
  if (words.length === 0) {
    status.textContent = `Les mots ${quoted} sont trop courants pour être recherchés\u00a0: essayez des mots plus précis.`;
    return;
  }
  status.textContent = "Recherche en cours…";
  let ranked;
  let records;
  try {
    const meta = await getJSON(new URL("meta.json", base));
    if (meta.format !== FORMAT) throw new Error(`format ${meta.format}`);
    const shards = await Promise.all(words.map((w) => getJSON(new URL(`s/${shardOf(w, meta.shards)}.json`, base))));
    ranked = score(words, shards);
    records = new Records(base, meta.chunks);
  } catch (error) {
    status.textContent = "La recherche n’a pas pu être chargée. Tous les documents sont listés dans le plan du site.";
    console.error(error);
    return;
  }
  if (ranked.length === 0) {
    status.textContent = `Aucun résultat pour ${quoted}. Vérifiez l’orthographe, ou essayez moins de mots ou d’autres mots.${cut}`;
    return;
  }
  const wanted = new Set(words);
  let shown = 0;
  const showMore = async () => {
    const next = ranked.slice(shown, shown + PAGE);
    const items = (await Promise.all(next.map((id) => records.get(id)))).map((r) => result(r, root, wanted));
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= ranked.length;
    return items;
  };
  try {
    await showMore();
  } catch (error) {
    status.textContent = "Les résultats n’ont pas pu être chargés.";
    console.error(error);
    return;
  }
  status.textContent = `${plural(ranked.length, "résultat", "résultats")} pour ${quoted}.${cut}`;
  more.addEventListener("click", async () => {
    const items = await showMore();
    // The keyboard goes on from the first new result.
    items[0]?.querySelector("a")?.focus();
    status.textContent = `${plural(shown, "résultat affiché", "résultats affichés")} sur ${ranked.length.toLocaleString("fr-FR")}.`;
  });
}

if (typeof document !== "undefined") main();
