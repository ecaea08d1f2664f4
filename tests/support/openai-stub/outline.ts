import { isStopword, slugify, wordsOf } from "./text";

export interface CourseOutline {
  title: string;
  description: string;
  topics: { slug: string; name: string }[];
  modules: { title: string; lessons: { title: string; summary: string; topicSlugs: string[] }[] }[];
}

// Words about the request itself rather than its subject.
const REQUEST_WORDS = new Set(["create", "course", "courses", "outline", "lesson", "lessons", "module", "modules", "please", "write", "make", "build", "about", "covering", "short"]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function subjectWords(text: string): string[] {
  const seen = new Set<string>();
  const subjects: string[] = [];
  for (const word of wordsOf(text.replace(/<[^>]*>/g, " "))) {
    const lower = word.toLowerCase();
    if (lower.length < 4 || !/^\p{L}+$/u.test(lower) || isStopword(lower) || REQUEST_WORDS.has(lower) || seen.has(lower)) continue;
    seen.add(lower);
    subjects.push(lower);
  }
  return subjects;
}

/** Three topics from the request's words, two modules of two lessons each. */
export function outlineCourse(request: string): CourseOutline {
  const words = subjectWords(request);
  const names = [0, 1, 2].map((i) => capitalize(words[i] ?? `topic ${i + 1}`));
  const slugs: string[] = [];
  for (const name of names) {
    const base = slugify(name) || "topic";
    let slug = base;
    for (let n = 2; slugs.includes(slug); n++) slug = `${base}-${n}`;
    slugs.push(slug);
  }
  const [first = "", second = "", third = ""] = names;
  const [s1 = "", s2 = "", s3 = ""] = slugs;
  return {
    title: `Introduction to ${first}`,
    description: `A short course on ${first}, ${second} and ${third}.`,
    topics: names.map((name, i) => ({ slug: slugs[i] ?? "", name })),
    modules: [
      {
        title: `Foundations of ${first}`,
        lessons: [
          { title: `What is ${first}?`, summary: `The key ideas of ${first}.`, topicSlugs: [s1] },
          { title: `${second} in practice`, summary: `How ${second} works in everyday examples.`, topicSlugs: [s2] },
        ],
      },
      {
        title: `Going further with ${third}`,
        lessons: [
          { title: `Understanding ${third}`, summary: `A closer look at ${third}.`, topicSlugs: [s3] },
          { title: `Review of ${first}, ${second} and ${third}`, summary: "Bringing the topics together.", topicSlugs: [s1, s2, s3] },
        ],
      },
    ],
  };
}
