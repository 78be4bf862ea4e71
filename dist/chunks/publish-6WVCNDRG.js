import {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  flakeNixFiles,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  wirePublish
} from "./chunk-VCG3K5ND.js";
import "./chunk-E7PKQJUY.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-YBBAPRGC.js";
import "./chunk-QQERTKHH.js";
import "./chunk-YTIGO47S.js";
import "./chunk-27CG5CUI.js";
import "./chunk-63CPMTXH.js";
import "./chunk-NL6DXGGY.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-Z7SOK7HU.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-GYRCVODP.js";
import "./chunk-GCMNXKNT.js";
import "./chunk-FSOVZGCB.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-H56A37KT.js";
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
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  wirePublish
};
