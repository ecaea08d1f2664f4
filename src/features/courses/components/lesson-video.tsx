import { videoEmbedOf } from "@/features/courses/lib/video-embed";

/** A privacy-enhanced YouTube/Vimeo player, or nothing for an empty or unsupported link. */
export function LessonVideo({ url, title }: { url: string | null; title: string }) {
  const embed = url ? videoEmbedOf(url) : null;
  if (!embed) return null;
  return (
    <div className="aspect-video w-full overflow-hidden rounded-lg border border-border">
      <iframe
        src={embed.embedUrl}
        title={title}
        className="h-full w-full"
        loading="lazy"
        referrerPolicy="strict-origin-when-cross-origin"
        sandbox="allow-scripts allow-same-origin allow-presentation allow-popups"
        allow="encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
      />
    </div>
  );
}
