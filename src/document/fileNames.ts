/** File names of the documents: readable, without accents or spaces. */
import type { Session } from "../engine/index.ts";
import { formatIsoDate } from "../lib/format.ts";
import { slugify } from "../lib/ids.ts";

/** "Opleidingsschool Oost (po)" → "opleidingsschool-oost-po". */
function nameSlug(session: Session): string {
  return slugify(session.partnership.name, 60) || "partnerschap";
}

/** "voorstel-opleidingsschool-oost-po-2025-2026.pdf" */
export function proposalFileName(session: Session, planYear: string): string {
  return `voorstel-${nameSlug(session)}-${planYear}.pdf`;
}

/** "gespreksverslag-opleidingsschool-oost-po-2026-11-23.pdf" */
export function summaryFileName(session: Session, date: Date): string {
  return `gespreksverslag-${nameSlug(session)}-${formatIsoDate(date)}.pdf`;
}
