import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

// Just enough ZIP for XLSX files: reading the entries of an uploaded workbook with a hard cap on how
// much they may unpack to (a 10 MB upload could otherwise be a "zip bomb" of gigabytes), and writing
// a workbook for export. No ZIP64, encryption or multi-disk archives: spreadsheets of our size need none.

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

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Reads the central directory; `read(name)` then unpacks one entry, at most `maxBytes` long. */
export function openZip(buf: Buffer, maxBytes: number) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0 || eocd + 22 > buf.length) throw new ZipError('is not a ZIP archive (XLSX)');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count > 2000) throw new ZipError('has too many parts for a spreadsheet', true);
  const entries = new Map<string, Entry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
      throw new ZipError('has a damaged directory');
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    entries.set(name, {
      name,
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      size: buf.readUInt32LE(at + 24),
      offset: buf.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  let budget = maxBytes;
  return (name: string): Buffer | undefined => {
    const e = entries.get(name);
    if (!e) return undefined;
    if (e.offset + 30 > buf.length || buf.readUInt32LE(e.offset) !== 0x04034b50) {
      throw new ZipError(`has a damaged part ${name}`);
    }
    const start = e.offset + 30 + buf.readUInt16LE(e.offset + 26) + buf.readUInt16LE(e.offset + 28);
    const data = buf.subarray(start, start + e.compressedSize);
    if (data.length !== e.compressedSize) throw new ZipError(`has a truncated part ${name}`);
    let out: Buffer;
    if (e.method === 0) out = Buffer.from(data);
    else if (e.method === 8) {
      try {
        // The declared size may lie; maxOutputLength is what actually stops a bomb.
        out = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
          throw new ZipError(`unpacks to more than ${Math.round(maxBytes / 2 ** 20)} MB`, true);
        }
        throw new ZipError(`has a damaged part ${name}`);
      }
    } else throw new ZipError(`uses an unsupported compression in ${name}`);
    budget -= out.length;
    if (budget < 0) throw new ZipError(`unpacks to more than ${Math.round(maxBytes / 2 ** 20)} MB`, true);
    return out;
  };
}

/** A ZIP archive of the given files, deflated. */
export function writeZip(files: { name: string; data: Buffer }[]): Buffer {
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
