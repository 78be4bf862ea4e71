import {
  createGit,
  gitArgv,
  parseRemoteTags,
  repositoryRoot
} from "./chunk-27CG5CUI.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  createGit,
  gitArgv,
  parseRemoteTags,
  repositoryRoot
};
