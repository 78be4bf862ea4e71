import {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  flakeNixFiles,
  groupBranch,
  ownPullRequests,
  planGroupPullRequests,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  supersededComment,
  supersededWhy,
  testTiming,
  updatedElsewhereComment,
  wirePublish
} from "./chunk-SV3URSYK.js";
import "./chunk-EQITHXKP.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-YBBAPRGC.js";
import "./chunk-QQERTKHH.js";
import "./chunk-62J2VDLJ.js";
import "./chunk-63CPMTXH.js";
import "./chunk-5B3WRTDH.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-ARQFUMT7.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-27CG5CUI.js";
import "./chunk-CARTIHEC.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-QR34APMT.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-T54OW3UP.js";
import "./chunk-GJL3B6YX.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-FTEZJX46.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  flakeNixFiles,
  groupBranch,
  ownPullRequests,
  planGroupPullRequests,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  supersededComment,
  supersededWhy,
  testTiming,
  updatedElsewhereComment,
  wirePublish
};
