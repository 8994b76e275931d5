/*
 * Just enough protobuf to read Anki's package metadata, media map and notetype kind: varints,
 * length-delimited fields, skipping the rest. Anki's .proto files are the reference
 * (PackageMetadata, MediaEntries, Notetype.Config).
 */

export type ProtoValue = number | Uint8Array;
export interface ProtoField {
  no: number;
  value: ProtoValue;
}

function varint(bytes: Uint8Array, at: number): [number, number] {
  let result = 0;
  let scale = 1;
  let i = at;
  for (;;) {
    if (i >= bytes.length) throw new Error("truncated varint");
    const b = bytes[i++]!;
    result += (b & 0x7f) * scale;
    if ((b & 0x80) === 0) return [result, i];
    scale *= 128;
    if (scale > 2 ** 63) throw new Error("varint too long");
  }
}

/** The top-level fields of one message, in order. Throws on malformed input. */
export function readFields(bytes: Uint8Array): ProtoField[] {
  const out: ProtoField[] = [];
  let i = 0;
  while (i < bytes.length) {
    const [key, next] = varint(bytes, i);
    i = next;
    const no = Math.floor(key / 8);
    const wire = key % 8;
    if (wire === 0) {
      const [v, n] = varint(bytes, i);
      out.push({ no, value: v });
      i = n;
    } else if (wire === 2) {
      const [len, n] = varint(bytes, i);
      if (n + len > bytes.length) throw new Error("truncated field");
      out.push({ no, value: bytes.subarray(n, n + len) });
      i = n + len;
    } else if (wire === 1) i += 8;
    else if (wire === 5) i += 4;
    else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

export function firstNumber(fields: ProtoField[], no: number): number | undefined {
  const f = fields.find((x) => x.no === no && typeof x.value === "number");
  return typeof f?.value === "number" ? f.value : undefined;
}

export function firstString(fields: ProtoField[], no: number): string | undefined {
  const f = fields.find((x) => x.no === no && typeof x.value !== "number");
  return f && typeof f.value !== "number" ? new TextDecoder().decode(f.value) : undefined;
}
