import { createInterface } from 'node:readline';

/**
 * The password for the user CLI: TAVAZON_PASSWORD for scripts, else typed at the terminal without echo
 * (twice, to catch a typo), else the first line of standard input (piped).
 */
export async function readPassword(env: NodeJS.ProcessEnv): Promise<string> {
  if (env.TAVAZON_PASSWORD) return env.TAVAZON_PASSWORD;
  if (!process.stdin.isTTY) {
    const rl = createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new Error('no password on standard input');
  }
  const first = await typeHidden('Password: ');
  const second = await typeHidden('Repeat it: ');
  if (first !== second) throw new Error('the two passwords differ');
  return first;
}

function typeHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const done = (err?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(typed);
    };
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(new Error('cancelled'));
        if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on('data', onData);
  });
}
