/** File names of the documents: readable, without accents or spaces. */
import type { Session } from "../engine/index.ts";

/** "Opleidingsschool Oost (po)" → "opleidingsschool-oost-po". */
export function slug(text: string, fallback: string): string {
  const s = text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return s === "" ? fallback : s;
}

/** "voorstel-opleidingsschool-oost-po-2025-2026.pdf" */
export function proposalFileName(session: Session, planYear: string): string {
  return `voorstel-${slug(session.partnership.name, "partnerschap")}-${planYear}.pdf`;
}

/** "gespreksverslag-opleidingsschool-oost-po-2026-11-23.pdf" */
export function summaryFileName(session: Session, date: Date): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
  return `gespreksverslag-${slug(session.partnership.name, "partnerschap")}-${day}.pdf`;
}
