import * as core from '@actions/core';
import type { AnnotationProperties, Logger } from '../engine/ports.js';

/** The Logger port on GitHub Actions: log groups, annotations, masking. */
export const actionsLogger: Logger = {
  debug: (m) => core.debug(m),
  info: (m) => core.info(m),
  warning: (m, p?: AnnotationProperties) => core.warning(m, p ?? {}),
  error: (m, p?: AnnotationProperties) => core.error(m, p ?? {}),
  notice: (m, p?: AnnotationProperties) => core.notice(m, p ?? {}),
  group: (name, fn) => core.group(name, fn),
  setSecret: (s) => core.setSecret(s),
};
