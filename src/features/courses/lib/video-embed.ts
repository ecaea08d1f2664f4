/**
 * Turns a video page URL into a privacy-enhanced embed URL: YouTube through
 * youtube-nocookie.com, Vimeo with do-not-track. Anything else is refused, so a lesson
 * never frames an arbitrary site.
 */
export type VideoEmbed = { provider: "youtube" | "vimeo"; embedUrl: string };

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

export function videoEmbedOf(raw: string): VideoEmbed | null {
  const url = parseUrl(raw);
  if (!url || url.protocol !== "https:") return null;
  const host = url.hostname.replace(/^www\.|^m\./, "");
  let youtubeId: string | null = null;
  if (host === "youtube.com" || host === "youtube-nocookie.com") {
    if (url.pathname === "/watch") youtubeId = url.searchParams.get("v");
    else youtubeId = /^\/(?:embed|shorts|live)\/([^/]+)$/.exec(url.pathname)?.[1] ?? null;
  } else if (host === "youtu.be") {
    youtubeId = url.pathname.slice(1);
  }
  if (youtubeId !== null) {
    if (!YOUTUBE_ID.test(youtubeId)) return null;
    const start = Number.parseInt(url.searchParams.get("t") ?? url.searchParams.get("start") ?? "", 10);
    const query = Number.isFinite(start) && start > 0 ? `?start=${start}` : "";
    return { provider: "youtube", embedUrl: `https://www.youtube-nocookie.com/embed/${youtubeId}${query}` };
  }
  if (host === "vimeo.com" || host === "player.vimeo.com") {
    const id = /^\/(?:video\/)?(\d{1,12})$/.exec(url.pathname)?.[1];
    return id ? { provider: "vimeo", embedUrl: `https://player.vimeo.com/video/${id}?dnt=1` } : null;
  }
  return null;
}

export const VIDEO_URL_HINT = "Use a YouTube or Vimeo link (https), like https://www.youtube.com/watch?v=…";
