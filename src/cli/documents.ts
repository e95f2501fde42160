/** The document commands (voorstel, verslag). Built by the PDF work; see src/pdf/. */
import type { Command } from "./main.ts";

/** `gesprekswijzer voorstel <sessie.json> -o voorstel.pdf` */
export const voorstel: Command = async (_args, io) => {
  io.err("Het voorstel als PDF is nog niet beschikbaar in deze versie.\n");
  return 2;
};

/** `gesprekswijzer verslag <sessie.json> -o verslag.pdf` */
export const verslag: Command = async (_args, io) => {
  io.err("Het gespreksverslag als PDF is nog niet beschikbaar in deze versie.\n");
  return 2;
};
