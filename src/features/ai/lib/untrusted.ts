/**
 * Learner and lesson text in prompts. Fencing keeps such text visibly apart from instructions and
 * stops it from closing its own fence; the prompt must still tell the model that fenced text is
 * data. looksLikeInjection only flags text for logs and teacher attention: it is a tripwire, never
 * the defence, since any list of phrases can be worded around.
 */

// Zero-width space, non-joiner, joiner, word joiner, soft hyphen and BOM: invisible, so they can
// hide inside a tag or a phrase without changing how a model reads it.
const INVISIBLE_CHARS = "\\u200b-\\u200d\\u2060\\u00ad\\ufeff";
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, "g");
// C0 controls (NUL, escape sequences…) and DEL, except tab and newline.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** `<tag>\ntext\n</tag>`, where nothing in text can open or close a `tag` fence. */
export function fenceUntrusted(tag: string, text: string): string {
  if (!/^[a-z][a-z0-9_-]*$/i.test(tag)) throw new RangeError(`A fence tag is letters, digits, "_" or "-": "${tag}" is not`);
  const gap = `[\\s${INVISIBLE_CHARS}]*`;
  const name = [...tag].map((char) => char.replace(/-/, "\\-")).join(`[${INVISIBLE_CHARS}]*`);
  // "<", "< /", "<\u200b/" … then the tag name, perhaps with invisible characters inside it.
  const fence = new RegExp(`<(?=${gap}/?${gap}${name})`, "gi");
  const clean = text.replace(/\r\n?/g, "\n").replace(CONTROL, "").replace(fence, "‹");
  return `<${tag}>\n${clean}\n</${tag}>`;
}

/**
 * What counts as an injection attempt, each pattern matched against the text lower-cased, with
 * invisible characters removed, compatibility forms folded (full-width letters) and runs of
 * spaces, line breaks and punctuation read as one space.
 */
export const INJECTION_PATTERNS: readonly { name: string; pattern: RegExp }[] = [
  {
    name: "ignore earlier instructions",
    pattern: /\b(ignore|disregard|forget|skip|override) (all |any |the |your |my |these |those |of )*(previous|prior|above|earlier|preceding|former|original|system|initial) (instruction|prompt|rule|direction|message|context|guideline)|\b(ignore|disregard|forget) (all |everything |of |the )*above\b/,
  },
  { name: "system override", pattern: /\b(system|admin|developer|god) (override|mode|command)\b|\bnew (system )?instructions? ?:|\bjailbreak|\bdo anything now\b/ },
  { name: "fake role markers", pattern: /<\/? ?(system|assistant|instructions?)\b|\[\/?(system|inst)\]|^ ?#+ ?(system|instructions?)\b|^ ?system ?:/m },
  { name: "you are now", pattern: /\byou are now\b|\bfrom now on,? (you|act|respond|answer|reply)\b/ },
  { name: "role-play", pattern: /\bas an? (ai|a ?i|language model|llm|chatbot|assistant)\b|\bpretend (to be|you are|that you are)\b|\b(act|behave|respond) as (if you (are|were)|an? (ai|assistant|grader|examiner|marker|different))\b|\brole ?play/ },
  { name: "reveal hidden text", pattern: /\b(reveal|print|output|repeat|leak|dump|disclose) (to me |me )?(the |your )?(correct |right |model |hidden )?(answers?|solution|answer key|mark scheme|marking scheme|rubric|(system |hidden |initial )?(prompt|instructions))\b|\bsystem prompt\b/ },
  { name: "award marks", pattern: /\b(award|give|assign|grant)( me| this( answer| response| essay)?| it)? (full|maximum|max|perfect|all( the)?|100 ?%? ?(of the)?) (marks?|points?|score|credit)\b|\bmark (this|it|me|my answer) (as )?correct\b|\b(grade|score|mark) (this|it|me|my answer) (as )?(10\/10|100 ?%|full marks)/ },
  { name: "disregard the rubric", pattern: /\b(ignore|disregard|bypass|forget|skip) (the |your |this |any )?(rubric|marking scheme|mark scheme|grading (criteria|rules|instructions)|criteria)\b/ },
];

/** The text as one line (for phrases split across lines) and line by line (for "System:" at a line start). */
function forMatching(text: string): string[] {
  const folded = text
    .replace(INVISIBLE, "")
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[.,;!?'"`*_~()\-–—]+/g, " ");
  return [folded.replace(/\s+/g, " "), folded.replace(/[^\S\n]+/g, " ")];
}

/** The names of the patterns the text matches, for a log line. */
export function injectionSignals(text: string): string[] {
  const forms = forMatching(text);
  return INJECTION_PATTERNS.filter(({ pattern }) => forms.some((form) => pattern.test(form))).map(({ name }) => name);
}

export function looksLikeInjection(text: string): boolean {
  return injectionSignals(text).length > 0;
}
