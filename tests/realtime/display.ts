/**
 * A private X display for a real-time test. Chromium's idle state comes from the display's input
 * time, and the real-time test keeps the person active by moving the pointer every few seconds:
 * on the shared display that would wake the accelerated idle tests running alongside. So each
 * real-time test gets an Xvfb of its own, and only its pointer moves.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Display {
  /** `:N`, for `DISPLAY`. */
  name: string;
  /** Moves the pointer on this display (input: the person is active). */
  movePointer: () => Promise<void>;
  /** Moves the pointer every `everyMs` until the returned function is called. */
  keepActive: (everyMs: number) => () => void;
  close: () => Promise<void>;
}

/** Starts `Xvfb` on a free display number (it picks one and tells us through `-displayfd`). */
export async function startDisplay(): Promise<Display> {
  const xvfb: ChildProcess = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
    { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  xvfb.stderr?.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const name = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${stderr}`)), 10_000);
    xvfb.stdio[3]?.on('data', (chunk) => {
      out += String(chunk);
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  });
  const env = { ...process.env, DISPLAY: name };
  let step = 0;
  const movePointer = async () => {
    step += 1;
    await run('xdotool', ['mousemove', '--sync', String(200 + (step % 2) * 100), '300'], { env });
  };
  return {
    name,
    movePointer,
    keepActive: (everyMs) => {
      void movePointer().catch(() => undefined);
      const timer = setInterval(() => void movePointer().catch(() => undefined), everyMs);
      return () => clearInterval(timer);
    },
    close: async () => {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill('SIGTERM');
      await exited;
    },
  };
}
