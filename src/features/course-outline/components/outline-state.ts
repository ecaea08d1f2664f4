import { slugify } from "@/features/courses/schemas-authoring";
import { uniqueSlug, type CourseOutline } from "@/features/course-outline/lib/outline";

/**
 * The outline while the teacher edits it. Items carry keys (stable React keys that survive
 * reordering); lessons name topics by key, so renaming a topic keeps its lessons tagged.
 */
export type EditorTopic = { key: string; name: string; /** The model's slug; "" once renamed (derived from the name again). */ slug: string };
export type EditorLesson = { key: string; title: string; summary: string; topicKeys: string[] };
export type EditorModule = { key: string; title: string; lessons: EditorLesson[] };
export type OutlineState = { title: string; description: string; topics: EditorTopic[]; modules: EditorModule[]; nextKey: number };

export type Direction = "up" | "down";

export type OutlineEditorAction =
  | { type: "set_course"; field: "title" | "description"; value: string }
  | { type: "add_topic" }
  | { type: "rename_topic"; topicKey: string; name: string }
  | { type: "remove_topic"; topicKey: string }
  | { type: "add_module" }
  | { type: "rename_module"; moduleKey: string; title: string }
  | { type: "remove_module"; moduleKey: string }
  | { type: "move_module"; moduleKey: string; direction: Direction }
  | { type: "add_lesson"; moduleKey: string }
  | { type: "edit_lesson"; lessonKey: string; field: "title" | "summary"; value: string }
  | { type: "toggle_lesson_topic"; lessonKey: string; topicKey: string }
  | { type: "remove_lesson"; lessonKey: string }
  | { type: "move_lesson"; lessonKey: string; direction: Direction };

export function outlineStateFrom(outline: CourseOutline): OutlineState {
  let next = 0;
  const key = (prefix: string) => `${prefix}${(next += 1)}`;
  const topics = outline.topics.map((topic) => ({ key: key("t"), name: topic.name, slug: topic.slug }));
  const topicKeyOf = new Map(topics.map((topic) => [topic.slug, topic.key]));
  const modules = outline.modules.map((outlineModule) => ({
    key: key("m"),
    title: outlineModule.title,
    lessons: outlineModule.lessons.map((lesson) => ({
      key: key("l"),
      title: lesson.title,
      summary: lesson.summary,
      topicKeys: lesson.topicSlugs.flatMap((slug) => topicKeyOf.get(slug) ?? []),
    })),
  }));
  return { title: outline.title, description: outline.description, topics, modules, nextKey: next + 1 };
}

/** Swaps the item at `index` with its neighbour; unchanged at either end. */
function moved<T>(items: T[], index: number, direction: Direction): T[] {
  const other = direction === "up" ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= items.length) return items;
  const copy = [...items];
  [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  return copy;
}

const mapLessons = (state: OutlineState, change: (lesson: EditorLesson) => EditorLesson): EditorModule[] =>
  state.modules.map((courseModule) => ({ ...courseModule, lessons: courseModule.lessons.map(change) }));

/** Moves a lesson within its module; past the first or last lesson it moves to the end or start of the neighbouring module. */
function moveLesson(modules: EditorModule[], lessonKey: string, direction: Direction): EditorModule[] {
  const moduleIndex = modules.findIndex((courseModule) => courseModule.lessons.some((lesson) => lesson.key === lessonKey));
  const courseModule = modules[moduleIndex];
  if (!courseModule) return modules;
  const index = courseModule.lessons.findIndex((lesson) => lesson.key === lessonKey);
  const atEdge = direction === "up" ? index === 0 : index === courseModule.lessons.length - 1;
  if (!atEdge) return modules.map((item, i) => (i === moduleIndex ? { ...item, lessons: moved(item.lessons, index, direction) } : item));
  const targetIndex = direction === "up" ? moduleIndex - 1 : moduleIndex + 1;
  const target = modules[targetIndex];
  const lesson = courseModule.lessons[index];
  if (!target || !lesson) return modules;
  return modules.map((item, i) => {
    if (i === moduleIndex) return { ...item, lessons: item.lessons.filter((other) => other.key !== lessonKey) };
    if (i === targetIndex) return { ...item, lessons: direction === "up" ? [...item.lessons, lesson] : [lesson, ...item.lessons] };
    return item;
  });
}

