import type { Translator } from "@/lib/platform/i18n/messages";
import type { WalletState } from "@/lib/wallet/validity";

const TONE: Record<WalletState, string> = {
  valid: "bg-emerald-100 text-emerald-900",
  expiringSoon: "bg-amber-100 text-amber-900",
  expired: "bg-slate-200 text-slate-900",
  revoked: "bg-red-100 text-red-900",
};

/** A wallet document's state in words (never colour alone). */
export function WalletStateTag({ state, t }: { state: WalletState; t: Translator }) {
  return (
    <strong data-testid="wallet-state" className={`inline-block rounded px-2 py-1 text-sm font-bold uppercase tracking-wide ${TONE[state]}`}>
      {t(`wallet.state.${state}`)}
    </strong>
  );
}
