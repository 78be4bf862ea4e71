import {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  flakeNixFiles,
  groupBranch,
  planGroupPullRequests,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  updatedElsewhereComment,
  wirePublish
} from "./chunk-NLI7MGXB.js";
import "./chunk-7LUR4ACH.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-YBBAPRGC.js";
import "./chunk-QQERTKHH.js";
import "./chunk-USVPZAVT.js";
import "./chunk-27CG5CUI.js";
import "./chunk-63CPMTXH.js";
import "./chunk-5B3WRTDH.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-DUXKYF7H.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-DTUGL6IJ.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-QR34APMT.js";
import "./chunk-T54OW3UP.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-FTEZJX46.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  flakeNixFiles,
  groupBranch,
  planGroupPullRequests,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  updatedElsewhereComment,
  wirePublish
};
