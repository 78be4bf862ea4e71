import {
  REMOTE_TAGS_MAX_BYTES,
  createGit,
  gitArgv,
  parseRemoteTags,
  repositoryRoot
} from "./chunk-FSOQBZVV.js";
import "./chunk-YCZEATSK.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  REMOTE_TAGS_MAX_BYTES,
  createGit,
  gitArgv,
  parseRemoteTags,
  repositoryRoot
};
