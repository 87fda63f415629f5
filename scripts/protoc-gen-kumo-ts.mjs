#!/usr/bin/env node
// protoc-gen-kumo-ts: the protoc/buf plugin behind pkg/gen (see buf.gen.yaml).
//
// It reads a CodeGeneratorRequest on stdin and answers with a
// CodeGeneratorResponse on stdout, as every protoc plugin does. The types it
// writes are those of @grpc/proto-loader's proto-loader-gen-types, the
// generator the rest of the code was written against: that tool only reads
// .proto text, so the plugin prints each requested file back as .proto from
// its descriptor (messages, fields, maps, oneofs, proto3 optional, enums,
// services, streaming, reserved ranges, extensions, the options the
// generator reads, and every comment from source_code_info at the place it
// was written), runs proto-loader-gen-types on those files with the options
// buf.gen.yaml passes, and returns what it wrote. Well-known google/protobuf
// files that protobufjs bundles are not printed, so they resolve to the
// bundled definitions exactly as they do when the generator reads proto/.
//
// Options (buf.gen.yaml `opt`, or protoc's --kumo-ts_opt), comma-separated:
//   NAME or NAME=VALUE   passed to proto-loader-gen-types as --NAME[=VALUE]
//                        (longs, enums, defaults, oneofs, keepCase, grpcLib,
//                        targetFileExtension, importFileExtension,
//                        includeComments, ...)
//   barrel=FILE          also write FILE: `export type` lines for every
//                        message and enum of the barrel_package packages
//   barrel_package=PKG   a package for the barrel (repeatable, in order)
//   source_root=DIR      the module's directory, for the "Original file:"
//                        header of each generated file (DIR/a/b.proto);
//                        without it the header names the file as imported
//                        (a/b.proto). Never an absolute path, so the output
//                        is the same in every checkout.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const protobuf = require('protobufjs');
const descriptor = require('protobufjs/ext/descriptor');
const loaderUtil = require('@grpc/proto-loader/build/src/util');
const genTypesBin = require.resolve('@grpc/proto-loader/build/bin/proto-loader-gen-types.js');

// --- plugin.proto (google/protobuf/compiler/plugin.proto), the parts used ---

const compiler = new protobuf.Namespace('compiler');
descriptor.add(compiler);
compiler.add(
  new protobuf.Type('CodeGeneratorRequest')
    .add(new protobuf.Field('file_to_generate', 1, 'string', 'repeated'))
    .add(new protobuf.Field('parameter', 2, 'string'))
    .add(new protobuf.Field('proto_file', 15, 'google.protobuf.FileDescriptorProto', 'repeated')),
);
compiler.add(
  new protobuf.Type('CodeGeneratorResponse')
    .add(new protobuf.Field('error', 1, 'string'))
    .add(new protobuf.Field('supported_features', 2, 'uint64'))
    .add(new protobuf.Field('file', 15, 'File', 'repeated'))
    .add(
      new protobuf.Type('File')
        .add(new protobuf.Field('name', 1, 'string'))
        .add(new protobuf.Field('insertion_point', 2, 'string'))
        .add(new protobuf.Field('content', 15, 'string')),
    ),
);
descriptor.root.resolveAll();
const Request = descriptor.root.lookupType('google.protobuf.compiler.CodeGeneratorRequest');
const Response = descriptor.root.lookupType('google.protobuf.compiler.CodeGeneratorResponse');
const FEATURE_PROTO3_OPTIONAL = 1;

// --- descriptor -> .proto text ---

const SCALARS = {
  1: 'double', 2: 'float', 3: 'int64', 4: 'uint64', 5: 'int32', 6: 'fixed64', 7: 'fixed32', 8: 'bool',
  9: 'string', 12: 'bytes', 13: 'uint32', 15: 'sfixed32', 16: 'sfixed64', 17: 'sint32', 18: 'sint64',
};
const TYPE_GROUP = 10;
const TYPE_MESSAGE = 11;
const TYPE_ENUM = 14;
const LABEL_OPTIONAL = 1;
const LABEL_REQUIRED = 2;
const LABEL_REPEATED = 3;
const MAX_FIELD_NUMBER = 536870911;

