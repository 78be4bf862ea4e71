/**
 * The CLI's writers to stdout and stderr when the reader goes away early (`flake-steward lint | head`): the pipe's
 * EPIPE is not an error of ours to report (Node's default is an "Unhandled 'error' event" with a stack trace). The
 * writer stops writing and the command runs to its end, so a command that changes files finishes (or restores
 * them) as it would have, and the exit code is still the command's.
 */
import type { Writable } from 'node:stream';

/** A writer to `stream` that goes quiet after the reader closed the pipe; other stream errors are raised as before. */
export function pipeWriter(stream: Writable): (text: string) => void {
  let closed = false;
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      closed = true;
      return;
    }
    throw e;
  });
  return (text) => {
    if (!closed) stream.write(text);
  };
}
