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
} from "./chunk-SQSXD33Z.js";
import "./chunk-EQITHXKP.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-VJLEUARA.js";
import "./chunk-QQERTKHH.js";
import "./chunk-GXW3FERZ.js";
import "./chunk-63CPMTXH.js";
import "./chunk-5B3WRTDH.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-IDKHNEBE.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-ELKPDDDQ.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-TTFCFZ4G.js";
import "./chunk-YCZEATSK.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-AFL4INF5.js";
import "./chunk-QR34APMT.js";
import "./chunk-T54OW3UP.js";
import "./chunk-LOBXAA3U.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-OTUWSOVN.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-52LYCAOF.js";
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
