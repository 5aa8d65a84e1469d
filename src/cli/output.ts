import { once } from 'node:events';

/** Writes to a stream and waits when its buffer is full, so output never piles up in memory. */
export async function writeOut(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * JSON output of a stream of documents: a single object when the input can only be one document,
 * otherwise a JSON array written element by element (never built in memory), or JSON Lines.
 */
export class DocumentWriter {
  private count = 0;
  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly mode: 'object' | 'array' | 'lines',
  ) {}

  async write(value: unknown): Promise<void> {
    let chunk: string;
    if (this.mode === 'lines') chunk = JSON.stringify(value) + '\n';
    else if (this.mode === 'object') chunk = JSON.stringify(value, null, 2) + '\n';
    else chunk = (this.count === 0 ? '[\n' : ',\n') + JSON.stringify(value);
    this.count++;
    await writeOut(this.stream, chunk);
  }

  async end(): Promise<void> {
    if (this.mode === 'array') await writeOut(this.stream, this.count === 0 ? '[]\n' : '\n]\n');
  }
}
