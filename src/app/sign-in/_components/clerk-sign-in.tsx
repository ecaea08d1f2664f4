import { ClerkSignInPanel } from "learnforge-clerk-ui";

export function ClerkSignIn() {
  return (
    <div className="flex justify-center">
      <ClerkSignInPanel />
    </div>
  );
}
