// A stage reads the layers it needs and adds its own. Pure apart from reading its data files.
import type { Doc, LayerName } from './doc.js';

export interface Stage {
  name: string;
  needs: LayerName[];
  adds: LayerName[];
  run(doc: Doc): void;
}