class Unsupported extends Error {}

/** Source locations by path ("4,0,2,1"), from source_code_info. */
function locationsOf(file) {
  const map = new Map();
  for (const loc of file.sourceCodeInfo?.location ?? []) map.set((loc.path ?? []).join(','), loc);
  return map;
}

function commentLines(text) {
  return text.replace(/\n$/, '').split('\n').map((l) => `//${l}`);
}

/** Prints proto text with comments taken from the declaration's location. */
class Printer {
  constructor(locations) {
    this.locations = locations;
    this.lines = [];
    this.depth = 0;
  }

  line(text) {
    this.lines.push(text === '' ? '' : '  '.repeat(this.depth) + text);
  }

  /**
   * One declaration. `head` ends in ';' for a single-line declaration or in
   * '{' for a block (then `body` prints the inside and the closing brace
   * follows). Leading comments go on the lines right above it, detached ones
   * above those with a blank line between, a trailing comment after it on
   * the same line (or, over several lines, on the lines below).
   */
  decl(path, head, body) {
    const loc = this.locations.get(path.join(','));
    for (const detached of loc?.leadingDetachedComments ?? []) {
      for (const l of commentLines(detached)) this.line(l);
      this.line('');
    }
    if (loc?.leadingComments) for (const l of commentLines(loc.leadingComments)) this.line(l);
    const trailing = loc?.trailingComments ? commentLines(loc.trailingComments) : [];
    if (trailing.length === 1) this.line(`${head} ${trailing[0]}`);
    else this.line(head);
    if (body) {
      this.depth++;
      if (trailing.length > 1) {
        for (const l of trailing) this.line(l);
        this.line('');
      }
      body();
      this.depth--;
      this.line('}');
    } else if (trailing.length > 1) {
      for (const l of trailing) this.line(l);
      this.line('');
    }
  }
}

/** Start of a declaration in the source, for printing in the written order. */
function spanKey(locations, path) {
  const span = locations.get(path.join(','))?.span;
  return span ? [span[0], span[1]] : [Number.MAX_SAFE_INTEGER, 0];
}

function sortBySource(items) {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.key[0] - b.item.key[0] || a.item.key[1] - b.item.key[1] || a.index - b.index)
    .map((x) => x.item);
}

function quote(s) {
  return JSON.stringify(s);
}

function optionList(entries) {
  return entries.length ? ` [${entries.join(', ')}]` : '';
}

function fieldOptions(field, syntax) {
  const opts = [];
  if (syntax === 'proto2' && field.defaultValue !== undefined) {
    // string defaults arrive unescaped, bytes defaults C-escaped; enums as a value name.
    if (field.type === 9) opts.push(`default = ${quote(field.defaultValue)}`);
    else if (field.type === 12) opts.push(`default = "${field.defaultValue}"`);
    else opts.push(`default = ${field.defaultValue}`);
  }
  if (field.options?.packed !== undefined) opts.push(`packed = ${field.options.packed}`);
  if (field.options?.deprecated) opts.push('deprecated = true');
  return optionList(opts);
}

function scalarOrRef(field) {
  if (field.type === TYPE_GROUP) throw new Unsupported(`group field ${field.name}`);
  if (field.type === TYPE_MESSAGE || field.type === TYPE_ENUM) return field.typeName;
  const s = SCALARS[field.type];
  if (!s) throw new Unsupported(`field ${field.name} of type ${field.type}`);
  return s;
}

