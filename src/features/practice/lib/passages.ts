/**
 * Lesson passages: a lesson's Markdown split at its level-2 and level-3 headings, each with the
 * anchor the lesson page gives that heading. After a missed question the passage that shares the
 * most (rare) words with the question is the one to read next.
 */
export type Passage = { anchor: string; heading: string; text: string };

/** The id a heading gets on the lesson page ("Law of total probability" → "section-law-of-total-probability"). */
export function headingAnchor(heading: string): string {
  const slug = heading
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[`*_~[\]()]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80);
  return `section-${slug || "part"}`;
}

export function splitLessonPassages(markdown: string, lessonTitle: string): Passage[] {
  const passages: Passage[] = [];
  let current: Passage = { anchor: "", heading: lessonTitle, text: "" };
  let inFence = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const heading = inFence ? null : /^#{2,3}\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading?.[1]) {
      if (current.text.trim() || current.anchor === "") passages.push(current);
      current = { anchor: headingAnchor(heading[1]), heading: heading[1].replace(/[*_`]/g, ""), text: "" };
    } else {
      current.text += `${line}\n`;
    }
  }
  passages.push(current);
  return passages.filter((passage) => passage.text.trim() !== "");
}

const STOP_WORDS = new Set(
  "the and for are but not you all any can had her was one our out day get has him his how man new now old see two way who boy did its let put say she too use that with have this will your from they know want been good much some time very when come here just like long make many more only over such take than them well were what which their there would about could other these into then also each does most must shall should where while whose being because between both either those after before under given value values question answer choose true false".split(" "),
);

/** A light stemmer: enough to match "rates" with "rate" and "weighted" with "weight". */
function stem(word: string): string {
  const bare = word.replace(/'s?$/, "");
  if (bare.endsWith("ies") && bare.length > 4) return `${bare.slice(0, -3)}y`;
  if (/(ing|ed)$/.test(bare) && bare.length > 5) return bare.replace(/(ing|ed)$/, "");
  if (bare.endsWith("s") && !bare.endsWith("ss") && bare.length > 3) return bare.slice(0, -1);
  return bare;
}

/** Words worth matching: lower case, no stop words, plural and -ing/-ed endings trimmed. */
export function contentWords(text: string): string[] {
  return (text.toLowerCase().normalize("NFKD").match(/[a-z][a-z0-9']{2,}/g) ?? [])
    .filter((word) => !STOP_WORDS.has(word))
    .map(stem);
}

export type LessonSource = { lessonId: string; slug: string; title: string; markdown: string };
export type PassageMatch = { lessonId: string; slug: string; lessonTitle: string; anchor: string; heading: string; score: number };

/**
 * The passage of these lessons that best explains a question: term overlap weighted by inverse
 * passage frequency (rare shared words count most), damped by passage length. Null when nothing
 * shares a content word; then the caller links the lesson itself.
 */
export function bestPassage(questionText: string, lessons: readonly LessonSource[]): PassageMatch | null {
  const query = new Set(contentWords(questionText));
  const passages = lessons.flatMap((lesson) =>
    splitLessonPassages(lesson.markdown, lesson.title).map((passage) => ({ lesson, passage, words: contentWords(`${passage.heading} ${passage.text}`) })),
  );
  if (query.size === 0 || passages.length === 0) return null;
  const documentFrequency = new Map<string, number>();
  for (const { words } of passages) for (const word of new Set(words)) documentFrequency.set(word, (documentFrequency.get(word) ?? 0) + 1);
  let best: PassageMatch | null = null;
  for (const { lesson, passage, words } of passages) {
    const counts = new Map<string, number>();
    for (const word of words) if (query.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    let score = 0;
    for (const [word, count] of counts) {
      const idf = Math.log(1 + passages.length / (documentFrequency.get(word) ?? 1));
      score += idf * (1 + Math.log(count));
    }
    score /= Math.sqrt(Math.max(20, words.length) / 20);
    if (score > 0 && (!best || score > best.score)) {
      best = { lessonId: lesson.lessonId, slug: lesson.slug, lessonTitle: lesson.title, anchor: passage.anchor, heading: passage.heading, score };
    }
  }
  return best;
}
