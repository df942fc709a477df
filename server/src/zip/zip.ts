import { crc32, deflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';

// ZIP archives of uploads and exports (XLSX workbooks, zipped Shapefiles). Uploads are read with yauzl, a
// maintained reader that checks each entry's actual size against its declared one, under a hard cap on
// how much they may unpack to together (a 10 MB upload could otherwise be a "zip bomb" of gigabytes);
// exports are written with node's zlib.

export class ZipError extends Error {
  constructor(
    message: string,
    /** True when the archive is refused for its size (413), not for its form (400). */
    readonly tooLarge = false,
  ) {
    super(message);
    this.name = 'ZipError';
  }
}

const tooLarge = (maxBytes: number) =>
  new ZipError(`unpacks to more than ${Math.round(maxBytes / 2 ** 20)} MB`, true);

/** Parts of a spreadsheet or a Shapefile: a few dozen; thousands are not a file a person made. */
const maxEntries = 2000;

/**
 * Reads the central directory (yauzl); `read(name)` then unpacks one entry. Every entry's size is
 * bounded twice: what it declares is checked against what is left of `maxBytes` before unpacking, and
 * yauzl stops an entry that unpacks to more (or less) than it declared — a header that lies about its
 * size cannot make the reader allocate past the cap.
 */
export async function openZip(buf: Buffer, maxBytes: number, what = 'XLSX') {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(
      buf,
      { lazyEntries: true, validateEntrySizes: true, strictFileNames: false },
      (err, z) => (err || !z ? reject(new ZipError(`is not a ZIP archive (${what})`)) : resolve(z)),
    ),
  );
  if (zip.entryCount > maxEntries) throw new ZipError(`has too many parts for a ${what}`, true);
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', () => reject(new ZipError('has a damaged directory')));
    zip.readEntry();
  });
  let budget = maxBytes;
  const read = async (name: string): Promise<Buffer | undefined> => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
      throw new ZipError(`uses an unsupported compression in ${name}`);
    if (entry.uncompressedSize > budget) throw tooLarge(maxBytes);
    const chunks: Buffer[] = [];
    let length = 0;
    try {
      const stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) =>
        zip.openReadStream(entry, (err, s) => (err || !s ? reject(err) : resolve(s))),
      );
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        length += chunk.length;
        chunks.push(chunk);
      }
    } catch (err) {
      const message = (err as Error).message ?? '';
      if (/bytes in the stream/.test(message))
        throw new ZipError(`has a part ${name} that unpacks to another size than it declares`);
      throw new ZipError(`has a damaged part ${name}`);
    }
    budget -= length;
    return Buffer.concat(chunks, length);
  };
  /** The names of the entries, in the archive's order. */
  return Object.assign(read, { names: [...entries.keys()] });
}

/**
 * A ZIP archive of the given files, deflated by node's zlib (native: a large export is packed several
 * times faster than by a JavaScript deflate, and off the event loop's JavaScript), with no timestamps, so
 * the same export is the same bytes. ZIP's stored form is a few fixed headers around each deflated entry.
 */
export function writeZip(files: { name: string; data: Uint8Array }[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, 'utf8');
    const packed = deflateRawSync(f.data);
    const crc = crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01: no timestamps, so the same export is the same bytes
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(f.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(0x21, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packed.length, 20);
    dir.writeUInt32LE(f.data.length, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    central.push(dir, name);
    offset += local.length + name.length + packed.length;
  }
  const dirSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dirSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
