import {
  createGit,
  gitArgv,
  repositoryRoot
} from "./chunk-4S7IP54V.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  createGit,
  gitArgv,
  repositoryRoot
};
