import {
  BUILD_FILE_PATTERN,
  BUILD_MAX_BYTES
} from "./chunk-KOIIPLET.js";
import "./chunk-WYFOGVTW.js";
import "./chunk-ZRNIQLM2.js";
import {
  PLAN_MAX_BYTES
} from "./chunk-LNUD2RHY.js";
import {
  writeAtomic
} from "./chunk-VC3ZV3GN.js";
import {
  confine,
  rootOf
} from "./chunk-MDGUUJEU.js";
import {
  readBoundedText
} from "./chunk-VF4F3FAK.js";
import "./chunk-LQO26QTC.js";
import "./chunk-MYWD7JSL.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ZPSPCVQY.js";
import "./chunk-5Z4T2RLS.js";
import "./chunk-M6HMDD4M.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import {
  UserError
} from "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";

// src/workspace/stage-files.ts
import { promises as fsp } from "node:fs";
import path from "node:path";
var PLAN_FILE = "plan.json";
var MAX_BUILD_FILES = 1024;
function stageFiles(within) {
  const base = within ?? process.cwd();
  const root = within !== void 0 ? rootOf(within) : void 0;
  const place = (dir, what) => root === void 0 ? path.resolve(base, dir) : confine(root, dir, {
    shown: dir,
    area: "the workspace",
    hint: `set ${what} to a directory inside the workspace, such as .flake-steward/${what === "plan-dir" ? "plan" : "builds"}`
  });
  const shown = (file) => {
    const rel = path.relative(base, file);
    return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
  };
  return {
    async readPlan(dir) {
      const file = path.join(place(dir, "plan-dir"), PLAN_FILE);
      const text = await readBoundedText(file, shown(file), {
        bytes: PLAN_MAX_BYTES,
        hint: "give the plan directory the plan step wrote, unchanged"
      });
      if (text === void 0) {
        throw new UserError(
          `no ${PLAN_FILE} in ${shown(path.dirname(file)) || "."}`,
          void 0,
          void 0,
          "give the directory the plan step wrote (its plan-dir output, downloaded with actions/download-artifact)"
        );
      }
      return { file: shown(file), text };
    },
    async writePlan(dir, text) {
      const d = place(dir, "plan-dir");
      await fsp.mkdir(d, { recursive: true });
      const file = path.join(d, PLAN_FILE);
      await writeAtomic(file, text);
      return file;
    },
    async readBuilds(dir) {
      const top = place(dir, "builds-dir");
      const files = [];
      const scan = async (d, depth) => {
        let entries;
        try {
          entries = await fsp.readdir(d, { withFileTypes: true });
        } catch (e) {
          if (e.code === "ENOENT" && d === top) {
            throw new UserError(
              `no directory ${shown(top) || "."} with build files`,
              void 0,
              void 0,
              "download the build artifacts into it (actions/download-artifact with a pattern and a path)"
            );
          }
          throw e;
        }
        for (const e of entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) {
          const p = path.join(d, e.name);
          if (e.isFile() && BUILD_FILE_PATTERN.test(e.name)) files.push(p);
          else if (e.isDirectory() && depth === 0) await scan(p, 1);
          if (files.length > MAX_BUILD_FILES) {
            throw new UserError(
              `more than ${MAX_BUILD_FILES} build files under ${shown(top) || "."}`,
              void 0,
              void 0,
              "download the build artifacts of this run only"
            );
          }
        }
      };
      await scan(top, 0);
      const out = [];
      for (const file of files) {
        const text = await readBoundedText(file, shown(file), {
          bytes: BUILD_MAX_BYTES,
          hint: "download the build artifacts of this run only, unchanged"
        });
        if (text !== void 0) out.push({ file: shown(file), text });
      }
      return out;
    },
    async readExtra(dir, name, bytes) {
      const file = path.join(place(dir, "plan-dir"), name);
      const text = await readBoundedText(file, shown(file), {
        bytes,
        hint: "use the result directory the review step wrote, unchanged"
      });
      return text === void 0 ? void 0 : { file: shown(file), text };
    },
    async writeExtra(dir, name, text) {
      const d = place(dir, "plan-dir");
      await fsp.mkdir(d, { recursive: true });
      const file = path.join(d, name);
      await writeAtomic(file, text);
      return file;
    },
    async writeBuild(dir, name, text) {
      const d = place(dir, "builds-dir");
      await fsp.mkdir(d, { recursive: true });
      const file = path.join(d, name);
      await writeAtomic(file, text);
      return file;
    }
  };
}
export {
  PLAN_FILE,
  stageFiles
};
