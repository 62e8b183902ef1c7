// Load progress on stderr: a cli-progress bar with rate and ETA on a terminal, plain lines (at most one
// every few seconds) when stderr is not a TTY or CI is set.
import cliProgress from 'cli-progress';

export interface Progress {
  /** papers processed so far (loaded + rejected) */
  update(done: number): void;
  stop(): void;
}

export interface ProgressOptions {
  total: number | null;
  label: string;
  stream?: NodeJS.WriteStream;
  /** force plain lines (tests, CI) */
  plain?: boolean;
  quiet?: boolean;
}

export function createProgress(options: ProgressOptions): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet) return { update() {}, stop() {} };
  const plain = options.plain ?? (!stream.isTTY || Boolean(process.env.CI));
  return plain ? plainProgress(options, stream) : barProgress(options, stream);
}

function barProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  const total = options.total ?? 0;
  const format = total
    ? `${options.label} {bar} {percentage}% | {value}/{total} papers | {rate} papers/s | ETA {eta_formatted}`
    : `${options.label} {value} papers | {rate} papers/s`;
  const bar = new cliProgress.SingleBar({ format, stream, hideCursor: true, etaBuffer: 50 }, cliProgress.Presets.shades_classic);
  bar.start(total, 0, { rate: '0' });
  return {
    update(done) {
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? Math.round(done / seconds).toString() : '0' });
    },
    stop() {
      bar.stop();
    },
  };
}

function plainProgress(options: ProgressOptions, stream: NodeJS.WriteStream): Progress {
  const started = Date.now();
  let lastPrinted = 0;
  let last = 0;
  const print = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const of = options.total ? `/${options.total}` : '';
    stream.write(`${options.label} ${done}${of} papers, ${rate} papers/s\n`);
  };
  return {
    update(done) {
      last = done;
      if (Date.now() - lastPrinted >= 5000) {
        lastPrinted = Date.now();
        print(done);
      }
    },
    stop() {
      if (last > 0) print(last);
    },
  };
}
