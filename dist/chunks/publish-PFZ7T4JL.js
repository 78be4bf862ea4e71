import {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  wirePublish
} from "./chunk-5YJ4JXQR.js";
import "./chunk-XK5LOGAY.js";
import "./chunk-WGFYKTD6.js";
import "./chunk-6N6TCNZE.js";
import "./chunk-QQERTKHH.js";
import "./chunk-OQ6QX2KE.js";
import "./chunk-4S7IP54V.js";
import "./chunk-63CPMTXH.js";
import "./chunk-NL6DXGGY.js";
import "./chunk-VC3ZV3GN.js";
import "./chunk-QDD6O4BT.js";
import "./chunk-MDGUUJEU.js";
import "./chunk-HOZ3T3AG.js";
import "./chunk-IWXDM47V.js";
import "./chunk-GYRCVODP.js";
import "./chunk-5GZB3ASF.js";
import "./chunk-H56A37KT.js";
import "./chunk-7HIKED5Z.js";
import "./chunk-CARTIHEC.js";
import "./chunk-6FGB7YHV.js";
import "./chunk-6WGRO25Q.js";
import "./chunk-YLVDSGH3.js";
export {
  TEST_TIME_UNIT_ENV,
  commitListTargets,
  commitLists,
  planPullRequests,
  publish,
  pullRequestBody,
  severalFlakes,
  testTiming,
  wirePublish
};
