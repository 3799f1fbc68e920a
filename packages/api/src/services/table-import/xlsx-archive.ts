import { Inflate, type Zippable, zipSync } from 'fflate';
import { BadRequestError } from '../../errors';

/**
 * A table (an attendance list, a directory) unpacks to a few hundred kilobytes. A ZIP can declare (and deflate can
 * reach) a thousand times its size, so a 1 MB upload could unpack to a gigabyte: past these
 * limits the file is refused before anything is inflated.
 */
export const XLSX_LIMITS = { entries: 200, unpackedBytes: 20 * 1024 * 1024 };

/** One file of the archive as its central directory declares it. */
interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
/** Input fed to the inflater at a time: at deflate's best ratio, about 1 MB out per push. */
const INFLATE_STEP = 1024;

const unreadable = () => new BadRequestError('importUnreadableFile', 'content');
const tooLarge = () =>
  new BadRequestError('xlsxTooLarge', 'content', XLSX_LIMITS.unpackedBytes / 1024 / 1024);

/** Reads the central directory (at the end of the file) and checks what it declares. */
function readCentralDirectory(zip: Buffer): ZipEntry[] {
  let end = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) throw unreadable();
  const count = zip.readUInt16LE(end + 10);
  // 0xffff entries or offsets mean ZIP64, which no attendance list needs.
  if (count > XLSX_LIMITS.entries) throw tooLarge();
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  let unpacked = 0;
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== DIRECTORY_ENTRY) throw unreadable();
    const nameLength = zip.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      localHeaderOffset: zip.readUInt32LE(at + 42),
    };
    if (zip.readUInt16LE(at + 8) & 1) throw unreadable(); // encrypted
    unpacked += entry.size;
    if (unpacked > XLSX_LIMITS.unpackedBytes) throw tooLarge();
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** The entry's content, never more than its declared size: a lying header stops the inflater. */
function unpack(zip: Buffer, entry: ZipEntry): Buffer {
  const header = entry.localHeaderOffset;
  if (zip.readUInt32LE(header) !== LOCAL_HEADER) throw unreadable();
  const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
  if (start + entry.compressedSize > zip.length) throw unreadable();
  const data = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (data.length > entry.size) throw tooLarge();
    return data;
  }
  if (entry.method !== DEFLATED) throw unreadable();
  const chunks: Uint8Array[] = [];
  let unpacked = 0;
  const inflater = new Inflate((chunk) => {
    unpacked += chunk.length;
    if (unpacked > entry.size) throw tooLarge();
    chunks.push(chunk);
  });
  for (let at = 0; at < data.length; at += INFLATE_STEP) {
    inflater.push(data.subarray(at, at + INFLATE_STEP), at + INFLATE_STEP >= data.length);
  }
  return Buffer.concat(chunks);
}

/** The workbook's first sheet, by its order in workbook.xml and the relationship it names. */
function firstSheetPath(workbook: string, relationships: string): string | undefined {
  const id = /<(?:\w+:)?sheet\b[^>]*?\s\w+:id="([^"]+)"/.exec(workbook)?.[1];
  for (const [, attributes = ''] of relationships.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    if (/\bId="([^"]+)"/.exec(attributes)?.[1] !== id) continue;
    const target = /\bTarget="([^"]+)"/.exec(attributes)?.[1];
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  return undefined;
}

const EMPTY_SHARED_STRINGS =
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>';

/**
 * The parts of an XLSX file that exceljs's streaming reader needs to read the first sheet, checked
 * against `XLSX_LIMITS` and re-packed (uncompressed) in the order it reads them: shared strings
 * before the sheet, so the sheet streams and reading can stop at the row cap.
 */
export function streamableWorkbook(content: Buffer): Buffer {
  let entries: Map<string, ZipEntry>;
  try {
    entries = new Map(readCentralDirectory(content).map((entry) => [entry.name, entry]));
  } catch (error) {
    if (error instanceof BadRequestError) throw error;
    throw unreadable(); // a directory that points outside the file
  }
  const part = (name: string) => {
    const entry = entries.get(name);
    if (!entry) return undefined;
    try {
      return unpack(content, entry);
    } catch (error) {
      if (error instanceof BadRequestError) throw error;
      throw unreadable(); // corrupt deflate data or offsets outside the file
    }
  };
  const workbook = part('xl/workbook.xml');
  const relationships = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !relationships) throw unreadable();
  const sheetPath = firstSheetPath(workbook.toString('utf8'), relationships.toString('utf8'));
  const sheet = sheetPath ? part(sheetPath) : undefined;
  if (!sheet) throw unreadable();
  const styles = part('xl/styles.xml');
  const parts: Zippable = {
    'xl/_rels/workbook.xml.rels': relationships,
    'xl/workbook.xml': workbook,
    ...(styles ? { 'xl/styles.xml': styles } : {}),
    'xl/sharedStrings.xml': part('xl/sharedStrings.xml') ?? Buffer.from(EMPTY_SHARED_STRINGS),
    'xl/worksheets/sheet1.xml': sheet,
  };
  return Buffer.from(zipSync(parts, { level: 0 }));
}