function printField(p, path, field, syntax, mapEntries, inOneof = false) {
  const entry = field.type === TYPE_MESSAGE && field.label === LABEL_REPEATED ? mapEntries.get(field.typeName) : undefined;
  let text;
  if (entry) {
    const key = entry.field.find((f) => f.number === 1);
    const value = entry.field.find((f) => f.number === 2);
    text = `map<${scalarOrRef(key)}, ${scalarOrRef(value)}> ${field.name} = ${field.number}`;
  } else {
    let label = '';
    if (field.label === LABEL_REPEATED) label = 'repeated ';
    else if (field.label === LABEL_REQUIRED) label = 'required ';
    else if (field.proto3Optional || (syntax === 'proto2' && !inOneof && (field.label ?? LABEL_OPTIONAL) === LABEL_OPTIONAL)) label = 'optional ';
    text = `${label}${scalarOrRef(field)} ${field.name} = ${field.number}`;
  }
  p.decl(path, `${text}${fieldOptions(field, syntax)};`);
}

function rangeText(start, endInclusive) {
  if (start === endInclusive) return String(start);
  return `${start} to ${endInclusive >= MAX_FIELD_NUMBER ? 'max' : endInclusive}`;
}

/** Extension fields grouped into `extend` blocks by extendee, in source order. */
function extendBlocks(locations, basePath, extensions, syntax) {
  const blocks = [];
  const byExtendee = new Map();
  (extensions ?? []).forEach((field, i) => {
    const path = [...basePath, i];
    let block = byExtendee.get(field.extendee);
    if (!block) {
      block = { key: spanKey(locations, path), fields: [] };
      byExtendee.set(field.extendee, block);
      blocks.push({
        key: block.key,
        print: (p) => {
          p.line(`extend ${field.extendee} {`);
          p.depth++;
          for (const f of block.fields) printField(p, f.path, f.field, syntax, new Map());
          p.depth--;
          p.line('}');
        },
      });
    }
    block.fields.push({ path, field });
  });
  return blocks;
}

function printEnum(p, path, en) {
  p.decl(path, `enum ${en.name} {`, () => {
    if (en.options?.allowAlias) p.line('option allow_alias = true;');
    if (en.options?.deprecated) p.line('option deprecated = true;');
    const reserved = [
      ...(en.reservedRange ?? []).map((r) => rangeText(r.start, r.end)),
      ...(en.reservedName ?? []).map(quote),
    ];
    if (reserved.length) p.line(`reserved ${reserved.join(', ')};`);
    (en.value ?? []).forEach((v, i) => {
      p.decl([...path, 2, i], `${v.name} = ${v.number}${optionList(v.options?.deprecated ? ['deprecated = true'] : [])};`);
    });
  });
}

