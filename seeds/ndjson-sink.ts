import { closeSync, openSync, writeSync } from 'node:fs';
import { Rng } from './prng';

const FLUSH_AT = 1 << 20;

/** Appends lines to a file through a 1 MiB buffer with synchronous writes: fast, and memory stays flat. */
export class NdjsonSink {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  lines = 0;
  bytes = 0;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  writeLine(line: string): void {
    this.chunks.push(line, '\n');
    this.size += line.length + 1;
    this.lines++;
    if (this.size >= FLUSH_AT) this.flush();
  }

  write(value: unknown): void {
    this.writeLine(JSON.stringify(value));
  }

  private flush(): void {
    if (this.chunks.length === 0) return;
    const text = this.chunks.join('');
    this.bytes += Buffer.byteLength(text);
    writeSync(this.fd, text);
    this.chunks = [];
    this.size = 0;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}

/**
 * Writes lines in a locally shuffled order: each line waits in a window of `window` lines and a random one
 * leaves when a new one arrives. A household's records then no longer sit next to each other in the file
 * (as real extracts do not list customers by household), while memory stays bounded by the window.
 */
export class ShuffledSink {
  private readonly buffer: string[] = [];

  constructor(
    private readonly sink: NdjsonSink,
    private readonly rng: Rng,
    private readonly window: number,
  ) {}

  write(value: unknown): void {
    const line = JSON.stringify(value);
    if (this.window <= 1) {
      this.sink.writeLine(line);
      return;
    }
    if (this.buffer.length < this.window) {
      this.buffer.push(line);
      return;
    }
    const i = Math.floor(this.rng.next() * this.window);
    this.sink.writeLine(this.buffer[i] as string);
    this.buffer[i] = line;
  }

  close(): void {
    for (const line of this.rng.shuffle(this.buffer)) this.sink.writeLine(line);
    this.buffer.length = 0;
    this.sink.close();
  }
}
