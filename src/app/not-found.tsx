import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-start gap-4 py-12">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-muted-fg">That page does not exist, or you do not have access to it.</p>
      <Link href="/courses" className={buttonClasses("primary")}>
        Browse courses
      </Link>
    </div>
  );
}
