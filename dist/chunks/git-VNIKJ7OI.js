import {
  ANONYMOUS_GIT_ENV,
  REMOTE_TAGS_MAX_BYTES,
  createGit,
  gitArgv,
  parseRemoteTags,
  repositoryRoot
} from "./chunk-TTFCFZ4G.js";
import "./chunk-YCZEATSK.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-YLVDSGH3.js";
export {
  ANONYMOUS_GIT_ENV,
  REMOTE_TAGS_MAX_BYTES,
  createGit,
  gitArgv,
  parseRemoteTags,
  repositoryRoot
};
