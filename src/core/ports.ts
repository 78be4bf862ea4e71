/**
 * Effects reach the engine only through these ports. The action wires them to @actions/core, the CLI to the
 * terminal; tests pass real or local implementations. The engine never imports @actions/core.
 */

export type Severity = 'error' | 'warning' | 'notice';

export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string, props?: AnnotationProperties): void;
  error(message: string, props?: AnnotationProperties): void;
  notice(message: string, props?: AnnotationProperties): void;
  /** Runs `fn` inside a collapsible group (a log group on GitHub, a heading in the terminal). */
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret so it is masked in every later log line. */
  setSecret(secret: string): void;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A logger that records everything: for tests and for collecting output before rendering. */
export class MemoryLogger implements Logger {
  readonly lines: { level: string; message: string; props?: AnnotationProperties }[] = [];
  readonly secrets = new Set<string>();
  debug(message: string): void {
    this.lines.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.lines.push({ level: 'info', message });
  }
  warning(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'warning', message, props });
  }
  error(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'error', message, props });
  }
  notice(message: string, props?: AnnotationProperties): void {
    this.lines.push({ level: 'notice', message, props });
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.lines.push({ level: 'group', message: name });
    return fn();
  }
  setSecret(secret: string): void {
    this.secrets.add(secret);
  }
}