export function outlineReducer(state: OutlineState, action: OutlineEditorAction): OutlineState {
  const key = (prefix: string) => `${prefix}${state.nextKey}`;
  const grown = { nextKey: state.nextKey + 1 };
  switch (action.type) {
    case "set_course":
      return { ...state, [action.field]: action.value };
    case "add_topic":
      return { ...state, ...grown, topics: [...state.topics, { key: key("t"), name: "", slug: "" }] };
    case "rename_topic":
      return { ...state, topics: state.topics.map((topic) => (topic.key === action.topicKey ? { ...topic, name: action.name, slug: "" } : topic)) };
    case "remove_topic":
      return {
        ...state,
        topics: state.topics.filter((topic) => topic.key !== action.topicKey),
        modules: mapLessons(state, (lesson) => ({ ...lesson, topicKeys: lesson.topicKeys.filter((topicKey) => topicKey !== action.topicKey) })),
      };
    case "add_module":
      return { ...state, nextKey: state.nextKey + 2, modules: [...state.modules, { key: key("m"), title: "", lessons: [{ key: `l${state.nextKey + 1}`, title: "", summary: "", topicKeys: [] }] }] };
    case "rename_module":
      return { ...state, modules: state.modules.map((item) => (item.key === action.moduleKey ? { ...item, title: action.title } : item)) };
    case "remove_module":
      return { ...state, modules: state.modules.filter((item) => item.key !== action.moduleKey) };
    case "move_module":
      return { ...state, modules: moved(state.modules, state.modules.findIndex((item) => item.key === action.moduleKey), action.direction) };
    case "add_lesson":
      return {
        ...state,
        ...grown,
        modules: state.modules.map((item) => (item.key === action.moduleKey ? { ...item, lessons: [...item.lessons, { key: key("l"), title: "", summary: "", topicKeys: [] }] } : item)),
      };
    case "edit_lesson":
      return { ...state, modules: mapLessons(state, (lesson) => (lesson.key === action.lessonKey ? { ...lesson, [action.field]: action.value } : lesson)) };
    case "toggle_lesson_topic": {
      const order = state.topics.map((topic) => topic.key);
      return {
        ...state,
        modules: mapLessons(state, (lesson) => {
          if (lesson.key !== action.lessonKey) return lesson;
          const chosen = new Set(lesson.topicKeys);
          if (chosen.has(action.topicKey)) chosen.delete(action.topicKey);
          else chosen.add(action.topicKey);
          return { ...lesson, topicKeys: order.filter((topicKey) => chosen.has(topicKey)) };
        }),
      };
    }
    case "remove_lesson":
      return { ...state, modules: state.modules.map((item) => ({ ...item, lessons: item.lessons.filter((lesson) => lesson.key !== action.lessonKey) })) };
    case "move_lesson":
      return { ...state, modules: moveLesson(state.modules, action.lessonKey, action.direction) };
  }
}

/**
 * The outline to post: topics keep the model's slug until renamed, otherwise get one from
 * their name, all different; lessons name their topics by those slugs.
 */
export function outlineFromState(state: OutlineState): CourseOutline {
  const taken = new Set<string>();
  const slugOf = new Map<string, string>();
  for (const topic of state.topics) if (topic.slug && !taken.has(topic.slug)) slugOf.set(topic.key, uniqueSlug(topic.slug, taken));
  for (const topic of state.topics) if (!slugOf.has(topic.key)) slugOf.set(topic.key, uniqueSlug(slugify(topic.name) || "topic", taken));
  return {
    title: state.title,
    description: state.description,
    topics: state.topics.map((topic) => ({ slug: slugOf.get(topic.key)!, name: topic.name })),
    modules: state.modules.map((item) => ({
      title: item.title,
      lessons: item.lessons.map((lesson) => ({ title: lesson.title, summary: lesson.summary, topicSlugs: lesson.topicKeys.flatMap((topicKey) => slugOf.get(topicKey) ?? []) })),
    })),
  };
}