function printMessage(p, path, msg, prefix, syntax, mapEntries) {
  const loc = p.locations;
  const fullName = `${prefix}.${msg.name}`;
  for (const nested of msg.nestedType ?? []) {
    if (nested.options?.mapEntry) mapEntries.set(`${fullName}.${nested.name}`, nested);
  }
  p.decl(path, `message ${msg.name} {`, () => {
    if (msg.options?.deprecated) p.line('option deprecated = true;');
    const reserved = [
      ...(msg.reservedRange ?? []).map((r) => rangeText(r.start, r.end - 1)),
      ...(msg.reservedName ?? []).map(quote),
    ];
    if (reserved.length) p.line(`reserved ${reserved.join(', ')};`);
    for (const r of msg.extensionRange ?? []) p.line(`extensions ${rangeText(r.start, r.end - 1)};`);

    const items = [];
    const oneofs = msg.oneofDecl ?? [];
    // A oneof is synthetic (not printed) when it only holds a proto3 optional field.
    const realOneof = oneofs.map((_, k) => (msg.field ?? []).some((f) => f.oneofIndex === k && !f.proto3Optional));
    const oneofFields = oneofs.map(() => []);
    (msg.field ?? []).forEach((field, i) => {
      const fpath = [...path, 2, i];
      if (field.oneofIndex !== undefined && field.oneofIndex !== null && realOneof[field.oneofIndex]) {
        oneofFields[field.oneofIndex].push({ fpath, field });
        return;
      }
      items.push({ key: spanKey(loc, fpath), print: () => printField(p, fpath, field, syntax, mapEntries) });
    });
    oneofs.forEach((oneof, k) => {
      if (!realOneof[k]) return;
      const opath = [...path, 8, k];
      const first = oneofFields[k][0];
      const key = loc.has(opath.join(',')) ? spanKey(loc, opath) : spanKey(loc, first.fpath);
      items.push({
        key,
        print: () =>
          p.decl(opath, `oneof ${oneof.name} {`, () => {
            for (const { fpath, field } of oneofFields[k]) printField(p, fpath, field, syntax, mapEntries, true);
          }),
      });
    });
    (msg.nestedType ?? []).forEach((nested, i) => {
      if (nested.options?.mapEntry) return;
      const npath = [...path, 3, i];
      items.push({ key: spanKey(loc, npath), print: () => printMessage(p, npath, nested, fullName, syntax, mapEntries) });
    });
    (msg.enumType ?? []).forEach((en, i) => {
      const epath = [...path, 4, i];
      items.push({ key: spanKey(loc, epath), print: () => printEnum(p, epath, en) });
    });
    for (const block of extendBlocks(loc, [...path, 6], msg.extension, syntax)) items.push({ key: block.key, print: () => block.print(p) });
    for (const item of sortBySource(items)) item.print();
  });
}

function printService(p, path, svc) {
  p.decl(path, `service ${svc.name} {`, () => {
    if (svc.options?.deprecated) p.line('option deprecated = true;');
    (svc.method ?? []).forEach((m, i) => {
      const sig = `rpc ${m.name}(${m.clientStreaming ? 'stream ' : ''}${m.inputType}) returns (${m.serverStreaming ? 'stream ' : ''}${m.outputType})`;
      if (m.options?.deprecated) {
        p.decl([...path, 2, i], `${sig} {`, () => p.line('option deprecated = true;'));
      } else {
        p.decl([...path, 2, i], `${sig};`);
      }
    });
  });
}

/** The .proto text of one FileDescriptorProto. */
export function printProtoFile(file) {
  const syntax = file.syntax || 'proto2';
  if (syntax !== 'proto2' && syntax !== 'proto3') throw new Unsupported(`${file.name}: syntax "${syntax}"`);
  const locations = locationsOf(file);
  const p = new Printer(locations);
  p.line(`syntax = "${syntax}";`);
  p.line('');
  if (file.package) {
    p.line(`package ${file.package};`);
    p.line('');
  }
  const publicDeps = new Set(file.publicDependency ?? []);
  const weakDeps = new Set(file.weakDependency ?? []);
  (file.dependency ?? []).forEach((dep, i) => {
    p.line(`import ${publicDeps.has(i) ? 'public ' : weakDeps.has(i) ? 'weak ' : ''}${quote(dep)};`);
  });
  if (file.dependency?.length) p.line('');

  const prefix = file.package ? `.${file.package}` : '';
  const mapEntries = new Map();
  const items = [];
  (file.messageType ?? []).forEach((msg, i) => items.push({ key: spanKey(locations, [4, i]), print: () => printMessage(p, [4, i], msg, prefix, syntax, mapEntries) }));
  (file.enumType ?? []).forEach((en, i) => items.push({ key: spanKey(locations, [5, i]), print: () => printEnum(p, [5, i], en) }));
  (file.service ?? []).forEach((svc, i) => items.push({ key: spanKey(locations, [6, i]), print: () => printService(p, [6, i], svc) }));
  for (const block of extendBlocks(locations, [7], file.extension, syntax)) items.push({ key: block.key, print: () => block.print(p) });
  for (const item of sortBySource(items)) {
    item.print();
    p.line('');
  }
  return p.lines.join('\n').replace(/\n+$/, '\n');
}

