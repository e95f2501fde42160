/** The roles' names as a sentence uses them ("het uurtarief van de werkplekbegeleider (WPB)"). */
import type { Role } from "../engine/vocabulary.ts";

export const ROLE_NAMES: Record<Role, string> = {
  WPB: "werkplekbegeleider (WPB)",
  SO: "schoolopleider (SO)",
  IO: "instituutsopleider (IO)",
};
