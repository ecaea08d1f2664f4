import { ConfirmActionButton } from "@/features/classes/components/confirm-action-button";
import { setUserDisabledAction } from "../actions";

/** Disables an account (signed out from its next request) or enables it again, after a confirmation. */
export function AccountStatusButton({ userId, userName, disabled }: { userId: string; userName: string; disabled: boolean }) {
  return disabled ? (
    <ConfirmActionButton
      action={setUserDisabledAction}
      fields={{ userId, disabled: "false" }}
      label="Enable"
      pendingLabel="Enabling…"
      ariaLabel={`Enable ${userName}`}
      confirmMessage={`Enable ${userName}? They can sign in again at once.`}
    />
  ) : (
    <ConfirmActionButton
      action={setUserDisabledAction}
      fields={{ userId, disabled: "true" }}
      label="Disable"
      pendingLabel="Disabling…"
      ariaLabel={`Disable ${userName}`}
      confirmMessage={`Disable ${userName}? They are signed out on their next request and cannot sign in until enabled. Their work is kept.`}
    />
  );
}