// --- the plugin ---

function parseParameter(parameter) {
  const flags = [];
  let barrel;
  let sourceRoot = '';
  const barrelPackages = [];
  for (const part of (parameter ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    const key = eq < 0 ? part : part.slice(0, eq);
    const value = eq < 0 ? undefined : part.slice(eq + 1);
    if (key === 'barrel') barrel = value;
    else if (key === 'barrel_package') barrelPackages.push(value);
    else if (key === 'source_root') sourceRoot = value ? `${value.replace(/\/+$/, '')}/` : '';
    else if (['I', 'includeDirs', 'O', 'outDir'].includes(key)) throw new Unsupported(`option ${key}: the plugin sets the include and output directories`);
    else flags.push(value === undefined ? `--${key}` : `--${key}=${value}`);
  }
  return { flags, barrel, barrelPackages, sourceRoot };
}

function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split('\\').join('/')];
  });
}

/** `export type` lines for every message and enum of the given packages. */
function barrelFile(files, packages, ext) {
  const lines = ['// Generated by scripts/gen.mjs: every Kumo message and enum type. Do not edit.'];
  for (const pkg of packages) {
    const dir = pkg.replace(/\./g, '/');
    const names = [...files.keys()]
      .filter((f) => f.startsWith(`${dir}/`) && !f.slice(dir.length + 1).includes('/') && f.endsWith(ext))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const file of names) {
      const name = file.slice(dir.length + 1, -ext.length);
      if (!new RegExp(`export (interface|type) ${name}__Output\\b`).test(files.get(file))) continue;
      lines.push(`export type { ${name}, ${name}__Output } from './${dir}/${name}.js';`);
    }
  }
  return lines.join('\n') + '\n';
}

function generate(request) {
  const { flags, barrel, barrelPackages, sourceRoot } = parseParameter(request.parameter);
  loaderUtil.addCommonProtos();
  const work = mkdtempSync(join(tmpdir(), 'protoc-gen-kumo-ts-'));
  try {
    const src = join(work, 'proto');
    const out = join(work, 'out');
    mkdirSync(src);
    for (const file of request.proto_file ?? []) {
      // Bundled by protobufjs/proto-loader: leave it to the bundled copy,
      // as when the generator reads the source tree.
      if (file.name in protobuf.common) continue;
      const path = join(src, file.name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, printProtoFile(file));
    }
    const inputs = [...(request.file_to_generate ?? [])].sort();
    execFileSync(process.execPath, [genTypesBin, ...flags, '-I', src, '-O', out, ...inputs], {
      cwd: src,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // The generator names each type's .proto by the path it read it from:
    // the temporary copy, which is replaced by its place in the source tree.
    const files = new Map(
      listFiles(out)
        .sort()
        .map((name) => [name, readFileSync(join(out, name), 'utf8').split(`${src}/`).join(sourceRoot)]),
    );
    for (const [name, content] of files) {
      if (content.includes(work)) throw new Error(`${name} still names the temporary directory ${work}`);
    }
    if (barrel) {
      const ext = flags.find((f) => f.startsWith('--targetFileExtension='))?.split('=')[1] ?? '.ts';
      files.set(barrel, barrelFile(files, barrelPackages, ext));
    }
    return [...files].map(([name, content]) => ({ name, content }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const input = readFileSync(0);
  const request = Request.toObject(Request.decode(input), { longs: Number, enums: Number, defaults: false, arrays: true });
  let response;
  try {
    response = { supported_features: FEATURE_PROTO3_OPTIONAL, file: generate(request) };
  } catch (err) {
    if (!(err instanceof Unsupported)) throw err;
    response = { error: `protoc-gen-kumo-ts: not supported: ${err.message}` };
  }
  process.stdout.write(Response.encode(Response.fromObject(response)).finish());
}

// Run as a plugin; imported (by a test), only export printProtoFile.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) main();
