// Table tests for the extra spec operators (Nova's extra_specs_ops).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { matchExtraSpec } from '../../pkg/scheduler/extra_specs_ops.js';

interface Row {
  name: string;
  input: { value: string | undefined; requirement: string };
  want: boolean;
}

const row = (name: string, value: string | undefined, requirement: string, want: boolean): Row => ({ name, input: { value, requirement }, want });

const rows: Row[] = [
  row('no operator: equal strings', 'qemu', 'qemu', true),
  row('no operator: different strings', 'kvm', 'qemu', false),
  row('no operator: case matters', 'QEMU', 'qemu', false),
  row('no operator: the whole requirement, spaces included', 'a b', 'a b', true),
  row('no operator: undefined value', undefined, 'qemu', false),
  row('no operator: empty requirement equals empty value', '', '', true),
  row('unknown first word is not an operator', '>> 1', '>> 1', true),

  row('= at least: more', '2048', '= 1024', true),
  row('= at least: equal', '1024', '= 1024', true),
  row('= at least: less', '512', '= 1024', false),
  row('= floats', '1.5', '= 1.25', true),
  row('= exponent form', '1e3', '= 999', true),
  row('= non-numeric value does not match', 'abc', '= 1', false),
  row('= non-numeric requirement does not match', '5', '= abc', false),
  row('= empty value is not zero', '', '= 0', false),
  row('= hex is not a number', '0x10', '= 1', false),
  row('= without an argument', '5', '=', false),
  row('= undefined value', undefined, '= 1', false),

  row('== equal', '4', '== 4', true),
  row('== numeric, not textual', '4.0', '== 4', true),
  row('== different', '5', '== 4', false),
  row('!= different', '5', '!= 4', true),
  row('!= equal', '4', '!= 4.0', false),
  row('!= non-numeric', 'x', '!= 4', false),
  row('>= more', '10', '>= 9', true),
  row('>= less', '8', '>= 9', false),
  row('<= less', '8', '<= 9', true),
  row('<= more', '10', '<= 9', false),
  row('<= numeric, not textual', '10', '<= 9.5', false),

  row('s== equal', 'abc', 's== abc', true),
  row('s== different', 'abd', 's== abc', false),
  row('s!= different', 'abd', 's!= abc', true),
  row('s!= equal', 'abc', 's!= abc', false),
  row('s< less', 'abc', 's< abd', true),
  row('s< textual, not numeric', '10', 's< 9', true),
  row('s< equal', 'abc', 's< abc', false),
  row('s<= equal', 'abc', 's<= abc', true),
  row('s<= more', 'abd', 's<= abc', false),
  row('s> more', 'abd', 's> abc', true),
  row('s> equal', 'abc', 's> abc', false),
  row('s>= equal', 'abc', 's>= abc', true),
  row('s>= less', 'abb', 's>= abc', false),
  row('s== only the first word counts', 'abc', 's== abc def', true),
  row('s== undefined value', undefined, 's== abc', false),

  row('<in> substring', 'sse sse2 aes', '<in> aes', true),
  row('<in> part of a word', 'sse2', '<in> sse', true),
  row('<in> absent', 'sse sse2', '<in> avx', false),
  row('<in> without an argument', 'sse', '<in>', false),

  row('<all-in> Python list repr', "['aes', 'sse', 'avx']", '<all-in> aes avx', true),
  row('<all-in> bracketed list', '[aes, sse]', '<all-in> aes sse', true),
  row('<all-in> JSON list', '["aes","sse"]', '<all-in> sse', true),
  row('<all-in> space separated', 'aes sse avx', '<all-in> avx aes', true),
  row('<all-in> one missing', '[aes, sse]', '<all-in> aes avx', false),
  row('<all-in> whole items, not substrings', '[sse2]', '<all-in> sse', false),
  row('<all-in> without an argument', '[aes]', '<all-in>', false),
  row('<all-in> undefined value', undefined, '<all-in> aes', false),

  row('<or> first option', 'qemu', '<or> qemu <or> kvm', true),
  row('<or> last option', 'kvm', '<or> qemu <or> kvm <or> xen', true),
  row('<or> no option', 'lxc', '<or> qemu <or> kvm', false),
  row('<or> whole words only', 'qem', '<or> qemu <or> kvm', false),
  row('<or> single option', 'qemu', '<or> qemu', true),
  row('<or> without options', 'qemu', '<or>', false),
  row('<or> undefined value', undefined, '<or> qemu <or> kvm', false),
];

describe('matchExtraSpec', () => {
  for (const r of rows) {
    test(r.name, () => {
      assert.equal(matchExtraSpec(r.input.value, r.input.requirement), r.want);
    });
  }
});
