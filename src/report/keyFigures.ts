/** The key figures of a school year, for the live panel, the results page and the presenter slide: the money story. */
import type { Result } from "../engine/index.ts";
import { type StoryFigure, moneyStory } from "./story.ts";
import type { KeyFigure, KeyFigures } from "./types.ts";

const item = (f: StoryFigure, role: KeyFigure["role"]): KeyFigure => ({
  key: f.key,
  label: f.label,
  value: f.euros,
  text: f.text,
  hint: f.explanation,
  role,
});

/** Total costs, its parts in story order, then needed and own investment; all from the story module. */
export function keyFigures(result: Result, planYear: string): KeyFigures {
  const story = moneyStory(result, planYear);
  return {
    year: story.year,
    items: [
      item(story.costs, "total"),
      ...story.parts.map((p) => item(p, "part")),
      item(story.needed, "derived"),
      item(story.ownInvestment, "derived"),
    ],
    sentences: story.sentences,
  };
}
