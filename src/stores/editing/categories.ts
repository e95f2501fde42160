/** Actions on the student categories (facilitation norm), the per-school hours and norm presets. */
import type { Category, Role, RoleHours, Session } from "../../engine/index.ts";
import { uniqueId } from "../../lib/ids.ts";
import { sessionStore, updateSession } from "../session.ts";
import { positioned, recordRemoval, reinsert } from "../undo.ts";
import { withKey } from "./records.ts";

/** What a preset brings: categories and per-school hours (content/presets/*.json). */
export interface NormPreset {
  /** Preset id (content/presets), or "eigen" for an empty start with the partnership's own norm. */
  id: string;
  /** Name the proposal uses for the norm. */
  name: string;
  categories: Category[];
  perSchool?: RoleHours;
}

/** Adds a category with an id made from its name. */
export function addCategory(name: string, subsidised = true): void {
  updateSession((draft) => {
    const id = uniqueId(
      name,
      draft.categories.map((c) => c.id),
      "categorie",
    );
    draft.categories.push({
      id,
      name: name.trim(),
      subsidised,
      weight: 1,
      perStudent: { WPB: 0, SO: 0, IO: 0 },
      stipend: 0,
    });
  });
}

/** How many placements use a category (a used category is only removed after confirmation). */
export function placementsOfCategory(session: Session, id: string): number {
  return session.placements.filter((p) => p.category === id).length;
}

/** The simple fields of a category. */
export type CategoryField = { name: string; subsidised: boolean; weight: number; stipend: number };

/** Sets one simple field of a category (name, subsidised, weight, stipend). */
export function setCategoryField<K extends keyof CategoryField>(
  id: string,
  field: K,
  value: CategoryField[K],
): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (category) (category as CategoryField)[field] = value;
  });
}

/** Hours per student per year for a role. */
export function setPerStudent(id: string, role: Role, hours: number): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (category) category.perStudent = { ...category.perStudent, [role]: hours };
  });
}

/** Switches hours per group on (size 15, no hours yet) or off (the values are dropped). */
export function togglePerGroup(id: string, on: boolean): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (!category) return;
    if (on) category.perGroup ??= { size: 15, hours: {} };
    else delete category.perGroup;
  });
}

/** Students per group (whole number ≥ 1). */
export function setGroupSize(id: string, size: number): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (category?.perGroup) category.perGroup.size = size;
  });
}

/** Hours per group for a role. */
export function setGroupHours(id: string, role: Role, hours: number): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (category?.perGroup) category.perGroup.hours = { ...category.perGroup.hours, [role]: hours };
  });
}

/** Switches hours per stage day on or off. */
export function togglePerDay(id: string, on: boolean): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (!category) return;
    if (on) category.perDay ??= { hours: {}, cap: {} };
    else delete category.perDay;
  });
}

/** Hours per stage day (`hours`) or the yearly cap per student (`cap`; undefined = no cap) for a role. */
export function setPerDay(
  id: string,
  part: "hours" | "cap",
  role: Role,
  value: number | undefined,
): void {
  updateSession((draft) => {
    const category = find(draft, id);
    if (!category?.perDay) return;
    category.perDay[part] = withKey(category.perDay[part], role, value);
  });
}

/** Category fields that a preset's interpretation switches (content/presets: `interpretations`). */
export type CategoryFields = Partial<Pick<Category, "subsidised" | "perDay">>;

/** Sets the given fields on each listed category that exists; a `perDay` value replaces the whole block. */
export function setCategoriesFields(ids: readonly string[], fields: CategoryFields): void {
  updateSession((draft) => {
    for (const id of ids) {
      const category = find(draft, id);
      if (!category) continue;
      if (fields.subsidised !== undefined) category.subsidised = fields.subsidised;
      if (fields.perDay !== undefined) category.perDay = structuredClone(fields.perDay);
    }
  });
}

/** Hours per participating school per year for a role (boards). */
export function setPerSchool(role: Role, hours: number): void {
  updateSession((draft) => {
    draft.perSchool = { ...draft.perSchool, [role]: hours };
  });
}

/** Categories that placements use but a preset does not bring (they are kept when applying it). */
export function categoriesKeptByPreset(session: Session, preset: NormPreset): Category[] {
  const incoming = new Set(preset.categories.map((c) => c.id));
  return session.categories.filter(
    (c) => !incoming.has(c.id) && placementsOfCategory(session, c.id) > 0,
  );
}

/**
 * Replaces the categories and per-school hours with a preset's. Categories that placements still
 * use and the preset does not have are kept (after the preset's), so no placement loses its norm.
 */
export function applyPreset(preset: NormPreset): void {
  updateSession((draft) => {
    const kept = categoriesKeptByPreset(draft, preset);
    draft.categories = [...structuredClone(preset.categories), ...kept];
    // Per-school hours are WPB and SO only (§3.1); a preset's other keys do not belong in a session.
    const { WPB, SO } = preset.perSchool ?? {};
    draft.perSchool = {
      ...(WPB === undefined ? {} : { WPB }),
      ...(SO === undefined ? {} : { SO }),
    };
    // Recorded so the proposal can name the norm the hours started from.
    draft.norm = { id: preset.id, name: preset.name };
  });
}

function find(draft: Session, id: string): Category | undefined {
  return draft.categories.find((c) => c.id === id);
}

/** Removes a category and the placements that use it; `name` is how the undo notice names it. */
export function removeCategory(id: string, name: string): void {
  const before = sessionStore.get();
  const [category] = positioned(before.categories, (c) => c.id === id);
  if (!category) return;
  const placements = positioned(before.placements, (p) => p.category === id);
  updateSession((draft) => {
    draft.categories = draft.categories.filter((c) => c.id !== id);
    draft.placements = draft.placements.filter((p) => p.category !== id);
  });
  const extra =
    placements.length === 0
      ? ""
      : ` (met ${placements.length === 1 ? "1 plaatsing" : `${placements.length} plaatsingen`})`;
  recordRemoval(`Categorie ${name} verwijderd${extra}`, (d) => {
    if (!d.categories.some((c) => c.id === id)) reinsert(d.categories, category[0], category[1]);
    for (const [i, row] of placements) reinsert(d.placements, i, row);
  });
}
