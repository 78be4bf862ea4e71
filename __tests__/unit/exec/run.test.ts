import { describe, expect, test } from '@jest/globals';
import { ExecError, NixError } from '../../../src/core/errors.js';
import { redact, runProcess } from '../../../src/exec/process.js';

const node = process.execPath;

describe('runProcess', () => {
  test('captures stdout and stderr, passes argv untouched (no shell)', async () => {
    const r = await runProcess(node, [
      '-e',
      'process.stdout.write(process.argv[1]); console.error("e")',
      '$(id); `x` *',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('$(id); `x` *');
    expect(r.stderr).toBe('e\n');
  });

  test('non-zero exit throws a typed error with code and stderr tail', async () => {
    const p = runProcess(node, ['-e', 'console.error("boom"); process.exit(3)'], { errorClass: NixError });
    await expect(p).rejects.toBeInstanceOf(NixError);
    await expect(p).rejects.toMatchObject({ code: 3, stderr: 'boom\n' });
  });

  test('check: false returns the failure', async () => {
    const r = await runProcess(node, ['-e', 'process.exit(4)'], { check: false });
    expect(r.code).toBe(4);
  });

  test('a missing program is an ExecError saying so', async () => {
    await expect(runProcess('definitely-not-a-program-xyz', [])).rejects.toThrow(/command not found/);
  });

  test('stdin, cwd and env reach the child', async () => {
    const r = await runProcess(
      node,
      ['-e', 'let d="";process.stdin.on("data",c=>d+=c).on("end",()=>console.log(d, process.cwd(), process.env.FOO))'],
      {
        input: 'hello',
        cwd: '/tmp',
        env: { ...process.env, FOO: 'bar' },
      },
    );
    expect(r.stdout.trim()).toBe('hello /tmp bar');
  });

  test('timeout kills the child', async () => {
    await expect(runProcess(node, ['-e', 'setTimeout(()=>{}, 10000)'], { timeoutMs: 200 })).rejects.toThrow(
      /timed out/,
    );
  });

  test('maxOutputBytes: output within the bound is kept whole; beyond it the child is stopped and the run fails', async () => {
    // 64 KiB in chunks, then a child that would write forever
    const within = await runProcess(node, ['-e', 'process.stdout.write("x".repeat(65536))'], { maxOutputBytes: 65536 });
    expect(within.stdout).toHaveLength(65536);
    const forever = 'const b = "y".repeat(65536); const w = () => process.stdout.write(b, w); w()';
    const started = Date.now();
    const p = runProcess(node, ['-e', forever], { maxOutputBytes: 1 << 20, check: false, timeoutMs: 60_000 });
    await expect(p).rejects.toBeInstanceOf(ExecError);
    await expect(p).rejects.toThrow(/wrote more than 1048576 bytes to stdout/);
    expect(Date.now() - started).toBeLessThan(30_000);
    const noisy = 'const b = "z".repeat(65536); const w = () => process.stderr.write(b, w); w()';
    await expect(runProcess(node, ['-e', noisy], { maxOutputBytes: 1 << 20 })).rejects.toThrow(
      /wrote more than 1048576 bytes to stderr/,
    );
  });

  test('secrets are redacted from output, argv and errors', async () => {
    const secret = 'ghp_supersecret123';
    const r = await runProcess(node, ['-e', `console.log(${JSON.stringify(secret)})`], { secrets: [secret] });
    expect(r.stdout).toBe('***\n');
    const p = runProcess(node, ['-e', 'console.error(process.argv[1]); process.exit(1)', secret], {
      secrets: [secret],
    });
    await expect(p).rejects.toBeInstanceOf(ExecError);
    const e = (await p.catch((x: unknown) => x)) as ExecError;
    expect(JSON.stringify({ m: e.message, a: e.argv, s: e.stderr })).not.toContain(secret);
  });

  test('redact', () => expect(redact('a tok b tok', ['tok', ''])).toBe('a *** b ***'));
});
